/// Lowercase hexadecimal encoding by table lookup, the form SigV4 uses for hashes and signatures.
enum Hex {
  /// The sixteen digits; a static string literal, so indexing it needs neither allocation nor a lazy
  /// global initialisation check in the signing hot path.
  private static let digits: StaticString = "0123456789abcdef"

  /// Writes two lowercase hex digits per input byte to `output`.
  ///
  /// - Parameters:
  ///   - bytes: the bytes to encode.
  ///   - output: room for at least `2 * bytes.count` bytes.
  @inline(__always)
  static func encode(_ bytes: UnsafeRawBufferPointer, into output: UnsafeMutablePointer<UInt8>) {
    let table = digits.utf8Start
    var index = 0
    for byte in bytes {
      output[index] = table[Int(byte &>> 4)]
      output[index &+ 1] = table[Int(byte & 0x0f)]
      index &+= 2
    }
  }

  /// Encodes a digest as an array of lowercase hex digits.
  ///
  /// - Parameter digest: the digest to encode.
  /// - Returns: `2 * byteCount` ASCII bytes.
  static func bytes<D: HashDigest>(of digest: D) -> [UInt8] {
    digest.withUnsafeBytes { bytes in
      [UInt8](unsafeUninitializedCapacity: bytes.count &* 2) { output, initialized in
        if let base = output.baseAddress { encode(bytes, into: base) }
        initialized = bytes.count &* 2
      }
    }
  }

  /// Encodes bytes as a lowercase hex string.
  ///
  /// - Parameter bytes: the bytes to encode.
  /// - Returns: a string of `2 * bytes.count` characters.
  static func string(from bytes: UnsafeRawBufferPointer) -> String {
    String(unsafeUninitializedCapacity: bytes.count &* 2) { buffer in
      if let base = buffer.baseAddress {
        encode(bytes, into: base)
      }
      return bytes.count &* 2
    }
  }
}
