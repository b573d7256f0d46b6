/// Byte-level reading of text, for the hot paths that check ASCII shapes (ARNs, IDs, regions, times)
/// without going through `String`'s character machinery or generic collection code.
enum ByteText {
  /// Whether `bytes` hold `literal` starting at `offset`.
  ///
  /// - Parameters:
  ///   - bytes: the text.
  ///   - offset: where `literal` should start; it may be past the end.
  ///   - literal: an ASCII literal.
  /// - Returns: `true` when every byte of `literal` is there.
  static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, _ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard offset >= 0, offset + count <= bytes.count else { return false }
    let expected = literal.utf8Start
    for index in 0..<count where bytes[offset + index] != expected[index] { return false }
    return true
  }

  /// Whether `bytes[range]` is exactly `literal`.
  static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ literal: StaticString)
    -> Bool
  {
    range.count == literal.utf8CodeUnitCount && matches(bytes, at: range.lowerBound, literal)
  }

  /// Runs `body` on the UTF-8 bytes of `text` without copying them (a native string already holds them
  /// contiguously).
  static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    var text = text
    return text.withUTF8(body)
  }

  /// The parts written one after the other into one new string, allocated once; appending piece by
  /// piece costs several times more, and these strings are built once per instance in an event.
  static func concatenation(_ parts: [String]) -> String {
    var count = 0
    for part in parts { count += part.utf8.count }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var offset = 0
      for part in parts {
        // The rebased buffer counts from zero, so the index returned is the number of bytes copied.
        offset += withBytes(of: part) { bytes in
          UnsafeMutableBufferPointer(rebasing: buffer[offset...]).initialize(fromContentsOf: bytes)
        }
      }
      return offset
    }
  }

  /// Whether a string's UTF-8 is exactly `bytes`.
  static func equals(_ text: String, _ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    withBytes(of: text) { $0.elementsEqual(bytes) }
  }
}
