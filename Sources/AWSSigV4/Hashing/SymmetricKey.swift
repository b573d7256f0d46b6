import Foundation

/// Secret key material for ``HMAC``, such as a SigV4 signing key.
///
/// Its `description` never shows the bytes, so a key that ends up in a log or an error message does not
/// leak; equality is constant-time.
public struct SymmetricKey: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible,
  CustomReflectable
{
  /// The key bytes.
  private let storage: [UInt8]

  /// Creates a key from raw bytes.
  ///
  /// - Parameter data: the key material; any length is accepted (HMAC hashes keys longer than a block).
  public init<D: DataProtocol>(data: D) {
    storage = Array(data)
  }

  /// The key's length in bits.
  public var bitCount: Int { storage.count * 8 }

  /// Calls `body` with the key bytes.
  ///
  /// - Parameter body: a closure reading the key; the pointer is valid only during the call.
  /// - Returns: what `body` returns.
  /// - Throws: what `body` throws.
  public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    try storage.withUnsafeBytes(body)
  }

  /// Compares two keys in constant time.
  ///
  /// - Parameters:
  ///   - lhs: a key.
  ///   - rhs: another key.
  /// - Returns: whether both keys have the same bytes.
  public static func == (lhs: SymmetricKey, rhs: SymmetricKey) -> Bool {
    lhs.withUnsafeBytes { left in rhs.withUnsafeBytes { right in ConstantTime.isEqual(left, right) } }
  }

  /// Names the key's size and redacts its bytes.
  public var description: String { "SymmetricKey(\(bitCount) bits, <redacted>)" }

  /// Names the key's size and redacts its bytes.
  public var debugDescription: String { description }

  /// A mirror without the key bytes, so that `dump` and reflection-based printing do not leak them.
  public var customMirror: Mirror {
    Mirror(self, children: ["bitCount": bitCount], displayStyle: .struct)
  }
}
