/// A message authentication code produced by ``HMAC``, named as in swift-crypto.
public struct HashedAuthenticationCode<H: HashFunction>: Sendable, Hashable, Sequence, CustomStringConvertible
{
  /// The underlying digest of the outer hash.
  public let digest: H.Digest

  /// Wraps the outer digest of an HMAC computation.
  ///
  /// - Parameter digest: the digest of `(K ^ opad) || H((K ^ ipad) || message)`.
  init(digest: H.Digest) {
    self.digest = digest
  }

  /// The number of bytes in the code, which is the digest size of `H`.
  public var byteCount: Int { H.Digest.byteCount }

  /// The code as lowercase hexadecimal, the form a SigV4 signature takes.
  public var hexString: String { digest.hexString }

  /// Calls `body` with the code's bytes.
  ///
  /// - Parameter body: a closure reading the bytes; the pointer is valid only during the call.
  /// - Returns: what `body` returns.
  /// - Throws: what `body` throws.
  public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    try digest.withUnsafeBytes(body)
  }

  /// Iterates over the code's bytes.
  ///
  /// - Returns: an iterator over a copy of the bytes.
  public func makeIterator() -> Array<UInt8>.Iterator {
    digest.bytes.makeIterator()
  }

  /// Compares two codes in constant time (the digest's equality is constant-time).
  ///
  /// - Parameters:
  ///   - lhs: a code.
  ///   - rhs: another code.
  /// - Returns: whether both codes have the same bytes.
  public static func == (lhs: HashedAuthenticationCode<H>, rhs: HashedAuthenticationCode<H>) -> Bool {
    lhs.digest == rhs.digest
  }

  /// `HMAC: ` followed by the lowercase hex code.
  public var description: String { "HMAC: \(hexString)" }
}
