import HealthRemediation
import Synchronization

/// A ``Notifier`` that keeps what it was asked to publish, and can be told to fail.
public final class RecordingNotifier: Notifier {
  private struct State {
    var published: [RemediationNotification] = []
    var failure: OperationFailure?
  }

  private let state = Mutex(State())

  /// Creates a notifier.
  ///
  /// - Parameter failure: when set, every publish fails with it.
  public init(failing failure: OperationFailure? = nil) {
    state.withLock { $0.failure = failure }
  }

  /// Makes every later publish fail with `failure`, or succeed again with `nil`.
  ///
  /// - Parameter failure: the failure, or `nil`.
  public func setFailure(_ failure: OperationFailure?) {
    state.withLock { $0.failure = failure }
  }

  /// Every notification published so far, in order.
  public var published: [RemediationNotification] {
    state.withLock { $0.published }
  }

  /// Records the notification, or fails.
  ///
  /// - Parameter notification: the notification.
  /// - Returns: `message-N`, N counting from 1.
  /// - Throws: the configured failure.
  public func publish(_ notification: RemediationNotification) async throws -> String {
    try state.withLock { state throws(OperationFailure) -> String in
      if let failure = state.failure { throw failure }
      state.published.append(notification)
      return "message-\(state.published.count)"
    }
  }
}
