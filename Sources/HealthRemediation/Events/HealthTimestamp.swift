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
      let monthIndex = Self.months.firstIndex(of: monthText),
      yearText.count == 4, let year = Int(yearText),
      clock.count == 8, clock[2] == UInt8(ascii: ":"), clock[5] == UInt8(ascii: ":"),
      let hour = CivilTime.number(clock, at: 0, count: 2),
      let minute = CivilTime.number(clock, at: 3, count: 2),
      let second = CivilTime.number(clock, at: 6, count: 2),
      let seconds = CivilTime.secondsSinceEpoch(
        year: year, month: monthIndex + 1, day: day, hour: hour, minute: minute, second: second)
    else { return nil }
    self.text = text
    self.date = Date(timeIntervalSince1970: TimeInterval(seconds))
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
