/// A strict JSON reader (RFC 8259) shared by every JSON input of the library: policy documents and
/// events.
///
/// It works on UTF-8 bytes and writes a flat ``JSONToken`` tape rather than a tree of values, so that a
/// reader builds only the strings it keeps. Errors say where (byte offset, and path for structural
/// problems) and what; duplicate keys are rejected rather than one silently winning; nesting is bounded
/// before anything recurses. Text inside strings is checked to be UTF-8 as it is scanned.
struct JSONParser {
  private let bytes: UnsafeBufferPointer<UInt8>
  private let limits: JSONParserLimits
  private var offset = 0
  private var tokens: [JSONToken] = []

  /// How many members an object may have before duplicates are found with a set rather than by
  /// comparing each new key with the previous ones.
  private static let linearDuplicateSearchLimit = 24

  private init(bytes: UnsafeBufferPointer<UInt8>, limits: JSONParserLimits) {
    self.bytes = bytes
    self.limits = limits
  }

  /// Parses one JSON value that fills the whole input, white space aside.
  ///
  /// - Parameters:
  ///   - bytes: the document, UTF-8, without a byte order mark; it must outlive the returned document.
  ///   - limits: the nesting bound.
  /// - Returns: the document's tape over `bytes`.
  /// - Throws: ``JSONParseError`` for empty input, input that is not JSON (including text that is not
  ///   UTF-8 inside a string), duplicate keys, and nesting deeper than the limit.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>, limits: JSONParserLimits) throws(JSONParseError)
    -> JSONDocument
  {
    guard bytes.count < Int(UInt32.max) else {
      throw .syntax(offset: 0, detail: "the document is larger than 4 GiB")
    }
    var parser = JSONParser(bytes: bytes, limits: limits)
    parser.tokens.reserveCapacity(bytes.count / 24 + 4)
    parser.skipWhitespace()
    guard parser.offset < bytes.count else { throw .empty }
    try parser.parseValue(depth: 0)
    parser.skipWhitespace()
    guard parser.offset == bytes.count else {
      throw parser.syntaxError("unexpected text after the end of the document")
    }
    return JSONDocument(bytes: bytes, tokens: parser.tokens)
  }

  private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

  private mutating func skipWhitespace() {
    while offset < bytes.count {
      switch bytes[offset] {
      case 0x20, 0x0A, 0x0D, 0x09: offset += 1
      default: return
      }
    }
  }

