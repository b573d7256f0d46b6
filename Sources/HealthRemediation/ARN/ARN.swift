/// An Amazon Resource Name: `arn:partition:service:region:account:resource`.
///
/// Parses every partition (`aws`, `aws-cn`, `aws-us-gov`, `aws-iso`, `aws-iso-b`...), resources written
/// `type/id`, `type:id` or plain, and an empty region or account (`arn:aws:health:global::event/...`).
public struct ARN: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The partition, for example `aws`.
  public let partition: String
  /// The service namespace, for example `ec2`.
  public let service: String
  /// The region; empty for global resources.
  public let region: String
  /// The 12-digit account ID; empty for resources that have none.
  public let accountID: String
  /// The resource part, everything after the fifth colon.
  public let resource: String

  /// Parses an ARN.
  ///
  /// - Parameter text: the ARN text.
  /// - Throws: ``ARNError`` naming the part that is wrong.
  public init(parsing text: String) throws(ARNError) {
    guard !text.isEmpty else { throw ARNError(text: text, reason: "it is empty") }
    guard text.utf8.count <= 2048 else {
      throw ARNError(text: text, reason: "it is longer than 2048 characters")
    }
    guard text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F }) else {
      throw ARNError(text: text, reason: "it contains whitespace or control characters")
    }
    let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
    guard parts.count == 6 else {
      throw ARNError(text: text, reason: "an ARN has six colon-separated parts, this has \(parts.count)")
    }
    guard parts[0] == "arn" else { throw ARNError(text: text, reason: "an ARN starts with \"arn:\"") }
    let partition = String(parts[1])
    guard Self.isPartition(partition) else {
      throw ARNError(text: text, reason: "\"\(partition)\" is not a partition (aws, aws-cn, aws-us-gov...)")
    }
    let service = String(parts[2])
    guard !service.isEmpty,
      service.utf8.allSatisfy({ Self.isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") })
    else {
      throw ARNError(
        text: text, reason: "the service \"\(service)\" is empty or not lowercase letters, digits and dashes")
    }
    let region = String(parts[3])
    guard
      region.isEmpty || region.utf8.allSatisfy({ Self.isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") })
    else {
      throw ARNError(
        text: text, reason: "the region \"\(region)\" is not lowercase letters, digits and dashes")
    }
    let account = String(parts[4])
    guard
      account.isEmpty || account == "aws"
        || (account.utf8.count == 12 && account.utf8.allSatisfy(Self.isDigit))
    else { throw ARNError(text: text, reason: "the account \"\(account)\" is not a 12-digit account ID") }
    let resource = String(parts[5])
    guard !resource.isEmpty else { throw ARNError(text: text, reason: "the resource part is empty") }
    self.partition = partition
    self.service = service
    self.region = region
    self.accountID = account
    self.resource = resource
  }

  /// Creates an ARN from its parts, without validation; use it for ARNs this program builds.
  ///
  /// - Parameters:
  ///   - partition: the partition.
  ///   - service: the service namespace.
  ///   - region: the region, or empty.
  ///   - accountID: the account ID, or empty.
  ///   - resource: the resource part.
  public init(partition: String, service: String, region: String, accountID: String, resource: String) {
    self.partition = partition
    self.service = service
    self.region = region
    self.accountID = accountID
    self.resource = resource
  }

  /// The resource type: `instance` in `instance/i-1` or `instance:i-1`; `nil` for a plain resource.
  public var resourceType: String? {
    guard let separator = resource.firstIndex(where: { $0 == "/" || $0 == ":" }) else { return nil }
    return String(resource[..<separator])
  }

  /// The resource ID: `i-1` in `instance/i-1`; the whole resource for a plain one.
  public var resourceID: String {
    guard let separator = resource.firstIndex(where: { $0 == "/" || $0 == ":" }) else { return resource }
    return String(resource[resource.index(after: separator)...])
  }

  /// The ARN text.
  public var description: String { "arn:\(partition):\(service):\(region):\(accountID):\(resource)" }

  /// Decodes and parses an ARN.
  ///
  /// - Parameter decoder: the decoder to read from.
  /// - Throws: `DecodingError.dataCorrupted` with the reason when the text is not an ARN.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    do {
      self = try ARN(parsing: try container.decode(String.self))
    } catch let error as ARNError {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
    }
  }

  /// Encodes the ARN text.
  ///
  /// - Parameter encoder: the encoder to write to.
  /// - Throws: whatever the encoder throws.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  private static func isPartition(_ text: String) -> Bool {
    let words = text.split(separator: "-", omittingEmptySubsequences: false)
    return words.first == "aws" && words.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy(isLowerAlphanumeric) }
  }

  private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
    isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
}
