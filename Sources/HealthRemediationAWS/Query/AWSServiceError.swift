import HealthRemediation

/// An error answer from an AWS service, with everything needed to find it in AWS's logs.
///
/// It never contains request parameters or credentials: only what the service said.
public struct AWSServiceError: Error, Hashable, Sendable, CustomStringConvertible,
  OperationFailureConvertible
{
  /// The service that answered, for example `ec2`.
  public let service: String
  /// The action that failed, for example `StopInstances`.
  public let action: String
  /// The AWS error code, for example `InvalidInstanceID.NotFound`.
  public let code: String
  /// The service's message.
  public let message: String
  /// The AWS request ID, when the service gave one.
  public let requestID: String?
  /// The HTTP status of the answer.
  public let httpStatus: Int

  /// Creates the error.
  ///
  /// - Parameters:
  ///   - service: the service that answered.
  ///   - action: the action that failed.
  ///   - code: the AWS error code.
  ///   - message: the service's message.
  ///   - requestID: the AWS request ID, if any.
  ///   - httpStatus: the HTTP status.
  public init(
    service: String, action: String, code: String, message: String, requestID: String?, httpStatus: Int
  ) {
    self.service = service
    self.action = action
    self.code = code
    self.message = message
    self.requestID = requestID
    self.httpStatus = httpStatus
  }

  /// Whether the error says the credentials or the signature were refused.
  public var isAuthenticationFailure: Bool {
    Self.authenticationCodes.contains(code)
  }

  /// The codes services use when they refuse the credentials or the signature.
  public static let authenticationCodes: Set<String> = [
    "AuthFailure", "SignatureDoesNotMatch", "InvalidClientTokenId", "IncompleteSignature",
    "MissingAuthenticationToken", "ExpiredToken", "InvalidAccessKeyId", "UnrecognizedClientException",
    "InvalidSignatureException", "RequestExpired",
  ]

  /// `service Action failed with HTTP 401 AuthFailure: message (request id …)`.
  public var description: String {
    var text = "\(service) \(action) failed with HTTP \(httpStatus) \(code): \(message)"
    if let requestID { text += " (request id \(requestID))" }
    return text
  }

  /// The error as the report records it.
  public var operationFailure: OperationFailure {
    OperationFailure(
      code: code, message: "\(service) \(action): \(message)", requestID: requestID, httpStatus: httpStatus)
  }
}
