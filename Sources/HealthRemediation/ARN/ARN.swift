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
    var contiguous = text
    // ASCII text, nearly every ARN, is split on bytes; anything else is split on characters, whose
    // grapheme rules (a colon followed by a combining mark is not a colon) bytes cannot follow.
    let fast = contiguous.withUTF8 { bytes in
      bytes.allSatisfy { $0 < 0x80 } ? Self.parse(ascii: bytes, text: text) : nil
    }
    self = try (fast ?? Self.parse(characters: text)).get()
  }

  /// Parses an ASCII ARN on its bytes, with the checks and words of ``parse(characters:)``.
  private static func parse(ascii bytes: UnsafeBufferPointer<UInt8>, text: String) -> Result<ARN, ARNError> {
    func failure(_ reason: String) -> Result<ARN, ARNError> { .failure(ARNError(text: text, reason: reason)) }
    func string(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    guard !bytes.isEmpty else { return failure("it is empty") }
    guard bytes.count <= 2048 else { return failure("it is longer than 2048 characters") }
    guard bytes.allSatisfy({ $0 > 0x20 && $0 != 0x7F }) else {
      return failure("it contains whitespace or control characters")
    }
    // The offsets of the first five colons; the sixth part is the rest, colons included.
    var colons = (0, 0, 0, 0, 0)
    var found = 0
    var index = 0
    while found < 5, let colon = bytes[index...].firstIndex(of: UInt8(ascii: ":")) {
      switch found {
      case 0: colons.0 = colon
      case 1: colons.1 = colon
      case 2: colons.2 = colon
      case 3: colons.3 = colon
      default: colons.4 = colon
      }
      found += 1
      index = colon + 1
    }
    guard found == 5 else {
      return failure("an ARN has six colon-separated parts, this has \(found + 1)")
    }
    let prefix = 0..<colons.0
    let partition = colons.0 + 1..<colons.1
    let service = colons.1 + 1..<colons.2
    let region = colons.2 + 1..<colons.3
    let account = colons.3 + 1..<colons.4
    let resource = colons.4 + 1..<bytes.count
    guard ByteText.equals(bytes, prefix, "arn") else { return failure("an ARN starts with \"arn:\"") }
    guard isPartition(bytes[partition]) else {
      return failure("\"\(string(partition))\" is not a partition (aws, aws-cn, aws-us-gov...)")
    }
    guard !service.isEmpty, bytes[service].allSatisfy({ isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") })
    else {
      return failure(
        "the service \"\(string(service))\" is empty or not lowercase letters, digits and dashes")
    }
    guard bytes[region].allSatisfy({ isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }) else {
      return failure("the region \"\(string(region))\" is not lowercase letters, digits and dashes")
    }
    guard
      account.isEmpty || ByteText.equals(bytes, account, "aws")
        || (account.count == 12 && bytes[account].allSatisfy(isDigit))
    else { return failure("the account \"\(string(account))\" is not a 12-digit account ID") }
    guard !resource.isEmpty else { return failure("the resource part is empty") }
    return .success(
      ARN(
        partition: string(partition), service: string(service), region: string(region),
        accountID: string(account), resource: string(resource)))
  }

  /// Parses an ARN on its characters.
  private static func parse(characters text: String) -> Result<ARN, ARNError> {
    Result { () throws(ARNError) in
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
          text: text,
          reason: "the service \"\(service)\" is empty or not lowercase letters, digits and dashes")
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
      return ARN(
        partition: partition, service: service, region: region, accountID: account, resource: resource)
    }
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
    guard let separator = resourceSeparator else { return nil }
    return String(resource[..<separator])
  }

  /// The resource ID: `i-1` in `instance/i-1`; the whole resource for a plain one.
  public var resourceID: String {
    guard let separator = resourceSeparator else { return resource }
    return String(resource[resource.index(after: separator)...])
  }

  /// The first `/` or `:` of the resource; found on bytes when the resource is ASCII, on characters
  /// otherwise (where a separator followed by a combining mark is not one).
  private var resourceSeparator: String.Index? {
    let utf8 = resource.utf8
    if utf8.allSatisfy({ $0 < 0x80 }) {
      return utf8.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ":") }
    }
    return resource.firstIndex { $0 == "/" || $0 == ":" }
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

  /// ``isPartition(_:)`` for ASCII bytes: `aws`, then dash-separated non-empty lowercase words.
  static func isPartition(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    guard ByteText.matches(bytes.base, at: bytes.startIndex, "aws"), bytes.count >= 3 else { return false }
    let rest = bytes.dropFirst(3)
    if rest.isEmpty { return true }
    guard rest.first == UInt8(ascii: "-"), rest.last != UInt8(ascii: "-") else { return false }
    var previousWasDash = true
    for byte in rest.dropFirst() {
      if byte == UInt8(ascii: "-") {
        if previousWasDash { return false }
        previousWasDash = true
      } else {
        guard isLowerAlphanumeric(byte) else { return false }
        previousWasDash = false
      }
    }
    return true
  }

  private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
    isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
}
