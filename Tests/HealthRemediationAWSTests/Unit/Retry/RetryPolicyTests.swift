import HealthRemediationAWS
import Testing

@Suite("Standard retry mode: backoff and quota")
struct RetryPolicyTests {
  @Test(
    "backs off random(0,1) * min(2^(attempt-1) s, 20 s)",
    arguments: [
      (1, 0.5, Duration.milliseconds(500)), (2, 0.5, .seconds(1)), (3, 0.25, .seconds(1)),
      (5, 1.0, .seconds(16)), (6, 1.0, .seconds(20)), (40, 0.5, .seconds(10)), (1, 0.0, .zero),
    ])
  func backoff(attempt: Int, random: Double, expected: Duration) {
    let policy = RetryPolicy(random: FixedRandom(value: random))
    #expect(policy.backoff(afterAttempt: attempt) == expected)
  }

  @Test("honours Retry-After, capped at the maximum backoff")
  func retryAfter() {
    let policy = RetryPolicy(random: FixedRandom(value: 0.1))
    #expect(policy.backoff(afterAttempt: 1, retryAfter: .seconds(3)) == .seconds(3))
    #expect(policy.backoff(afterAttempt: 1, retryAfter: .seconds(300)) == .seconds(20))
  }

  @Test("a retry costs 5 tokens, after a timeout 10, and a success refunds")
  func quotaAccounting() {
    let quota = RetryQuota()
    #expect(quota.acquireRetry(afterTimeout: false) == 5)
    #expect(quota.acquireRetry(afterTimeout: true) == 10)
    #expect(quota.availableTokens == 485)
    quota.recordSuccess(lastRetryCost: 10)
    #expect(quota.availableTokens == 495)
    quota.recordSuccess(lastRetryCost: nil)
    #expect(quota.availableTokens == 496)
  }

  @Test("never holds more than its capacity, and refuses a retry it cannot pay for")
  func quotaBounds() {
    let quota = RetryQuota(capacity: 12)
    quota.recordSuccess(lastRetryCost: nil)
    #expect(quota.availableTokens == 12)
    #expect(quota.acquireRetry(afterTimeout: true) == 10)
    #expect(quota.acquireRetry(afterTimeout: false) == nil)
    #expect(quota.availableTokens == 2)
  }

  @Test("classifies throttling codes, transient statuses and everything else")
  func classification() {
    #expect(RetryClassification.classify(code: "RequestLimitExceeded", status: 503) == .throttling)
    #expect(RetryClassification.classify(code: "Throttling", status: 400) == .throttling)
    #expect(RetryClassification.classify(code: "Anything", status: 429) == .throttling)
    #expect(RetryClassification.classify(code: "InternalError", status: 500) == .transient)
    #expect(RetryClassification.classify(code: "HTTP502", status: 502) == .transient)
    #expect(RetryClassification.classify(code: "AuthFailure", status: 401) == .notRetryable)
    #expect(RetryClassification.classify(code: "InvalidInstanceID.NotFound", status: 400) == .notRetryable)
  }
}
