/// A small, strict XML parser for AWS answers, written for them: it turns UTF-8 bytes into
/// ``AWSXMLElement`` values in one pass.
///
/// It reads elements, attributes (checked, then dropped: Query answers carry nothing in them), character
/// data with the five predefined entities and character references, CDATA sections, comments and
/// processing instructions, and normalizes line ends as XML requires. Whitespace-only runs of text in an
/// element that has child elements are the answer's indentation and are not kept; AWS answers have no
/// other mixed content, and skipping them spares a string per element. It refuses what AWS never sends
/// and an attacker might: document type declarations (so no entity can expand and nothing external is
/// fetched), undefined entities, mismatched or unclosed tags, text outside the root element, invalid
/// UTF-8, and nesting deeper than ``maximumDepth``.
///
/// Foundation's `XMLParser` did this job before; on a DescribeInstances answer for 250 instances it spent
/// most of its time in callbacks and bridging, and it links libxml2 into every program that uses it.
struct XMLTreeParser {
  /// The deepest nesting accepted; EC2's deepest answers nest about 10 levels.
  static let maximumDepth = 256

  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0
  private var stack: [AWSXMLElement] = []
  private var root: AWSXMLElement?
  /// A whitespace-only run in the innermost open element that has no children yet: kept if the element
  /// turns out to hold only text, dropped as indentation if a child element follows.
  private var pendingWhitespace: Range<Int>?
  /// Earlier pending runs, when a comment or processing instruction separated them from the last one.
  private var pendingWhitespacePrefix = ""

