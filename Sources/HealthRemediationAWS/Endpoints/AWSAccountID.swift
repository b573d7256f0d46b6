/// A validated 12-digit AWS account ID.
///
/// Account IDs come from events and end up in role ARNs, so only exactly twelve ASCII digits are accepted.
public struct AWSAccountID: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The twelve digits.
  public let rawValue: String

  /// Validates an account ID.
  ///
  /// - Parameter rawValue: the candidate.
  /// - Throws: ``AWSValidationError`` unless it is exactly twelve digits.
  public init(validating rawValue: String) throws(AWSValidationError) {
    guard rawValue.utf8.count == 12,
      rawValue.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
    else {
      throw AWSValidationError(field: "account ID", value: rawValue, reason: "an account ID is 12 digits")
    }
    self.rawValue = rawValue
  }

  /// The twelve digits.
  public var description: String { rawValue }

  /// Orders account IDs by their digits.
  public static func < (lhs: AWSAccountID, rhs: AWSAccountID) -> Bool { lhs.rawValue < rhs.rawValue }
}
