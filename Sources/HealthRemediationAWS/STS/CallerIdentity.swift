/// Who the credentials belong to, as STS `GetCallerIdentity` says.
public struct CallerIdentity: Hashable, Sendable, Codable {
  /// The account the credentials belong to.
  public let accountID: String
  /// The ARN of the user or assumed role.
  public let arn: String
  /// The unique ID of the user or role session.
  public let userID: String

  /// Creates an identity.
  ///
  /// - Parameters:
  ///   - accountID: the account.
  ///   - arn: the principal's ARN.
  ///   - userID: the unique ID.
  public init(accountID: String, arn: String, userID: String) {
    self.accountID = accountID
    self.arn = arn
    self.userID = userID
  }

  /// The partition of the identity's ARN (`aws` when the ARN cannot be read).
  public var partition: String {
    let parts = arn.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
    return parts.count >= 2 && parts[0] == "arn" && !parts[1].isEmpty ? String(parts[1]) : "aws"
  }
}
