/// A failure as the report records it: a code, a message, and where it came from.
///
/// Adapters map their own errors to this shape (see ``OperationFailureConvertible``) so that the report
/// and the notification can say which AWS error code and request ID a failure had. It never holds secrets.
public struct OperationFailure: Error, Hashable, Sendable, Codable, CustomStringConvertible {
  /// A stable code: the AWS error code (`IncorrectInstanceState`, `RequestLimitExceeded`...) or one of ours.
  public var code: String
  /// What went wrong, in words a person reads.
  public var message: String
  /// The AWS request ID of the failed call, when there was one.
  public var requestID: String?
  /// The HTTP status of the failed call, when there was one.
  public var httpStatus: Int?

  /// Creates a failure.
  ///
  /// - Parameters:
  ///   - code: a stable code.
  ///   - message: what went wrong.
  ///   - requestID: the AWS request ID, if any.
  ///   - httpStatus: the HTTP status, if any.
  public init(code: String, message: String, requestID: String? = nil, httpStatus: Int? = nil) {
    self.code = code
    self.message = message
    self.requestID = requestID
    self.httpStatus = httpStatus
  }

  /// Describes any error as a failure: its own conversion where it has one, its description otherwise.
  ///
  /// - Parameter error: the error to describe.
  public init(_ error: any Error) {
    if let convertible = error as? any OperationFailureConvertible {
      self = convertible.operationFailure
    } else if error is CancellationError {
      self.init(code: "Cancelled", message: "the operation was cancelled")
    } else {
      self.init(code: String(describing: type(of: error)), message: String(describing: error))
    }
  }

  /// `code: message (request id …)`.
  public var description: String {
    var text = "\(code): \(message)"
    if let requestID { text += " (request id \(requestID))" }
    return text
  }
}
