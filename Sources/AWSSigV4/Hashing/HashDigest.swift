/// The fixed-size output of a ``HashFunction``.
///
/// Digests compare in constant time, so that a digest or MAC checked against an attacker-supplied value
/// does not reveal, through timing, how many leading bytes matched.
public protocol HashDigest: Sendable, Hashable, Sequence<UInt8>, CustomStringConvertible {
  /// The number of bytes in a digest of this type (32 for SHA-256).
  static var byteCount: Int { get }

  /// Calls `body` with the digest's bytes, in order.
  ///
  /// - Parameter body: a closure reading the bytes; the pointer is valid only during the call.
  /// - Returns: what `body` returns.
  /// - Throws: what `body` throws.
  func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R
}

extension HashDigest {
  /// The digest as lowercase hexadecimal, two characters per byte, as SigV4 and most tools print it.
  public var hexString: String {
    withUnsafeBytes { Hex.string(from: $0) }
  }

  /// The digest's bytes as an array.
  public var bytes: [UInt8] {
    withUnsafeBytes { Array($0) }
  }

  /// Iterates over the digest's bytes.
  ///
  /// - Returns: an iterator over a copy of the bytes.
  public func makeIterator() -> Array<UInt8>.Iterator {
    bytes.makeIterator()
  }
}
