import Foundation
import Synchronization

/// Writes log lines to standard output, which Lambda forwards to CloudWatch Logs.
///
/// A lock keeps lines whole when several tasks log at once; a line is written with one call so that
/// CloudWatch sees it as one event.
public final class StandardOutputLogSink: LogSink {
  /// The sink every logger shares by default.
  public static let shared = StandardOutputLogSink()

  private let lock = Mutex(())

  private init() {}

  /// Writes the line and a line break to standard output; a failed write (closed stdout) is ignored because
  /// there is nowhere left to report it.
  ///
  /// - Parameter line: a complete JSON object without a line break.
  public func write(line: String) {
    let data = Data((line + "\n").utf8)
    lock.withLock { _ in
      try? FileHandle.standardOutput.write(contentsOf: data)
    }
  }
}
