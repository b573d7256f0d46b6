import Foundation

/// Runs `runtime_api_standin.py` (next to this file) with `python3` as a loopback Lambda Runtime API.
///
/// `launch` writes the events to files, starts the stand-in and reads the port from its first line of
/// standard output; `results()` waits for the stand-in to exit (it does once every event is answered, after
/// an init error, or at its timeout) and decodes its record.
struct RuntimeAPIStandIn: Sendable {
  /// The exit status the stand-in uses when every event was answered.
  static let exitComplete: Int32 = 0
  /// The exit status the stand-in uses after an init error.
  static let exitInitError: Int32 = 3

  let port: Int
  private let process: Process
  private let directory: URL

  /// The value for `AWS_LAMBDA_RUNTIME_API`.
  var runtimeAPI: String { "127.0.0.1:\(port)" }

  private var resultsFile: URL { directory.appendingPathComponent("results.json") }

  /// The stand-in's stderr (its access log), for failure messages.
  var log: String {
    (try? String(contentsOf: directory.appendingPathComponent("standin.log"), encoding: .utf8)) ?? ""
  }

  static func launch(events: [String], timeoutSeconds: Int = 30, nextDelaySeconds: Double = 0) async throws
    -> RuntimeAPIStandIn
  {
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("runtime_api_standin.py")
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("runtime-api-standin-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    var eventPaths: [String] = []
    for (index, event) in events.enumerated() {
      let file = directory.appendingPathComponent("event-\(index).json")
      try Data(event.utf8).write(to: file)
      eventPaths.append(file.path)
    }
    let logFile = directory.appendingPathComponent("standin.log")
    guard FileManager.default.createFile(atPath: logFile.path, contents: nil) else {
      throw RuntimeAPIStandInFailure(description: "cannot create the stand-in's log file \(logFile.path)")
    }

    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments =
      [
        "python3", script.path, "--results", directory.appendingPathComponent("results.json").path,
        "--timeout", String(timeoutSeconds), "--next-delay", String(nextDelaySeconds),
      ] + eventPaths
    let output = Pipe()
    process.standardOutput = output
    process.standardError = try FileHandle(forWritingTo: logFile)
    try process.run()

    let firstLine = await readFirstLine(of: output.fileHandleForReading)
    guard let port = Int(firstLine.trimmingCharacters(in: .whitespacesAndNewlines)), port > 0 else {
      process.terminate()
      throw RuntimeAPIStandInFailure(
        description: "the stand-in printed no port (got '\(firstLine)'); is python3 on PATH?")
    }
    return RuntimeAPIStandIn(port: port, process: process, directory: directory)
  }

  /// Waits for the stand-in to exit and returns its exit status and record.
  func results() async throws -> (exitStatus: Int32, results: RuntimeAPIStandInResults) {
    let process = self.process
    let status = await withCheckedContinuation { continuation in
      DispatchQueue.global().async {
        process.waitUntilExit()
        continuation.resume(returning: process.terminationStatus)
      }
    }
    let data = try Data(contentsOf: resultsFile)
    let results = try JSONDecoder().decode(RuntimeAPIStandInResults.self, from: data)
    try? FileManager.default.removeItem(at: directory)
    return (status, results)
  }

  /// Stops the stand-in early (when a test failed before answering everything).
  func terminate() {
    if process.isRunning { process.terminate() }
  }

  private static func readFirstLine(of handle: FileHandle) async -> String {
    await withCheckedContinuation { continuation in
      DispatchQueue.global().async {
        var bytes: [UInt8] = []
        while !bytes.contains(UInt8(ascii: "\n")) {
          let chunk = handle.availableData
          if chunk.isEmpty { break }
          bytes.append(contentsOf: chunk)
        }
        continuation.resume(returning: String(decoding: bytes, as: UTF8.self))
      }
    }
  }
}
