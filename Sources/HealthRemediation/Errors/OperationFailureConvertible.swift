/// An error that knows how the report should record it.
///
/// Adapters conform their error types so that the AWS error code and request ID reach the report.
public protocol OperationFailureConvertible: Error {
  /// The error as the report records it; it must not contain secrets.
  var operationFailure: OperationFailure { get }
}

extension OperationFailure: OperationFailureConvertible {
  /// The failure itself.
  public var operationFailure: OperationFailure { self }
}
