/// Why a call to the Lambda Runtime API failed, with the path and status that say where.
///
/// None of the cases carries the event or the handler's result, so the description is safe to log.
public enum LambdaRuntimeAPIError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The environment lacks the variable that names the Runtime API (`AWS_LAMBDA_RUNTIME_API`).
  case missingEnvironmentVariable(name: String)
  /// The Runtime API address is not `host:port` with a plain host name or IP address and a port in 1...65535.
  case invalidRuntimeAPIAddress(String)
  /// The HTTP exchange failed before a response arrived (connection refused, reset, timed out...).
  case transport(path: String, message: String)
  /// The Runtime API answered with a status the call does not expect; `body` is the start of its answer.
  case unexpectedStatus(path: String, statusCode: Int, body: String)
  /// An invocation lacked a header it must have, or had one that cannot be read.
  ///
  /// `requestID` is the invocation's request ID when that header itself was usable, so that the run loop
  /// can still report the failure for that invocation.
  case invalidInvocation(path: String, requestID: String?, header: String, reason: String)
  /// The task was cancelled while the call was in flight.
  case cancelled(path: String)

  /// The failure in words, naming the path and status involved.
  public var description: String {
    switch self {
    case .missingEnvironmentVariable(let name):
      return "the environment variable \(name) that names the Lambda Runtime API is not set"
    case .invalidRuntimeAPIAddress(let address):
      return "the Lambda Runtime API address '\(address)' is not host:port"
    case .transport(let path, let message):
      return "the Lambda Runtime API call \(path) failed: \(message)"
    case .unexpectedStatus(let path, let statusCode, let body):
      let answer = body.isEmpty ? "" : ": \(body)"
      return "the Lambda Runtime API answered \(path) with HTTP \(statusCode)\(answer)"
    case .invalidInvocation(let path, let requestID, let header, let reason):
      let request = requestID.map { " for request \($0)" } ?? ""
      return "the Lambda Runtime API answered \(path)\(request) with an unusable \(header) header: \(reason)"
    case .cancelled(let path):
      return "the Lambda Runtime API call \(path) was cancelled"
    }
  }
}
