/// A validated IAM role ARN: `arn:{partition}:iam::{account}:role/{optional/path/}{name}`.
public struct RoleARN: Hashable, Sendable, CustomStringConvertible {
  /// The ARN text.
  public let rawValue: String
  /// The partition.
  public let partition: AWSPartition
  /// The account that owns the role.
  public let accountID: AWSAccountID

  /// Validates a role ARN.
  ///
  /// - Parameter rawValue: the candidate.
  /// - Throws: ``AWSValidationError`` when it is not a role ARN of a known partition.
  public init(validating rawValue: String) throws(AWSValidationError) {
    let parts = rawValue.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
    guard parts.count == 6, parts[0] == "arn", parts[2] == "iam", parts[3].isEmpty,
      parts[5].hasPrefix("role/")
    else {
      throw AWSValidationError(
        field: "role ARN", value: rawValue, reason: "a role ARN is arn:PARTITION:iam::ACCOUNT:role/NAME")
    }
    partition = try AWSPartition.named(String(parts[1]))
    accountID = try AWSAccountID(validating: String(parts[4]))
    let pathAndName = parts[5].dropFirst("role/".count)
    guard Self.isValidPathAndName(pathAndName) else {
      throw AWSValidationError(
        field: "role ARN", value: rawValue,
        reason: "a role name has 1 to 64 of the characters A-Z a-z 0-9 + = , . @ _ -")
    }
    self.rawValue = rawValue
  }

  /// Builds the ARN of a role in an account.
  ///
  /// - Parameters:
  ///   - partition: the partition.
  ///   - accountID: the account.
  ///   - roleName: the role name, optionally with a path (`path/name`).
  /// - Throws: ``AWSValidationError`` when the name is not a valid role name.
  public init(partition: AWSPartition, accountID: AWSAccountID, roleName: String) throws(AWSValidationError) {
    try self.init(validating: "arn:\(partition.id):iam::\(accountID.rawValue):role/\(roleName)")
  }

  /// The ARN text.
  public var description: String { rawValue }

  private static func isValidPathAndName(_ text: Substring) -> Bool {
    let segments = text.split(separator: "/", omittingEmptySubsequences: false)
    guard let name = segments.last, text.utf8.count <= 512 else { return false }
    return IAMName.isValid(name, lengths: 1...64)
      && segments.dropLast().allSatisfy { IAMName.isValid($0, lengths: 1...512) }
  }
}
