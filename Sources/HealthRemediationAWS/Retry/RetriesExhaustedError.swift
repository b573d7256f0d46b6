import HealthRemediation

/// A call that kept failing in a retryable way until the retry policy gave up.
public struct RetriesExhaustedError: Error, Sendable, CustomStringConvertible, OperationFailureConvertible {
  /// Why the policy stopped retrying.
  public enum Reason: String, Hashable, Sendable {
    /// Every allowed attempt was made.
    case maximumAttemptsReached = "maximum attempts reached"
    /// The shared retry quota had no tokens left for another retry.
    case retryQuotaExhausted = "retry quota exhausted"
    /// The call's time limit would have passed before another attempt.
    case callTimeoutReached = "call timeout reached"
  }

  /// The service that was called.
  public let service: String
  /// The action that was called.
  public let action: String
  /// How many attempts were made.
  public let attempts: Int
  /// Why the policy stopped.
  public let reason: Reason
  /// The last attempt's failure.
  public let lastError: any Error

  /// Creates the error.
  ///
  /// - Parameters:
  ///   - service: the service that was called.
  ///   - action: the action that was called.
  ///   - attempts: how many attempts were made.
  ///   - reason: why the policy stopped.
  ///   - lastError: the last attempt's failure.
  public init(service: String, action: String, attempts: Int, reason: Reason, lastError: any Error) {
    self.service = service
    self.action = action
    self.attempts = attempts
    self.reason = reason
    self.lastError = lastError
  }

  /// The last failure, and after how many attempts and why the call gave up.
  public var description: String {
    "\(service) \(action) gave up after \(attempts) attempt(s) (\(reason.rawValue)): \(lastError)"
  }

  /// The last failure's code and request ID, with a message that says the call gave up.
  public var operationFailure: OperationFailure {
    var failure = OperationFailure(lastError)
    failure.message += " (gave up after \(attempts) attempt(s): \(reason.rawValue))"
    return failure
  }
}
