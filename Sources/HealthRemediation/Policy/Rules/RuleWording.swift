/// The words rules use in reasons and explanations, kept in one place so that they read alike.
enum RuleWording {
  /// A value in double quotes, with quotes, backslashes and invisible characters escaped so that a tag
  /// value cannot break a line of a notification or disguise itself.
  static func quoted(_ text: String) -> String {
    if needsNoEscaping(text) { return joined("\"", text, "\"") }
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator:
          result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        default:
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// Whether `text` is printable ASCII other than quote and backslash, which ``quoted(_:)`` only puts
  /// between quotes: the usual tag value.
  private static func needsNoEscaping(_ text: String) -> Bool {
    ByteText.withBytes(of: text) { bytes in
      bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
    }
  }

  /// Whether ``key(_:)`` shows `key` bare.
  private static func isPlainKey(_ key: String) -> Bool {
    !key.isEmpty && ByteText.withBytes(of: key) { $0.allSatisfy(isPlainKeyByte) }
  }

  /// The parts as one new string, allocated once: reasons are written for every instance evaluated.
  private static func joined(_ parts: String...) -> String { ByteText.concatenation(parts) }

  /// A tag key as it appears after the word "tag": bare when it is a plain word, quoted otherwise.
  static func key(_ key: String) -> String {
    isPlainKey(key) ? key : quoted(key)
  }

  /// Whether a byte may show unquoted in a tag key: ASCII letters, digits and `_.:/=+@-`; EC2 allows
  /// these plus spaces and other letters, which need quotes.
  private static func isPlainKeyByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"),
      UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "@"), UInt8(ascii: "-"):
      true
    default:
      false
    }
  }

  /// `"a"` for one value, `one of "a", "b"` for several; a repeated value is listed once.
  static func oneOf(_ values: [String]) -> String {
    if values.count == 1 { return quoted(values[0]) }
    var seen = Set<String>()
    let distinct = values.filter { seen.insert($0).inserted }
    if distinct.count == 1 { return quoted(distinct[0]) }
    return "one of " + distinct.map(quoted).joined(separator: ", ")
  }

  /// `tag Stage is "Dev"`.
  static func tag(_ key: String, is value: String) -> String {
    if isPlainKey(key) && needsNoEscaping(value) { return joined("tag ", key, " is \"", value, "\"") }
    return "tag \(Self.key(key)) is \(quoted(value))"
  }

  /// `tag Stage is "Dev", not "Prod"`, or `..., not one of "Prod", "Staging"`.
  static func tag(_ key: String, is value: String, notOneOf values: [String]) -> String {
    if values.count == 1, isPlainKey(key), needsNoEscaping(value), needsNoEscaping(values[0]) {
      return joined("tag ", key, " is \"", value, "\", not \"", values[0], "\"")
    }
    return "tag \(Self.key(key)) is \(quoted(value)), not \(oneOf(values))"
  }

  /// `tag Stage is absent`.
  static func tagAbsent(_ key: String) -> String { joined("tag ", Self.key(key), " is absent") }

  /// `state is "running"`.
  static func state(_ state: InstanceState) -> String { "state is \(quoted(state.name))" }

  /// `state is "stopped", not one of "pending", "running"`.
  static func state(_ state: InstanceState, notOneOf states: [InstanceState]) -> String {
    "state is \(quoted(state.name)), not \(oneOf(states.map(\.name)))"
  }
}
