/// The AWS SDKs' "standard" retry mode: how many attempts, how long to back off, and what a call may cost.
///
/// The delay before retry number *n* (after attempt *n* failed) is `random(0, 1) * min(2^(n-1) s, 20 s)`,
/// or the service's `Retry-After` when it asks for a wait (capped at the same maximum).
public struct RetryPolicy: Sendable {
  /// The most attempts per call, the first included: 3.
  public var maximumAttempts: Int
  /// The base of the exponential backoff: 1 second.
  public var baseDelay: Duration
  /// The longest backoff: 20 seconds.
  public var maximumBackoff: Duration
  /// How long one HTTP attempt may take before it counts as a timeout.
  public var attemptTimeout: Duration
  /// How long a whole call, retries and waits included, may take; no attempt starts after it.
  public var callTimeout: Duration
  /// The token bucket, shared by every client built with this policy.
  public var quota: RetryQuota
  /// The jitter source.
  public var random: any RandomSource
  /// What waits between attempts.
  public var sleeper: any Sleeper

  /// Creates a policy; the defaults are the SDKs' standard mode with a 10 s attempt and 30 s call limit.
  ///
  /// - Parameters:
  ///   - maximumAttempts: the most attempts per call (at least 1).
  ///   - baseDelay: the base of the exponential backoff.
  ///   - maximumBackoff: the longest backoff.
  ///   - attemptTimeout: the limit for one HTTP attempt.
  ///   - callTimeout: the limit for the whole call.
  ///   - quota: the token bucket to draw retries from.
  ///   - random: the jitter source.
  ///   - sleeper: what waits between attempts.
  public init(
    maximumAttempts: Int = 3,
    baseDelay: Duration = .seconds(1),
    maximumBackoff: Duration = .seconds(20),
    attemptTimeout: Duration = .seconds(10),
    callTimeout: Duration = .seconds(30),
    quota: RetryQuota = RetryQuota(),
    random: any RandomSource = SystemRandomSource(),
    sleeper: any Sleeper = TaskSleeper()
  ) {
    self.maximumAttempts = max(1, maximumAttempts)
    self.baseDelay = baseDelay
    self.maximumBackoff = maximumBackoff
    self.attemptTimeout = attemptTimeout
    self.callTimeout = callTimeout
    self.quota = quota
    self.random = random
    self.sleeper = sleeper
  }

  /// The wait before the next attempt after attempt `attempt` (1-based) failed.
  ///
  /// - Parameters:
  ///   - attempt: the attempt that failed, starting at 1.
  ///   - retryAfter: the wait the service asked for, if any.
  /// - Returns: the jittered exponential backoff, or the service's wait capped at ``maximumBackoff``.
  public func backoff(afterAttempt attempt: Int, retryAfter: Duration? = nil) -> Duration {
    if let retryAfter { return min(max(retryAfter, .zero), maximumBackoff) }
    let exponent = min(max(attempt - 1, 0), 30)
    let ceiling = min(baseDelay * (1 << exponent), maximumBackoff)
    let fraction = min(max(random.nextUnitInterval(), 0), 1)
    return ceiling * fraction
  }
}
