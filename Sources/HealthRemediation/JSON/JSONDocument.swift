/// A parsed JSON document: the ``JSONToken`` tape and the bytes it points into.
///
/// It borrows the bytes, so it is used only inside the closure that lends them (see
/// ``HealthEventDecoder``). Strings are built only when asked for, which is what makes reading an
/// event cheap: keys are compared as bytes, and members nobody reads cost nothing but their tokens.
struct JSONDocument {
  /// The document's UTF-8 text.
  let bytes: UnsafeBufferPointer<UInt8>
  /// The values, in document order; the root is token 0.
  let tokens: [JSONToken]

  /// The token at `index`.
  subscript(index: Int) -> JSONToken { tokens[index] }

  /// The index of the first token after the value at `index` and everything inside it.
  func index(after index: Int) -> Int {
    let token = tokens[index]
    switch token.kind {
    case .object, .array: return Int(token.end)
    default: return index + 1
    }
  }

  /// The text of the string token at `index`, escapes decoded.
  func string(at index: Int) -> String {
    let token = tokens[index]
    let raw = UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)])
    guard token.flags & JSONToken.escaped != 0 else { return String(decoding: raw, as: UTF8.self) }
    return Self.unescape(raw)
  }

  /// The source text of the token at `index` (a number as written, for example).
  func literal(at index: Int) -> String {
    let token = tokens[index]
    return String(
      decoding: UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)]), as: UTF8.self)
  }

  /// The length of a string token that is plain ASCII without escapes, whose bytes are its text;
  /// `nil` for any other string.
  func plainLength(at index: Int) -> Int? {
    let token = tokens[index]
    return token.flags == 0 ? Int(token.end - token.start) : nil
  }

  /// Whether the string token at `index` is `name`, compared as `String`s compare.
  func string(at index: Int, is name: StaticString) -> Bool {
    let token = tokens[index]
    guard token.flags == 0 else { return string(at: index) == name.description }
    let start = Int(token.start)
    let count = Int(token.end) - start
    guard count == name.utf8CodeUnitCount else { return false }
    let expected = name.utf8Start
    for offset in 0..<count where bytes[start + offset] != expected[offset] { return false }
    return true
  }

  /// Whether two string tokens have the same text, compared as `String`s compare.
  func sameText(_ first: Int, _ second: Int) -> Bool {
    let lhs = tokens[first]
    let rhs = tokens[second]
    guard lhs.flags == 0 && rhs.flags == 0 else { return string(at: first) == string(at: second) }
    let count = Int(lhs.end - lhs.start)
    guard count == Int(rhs.end - rhs.start) else { return false }
    let lhsStart = Int(lhs.start)
    let rhsStart = Int(rhs.start)
    for offset in 0..<count where bytes[lhsStart + offset] != bytes[rhsStart + offset] { return false }
    return true
  }

  /// The value of a hexadecimal digit.
  static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }

  /// Decodes the escapes of a string the parser has checked; anything malformed ends the text rather
  /// than trapping.
  private static func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(raw.count)
    var index = 0
    func hexQuad(at start: Int) -> UInt32? {
      guard start + 4 <= raw.count else { return nil }
      var value: UInt32 = 0
      for offset in start..<start + 4 {
        guard let digit = hexValue(raw[offset]) else { return nil }
        value = value << 4 | UInt32(digit)
      }
      return value
    }
    while index < raw.count {
      let byte = raw[index]
      guard byte == UInt8(ascii: "\\"), index + 1 < raw.count else {
        output.append(byte)
        index += 1
        continue
      }
      let escape = raw[index + 1]
      index += 2
      switch escape {
      case UInt8(ascii: "b"): output.append(0x08)
      case UInt8(ascii: "f"): output.append(0x0C)
      case UInt8(ascii: "n"): output.append(0x0A)
      case UInt8(ascii: "r"): output.append(0x0D)
      case UInt8(ascii: "t"): output.append(0x09)
      case UInt8(ascii: "u"):
        guard var value = hexQuad(at: index) else { return String(decoding: output, as: UTF8.self) }
        index += 4
        if (0xD800..<0xDC00).contains(value), index + 6 <= raw.count, let low = hexQuad(at: index + 2) {
          value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
          index += 6
        }
        guard let scalar = Unicode.Scalar(value) else { return String(decoding: output, as: UTF8.self) }
        UTF8.encode(scalar) { output.append($0) }
      default: output.append(escape)
      }
    }
    return String(decoding: output, as: UTF8.self)
  }
}
