import Foundation

/// A cryptographic hash function that absorbs bytes incrementally and produces a fixed-size digest.
///
/// The shape follows swift-crypto's `HashFunction`, so code written against either reads the same:
/// create a value, `update` it with the message in as many pieces as convenient, then `finalize` it.
/// Hash values are plain value types: copying one forks the computation, which is how ``HMAC``
/// precomputes its padded key states once and reuses them for every message.
public protocol HashFunction: Sendable {
  /// The digest this function produces.
  associatedtype Digest: HashDigest

  /// The number of bytes the function compresses at a time (64 for SHA-256); HMAC pads keys to it.
  static var blockByteCount: Int { get }

  /// Creates a hash function in its initial state, ready to absorb a message.
  init()

  /// Absorbs the bytes of the buffer into the hash state.
  ///
  /// - Parameter bufferPointer: the bytes to absorb; they are not retained.
  mutating func update(bufferPointer: UnsafeRawBufferPointer)

  /// Returns the digest of everything absorbed so far, leaving this value usable for further updates.
  func finalize() -> Digest
}

extension HashFunction {
  /// Absorbs the bytes of a Foundation data value (an array of bytes, `Data`, a slice...).
  ///
  /// - Parameter data: the bytes to absorb; contiguous regions are read in place, without copying.
  public mutating func update<D: DataProtocol>(data: D) {
    for region in data.regions {
      region.withUnsafeBytes { update(bufferPointer: $0) }
    }
  }

  /// Absorbs the UTF-8 encoding of a string.
  ///
  /// - Parameter string: the text whose UTF-8 bytes are absorbed.
  public mutating func update(string: String) {
    var string = string
    string.withUTF8 { update(bufferPointer: UnsafeRawBufferPointer($0)) }
  }

  /// Computes the digest of a whole message in one call.
  ///
  /// - Parameter data: the message.
  /// - Returns: the digest of `data`.
  public static func hash<D: DataProtocol>(data: D) -> Digest {
    var function = Self()
    function.update(data: data)
    return function.finalize()
  }

  /// Computes the digest of a whole message given as raw memory.
  ///
  /// - Parameter bufferPointer: the message.
  /// - Returns: the digest of the bytes in `bufferPointer`.
  public static func hash(bufferPointer: UnsafeRawBufferPointer) -> Digest {
    var function = Self()
    function.update(bufferPointer: bufferPointer)
    return function.finalize()
  }
}
