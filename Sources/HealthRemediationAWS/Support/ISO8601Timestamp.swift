import Foundation

/// Reads the ISO-8601 timestamps AWS returns (`2024-05-01T12:00:00Z`, with or without fractions).
enum ISO8601Timestamp {
  /// The date, or `nil` when the text is not an ISO-8601 timestamp.
  static func parse(_ text: String) -> Date? {
    let trimmed = text.trimmed
    if let date = try? Date(trimmed, strategy: .iso8601) { return date }
    let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    return try? fractional.parse(trimmed)
  }
}
