/// Writes JSON string literals and numbers by hand, so that log and metric lines keep a fixed key order
/// and need no encoder.
enum JSONText {
  /// The string as a JSON string literal, quotes included.
  ///
  /// Quotes, backslashes and every control character are escaped; U+2028 and U+2029 are escaped too so
  /// that the line stays one line for readers that treat them as line breaks.
  static func quoted(_ text: String) -> String {
    var result = "\""
    result.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{08}": result += "\\b"
      case "\u{0C}": result += "\\f"
      case "\u{00}"..."\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}":
        result += "\\u" + hex4(scalar.value)
      default:
        result.unicodeScalars.append(scalar)
      }
    }
    result += "\""
    return result
  }

  /// The number as a JSON number: integral values without a fraction, others in Swift's shortest form.
  ///
  /// The caller must have rejected NaN and infinities, which JSON cannot represent.
  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
      return String(Int64(value))
    }
    return String(value)
  }

  private static func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: false)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
