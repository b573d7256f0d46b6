import Foundation

/// Where a command reads its input and writes its output, so that tests run commands in process.
public struct CommandIO: Sendable {
  /// Reads all of standard input.
  public var readStandardInput: @Sendable () -> Data
  /// Writes to standard output.
  public var writeOutput: @Sendable (String) -> Void
  /// Writes to standard error.
  public var writeError: @Sendable (String) -> Void

  /// Creates an I/O set.
  ///
  /// - Parameters:
  ///   - readStandardInput: reads all of standard input.
  ///   - writeOutput: writes to standard output.
  ///   - writeError: writes to standard error.
  public init(
    readStandardInput: @escaping @Sendable () -> Data, writeOutput: @escaping @Sendable (String) -> Void,
    writeError: @escaping @Sendable (String) -> Void
  ) {
    self.readStandardInput = readStandardInput
    self.writeOutput = writeOutput
    self.writeError = writeError
  }

  /// The process's standard input, output and error.
  public static let standard = CommandIO(
    readStandardInput: { FileHandle.standardInput.readDataToEndOfFile() },
    writeOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
    writeError: { FileHandle.standardError.write(Data($0.utf8)) })
}