  private mutating func parseValue(depth: Int) throws(JSONParseError) {
    guard let byte = current else { throw syntaxError("unexpected end of the document") }
    switch byte {
    case UInt8(ascii: "\""): try parseString()
    case UInt8(ascii: "{"): try parseObject(depth: depth + 1)
    case UInt8(ascii: "["): try parseArray(depth: depth + 1)
    case UInt8(ascii: "t"): try parseLiteral("true", .true)
    case UInt8(ascii: "f"): try parseLiteral("false", .false)
    case UInt8(ascii: "n"): try parseLiteral("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try parseNumber()
    default: throw unexpectedCharacter()
    }
  }

  private mutating func openContainer(_ kind: JSONTokenKind, depth: Int) throws(JSONParseError) -> Int {
    guard depth <= limits.maximumDepth else {
      throw .nestedTooDeeply(offset: offset, path: [], limit: limits.maximumDepth)
    }
    tokens.append(JSONToken(kind: kind, flags: 0, start: UInt32(offset), end: 0, count: 0))
    offset += 1
    return tokens.count - 1
  }

  private mutating func close(_ index: Int, count: Int) {
    offset += 1
    tokens[index].end = UInt32(tokens.count)
    tokens[index].count = UInt32(count)
  }

  private mutating func parseObject(depth: Int) throws(JSONParseError) {
    let objectIndex = try openContainer(.object, depth: depth)
    var count = 0
    var seenKeys: Set<String>? = nil
    var keyBits: UInt64 = 0
    var sawUnusualKey = false
    skipWhitespace()
    if current == UInt8(ascii: "}") { return close(objectIndex, count: 0) }
    while true {
      skipWhitespace()
      guard current == UInt8(ascii: "\"") else {
        throw syntaxError(count == 0 ? "expected a string key or \"}\"" : "expected a string key after \",\"")
      }
      let keyIndex = tokens.count
      let keyOffset = offset
      try parseString()
      // A key whose fingerprint bit is new cannot repeat an earlier plain key; only keys that might
      // are compared. Escaped or non-ASCII keys, and large objects, are always compared.
      let key = tokens[keyIndex]
      let bit = Self.fingerprintBit(key, in: bytes)
      if key.flags != 0 { sawUnusualKey = true }
      if count > 0 && (sawUnusualKey || keyBits & bit != 0 || count >= Self.linearDuplicateSearchLimit) {
        try checkUnique(
          keyAt: keyIndex, offset: keyOffset, object: objectIndex, membersBefore: count, seen: &seenKeys)
      }
      keyBits |= bit
      skipWhitespace()
      guard current == UInt8(ascii: ":") else { throw syntaxError("expected \":\" after a key") }
      offset += 1
      skipWhitespace()
      do {
        try parseValue(depth: depth)
      } catch {
        throw error.inside(.key(JSONDocument(bytes: bytes, tokens: tokens).string(at: keyIndex)))
      }
      count += 1
      skipWhitespace()
      switch current {
      case UInt8(ascii: ","):
        offset += 1
        skipWhitespace()
        if current == UInt8(ascii: "}") { throw syntaxError("a comma before \"}\" is not allowed") }
      case UInt8(ascii: "}"):
        return close(objectIndex, count: count)
      case nil: throw syntaxError("unexpected end of the document inside an object")
      default: throw syntaxError("expected \",\" or \"}\" after a value")
      }
    }
  }

  /// One of 64 bits chosen by a key's length and its first and last bytes: keys with different bits
  /// differ.
  private static func fingerprintBit(_ key: JSONToken, in bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let length = Int(key.end - key.start)
    guard length > 0 else { return 1 }
    let mix = length &* 7 &+ Int(bytes[Int(key.start)]) &* 3 &+ Int(bytes[Int(key.end) - 1])
    return 1 << UInt64(mix & 63)
  }

  /// Rejects the key just read if the object already has it, comparing as `String`s do.
  ///
  /// Small objects compare the new key with each previous one (bytes when both are plain ASCII); from
  /// ``linearDuplicateSearchLimit`` members on, a set of the keys is kept so that large objects stay
  /// linear.
  private func checkUnique(
    keyAt keyIndex: Int, offset keyOffset: Int, object: Int, membersBefore: Int, seen: inout Set<String>?
  ) throws(JSONParseError) {
    let document = JSONDocument(bytes: bytes, tokens: tokens)
    if seen == nil && membersBefore < Self.linearDuplicateSearchLimit {
      var previous = object + 1
      while previous < keyIndex {
        if document.sameText(previous, keyIndex) {
          throw .duplicateKey(document.string(at: keyIndex), offset: keyOffset, path: [])
        }
        previous = document.index(after: previous + 1)
      }
      return
    }
    if seen == nil {
      var keys = Set<String>(minimumCapacity: membersBefore * 2)
      var previous = object + 1
      while previous < keyIndex {
        keys.insert(document.string(at: previous))
        previous = document.index(after: previous + 1)
      }
      seen = keys
    }
    let key = document.string(at: keyIndex)
    guard seen?.insert(key).inserted != false else {
      throw .duplicateKey(key, offset: keyOffset, path: [])
    }
  }

  private mutating func parseArray(depth: Int) throws(JSONParseError) {
    let arrayIndex = try openContainer(.array, depth: depth)
    var count = 0
    skipWhitespace()
    if current == UInt8(ascii: "]") { return close(arrayIndex, count: 0) }
    while true {
      skipWhitespace()
      do {
        try parseValue(depth: depth)
      } catch {
        throw error.inside(.index(count))
      }
      count += 1
      skipWhitespace()
      switch current {
      case UInt8(ascii: ","):
        offset += 1
        skipWhitespace()
        if current == UInt8(ascii: "]") { throw syntaxError("a comma before \"]\" is not allowed") }
      case UInt8(ascii: "]"):
        return close(arrayIndex, count: count)
      case nil: throw syntaxError("unexpected end of the document inside an array")
      default: throw syntaxError("expected \",\" or \"]\" after a value")
      }
    }
  }

  private mutating func parseString() throws(JSONParseError) {
    offset += 1
    let start = offset
    var flags: UInt8 = 0
    while true {
      // The common case: a run of printable ASCII without quotes or backslashes, eight bytes at a time.
      if let base = bytes.baseAddress {
        while offset + 8 <= bytes.count,
          !Self.needsAttention(UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
        {
          offset += 8
        }
      }
      while offset < bytes.count {
        let byte = bytes[offset]
        guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") else { break }
        offset += 1
      }
      guard let byte = current else { throw syntaxError("unterminated string") }
      switch byte {
      case UInt8(ascii: "\""):
        tokens.append(
          JSONToken(kind: .string, flags: flags, start: UInt32(start), end: UInt32(offset), count: 0))
        offset += 1
        return
      case UInt8(ascii: "\\"):
        flags |= JSONToken.escaped
        try skipEscape()
      case 0x00..<0x20:
        throw syntaxError("a control character in a string must be escaped")
      default:
        flags |= JSONToken.nonASCII
        try skipUTF8Sequence()
      }
    }
  }

  /// Whether eight bytes hold a quote, a backslash, a control character or a byte outside ASCII, which
  /// end the quick scan of a string (the usual bit tricks: a byte is zero exactly when subtracting one
  /// from it borrows into its top bit while its top bit was clear).
  private static func needsAttention(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
    let belowSpace = (word &- ones &* 0x20) & ~word & highs != 0
    return word & highs != 0 || belowSpace || hasZeroByte(word ^ (ones &* 0x22))
      || hasZeroByte(word ^ (ones &* 0x5C))
  }

  /// Checks `\x` or `\uXXXX` (with its low surrogate when it is a high one) and moves past it.
  private mutating func skipEscape() throws(JSONParseError) {
    offset += 1
    guard let byte = current else { throw syntaxError("unterminated string") }
    offset += 1
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
      UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
      return
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
      } else if (0xDC00..<0xE000).contains(unit) {
        throw syntaxError("a low surrogate \\u escape must follow a high one")
      }
    default:
      offset -= 1
      throw syntaxError("invalid escape; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u")
    }
  }

