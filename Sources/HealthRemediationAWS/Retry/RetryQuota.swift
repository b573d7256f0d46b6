import Synchronization

/// The retry token bucket of the AWS SDKs' "standard" retry mode, shared by the clients of a process.
///
/// Every retry costs tokens (more for a timeout); a success refunds what its retry cost, or one token when
/// it needed none. When the bucket cannot pay for a retry, the call fails at once instead of adding load to
/// a service that is already struggling.
public final class RetryQuota: Sendable {
  /// The tokens the bucket starts with and never exceeds: 500.
  public let capacity: Int
  /// What a retry after an error costs: 5.
  public let retryCost: Int
  /// What a retry after a timeout costs: 10.
  public let timeoutRetryCost: Int
  /// What a success that needed no retry refunds: 1.
  public let successRefund: Int

  private let tokens: Mutex<Int>

  /// Creates a full bucket.
  ///
  /// - Parameters:
  ///   - capacity: the starting and largest number of tokens.
  ///   - retryCost: the cost of a retry after an error.
  ///   - timeoutRetryCost: the cost of a retry after a timeout.
  ///   - successRefund: what a success without retries refunds.
  public init(capacity: Int = 500, retryCost: Int = 5, timeoutRetryCost: Int = 10, successRefund: Int = 1) {
    self.capacity = capacity
    self.retryCost = retryCost
    self.timeoutRetryCost = timeoutRetryCost
    self.successRefund = successRefund
    tokens = Mutex(capacity)
  }

  /// The tokens left now.
  public var availableTokens: Int { tokens.withLock { $0 } }

  /// Takes the cost of one retry, if the bucket can pay it.
  ///
  /// - Parameter afterTimeout: whether the failure was a timeout, which costs more.
  /// - Returns: the tokens taken, or `nil` when the bucket cannot pay and the call must not be retried.
  public func acquireRetry(afterTimeout: Bool) -> Int? {
    let cost = afterTimeout ? timeoutRetryCost : retryCost
    return tokens.withLock { tokens in
      guard tokens >= cost else { return nil }
      tokens -= cost
      return cost
    }
  }

  /// Refunds after a success: what the last retry cost, or ``successRefund`` when there was no retry.
  ///
  /// - Parameter lastRetryCost: the tokens the call's last retry took, or `nil` when it was not retried.
  public func recordSuccess(lastRetryCost: Int?) {
    let refund = lastRetryCost ?? successRefund
    tokens.withLock { tokens in tokens = min(capacity, tokens + refund) }
  }
}
