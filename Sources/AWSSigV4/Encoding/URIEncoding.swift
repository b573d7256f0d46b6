/// SigV4's percent-encoding: every byte except the RFC 3986 unreserved characters `A-Z a-z 0-9 - . _ ~`
/// becomes `%XX` with uppercase hex digits.
enum URIEncoding {
  private static let upperHexDigits: StaticString = "0123456789ABCDEF"

  /// Whether a byte is an RFC 3986 unreserved character, which SigV4 never encodes.
  @inline(__always)
  static func isUnreserved(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
      UInt8(ascii: "~"):
      return true
    default:
      return false
    }
  }

  /// Appends one byte, percent-encoded unless it is unreserved.
  @inline(__always)
  static func appendEncoded(_ byte: UInt8, to output: inout [UInt8]) {
    if isUnreserved(byte) {
      output.append(byte)
    } else {
      let table = upperHexDigits.utf8Start
      output.append(UInt8(ascii: "%"))
      output.append(table[Int(byte &>> 4)])
      output.append(table[Int(byte & 0x0f)])
    }
  }

  /// Appends bytes, percent-encoding every one that is not unreserved (including `%` itself).
  static func appendEncoding<Bytes: Sequence<UInt8>>(of bytes: Bytes, to output: inout [UInt8]) {
    for byte in bytes {
      appendEncoded(byte, to: &output)
    }
  }

  /// The value of a hexadecimal digit, or `nil` when the byte is not one.
  @inline(__always)
  static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte &- UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte &- UInt8(ascii: "a") &+ 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte &- UInt8(ascii: "A") &+ 10
    default: return nil
    }
  }

  /// Appends bytes in canonical form: `%XX` escapes are decoded first, then everything that is not
  /// unreserved is encoded. A `%` that does not start a valid escape is kept as a literal `%` (and so
  /// encoded as `%25`), which is how AWS reads malformed escapes.
  static func appendReencoding(of bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    var index = 0
    let count = bytes.count
    while index < count {
      var byte = bytes[index]
      if byte == UInt8(ascii: "%"), index + 2 < count,
        let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
      {
        byte = high &<< 4 | low
        index += 3
      } else {
        index += 1
      }
      appendEncoded(byte, to: &output)
    }
  }
}
