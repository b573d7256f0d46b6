/// Where a group of instances lives: the partition, account and region that one EC2 client serves.
///
/// The engine groups targets by scope so that an adapter makes one describe call and one stop call per
/// scope, and so that a failure in one scope does not stop the others.
public struct ResourceScope: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  /// The AWS partition, for example `aws`, `aws-cn` or `aws-us-gov`.
  public let partition: String
  /// The 12-digit account ID that owns the instances.
  public let accountID: String
  /// The region the instances run in; never `global`.
  public let region: String

  /// Creates a scope.
  ///
  /// - Parameters:
  ///   - partition: the AWS partition.
  ///   - accountID: the account that owns the instances.
  ///   - region: the region the instances run in.
  public init(partition: String, accountID: String, region: String) {
    self.partition = partition
    self.accountID = accountID
    self.region = region
  }

  /// `partition/account/region`, as reports and logs show it.
  public var description: String { "\(partition)/\(accountID)/\(region)" }

  /// Orders scopes by partition, account, then region, so that reports are deterministic.
  public static func < (lhs: ResourceScope, rhs: ResourceScope) -> Bool {
    (lhs.partition, lhs.accountID, lhs.region) < (rhs.partition, rhs.accountID, rhs.region)
  }
}
