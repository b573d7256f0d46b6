/// The code that answers an invocation: bytes in, bytes out.
///
/// The run loop calls ``handle(_:context:)`` once per invocation, one invocation at a time, and posts what
/// it returns as the response. A thrown error becomes the invocation's error report (see
/// ``LambdaErrorReport/init(describing:)``), so its description must not contain secrets.
public protocol LambdaHandler: Sendable {
  /// Answers one invocation.
  ///
  /// - Parameters:
  ///   - event: the event exactly as Lambda delivered it (usually JSON).
  ///   - context: the invocation's request ID, deadline, function ARN, trace ID and logger.
  /// - Returns: the response, passed to Lambda unchanged.
  /// - Throws: any error; it is reported to Lambda as the invocation's error and the loop goes on.
  func handle(_ event: [UInt8], context: LambdaContext) async throws -> [UInt8]
}
