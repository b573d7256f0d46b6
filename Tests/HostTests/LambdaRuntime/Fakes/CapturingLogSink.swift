import LambdaRuntime
import Synchronization

/// Keeps every log line in memory.
final class CapturingLogSink: LogSink {
  private let storage = Mutex<[String]>([])

  var lines: [String] { storage.withLock { $0 } }

  func write(line: String) {
    storage.withLock { $0.append(line) }
  }
}
