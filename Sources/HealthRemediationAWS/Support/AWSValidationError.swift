import HealthRemediation

/// A value that was refused before it could reach a hostname, an ARN or a request.
public struct AWSValidationError: Error, Hashable, Sendable, CustomStringConvertible,
  OperationFailureConvertible
{
  /// What the value was meant to be, for example `region` or `topic ARN`.
  public let field: String
  /// The refused value, cut to 80 characters; never a secret.
  public let value: String
  /// What is wrong with it.
  public let reason: String

  /// Creates the error.
  ///
  /// - Parameters:
  ///   - field: what the value was meant to be.
  ///   - value: the refused value (cut to 80 characters).
  ///   - reason: what is wrong with it.
  public init(field: String, value: String, reason: String) {
    self.field = field
    self.value = String(value.prefix(80))
    self.reason = reason
  }

  /// `invalid region "x": reason`.
  public var description: String { "invalid \(field) \"\(value)\": \(reason)" }

  /// The error as the report records it, with code `InvalidInput`.
  public var operationFailure: OperationFailure {
    OperationFailure(code: "InvalidInput", message: description)
  }
}
