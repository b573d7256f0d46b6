/// The 32-byte digest produced by ``SHA256``.
public struct SHA256Digest: HashDigest {
  /// A SHA-256 digest is 32 bytes long.
  public static let byteCount = 32

  /// The eight state words, each stored big-endian so that the tuple's memory is the digest's bytes.
  private let words: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

  /// Wraps the final hash state; the words are given in host order, as the compression function keeps them.
  init(state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)) {
    words = (
      state.0.bigEndian, state.1.bigEndian, state.2.bigEndian, state.3.bigEndian,
      state.4.bigEndian, state.5.bigEndian, state.6.bigEndian, state.7.bigEndian
    )
  }

  /// Calls `body` with the digest's 32 bytes.
  ///
  /// - Parameter body: a closure reading the bytes; the pointer is valid only during the call.
  /// - Returns: what `body` returns.
  /// - Throws: what `body` throws.
  public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    try Swift.withUnsafeBytes(of: words) { try body($0) }
  }

  /// Compares two digests in constant time.
  ///
  /// - Parameters:
  ///   - lhs: a digest.
  ///   - rhs: another digest.
  /// - Returns: whether all 32 bytes are equal.
  public static func == (lhs: SHA256Digest, rhs: SHA256Digest) -> Bool {
    lhs.withUnsafeBytes { left in rhs.withUnsafeBytes { right in ConstantTime.isEqual(left, right) } }
  }

  /// Feeds the digest's bytes to a hasher.
  ///
  /// - Parameter hasher: the hasher to feed.
  public func hash(into hasher: inout Hasher) {
    withUnsafeBytes { hasher.combine(bytes: $0) }
  }

  /// `SHA256 digest: ` followed by the lowercase hex digest.
  public var description: String { "SHA256 digest: \(hexString)" }
}
