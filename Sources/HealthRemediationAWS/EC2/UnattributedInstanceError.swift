import HealthRemediation

/// EC2 rejected a request because of some instance, but its message names none of the requested IDs.
///
/// The adapter stops here rather than guess or retry forever.
public struct UnattributedInstanceError: Error, Sendable, CustomStringConvertible, OperationFailureConvertible
{
  /// EC2's error.
  public let serviceError: AWSServiceError
  /// The IDs of the failed request.
  public let requested: [InstanceID]

  /// Creates the error.
  ///
  /// - Parameters:
  ///   - serviceError: EC2's error.
  ///   - requested: the IDs of the failed request.
  public init(serviceError: AWSServiceError, requested: [InstanceID]) {
    self.serviceError = serviceError
    self.requested = requested
  }

  /// EC2's error and how many IDs were requested.
  public var description: String {
    "\(serviceError) — the message names none of the \(requested.count) requested instance IDs"
  }

  /// EC2's code and request ID, with a message that says the error could not be attributed.
  public var operationFailure: OperationFailure {
    var failure = serviceError.operationFailure
    failure.message += " (names none of the \(requested.count) requested instance IDs)"
    return failure
  }
}
