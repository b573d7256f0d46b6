import HealthRemediation

/// Tags were written to the instances that exist, but some requested instances do not exist.
public struct TaggingIncompleteError: Error, Hashable, Sendable, CustomStringConvertible,
  OperationFailureConvertible
{
  /// The instances EC2 said do not exist; they were not tagged.
  public let missing: [InstanceID]
  /// EC2's last error about them.
  public let serviceError: AWSServiceError

  /// Creates the error.
  ///
  /// - Parameters:
  ///   - missing: the instances that were not tagged.
  ///   - serviceError: EC2's last error about them.
  public init(missing: [InstanceID], serviceError: AWSServiceError) {
    self.missing = missing
    self.serviceError = serviceError
  }

  /// Which instances were not tagged, and why.
  public var description: String {
    "not tagged, they do not exist: \(missing.map(\.rawValue).joined(separator: ", ")) (\(serviceError))"
  }

  /// EC2's code and request ID, naming the instances that were not tagged.
  public var operationFailure: OperationFailure {
    OperationFailure(
      code: serviceError.code,
      message: "ec2 CreateTags: not tagged, they do not exist: "
        + missing.map(\.rawValue).joined(separator: ", "),
      requestID: serviceError.requestID, httpStatus: serviceError.httpStatus)
  }
}
