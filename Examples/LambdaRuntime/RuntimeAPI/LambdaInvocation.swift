/// One event that the Lambda Runtime API handed to the runtime, with the metadata of its invocation.
///
/// The Runtime API sends the metadata as headers of `GET /2018-06-01/runtime/invocation/next`
/// (`Lambda-Runtime-Aws-Request-Id`, `Lambda-Runtime-Deadline-Ms`, `Lambda-Runtime-Invoked-Function-Arn`,
/// `Lambda-Runtime-Trace-Id`) and the event as the body.
public struct LambdaInvocation: Hashable, Sendable {
  /// The request ID that the answer must name; never empty.
  public var requestID: String
  /// When the invocation times out, in milliseconds since 1970-01-01T00:00:00Z.
  public var deadlineMillisecondsSince1970: Int64
  /// The ARN of the function, version or alias that was invoked.
  public var invokedFunctionARN: String
  /// The X-Ray tracing header, when the Runtime API sent one.
  public var traceID: String?
  /// The event exactly as the Runtime API sent it.
  public var body: [UInt8]

  /// Creates an invocation.
  ///
  /// - Parameters:
  ///   - requestID: the request ID that the answer must name.
  ///   - deadlineMillisecondsSince1970: when the invocation times out, in Unix milliseconds.
  ///   - invokedFunctionARN: the ARN of the invoked function, version or alias.
  ///   - traceID: the X-Ray tracing header, if any.
  ///   - body: the event.
  public init(
    requestID: String,
    deadlineMillisecondsSince1970: Int64,
    invokedFunctionARN: String,
    traceID: String? = nil,
    body: [UInt8]
  ) {
    self.requestID = requestID
    self.deadlineMillisecondsSince1970 = deadlineMillisecondsSince1970
    self.invokedFunctionARN = invokedFunctionARN
    self.traceID = traceID
    self.body = body
  }
}
