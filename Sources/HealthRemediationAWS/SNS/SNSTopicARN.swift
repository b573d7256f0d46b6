/// A validated SNS topic ARN: `arn:{partition}:sns:{region}:{account}:{name}`.
///
/// The topic's region and partition decide where Publish is sent, so they are checked before use.
public struct SNSTopicARN: Hashable, Sendable, CustomStringConvertible {
  /// The ARN text.
  public let rawValue: String
  /// The partition.
  public let partition: AWSPartition
  /// The topic's region.
  public let region: AWSRegion
  /// The account that owns the topic.
  public let accountID: AWSAccountID
  /// The topic name.
  public let name: String

  /// Validates a topic ARN.
  ///
  /// - Parameter rawValue: the candidate, for example the `SNS_TOPIC_ARN` setting.
  /// - Throws: ``AWSValidationError`` naming what is wrong.
  public init(validating rawValue: String) throws(AWSValidationError) {
    let parts = rawValue.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 6, parts[0] == "arn", parts[2] == "sns" else {
      throw AWSValidationError(
        field: "topic ARN", value: rawValue, reason: "a topic ARN is arn:PARTITION:sns:REGION:ACCOUNT:NAME")
    }
    partition = try AWSPartition.named(String(parts[1]))
    region = try AWSRegion(validating: String(parts[3]))
    guard region.partition == partition else {
      throw AWSValidationError(
        field: "topic ARN", value: rawValue, reason: "region \(region) is not in partition \(partition)")
    }
    accountID = try AWSAccountID(validating: String(parts[4]))
    let name = String(parts[5])
    let base = name.hasSuffix(".fifo") ? name.dropLast(5) : Substring(name)
    let allowed = base.utf8.allSatisfy { byte in
      (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
        || byte == UInt8(ascii: "_")
    }
    guard !base.isEmpty, name.utf8.count <= 256, allowed else {
      throw AWSValidationError(
        field: "topic ARN", value: rawValue,
        reason: "a topic name has 1 to 256 of the characters A-Z a-z 0-9 - _ (and may end in .fifo)")
    }
    self.name = name
    self.rawValue = rawValue
  }

  /// Whether the topic is a FIFO topic.
  public var isFIFO: Bool { name.hasSuffix(".fifo") }

  /// The ARN text.
  public var description: String { rawValue }
}
