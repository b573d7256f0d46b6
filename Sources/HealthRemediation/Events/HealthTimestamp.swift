import Foundation

/// A time in an AWS Health `detail`, written like RFC 1123: `Wed, 28 Nov 2023 06:27:57 GMT`.
///
/// Days may have one digit (`Tue, 7 Feb 2017 ...`) and the weekday is often wrong in real events, so
/// the weekday is accepted and ignored, never validated. The original text is kept so that an event
/// re-encodes exactly as it came.
public struct HealthTimestamp: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The text as it appeared in the event.
  public let text: String
  /// The instant it names.
  public let date: Date

  private static let months = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]

  /// Parses a Health time.
  ///
  /// - Parameter text: for example `Wed, 28 Nov 2023 06:27:57 GMT` or `7 Feb 2017 06:27:57 GMT`.
  /// - Returns: `nil` when the text is not such a time.
  public init?(_ text: String) {
    var text = text
    // ASCII text is read byte by byte; anything else takes the character-based reading, whose
    // grapheme rules (a space followed by a combining mark is not a space) bytes cannot follow.
    let isASCII = text.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } }
    let seconds =
      isASCII
      ? text.withUTF8 { Self.secondsSinceEpoch(ascii: $0) } : Self.secondsSinceEpoch(characters: text)
    guard let seconds else { return nil }
    self.text = text
    self.date = Date(timeIntervalSince1970: TimeInterval(seconds))
  }

  /// The seconds an ASCII Health time names, or `nil`; the same rules as
  /// ``secondsSinceEpoch(characters:)``, on bytes.
  private static func secondsSinceEpoch(ascii bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var cursor = 0
    // Fields are separated by runs of spaces, as `split(separator: " ")` separates them.
    func nextField() -> Range<Int>? {
      while cursor < bytes.count && bytes[cursor] == 0x20 { cursor += 1 }
      guard cursor < bytes.count else { return nil }
      let start = cursor
      while cursor < bytes.count && bytes[cursor] != 0x20 { cursor += 1 }
      return start..<cursor
    }
    guard var dayField = nextField() else { return nil }
    // The weekday ("Wed,") is optional and deliberately not checked against the date.
    if bytes[dayField.upperBound - 1] == UInt8(ascii: ",") {
      guard let next = nextField() else { return nil }
      dayField = next
    }
    guard let monthField = nextField(), let yearField = nextField(), let clockField = nextField(),
      let zoneField = nextField(), nextField() == nil,
      isZone(bytes, zoneField),
      dayField.count <= 2, let day = signedInteger(bytes, dayField),
      let month = month(bytes, monthField),
      yearField.count == 4, let year = signedInteger(bytes, yearField),
      clockField.count == 8, bytes[clockField.lowerBound + 2] == UInt8(ascii: ":"),
      bytes[clockField.lowerBound + 5] == UInt8(ascii: ":"),
      let hour = CivilTime.number(bytes, at: clockField.lowerBound, count: 2),
      let minute = CivilTime.number(bytes, at: clockField.lowerBound + 3, count: 2),
      let second = CivilTime.number(bytes, at: clockField.lowerBound + 6, count: 2)
    else { return nil }
    return CivilTime.secondsSinceEpoch(
      year: year, month: month, day: day, hour: hour, minute: minute, second: second)
  }

  /// `GMT`, `UTC`, `+0000` or `Z`.
  private static func isZone(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> Bool {
    let zone = bytes[field]
    return zone.elementsEqual("GMT".utf8) || zone.elementsEqual("UTC".utf8)
      || zone.elementsEqual("+0000".utf8)
      || zone.elementsEqual("Z".utf8)
  }

  /// What `Int(_:)` reads from ASCII text: an optional sign and at least one digit.
  private static func signedInteger(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> Int? {
    var index = field.lowerBound
    let negative = bytes[index] == UInt8(ascii: "-")
    if negative || bytes[index] == UInt8(ascii: "+") { index += 1 }
    guard index < field.upperBound,
      let value = CivilTime.number(bytes, at: index, count: field.upperBound - index)
    else { return nil }
    return negative ? -value : value
  }

  /// The month (1-12) of a three-letter English abbreviation in any case.
  private static func month(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> Int? {
    guard field.count == 3 else { return nil }
    // ASCII lower-casing; the months are ASCII, so nothing else could match.
    var key: UInt32 = 0
    for byte in bytes[field] {
      let folded = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
      key = key << 8 | UInt32(folded)
    }
    guard let index = packedMonths.firstIndex(of: key) else { return nil }
    return index + 1
  }

  /// ``months`` as three bytes in a number each, `jan` being 0x6A616E.
  private static let packedMonths: [UInt32] = [
    0x6A_616E, 0x66_6562, 0x6D_6172, 0x61_7072, 0x6D_6179, 0x6A_756E, 0x6A_756C, 0x61_7567, 0x73_6570,
    0x6F_6374, 0x6E_6F76, 0x64_6563,
  ]

  /// The seconds a Health time names, read as characters, or `nil`.
  private static func secondsSinceEpoch(characters text: String) -> Int? {
    let fields = text.split(separator: " ", omittingEmptySubsequences: true)
    var index = 0
    // The weekday ("Wed,") is optional and deliberately not checked against the date.
    if let first = fields.first, first.hasSuffix(",") { index = 1 }
    guard fields.count == index + 5 else { return nil }
    let dayText = fields[index]
    let monthText = fields[index + 1].lowercased()
    let yearText = fields[index + 2]
    let clock = Array(fields[index + 3].utf8)
    let zone = fields[index + 4]
    guard zone == "GMT" || zone == "UTC" || zone == "+0000" || zone == "Z",
      (1...2).contains(dayText.count), let day = Int(dayText), dayText.allSatisfy(\.isASCII),
      let monthIndex = months.firstIndex(of: monthText),
      yearText.count == 4, let year = Int(yearText),
      clock.count == 8, clock[2] == UInt8(ascii: ":"), clock[5] == UInt8(ascii: ":"),
      let hour = clock.withUnsafeBufferPointer({ CivilTime.number($0, at: 0, count: 2) }),
      let minute = clock.withUnsafeBufferPointer({ CivilTime.number($0, at: 3, count: 2) }),
      let second = clock.withUnsafeBufferPointer({ CivilTime.number($0, at: 6, count: 2) })
    else { return nil }
    return CivilTime.secondsSinceEpoch(
      year: year, month: monthIndex + 1, day: day, hour: hour, minute: minute, second: second)
  }

  /// Why `text` was refused, as decoding errors say it.
  static func problem(parsing text: String) -> String {
    "expected a time like \"Wed, 28 Nov 2023 06:27:57 GMT\", got \"\(text.prefix(60))\""
  }

  /// The text as it appeared in the event.
  public var description: String { text }

  /// Decodes and parses a Health time.
  ///
  /// - Parameter decoder: the decoder to read from.
  /// - Throws: `DecodingError.dataCorrupted` naming the expected shape when the text is not a Health time.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let parsed = HealthTimestamp(text) else {
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
