import Dispatch
import Foundation
import Synchronization

/// Runs the chosen sections and prints their figures.
///
/// The sections run in a detached task while the main thread waits, instead of in an `async` top level:
/// that would park the main thread in `dispatch_main`, under which valgrind (callgrind, which counts
/// instructions repeatably where timings are noisy) crashes.
enum BenchmarkRunner {
  private final class ExitStatus: Sendable {
    let value = Mutex<Int32>(0)
  }

  /// Runs the sections one after another, on the calling thread's behalf, and waits for them.
  ///
  /// A section that fails is reported (a `FAILED` line) and the others still run.
  ///
  /// - Parameters:
  ///   - sections: the sections to run, in order.
  ///   - settings: how much work to do.
  /// - Returns: the exit status: 0, or 1 when a section failed.
  static func runBlocking(_ sections: [any BenchmarkSection], settings: BenchmarkSettings) -> Int32 {
    let status = ExitStatus()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
      let failed = await run(sections, settings: settings)
      status.value.withLock { $0 = failed ? 1 : 0 }
      done.signal()
    }
    done.wait()
    return status.value.withLock { $0 }
  }

  /// Runs the sections; returns whether any failed.
  private static func run(_ sections: [any BenchmarkSection], settings: BenchmarkSettings) async -> Bool {
    var failed = false
    for section in sections {
      print("== \(section.name): \(section.summary)")
      do {
        for result in try await section.run(settings: settings) {
          let figure = result.figure.padding(
            toLength: max(42, result.figure.count), withPad: " ", startingAt: 0)
          print("   \(figure) \(String(format: "%14.1f", result.value)) \(result.unit)")
          print(result.machineLine)
        }
      } catch {
        failed = true
        print("FAILED\t\(section.name)\t\(error)")
        FileHandle.standardError.write(Data("error: section \(section.name) failed: \(error)\n".utf8))
      }
    }
    print("(checksum \(BenchmarkSink.value))")
    return failed
  }
}
