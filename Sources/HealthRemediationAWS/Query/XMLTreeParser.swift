#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

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
  /// The open elements, innermost last: name, text so far, and where their children start in
  /// ``finished``.
  private var stack: [(name: String, text: String, firstChild: Int)] = []
  /// The completed children of the open elements, in document order; an element takes its own when it
  /// closes, so that every children array is allocated once at its final size.
  private var finished: [AWSXMLElement] = []
  /// Names longer than a small string, reused by a short hash, so that the same tag is not allocated
  /// once per element.
  private var longNames = [String](repeating: "", count: 64)
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
    _ = try nameRange()
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
    let range = try nameRange()
    skipWhitespace()
    guard index < bytes.count, bytes[index] == Self.greaterThan else {
      throw failure("the end tag </\(string(range))> is not closed by '>'")
    }
    index += 1
    guard let open = stack.last else { throw failure("the end tag </\(string(range))> closes nothing") }
    guard matches(open.name, range) else { throw failure("</\(string(range))> ends <\(open.name)>") }
    try flushPendingWhitespace()
    close()
  }

  private func matches(_ name: String, _ range: Range<Int>) -> Bool {
    var name = name
    return name.withUTF8 { utf8 in
      guard utf8.count == range.count else { return false }
      guard let nameBase = utf8.baseAddress, let base = bytes.baseAddress else { return range.isEmpty }
      return memcmp(nameBase, base + range.lowerBound, range.count) == 0
    }
  }

  private mutating func open(_ name: String) throws(AWSResponseDecodingError) {
    guard root == nil else { throw failure("a second root element <\(name)>") }
    guard stack.count < Self.maximumDepth else {
      throw failure("elements nest deeper than \(Self.maximumDepth) levels")
    }
    pendingWhitespace = nil
    pendingWhitespacePrefix = ""
    stack.append((name, "", finished.count))
  }

  private mutating func close() {
    guard let element = stack.popLast() else { return }
    let children = finished.count > element.firstChild ? Array(finished[element.firstChild...]) : []
    finished.removeSubrange(element.firstChild...)
    let closed = AWSXMLElement(name: element.name, text: element.text, children: children)
    if stack.isEmpty {
      root = closed
    } else {
      finished.append(closed)
    }
  }

  // MARK: - Character data

  private mutating func text() throws(AWSResponseDecodingError) {
    let start = index
    index = firstIndex(of: Self.lessThan, in: start..<bytes.count) ?? bytes.count
    let whitespaceOnly = isWhitespaceOnly(start..<index)
    guard !stack.isEmpty else {
      for position in start..<index where !Self.isWhitespace(bytes[position]) {
        index = position
        throw failure("text outside the root element")
      }
      return
    }
    if whitespaceOnly {
      // Indentation between child elements is not kept; in a text-only element it is the text.
      if finished.count == stack[stack.count - 1].firstChild {
        if let pending = pendingWhitespace { pendingWhitespacePrefix += string(pending) }
        pendingWhitespace = start..<index
      }
      return
    }
    try flushPendingWhitespace()
    let plain =
      firstIndex(of: Self.ampersand, in: start..<index) == nil
      && firstIndex(of: Self.carriageReturn, in: start..<index) == nil
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
    let range = try nameRange()
    guard range.count > 15 else { return string(range) }
    // Short names are stored inline; longer ones would be allocated for every element without this.
    let slot =
      (range.count &* 31 &+ Int(bytes[range.lowerBound]) &* 7 &+ Int(bytes[range.upperBound - 1])
        &+ Int(bytes[range.lowerBound + range.count / 2])) & (longNames.count - 1)
    if matches(longNames[slot], range) { return longNames[slot] }
    let name = string(range)
    longNames[slot] = name
    return name
  }

  private mutating func nameRange() throws(AWSResponseDecodingError) -> Range<Int> {
    let start = index
    while index < bytes.count, !Self.endsName(bytes[index]) { index += 1 }
    guard index > start else { throw failure("a name is missing") }
    let first = bytes[start]
    guard !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first), first != UInt8(ascii: "-"),
      first != UInt8(ascii: ".")
    else { throw failure("a name starts with '\(Character(Unicode.Scalar(first)))'", at: start) }
    return start..<index
  }

  private static func endsName(_ byte: UInt8) -> Bool {
    // Every byte that ends a name is below 64, so one shift of a mask tells.
    byte < 64 && (nameEndMask >> UInt64(byte)) & 1 == 1
  }

  /// Bits 9, 10, 13 (tab, line feed, carriage return), 32 (space) and those of `" & ' / < = >`.
  private static var nameEndMask: UInt64 { 0x7000_80C5_0000_2600 }

  /// The bytes as a string; the body was checked to be valid UTF-8 and ranges end at ASCII delimiters.
  private func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  private static func isValidUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    // Most answers are ASCII, checked eight bytes at a time; only bodies with other bytes pay for the
    // full check.
    var position = 0
    var highBits: UInt64 = 0
    if let base = buffer.baseAddress {
      let raw = UnsafeRawPointer(base)
      while position + 8 <= buffer.count {
        highBits |= raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
        position += 8
      }
    }
    while position < buffer.count {
      highBits |= UInt64(buffer[position])
      position += 1
    }
    if highBits & 0x8080_8080_8080_8080 == 0 { return true }
    return String(validating: buffer, as: UTF8.self) != nil
  }

  /// Whether a range holds only whitespace; indentation is checked eight spaces at a time.
  private func isWhitespaceOnly(_ range: Range<Int>) -> Bool {
    var position = range.lowerBound
    // Indentation is a line end and then spaces.
    while position < range.upperBound,
      bytes[position] == Self.lineFeed || bytes[position] == Self.carriageReturn
    {
      position += 1
    }
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      while position + 8 <= range.upperBound,
        raw.loadUnaligned(fromByteOffset: position, as: UInt64.self) == 0x2020_2020_2020_2020
      {
        position += 8
      }
    }
    while position < range.upperBound {
      guard Self.isWhitespace(bytes[position]) else { return false }
      position += 1
    }
    return true
  }

  /// The first position of a byte in a range, found with `memchr`.
  private func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
    guard !range.isEmpty, let base = bytes.baseAddress,
      let found = memchr(base + range.lowerBound, Int32(byte), range.count)
    else { return nil }
    return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
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
