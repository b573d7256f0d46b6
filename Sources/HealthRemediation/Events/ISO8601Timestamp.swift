import Foundation

/// An ISO-8601 time as EventBridge writes it in the envelope: `2022-11-28T06:27:57Z`.
///
/// Fractional seconds and numeric offsets are accepted; the original text is kept for re-encoding.
public struct ISO8601Timestamp: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The text as it appeared in the event.
  public let text: String
  /// The instant it names.
  public let date: Date

  /// Parses an ISO-8601 time.
  ///
  /// - Parameter text: for example `2022-11-28T06:27:57Z` or `2022-11-28T06:27:57.123+01:00`.
  /// - Returns: `nil` when the text is not such a time.
  public init?(_ text: String) {
    var text = text
    guard let instant = text.withUTF8({ Self.instant($0) }) else { return nil }
    self.text = text
    self.date = Date(timeIntervalSince1970: instant)
  }

  /// Seconds since 1970 for the UTF-8 text of an ISO-8601 time, or `nil`.
  private static func instant(_ bytes: UnsafeBufferPointer<UInt8>) -> TimeInterval? {
    guard bytes.count >= 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
      bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
      let year = CivilTime.number(bytes, at: 0, count: 4),
      let month = CivilTime.number(bytes, at: 5, count: 2),
      let day = CivilTime.number(bytes, at: 8, count: 2),
      let hour = CivilTime.number(bytes, at: 11, count: 2),
      let minute = CivilTime.number(bytes, at: 14, count: 2),
      let second = CivilTime.number(bytes, at: 17, count: 2),
      let seconds = CivilTime.secondsSinceEpoch(
        year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    else { return nil }
    var index = 19
    var fraction = 0.0
    if bytes[index] == UInt8(ascii: ".") {
      index += 1
      var scale = 0.1
      let start = index
      while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
        fraction += Double(bytes[index] - UInt8(ascii: "0")) * scale
        scale /= 10
        index += 1
      }
      guard index > start else { return nil }
    }
    guard index < bytes.count else { return nil }
    var offset = 0
    switch bytes[index] {
    case UInt8(ascii: "Z"), UInt8(ascii: "z"):
      guard index + 1 == bytes.count else { return nil }
    case UInt8(ascii: "+"), UInt8(ascii: "-"):
      guard index + 6 == bytes.count, bytes[index + 3] == UInt8(ascii: ":"),
        let hours = CivilTime.number(bytes, at: index + 1, count: 2),
        let minutes = CivilTime.number(bytes, at: index + 4, count: 2), hours < 24, minutes < 60
      else { return nil }
      offset = (hours * 3_600 + minutes * 60) * (bytes[index] == UInt8(ascii: "+") ? 1 : -1)
    default:
      return nil
    }
    return TimeInterval(seconds - offset) + fraction
  }

  /// Why `text` was refused, as decoding errors say it.
  static func problem(parsing text: String) -> String {
    "expected an ISO-8601 time like \"2022-11-28T06:27:57Z\", got \"\(text.prefix(60))\""
  }

  /// The text as it appeared in the event.
  public var description: String { text }

  /// Decodes and parses an ISO-8601 time.
  ///
  /// - Parameter decoder: the decoder to read from.
  /// - Throws: `DecodingError.dataCorrupted` naming the expected shape when the text is not ISO-8601.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let parsed = ISO8601Timestamp(text) else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: Self.problem(parsing: text))
    }
    self = parsed
  }

  /// Encodes the original text.
  ///
  /// - Parameter encoder: the encoder to write to.
  /// - Throws: whatever the encoder throws.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(text)
  }
}
