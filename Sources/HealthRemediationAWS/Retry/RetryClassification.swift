/// Whether a failed attempt may be retried, and why.
public enum RetryClassification: Hashable, Sendable {
  /// The service asked the caller to slow down (`RequestLimitExceeded`, `Throttling`...).
  case throttling
  /// The service or the network failed in a way that may pass (HTTP 5xx, connection failure).
  case transient
  /// No response arrived in time; a retry costs more tokens.
  case timeout
  /// Retrying cannot help (bad input, missing permission, wrong credentials).
  case notRetryable

  /// The error codes AWS services use to ask callers to slow down.
  public static let throttlingCodes: Set<String> = [
    "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
    "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
    "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
    "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException",
  ]

  /// The error codes AWS services use for failures that may pass.
  public static let transientCodes: Set<String> = [
    "RequestTimeout", "RequestTimeoutException", "InternalError", "InternalFailure", "ServiceUnavailable",
  ]

  /// The HTTP statuses that mean a failure that may pass.
  public static let transientStatuses: Set<Int> = [500, 502, 503, 504]

  /// Classifies a service error by its code and HTTP status.
  ///
  /// - Parameters:
  ///   - code: the AWS error code.
  ///   - status: the HTTP status.
  public static func classify(code: String, status: Int) -> RetryClassification {
    if throttlingCodes.contains(code) || status == 429 { return .throttling }
    if transientCodes.contains(code) || transientStatuses.contains(status) { return .transient }
    return .notRetryable
  }

  /// Classifies a transport failure.
  ///
  /// - Parameter error: the failure.
  public static func classify(_ error: HTTPTransportError) -> RetryClassification {
    switch error.kind {
    case .timedOut: .timeout
    case .connectionFailed, .invalidResponse: .transient
    }
  }

  /// Whether a retry may help.
  public var isRetryable: Bool { self != .notRetryable }
}
