/// A validated EC2 instance ID: `i-` followed by 8 or 17 lowercase hexadecimal digits.
///
/// Validation happens once, here, so that nothing taken from an event can reach an AWS request
/// unless it has exactly this shape.
public struct InstanceID: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
  /// The ID as EC2 spells it, for example `i-0abcdef1234567890`.
  public let rawValue: String

  /// Validates and wraps an instance ID.
  ///
  /// - Parameter rawValue: the candidate ID.
  /// - Throws: ``InstanceIDError`` naming what is wrong with the candidate.
  public init(validating rawValue: String) throws(InstanceIDError) {
    // The accepted shape is pure ASCII, so bytes decide it; only a refusal needs the character-level
    // checks below, which pick the reason.
    if Self.hasInstanceIDShape(rawValue) {
      self.rawValue = rawValue
      return
    }
    guard rawValue.hasPrefix("i-") else {
      throw InstanceIDError(value: rawValue, reason: "an instance ID starts with \"i-\"")
    }
    let digits = rawValue.utf8.dropFirst(2)
    guard digits.count == 8 || digits.count == 17 else {
      throw InstanceIDError(
        value: rawValue,
        reason: "an instance ID has 8 or 17 hexadecimal digits after \"i-\", not \(digits.count)")
    }
    guard
      digits.allSatisfy({
        ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
          || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f"))
      })
    else {
      throw InstanceIDError(
        value: rawValue, reason: "an instance ID has only lowercase hexadecimal digits after \"i-\"")
    }
    self.rawValue = rawValue
  }

  /// Whether the text is `i-` and 8 or 17 lowercase hexadecimal digits.
  private static func hasInstanceIDShape(_ text: String) -> Bool {
    ByteText.withBytes(of: text) { hasInstanceIDShape($0[...]) }
  }

  /// Whether the bytes are `i-` and 8 or 17 lowercase hexadecimal digits.
  static func hasInstanceIDShape(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    guard bytes.count == 10 || bytes.count == 19, bytes[bytes.startIndex] == UInt8(ascii: "i"),
      bytes[bytes.startIndex + 1] == UInt8(ascii: "-")
    else { return false }
    return bytes.dropFirst(2).allSatisfy {
      ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
        || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f"))
    }
  }

  /// Wraps text whose bytes ``hasInstanceIDShape(_:)`` has accepted, without checking it again.
  init(checkedRawValue: String) {
    rawValue = checkedRawValue
  }

  /// Wraps an ID without validating it, returning `nil` when it does not have the instance-ID shape.
  ///
  /// - Parameter rawValue: the candidate ID.
  public init?(_ rawValue: String) {
    guard let id = try? InstanceID(validating: rawValue) else { return nil }
    self = id
  }

  /// The ID as EC2 spells it.
  public var description: String { rawValue }

  /// Orders IDs by their text, so that reports and requests are deterministic.
  public static func < (lhs: InstanceID, rhs: InstanceID) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Decodes an ID from a JSON string, validating it.
  ///
  /// - Parameter decoder: the decoder to read from.
  /// - Throws: `DecodingError.dataCorrupted` when the string is not an instance ID.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    do {
      self = try InstanceID(validating: text)
    } catch {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
    }
  }

  /// Encodes the ID as a JSON string.
  ///
  /// - Parameter encoder: the encoder to write to.
  /// - Throws: whatever the encoder throws.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