  private init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// Parses a document.
  ///
  /// - Parameter body: the UTF-8 bytes.
  /// - Returns: the root element.
  /// - Throws: ``AWSResponseDecodingError`` naming the byte offset and the problem when the body is not
  ///   a well-formed document this parser accepts.
  static func parse(_ body: [UInt8]) throws(AWSResponseDecodingError) -> AWSXMLElement {
    let result = body.withUnsafeBufferPointer { buffer -> Result<AWSXMLElement, AWSResponseDecodingError> in
      // Checked once for the whole body, so that names and text can be made without checking again.
      guard Self.isValidUTF8(buffer) else {
        return .failure(
          AWSResponseDecodingError(reason: "the response is not well-formed XML: it is not valid UTF-8"))
      }
      var parser = XMLTreeParser(bytes: buffer)
      do throws(AWSResponseDecodingError) {
        return .success(try parser.document())
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  // MARK: - Document structure

  private mutating func document() throws(AWSResponseDecodingError) -> AWSXMLElement {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    while index < bytes.count {
      if bytes[index] == Self.lessThan {
        try markup()
      } else {
        try text()
      }
    }
    if let open = stack.last { throw failure("the document ends inside <\(open.name)>") }
    guard let root else { throw failure("there is no root element") }
    return root
  }

  private mutating func markup() throws(AWSResponseDecodingError) {
    guard index + 1 < bytes.count else { throw failure("the document ends after '<'") }
    switch bytes[index + 1] {
    case Self.slash:
      try endTag()
    case Self.question:
      index = try position(
        after: Self.processingInstructionEnd, from: index + 2, what: "a processing instruction")
    case Self.exclamation:
      if startsWith(Self.commentStart, at: index) {
        index = try position(after: Self.commentEnd, from: index + 4, what: "a comment")
      } else if startsWith(Self.cdataStart, at: index) {
        guard !stack.isEmpty else { throw failure("a CDATA section outside the root element") }
        let start = index + Self.cdataStart.count
        let end = try position(after: Self.cdataEnd, from: start, what: "a CDATA section")
        try flushPendingWhitespace()
        try appendText(string(start..<(end - Self.cdataEnd.count)), normalizing: true)
        index = end
      } else if startsWith(Self.doctypeStart, at: index) {
        throw failure("document type declarations are not accepted")
      } else {
        throw failure("unknown markup '<!'")
      }
    default:
      try startTag()
    }
  }

  private mutating func startTag() throws(AWSResponseDecodingError) {
    index += 1
    let name = try self.name()
    while true {
      let hadSpace = skipWhitespace()
      guard index < bytes.count else { throw failure("the document ends inside the tag <\(name)>") }
      switch bytes[index] {
      case Self.greaterThan:
        index += 1
        try open(name)
        return
      case Self.slash:
        guard index + 1 < bytes.count, bytes[index + 1] == Self.greaterThan else {
          throw failure("'/' not followed by '>' in the tag <\(name)>")
        }
        index += 2
        try open(name)
        close()
        return
      default:
        guard hadSpace else { throw failure("an attribute of <\(name)> is not separated by a space") }
        try skipAttribute(of: name)
      }
    }
  }

  private mutating func skipAttribute(of element: String) throws(AWSResponseDecodingError) {
    _ = try self.name()
    skipWhitespace()
    guard index < bytes.count, bytes[index] == Self.equals else {
      throw failure("an attribute of <\(element)> has no '='")
    }
    index += 1
    skipWhitespace()
    guard index < bytes.count, bytes[index] == Self.doubleQuote || bytes[index] == Self.singleQuote else {
      throw failure("an attribute value of <\(element)> is not quoted")
    }
    let quote = bytes[index]
    index += 1
    while index < bytes.count, bytes[index] != quote {
      guard bytes[index] != Self.lessThan else {
        throw failure("'<' inside an attribute value of <\(element)>")
      }
      index += 1
    }
    guard index < bytes.count else { throw failure("an attribute value of <\(element)> is not closed") }
    index += 1
  }

  private mutating func endTag() throws(AWSResponseDecodingError) {
    index += 2
    let name = try self.name()
    skipWhitespace()
    guard index < bytes.count, bytes[index] == Self.greaterThan else {
      throw failure("the end tag </\(name)> is not closed by '>'")
    }
    index += 1
    guard let open = stack.last else { throw failure("the end tag </\(name)> closes nothing") }
    guard open.name == name else { throw failure("</\(name)> ends <\(open.name)>") }
    try flushPendingWhitespace()
    close()
  }

  private mutating func open(_ name: String) throws(AWSResponseDecodingError) {
    guard root == nil else { throw failure("a second root element <\(name)>") }
    guard stack.count < Self.maximumDepth else {
      throw failure("elements nest deeper than \(Self.maximumDepth) levels")
    }
    pendingWhitespace = nil
    pendingWhitespacePrefix = ""
    stack.append(AWSXMLElement(name: name))
  }

  private mutating func close() {
    guard let finished = stack.popLast() else { return }
    if stack.isEmpty {
      root = finished
    } else {
      stack[stack.count - 1].children.append(finished)
    }
  }

  // MARK: - Character data

  private mutating func text() throws(AWSResponseDecodingError) {
    let start = index
    var plain = true
    var whitespaceOnly = true
    while index < bytes.count {
      let byte = bytes[index]
      if byte == Self.lessThan { break }
      if byte == Self.ampersand || byte == Self.carriageReturn { plain = false }
      if whitespaceOnly && !Self.isWhitespace(byte) { whitespaceOnly = false }
      index += 1
    }
    guard !stack.isEmpty else {
      for position in start..<index where !Self.isWhitespace(bytes[position]) {
        index = position
        throw failure("text outside the root element")
      }
      return
    }
    if whitespaceOnly {
      // Indentation between child elements is not kept; in a text-only element it is the text.
      if stack[stack.count - 1].children.isEmpty {
        if let pending = pendingWhitespace { pendingWhitespacePrefix += string(pending) }
        pendingWhitespace = start..<index
      }
      return
    }
    try flushPendingWhitespace()
    if plain {
      try appendText(string(start..<index), normalizing: false)
    } else {
      try appendText(try decodedText(start..<index), normalizing: false)
    }
  }

  /// Keeps the pending whitespace as text: real text or the element's end follows it.
  private mutating func flushPendingWhitespace() throws(AWSResponseDecodingError) {
    guard let range = pendingWhitespace else { return }
    let text = pendingWhitespacePrefix + string(range)
    pendingWhitespace = nil
    pendingWhitespacePrefix = ""
    try appendText(text, normalizing: true)
  }

  private mutating func appendText(_ text: String, normalizing: Bool) throws(AWSResponseDecodingError) {
    let text = normalizing && text.utf8.contains(Self.carriageReturn) ? Self.normalizedLineEnds(text) : text
    if stack[stack.count - 1].text.isEmpty {
      stack[stack.count - 1].text = text
    } else {
      stack[stack.count - 1].text += text
    }
  }

  /// Text with entities and character references replaced and line ends normalized.
  private func decodedText(_ range: Range<Int>) throws(AWSResponseDecodingError) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(range.count)
    var position = range.lowerBound
    while position < range.upperBound {
      let byte = bytes[position]
      if byte == Self.carriageReturn {
        output.append(Self.lineFeed)
        position += 1
        if position < range.upperBound, bytes[position] == Self.lineFeed { position += 1 }
      } else if byte == Self.ampersand {
        var end = position + 1
        while end < range.upperBound, bytes[end] != Self.semicolon, end - position <= 12 { end += 1 }
        guard end < range.upperBound, bytes[end] == Self.semicolon else {
          throw failure("'&' does not start an entity or character reference", at: position)
        }
        let reference = bytes[(position + 1)..<end]
        guard let scalar = Self.referencedScalar(reference) else {
          throw failure(
            "unknown entity or invalid character reference '&\(String(decoding: reference, as: UTF8.self));'",
            at: position)
        }
        UTF8.encode(scalar) { output.append($0) }
        position = end + 1
      } else {
        output.append(byte)
        position += 1
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  private static func referencedScalar(_ reference: Slice<UnsafeBufferPointer<UInt8>>) -> Unicode.Scalar? {
    switch Array(reference) {
    case Array("lt".utf8): return "<"
    case Array("gt".utf8): return ">"
    case Array("amp".utf8): return "&"
    case Array("quot".utf8): return "\""
    case Array("apos".utf8): return "'"
    default: break
    }
    guard reference.first == UInt8(ascii: "#"), reference.count >= 2 else { return nil }
    let isHex = reference[reference.startIndex + 1] == UInt8(ascii: "x")
    let digits = reference.dropFirst(isHex ? 2 : 1)
    guard !digits.isEmpty, digits.count <= 8,
      let value = UInt32(String(decoding: digits, as: UTF8.self), radix: isHex ? 16 : 10),
      let scalar = Unicode.Scalar(value), isXMLCharacter(value)
    else { return nil }
    return scalar
  }

  /// Whether XML 1.0 allows the character in a document.
  private static func isXMLCharacter(_ value: UInt32) -> Bool {
    value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
      || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
  }

  /// `\r\n` and a lone `\r` become `\n`, as an XML processor must report them.
  private static func normalizedLineEnds(_ text: String) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count)
    var afterCarriageReturn = false
    for byte in text.utf8 {
      if byte == carriageReturn {
        output.append(lineFeed)
      } else if !(byte == lineFeed && afterCarriageReturn) {
        output.append(byte)
      }
      afterCarriageReturn = byte == carriageReturn
    }
    return String(decoding: output, as: UTF8.self)
  }

  // MARK: - Lexical helpers

  /// A name: the bytes up to whitespace or one of `/ > = < & ' "`, not starting with a digit, `-` or `.`.
  private mutating func name() throws(AWSResponseDecodingError) -> String {
    let start = index
    while index < bytes.count, !Self.endsName(bytes[index]) { index += 1 }
    guard index > start else { throw failure("a name is missing") }
    let first = bytes[start]
    guard !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first), first != UInt8(ascii: "-"),
      first != UInt8(ascii: ".")
    else { throw failure("a name starts with '\(Character(Unicode.Scalar(first)))'", at: start) }
    return string(start..<index)
  }

  private static func endsName(_ byte: UInt8) -> Bool {
    isWhitespace(byte) || byte == slash || byte == greaterThan || byte == equals || byte == lessThan
      || byte == ampersand || byte == singleQuote || byte == doubleQuote
  }

  /// The bytes as a string; the body was checked to be valid UTF-8 and ranges end at ASCII delimiters.
  private func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  private static func isValidUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    // Most answers are ASCII; only bodies with other bytes pay for the full check.
    if !buffer.contains(where: { $0 >= 0x80 }) { return true }
    return String(validating: buffer, as: UTF8.self) != nil
  }

  @discardableResult
  private mutating func skipWhitespace() -> Bool {
    let start = index
    while index < bytes.count, Self.isWhitespace(bytes[index]) { index += 1 }
    return index > start
  }

  private static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == lineFeed || byte == carriageReturn
  }

