/// Writes a ``PolicyJSONValue`` as the readable JSON people keep in configuration files.
///
/// Members keep their order. The document is indented by two spaces, and so is every list of rules; a
/// value that has no list of objects in it and fits on a line is written on one line, such as
/// `{"not": {"tag": "Stage", "equals": "Prod"}}`.
enum PolicyJSONWriter {
  /// How long a one-line value may be before it is spread over several lines.
  private static let inlineLimit = 72

  /// The value as JSON text, ending with a line feed.
  static func write(_ value: PolicyJSONValue) -> String {
    write(value, indent: "", allowInline: false) + "\n"
  }

  private static func write(_ value: PolicyJSONValue, indent: String, allowInline: Bool = true) -> String {
    if allowInline, let inline = inline(value), inline.count <= inlineLimit { return inline }
    let inner = indent + "  "
    switch value {
    case .object(let members):
      let lines = members.map { inner + quoted($0.key) + ": " + write($0.value, indent: inner) }
      return "{\n" + lines.joined(separator: ",\n") + "\n" + indent + "}"
    case .array(let elements):
      let lines = elements.map { inner + write($0, indent: inner) }
      return "[\n" + lines.joined(separator: ",\n") + "\n" + indent + "]"
    default:
      return inline(value) ?? ""
    }
  }

  /// The value on one line, or `nil` when it holds an array with an object in it.
  private static func inline(_ value: PolicyJSONValue) -> String? {
    switch value {
    case .object(let members):
      var parts: [String] = []
      for member in members {
        guard let text = inline(member.value) else { return nil }
        parts.append(quoted(member.key) + ": " + text)
      }
      return "{" + parts.joined(separator: ", ") + "}"
    case .array(let elements):
      var parts: [String] = []
      for element in elements {
        if case .object = element { return nil }
        guard let text = inline(element) else { return nil }
        parts.append(text)
      }
      return "[" + parts.joined(separator: ", ") + "]"
    case .string(let text): return quoted(text)
    case .number(let literal): return literal
    case .boolean(let flag): return flag ? "true" : "false"
    case .null: return "null"
    }
  }

  /// A JSON string literal; only what JSON requires is escaped, other text is kept as UTF-8.
  static func quoted(_ text: String) -> String {
    var result = "\""
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
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
