/// A failure ``FaultInjectingTransport`` produces instead of forwarding a request.
public enum InjectedFault: Hashable, Sendable {
  /// An AWS throttling answer with this error code and HTTP status (EC2 answers `RequestLimitExceeded`
  /// with 503; SNS and STS answer `Throttling` with 400).
  case throttling(code: String, status: Int)
  /// A server error answer with this HTTP status (500, 502, 503, 504...).
  case serverError(status: Int)
  /// No answer within the request's timeout (reported at once, without waiting).
  case timeout
  /// The connection could not be made.
  case connectionFailure

  /// EC2's throttling answer: HTTP 503 `RequestLimitExceeded`.
  public static let ec2Throttling = InjectedFault.throttling(code: "RequestLimitExceeded", status: 503)
  /// SNS's and STS's throttling answer: HTTP 400 `Throttling`.
  public static let queryThrottling = InjectedFault.throttling(code: "Throttling", status: 400)
}
