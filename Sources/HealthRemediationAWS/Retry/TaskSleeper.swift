/// The real sleeper: `Task.sleep`, which ends early with `CancellationError` when the task is cancelled.
public struct TaskSleeper: Sleeper {
  /// Creates the sleeper.
  public init() {}

  /// Waits with `Task.sleep`.
  ///
  /// - Parameter duration: how long to wait.
  /// - Throws: `CancellationError` when the task is cancelled.
  public func sleep(for duration: Duration) async throws {
    try await Task.sleep(for: duration)
  }
}
