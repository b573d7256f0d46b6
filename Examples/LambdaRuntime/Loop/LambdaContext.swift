/// What a handler knows about the invocation it is answering.
public struct LambdaContext: Sendable {
  /// The invocation's request ID.
  public let requestID: String
  /// When the invocation times out, in milliseconds since 1970-01-01T00:00:00Z.
  public let deadlineMillisecondsSince1970: Int64
  /// The ARN of the function, version or alias that was invoked.
  public let invokedFunctionARN: String
  /// The X-Ray tracing header, when Lambda sent one.
  public let traceID: String?
  /// A logger whose lines carry the invocation's request ID.
  public let logger: LambdaLogger
  private let clock: any LambdaClock

  /// Creates the context of an invocation.
  ///
  /// - Parameters:
  ///   - invocation: the invocation from the Runtime API.
  ///   - logger: the runtime's logger; the context's copy carries the invocation's request ID.
  ///   - clock: the clock that ``remainingTime`` reads.
  public init(invocation: LambdaInvocation, logger: LambdaLogger, clock: any LambdaClock) {
    self.requestID = invocation.requestID
    self.deadlineMillisecondsSince1970 = invocation.deadlineMillisecondsSince1970
    self.invokedFunctionARN = invocation.invokedFunctionARN
    self.traceID = invocation.traceID
    self.logger = logger.with(requestID: invocation.requestID)
    self.clock = clock
  }

  /// How long until the deadline, by the context's clock; zero once it has passed.
  ///
  /// Handlers use it to stop starting work that cannot finish (and to leave time to report what they did).
  public var remainingTime: Duration {
    let (remaining, overflow) = deadlineMillisecondsSince1970.subtractingReportingOverflow(
      clock.millisecondsSince1970())
    guard !overflow else { return .zero }
    return .milliseconds(max(0, remaining))
  }
}