  private mutating func parseHexQuad() throws(JSONParseError) -> UInt16 {
    var value: UInt16 = 0
    for _ in 0..<4 {
      guard let byte = current, let digit = JSONDocument.hexValue(byte) else {
        throw syntaxError("\\u needs four hexadecimal digits")
      }
      value = value << 4 | UInt16(digit)
      offset += 1
    }
    return value
  }

  /// Moves past one UTF-8 encoded scalar of two to four bytes, rejecting overlong forms, surrogates and
  /// values above U+10FFFF (Unicode's table 3-7 of well-formed sequences).
  private mutating func skipUTF8Sequence() throws(JSONParseError) {
    let lead = bytes[offset]
    let length: Int
    var secondRange: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      secondRange = 0xA0...0xBF
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      secondRange = 0x80...0x9F
    case 0xF0:
      length = 4
      secondRange = 0x90...0xBF
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      secondRange = 0x80...0x8F
    default: throw syntaxError("a string is not valid UTF-8")
    }
    guard offset + length <= bytes.count, secondRange.contains(bytes[offset + 1]) else {
      throw syntaxError("a string is not valid UTF-8")
    }
    for index in offset + 2..<offset + length where bytes[index] & 0xC0 != 0x80 {
      throw syntaxError("a string is not valid UTF-8")
    }
    offset += length
  }

  /// Reads `-? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?`.
  private mutating func parseNumber() throws(JSONParseError) {
    let start = offset
    var flags = JSONToken.integerLiteral
    if current == UInt8(ascii: "-") { offset += 1 }
    if current == UInt8(ascii: "0") {
      offset += 1
    } else {
      guard skipDigits() else { throw syntaxError("invalid number") }
    }
    if current == UInt8(ascii: ".") {
      flags = 0
      offset += 1
      guard skipDigits() else { throw syntaxError("invalid number: digits must follow \".\"") }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      flags = 0
      offset += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
      guard skipDigits() else { throw syntaxError("invalid number: digits must follow the exponent") }
    }
    tokens.append(JSONToken(kind: .number, flags: flags, start: UInt32(start), end: UInt32(offset), count: 0))
  }

  /// Skips decimal digits, returning whether there was at least one.
  private mutating func skipDigits() -> Bool {
    let start = offset
    while offset < bytes.count, bytes[offset] >= UInt8(ascii: "0"), bytes[offset] <= UInt8(ascii: "9") {
      offset += 1
    }
    return offset > start
  }

  private mutating func parseLiteral(_ word: StaticString, _ kind: JSONTokenKind) throws(JSONParseError) {
    let start = offset
    for index in 0..<word.utf8CodeUnitCount {
      guard current == word.utf8Start[index] else { throw unexpectedCharacter() }
      offset += 1
    }
    tokens.append(JSONToken(kind: kind, flags: 0, start: UInt32(start), end: UInt32(offset), count: 0))
  }

  private func unexpectedCharacter() -> JSONParseError {
    guard offset < bytes.count else { return syntaxError("unexpected end of the document") }
    var end = offset + 1
    while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
    let character = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
    return syntaxError("unexpected character \(RuleWording.quoted(character))")
  }

  private func syntaxError(_ detail: String) -> JSONParseError {
    .syntax(offset: min(offset, bytes.count), detail: detail)
  }
}
