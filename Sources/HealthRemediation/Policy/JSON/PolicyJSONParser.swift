/// A strict JSON reader (RFC 8259) for policy documents.
///
/// It exists, rather than `JSONSerialization`, so that errors can say where (line, column, path) and
/// what, so that duplicate keys are rejected instead of one silently winning, so that `true` is never
/// mistaken for `1`, and so that nesting and size are bounded before anything recurses.
struct PolicyJSONParser {
  /// The deepest nesting of objects and arrays a document may have.
  static let maximumDepth = 64
  /// The largest document, in bytes; policies are a few hundred bytes.
  static let maximumByteCount = 65_536

  private let bytes: [UInt8]
  private var offset = 0

  private init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Parses one JSON value that fills the whole input, white space aside.
  ///
  /// - Parameter input: the document's bytes, UTF-8, optionally after a byte order mark.
  /// - Throws: ``PolicyDocumentError`` for empty, oversized, non-UTF-8 or non-JSON input, duplicate
  ///   keys, and nesting deeper than ``maximumDepth``.
  static func parse(_ input: some Collection<UInt8>) throws(PolicyDocumentError) -> PolicyJSONValue {
    guard input.count <= maximumByteCount else {
      throw PolicyDocumentError(
        at: .document, .tooLarge(byteCount: input.count, limit: maximumByteCount))
    }
    var bytes = Array(input)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if let invalid = firstInvalidUTF8Offset(bytes) {
      throw PolicyDocumentError(at: .document, .notUTF8(byteOffset: invalid))
    }
    var parser = PolicyJSONParser(bytes: bytes)
    parser.skipWhitespace()
    guard parser.offset < bytes.count else {
      throw PolicyDocumentError(at: .document, .emptyInput)
    }
    let value = try parser.parseValue(path: .document, depth: 0)
    parser.skipWhitespace()
    guard parser.offset == bytes.count else {
      throw parser.syntaxError("unexpected text after the end of the document")
    }
    return value
  }

