/// How a command prints its result.
enum OutputFormat: String {
  /// Lines a person reads.
  case text
  /// The JSON report a program parses.
  case json

  static func parse(_ text: String?) throws(UsageError) -> OutputFormat {
    guard let text else { return .text }
    guard let format = OutputFormat(rawValue: text) else {
      throw UsageError("--output takes text or json, not '\(text.prefix(20))'")
    }
    return format
  }
}
