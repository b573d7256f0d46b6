/// Makes text taken from an event safe to show in a plain-text e-mail or a terminal.
enum PlainText {
  /// Replaces control characters (escape sequences, carriage returns...) with spaces; keeps line breaks
  /// only where `multiline` is set, and cuts overly long values with `...`.
  static func clean(_ text: String, multiline: Bool = false, limit: Int = 4_000) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      if scalar == "\n" && multiline {
        result.unicodeScalars.append(scalar)
      } else if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}"
        || scalar == "\u{2029}"
      {
        result.append(" ")
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result.count > limit ? String(result.prefix(limit)) + "..." : result
  }
}
