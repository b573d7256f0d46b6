/// The seam for waiting between retries, so that tests do not really wait.
public protocol Sleeper: Sendable {
  /// Waits for the duration.
  ///
  /// - Parameter duration: how long to wait.
  /// - Throws: `CancellationError` when the task is cancelled while waiting.
  func sleep(for duration: Duration) async throws
}