  /// The offset of the first byte that is not part of valid UTF-8, if any.
  private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
    var decoder = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch decoder.parseScalar(from: &iterator) {
      case .valid(let scalar): offset += scalar.count
      case .error: return offset
      case .emptyInput: return nil
      }
    }
  }

  private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

  private mutating func skipWhitespace() {
    while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
      offset += 1
    }
  }

  private mutating func parseValue(path: PolicyDocumentPath, depth: Int) throws(PolicyDocumentError)
    -> PolicyJSONValue
  {
    guard let byte = current else { throw syntaxError("unexpected end of the document") }
    switch byte {
    case UInt8(ascii: "{"): return try parseObject(path: path, depth: depth + 1)
    case UInt8(ascii: "["): return try parseArray(path: path, depth: depth + 1)
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): return try parseLiteral("true", .boolean(true))
    case UInt8(ascii: "f"): return try parseLiteral("false", .boolean(false))
    case UInt8(ascii: "n"): return try parseLiteral("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
    default: throw unexpectedCharacter()
    }
  }

  private mutating func parseObject(path: PolicyDocumentPath, depth: Int) throws(PolicyDocumentError)
    -> PolicyJSONValue
  {
    guard depth <= Self.maximumDepth else {
      throw PolicyDocumentError(at: path, .nestedTooDeeply(limit: Self.maximumDepth))
    }
    offset += 1
    var members: [(key: String, value: PolicyJSONValue)] = []
    var keys = Set<String>()
    skipWhitespace()
    if current == UInt8(ascii: "}") {
      offset += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard current == UInt8(ascii: "\"") else {
        throw syntaxError(
          members.isEmpty ? "expected a string key or \"}\"" : "expected a string key after \",\"")
      }
      let key = try parseString()
      guard keys.insert(key).inserted else { throw PolicyDocumentError(at: path, .duplicateKey(key)) }
      skipWhitespace()
      guard current == UInt8(ascii: ":") else { throw syntaxError("expected \":\" after a key") }
      offset += 1
      skipWhitespace()
      members.append((key, try parseValue(path: path.appending(key: key), depth: depth)))
      skipWhitespace()
      switch current {
      case UInt8(ascii: ","):
        offset += 1
        skipWhitespace()
        if current == UInt8(ascii: "}") { throw syntaxError("a comma before \"}\" is not allowed") }
      case UInt8(ascii: "}"):
        offset += 1
        return .object(members)
      case nil: throw syntaxError("unexpected end of the document inside an object")
      default: throw syntaxError("expected \",\" or \"}\" after a value")
      }
    }
  }

  private mutating func parseArray(path: PolicyDocumentPath, depth: Int) throws(PolicyDocumentError)
    -> PolicyJSONValue
  {
    guard depth <= Self.maximumDepth else {
      throw PolicyDocumentError(at: path, .nestedTooDeeply(limit: Self.maximumDepth))
    }
    offset += 1
    var elements: [PolicyJSONValue] = []
    skipWhitespace()
    if current == UInt8(ascii: "]") {
      offset += 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try parseValue(path: path.appending(index: elements.count), depth: depth))
      skipWhitespace()
      switch current {
      case UInt8(ascii: ","):
        offset += 1
        skipWhitespace()
        if current == UInt8(ascii: "]") { throw syntaxError("a comma before \"]\" is not allowed") }
      case UInt8(ascii: "]"):
        offset += 1
        return .array(elements)
      case nil: throw syntaxError("unexpected end of the document inside an array")
      default: throw syntaxError("expected \",\" or \"]\" after a value")
      }
    }
  }

  private mutating func parseString() throws(PolicyDocumentError) -> String {
    offset += 1
    var scalars = String.UnicodeScalarView()
    var runStart = offset
    // Unescaped runs are copied as bytes (the input is known to be UTF-8), escapes scalar by scalar.
    func flushRun(upTo end: Int) {
      scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars)
    }
    while true {
      guard let byte = current else { throw syntaxError("unterminated string") }
      switch byte {
      case UInt8(ascii: "\""):
        flushRun(upTo: offset)
        offset += 1
        return String(scalars)
      case UInt8(ascii: "\\"):
        flushRun(upTo: offset)
        scalars.append(try parseEscape())
        runStart = offset
      case 0x00..<0x20:
        throw syntaxError("a control character in a string must be escaped")
      default:
        offset += 1
      }
    }
  }

  /// Reads `\x` or `\uXXXX` (with its low surrogate when it is a high one) and returns the scalar.
  private mutating func parseEscape() throws(PolicyDocumentError) -> Unicode.Scalar {
    offset += 1
    guard let byte = current else { throw syntaxError("unterminated string") }
    offset += 1
    switch byte {
    case UInt8(ascii: "\""): return "\""
    case UInt8(ascii: "\\"): return "\\"
    case UInt8(ascii: "/"): return "/"
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"):
      let unit = try parseHexQuad()
      if (0xD800..<0xDC00).contains(unit) {
        guard current == UInt8(ascii: "\\"), offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "u")
        else { throw syntaxError("a high surrogate \\u escape must be followed by a low one") }
        offset += 2
        let low = try parseHexQuad()
        guard (0xDC00..<0xE000).contains(low) else {
          throw syntaxError("a high surrogate \\u escape must be followed by a low one")
        }
        let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
        guard let scalar = Unicode.Scalar(value) else { throw syntaxError("invalid \\u escape") }
        return scalar
      }
      guard let scalar = Unicode.Scalar(UInt32(unit)) else {
        throw syntaxError("a low surrogate \\u escape must follow a high one")
      }
      return scalar
    default:
      offset -= 1
      throw syntaxError("invalid escape; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u")
    }
  }

  private mutating func parseHexQuad() throws(PolicyDocumentError) -> UInt16 {
    var value: UInt16 = 0
    for _ in 0..<4 {
      guard let byte = current, let digit = Self.hexValue(byte) else {
        throw syntaxError("\\u needs four hexadecimal digits")
      }
      value = value << 4 | UInt16(digit)
      offset += 1
    }
    return value
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }

  /// Reads `-? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?` and returns it as written.
  private mutating func parseNumber() throws(PolicyDocumentError) -> String {
    let start = offset
    if current == UInt8(ascii: "-") { offset += 1 }
    if current == UInt8(ascii: "0") {
      offset += 1
    } else {
      guard skipDigits() else { throw syntaxError("invalid number") }
    }
    if current == UInt8(ascii: ".") {
      offset += 1
      guard skipDigits() else { throw syntaxError("invalid number: digits must follow \".\"") }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      offset += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
      guard skipDigits() else { throw syntaxError("invalid number: digits must follow the exponent") }
    }
    return String(decoding: bytes[start..<offset], as: UTF8.self)
  }

  /// Skips decimal digits, returning whether there was at least one.
  private mutating func skipDigits() -> Bool {
    let start = offset
    while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { offset += 1 }
    return offset > start
  }

  private mutating func parseLiteral(_ word: String, _ value: PolicyJSONValue) throws(PolicyDocumentError)
    -> PolicyJSONValue
  {
    for expected in word.utf8 {
      guard current == expected else { throw unexpectedCharacter() }
      offset += 1
    }
    return value
  }

  private func unexpectedCharacter() -> PolicyDocumentError {
    guard offset < bytes.count else { return syntaxError("unexpected end of the document") }
    var end = offset + 1
    while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
    let character = String(decoding: bytes[offset..<end], as: UTF8.self)
    return syntaxError("unexpected character \(RuleWording.quoted(character))")
  }

  /// A `notJSON` error at the current offset, with its line and column counted in characters.
  private func syntaxError(_ detail: String) -> PolicyDocumentError {
    let position = min(offset, bytes.count)
    let lineStart = bytes[..<position].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    let line = bytes[..<lineStart].count { $0 == 0x0A } + 1
    let column = String(decoding: bytes[lineStart..<position], as: UTF8.self).count + 1
    return PolicyDocumentError(at: .document, .notJSON(line: line, column: column, detail: detail))
  }
}
