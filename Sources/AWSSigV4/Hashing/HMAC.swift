import Foundation

/// HMAC (RFC 2104) over any ``HashFunction``, for example `HMAC<SHA256>` as SigV4 uses it.
///
/// The padded key is absorbed once, at initialisation, into an inner and an outer hash state. Because
/// hash states are values, a prepared `HMAC` can be copied and reused for many messages without touching
/// the key again; the SigV4 signer caches prepared signing keys this way.
public struct HMAC<H: HashFunction>: Sendable, CustomStringConvertible, CustomReflectable {
  /// The authentication code type this HMAC produces.
  public typealias MAC = HashedAuthenticationCode<H>

  /// `H` after absorbing `K ^ ipad`, then the message.
  private var inner: H

  /// `H` after absorbing `K ^ opad`; it absorbs the inner digest at finalisation.
  private var outer: H

  /// Prepares an HMAC computation with a key.
  ///
  /// - Parameter key: the secret key; keys longer than `H.blockByteCount` are hashed first, as RFC 2104
  ///   requires, and shorter ones are padded with zeros.
  public init(key: SymmetricKey) {
    let blockByteCount = H.blockByteCount
    var inner = H()
    var outer = H()
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: blockByteCount) { pad in
      pad.initialize(repeating: 0)
      key.withUnsafeBytes { keyBytes in
        if keyBytes.count > blockByteCount {
          H.hash(bufferPointer: keyBytes).withUnsafeBytes { digest in
            for index in 0..<digest.count { pad[index] = digest[index] }
          }
        } else {
          for index in 0..<keyBytes.count { pad[index] = keyBytes[index] }
        }
      }
      for index in 0..<blockByteCount { pad[index] ^= 0x36 }
      inner.update(bufferPointer: UnsafeRawBufferPointer(pad))
      // 0x36 ^ 0x5c turns the inner pad into the outer pad without keeping the key around again.
      for index in 0..<blockByteCount { pad[index] ^= 0x36 ^ 0x5c }
      outer.update(bufferPointer: UnsafeRawBufferPointer(pad))
      pad.initialize(repeating: 0)
    }
    self.inner = inner
    self.outer = outer
  }

  /// Absorbs part of the message.
  ///
  /// - Parameter bufferPointer: the bytes to authenticate.
  public mutating func update(bufferPointer: UnsafeRawBufferPointer) {
    inner.update(bufferPointer: bufferPointer)
  }

  /// Absorbs part of the message.
  ///
  /// - Parameter data: the bytes to authenticate.
  public mutating func update<D: DataProtocol>(data: D) {
    inner.update(data: data)
  }

  /// Returns the authentication code of everything absorbed so far, leaving this value usable.
  ///
  /// - Returns: `H((K ^ opad) || H((K ^ ipad) || message))`.
  public func finalize() -> MAC {
    var outer = self.outer
    inner.finalize().withUnsafeBytes { outer.update(bufferPointer: $0) }
    return MAC(digest: outer.finalize())
  }

  /// Redacted: the primed hash states are as good as the key for forging codes.
  public var description: String { "HMAC(<redacted>)" }

  /// A mirror without the primed hash states, so that `dump` does not leak key-equivalent material.
  public var customMirror: Mirror {
    Mirror(self, children: [], displayStyle: .struct)
  }

  /// Computes the authentication code of a whole message.
  ///
  /// - Parameters:
  ///   - data: the message.
  ///   - key: the secret key.
  /// - Returns: the HMAC of `data` under `key`.
  public static func authenticationCode<D: DataProtocol>(for data: D, using key: SymmetricKey) -> MAC {
    var hmac = HMAC(key: key)
    hmac.update(data: data)
    return hmac.finalize()
  }

  /// Checks, in constant time, that a code authenticates a message under a key.
  ///
  /// - Parameters:
  ///   - code: the code to check, as received.
  ///   - data: the message it claims to authenticate.
  ///   - key: the secret key.
  /// - Returns: whether `code` equals the HMAC of `data` under `key`.
  public static func isValidAuthenticationCode<C: DataProtocol, D: DataProtocol>(
    _ code: C, authenticating data: D, using key: SymmetricKey
  ) -> Bool {
    let expected = authenticationCode(for: data, using: key)
    return expected.withUnsafeBytes { expectedBytes in
      ConstantTime.isEqual(Array(expectedBytes), code)
    }
  }
}
