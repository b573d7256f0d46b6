/// A subject line that SNS accepts by construction: printable ASCII, no line breaks, under 100 characters.
///
/// Whatever text it is given (an event code, a description) is cleaned rather than rejected, so that a
/// strange event can never make the notification itself fail.
public struct NotificationSubject: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The longest subject kept; SNS requires fewer than 100 characters.
  public static let maximumLength = 99

  /// The cleaned subject.
  public let text: String

  /// Cleans a subject: control characters and line breaks become spaces, other non-ASCII characters
  /// become `?`, runs of spaces collapse, and the result is cut to ``maximumLength`` with `...`.
  ///
  /// - Parameter raw: the subject to clean.
  public init(_ raw: String) {
    var cleaned = ""
    var lastWasSpace = true
    for scalar in raw.unicodeScalars {
      let character: Character
      if scalar.value >= 0x21 && scalar.value <= 0x7E {
        character = Character(scalar)
      } else if scalar.value < 0x80 || scalar.properties.isWhitespace {
        character = " "
      } else {
        character = "?"
      }
      if character == " " {
        if lastWasSpace { continue }
        lastWasSpace = true
      } else {
        lastWasSpace = false
      }
      cleaned.append(character)
    }
    while cleaned.last == " " { cleaned.removeLast() }
    if cleaned.isEmpty { cleaned = "AWS Health abuse event" }
    if cleaned.count > Self.maximumLength {
      cleaned = String(cleaned.prefix(Self.maximumLength - 3)) + "..."
    }
    text = cleaned
  }

  /// The cleaned subject.
  public var description: String { text }

  /// Decodes a subject, cleaning it again so that a decoded subject is valid too.
  ///
  /// - Parameter decoder: the decoder to read from.
  /// - Throws: `DecodingError` when the value is not a string.
  public init(from decoder: any Decoder) throws {
    self.init(try decoder.singleValueContainer().decode(String.self))
  }

  /// Encodes the subject as a string.
  ///
  /// - Parameter encoder: the encoder to write to.
  /// - Throws: whatever the encoder throws.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(text)
  }
}