  private func startsWith(_ prefix: [UInt8], at position: Int) -> Bool {
    guard position + prefix.count <= bytes.count else { return false }
    for offset in 0..<prefix.count where bytes[position + offset] != prefix[offset] { return false }
    return true
  }

  /// The position just after the first `terminator` at or after `start`.
  private func position(after terminator: [UInt8], from start: Int, what: String)
    throws(AWSResponseDecodingError) -> Int
  {
    var position = start
    while position + terminator.count <= bytes.count {
      if bytes[position] == terminator[0], startsWith(terminator, at: position) {
        return position + terminator.count
      }
      position += 1
    }
    throw failure("\(what) is not closed", at: start)
  }

  private func failure(_ reason: String, at position: Int? = nil) -> AWSResponseDecodingError {
    AWSResponseDecodingError(
      reason: "the response is not well-formed XML: at byte \(position ?? index): \(reason)")
  }

  private static let lessThan = UInt8(ascii: "<")
  private static let greaterThan = UInt8(ascii: ">")
  private static let slash = UInt8(ascii: "/")
  private static let question = UInt8(ascii: "?")
  private static let exclamation = UInt8(ascii: "!")
  private static let equals = UInt8(ascii: "=")
  private static let ampersand = UInt8(ascii: "&")
  private static let semicolon = UInt8(ascii: ";")
  private static let singleQuote = UInt8(ascii: "'")
  private static let doubleQuote = UInt8(ascii: "\"")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")
  private static let commentStart = Array("<!--".utf8)
  private static let commentEnd = Array("-->".utf8)
  private static let cdataStart = Array("<![CDATA[".utf8)
  private static let cdataEnd = Array("]]>".utf8)
  private static let doctypeStart = Array("<!DOCTYPE".utf8)
  private static let processingInstructionEnd = Array("?>".utf8)
}
