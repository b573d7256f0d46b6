/// The Lambda Runtime API as the run loop sees it: the I/O seam that tests replace with a fake.
///
/// ``URLSessionLambdaRuntimeAPIClient`` talks to the real Runtime API over HTTP; ``LambdaRuntime`` is generic
/// over this protocol so that the run loop can be tested without a network.
public protocol LambdaRuntimeAPIClient: Sendable {
  /// Waits for the next invocation (`GET /2018-06-01/runtime/invocation/next`).
  ///
  /// The call blocks for as long as the function is idle; it must not time out on its own.
  /// - Returns: the invocation.
  /// - Throws: ``LambdaRuntimeAPIError`` when the Runtime API cannot be reached, answers with an unexpected
  ///   status, or sends an invocation without the headers it must have.
  func next() async throws(LambdaRuntimeAPIError) -> LambdaInvocation

  /// Sends the handler's result (`POST /2018-06-01/runtime/invocation/{requestID}/response`).
  ///
  /// - Parameters:
  ///   - requestID: the request ID of the invocation being answered.
  ///   - body: the result, passed through unchanged.
  /// - Throws: ``LambdaRuntimeAPIError`` when the Runtime API cannot be reached or refuses the result.
  func postResponse(requestID: String, body: [UInt8]) async throws(LambdaRuntimeAPIError)

  /// Reports that an invocation failed (`POST /2018-06-01/runtime/invocation/{requestID}/error`).
  ///
  /// - Parameters:
  ///   - requestID: the request ID of the invocation that failed.
  ///   - error: the error type and message to report.
  /// - Throws: ``LambdaRuntimeAPIError`` when the Runtime API cannot be reached or refuses the report.
  func postError(requestID: String, error: LambdaErrorReport) async throws(LambdaRuntimeAPIError)

  /// Reports that the runtime could not initialise (`POST /2018-06-01/runtime/init/error`).
  ///
  /// - Parameter error: the error type and message to report.
  /// - Throws: ``LambdaRuntimeAPIError`` when the Runtime API cannot be reached or refuses the report.
  func postInitError(_ error: LambdaErrorReport) async throws(LambdaRuntimeAPIError)
}
