/// SHA-256 (FIPS 180-4), written in Swift with no dependency, for SigV4 payload and request hashes.
///
/// Usage mirrors swift-crypto: `SHA256.hash(data: bytes)` for a whole message, or create a value,
/// call `update` with each piece and `finalize()` at the end.
///
/// Speed matters here: a signature hashes the canonical request and the body, and HMAC hashes four more
/// times. The compression function therefore reads message words straight from the caller's memory, keeps
/// the eight working variables and the sixteen-word message schedule in locals (registers), and writes out
/// all 64 rounds so that no round needs a table lookup or a variable rotation.
public struct SHA256: HashFunction {
  /// The SHA-256 digest type.
  public typealias Digest = SHA256Digest

  /// SHA-256 compresses 64-byte blocks.
  public static let blockByteCount = 64

  /// A SHA-256 digest is 32 bytes long.
  public static let byteCount = 32

  /// The chaining state `H0...H7`, in host byte order.
  private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
  )

  /// Bytes waiting for a complete block; a tuple so that the hash value never allocates.
  private var buffer: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (
    0, 0, 0, 0, 0, 0, 0, 0
  )

  /// How many bytes of `buffer` are in use (always less than 64 between calls).
  private var bufferCount = 0

  /// The total number of message bytes absorbed, for the length field of the final padding.
  private var messageLength: UInt64 = 0

  /// Creates a hash in the initial state defined by FIPS 180-4.
  public init() {}

  /// Absorbs bytes into the hash.
  ///
  /// - Parameter bufferPointer: the bytes to absorb; whole blocks are compressed directly from this memory.
  public mutating func update(bufferPointer: UnsafeRawBufferPointer) {
    guard var input = bufferPointer.baseAddress, bufferPointer.count > 0 else { return }
    var remaining = bufferPointer.count
    messageLength &+= UInt64(remaining)

    if bufferCount > 0 {
      let taken = Swift.min(SHA256.blockByteCount - bufferCount, remaining)
      let offset = bufferCount
      withUnsafeMutableBytes(of: &buffer) { block in
        (block.baseAddress! + offset).copyMemory(from: input, byteCount: taken)
      }
      bufferCount += taken
      input += taken
      remaining -= taken
      guard bufferCount == SHA256.blockByteCount else { return }
      let block = buffer
      withUnsafeBytes(of: block) { SHA256.compress(&state, blocks: $0.baseAddress!, count: 1) }
      bufferCount = 0
    }

    let wholeBlocks = remaining / SHA256.blockByteCount
    if wholeBlocks > 0 {
      SHA256.compress(&state, blocks: input, count: wholeBlocks)
      input += wholeBlocks * SHA256.blockByteCount
      remaining -= wholeBlocks * SHA256.blockByteCount
    }

    if remaining > 0 {
      withUnsafeMutableBytes(of: &buffer) { block in
        block.baseAddress!.copyMemory(from: input, byteCount: remaining)
      }
      bufferCount = remaining
    }
  }

  /// Pads the message as FIPS 180-4 section 5.1.1 prescribes and returns the digest.
  ///
  /// - Returns: the digest of every byte absorbed so far; this value itself is left unchanged.
  public func finalize() -> SHA256Digest {
    var state = self.state
    var block = buffer
    let used = bufferCount
    let bitLength = messageLength &* 8
    withUnsafeMutableBytes(of: &block) { bytes in
      let base = bytes.baseAddress!
      bytes[used] = 0x80
      if used + 1 > 56 {
        // No room left for the 8-byte length: finish this block and pad a second one.
        (base + used + 1).initializeMemory(as: UInt8.self, repeating: 0, count: 63 - used)
        SHA256.compress(&state, blocks: base, count: 1)
        base.initializeMemory(as: UInt8.self, repeating: 0, count: 56)
      } else {
        (base + used + 1).initializeMemory(as: UInt8.self, repeating: 0, count: 55 - used)
      }
      base.storeBytes(of: bitLength.bigEndian, toByteOffset: 56, as: UInt64.self)
      SHA256.compress(&state, blocks: base, count: 1)
    }
    return SHA256Digest(state: state)
  }

  @inline(__always)
  private static func rotateRight(_ x: UInt32, _ count: UInt32) -> UInt32 {
    x &>> count | x &<< (32 &- count)
  }

  // The Sigma functions are written as nested rotations (ROTR 2, 13, 22 = ROTR 2 of x ^ ROTR 9 of ...),
  // as OpenSSL's scalar code does: the same three rotations, but fewer register copies on x86-64.

  @inline(__always)
  private static func bigSigma0(_ x: UInt32) -> UInt32 {
    rotateRight(x ^ rotateRight(x ^ rotateRight(x, 9), 11), 2)
  }

  @inline(__always)
  private static func bigSigma1(_ x: UInt32) -> UInt32 {
    rotateRight(x ^ rotateRight(x ^ rotateRight(x, 14), 5), 6)
  }

  @inline(__always)
  private static func smallSigma0(_ x: UInt32) -> UInt32 {
    rotateRight(x ^ rotateRight(x, 11), 7) ^ x &>> 3
  }

  @inline(__always)
  private static func smallSigma1(_ x: UInt32) -> UInt32 {
    rotateRight(x ^ rotateRight(x, 2), 17) ^ x &>> 10
  }

  /// One SHA-256 round. Instead of shifting the eight working variables after every round, the caller
  /// passes them rotated: the variable that plays `d` absorbs `T1` and the one that plays `h` becomes the
  /// new `a`, which is exactly where the next round expects them.
  ///
  /// `Maj(a, b, c)` is computed as `b ^ ((a ^ b) & (b ^ c))`; this round's `a ^ b` is the next round's
  /// `b ^ c`, so `bc` carries it over and saves an operation per round.
  @inline(__always)
  private static func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
    _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32,
    _ bc: inout UInt32, _ constantPlusWord: UInt32
  ) {
    // Sigma1(e) is added last: it is the longest computation on the critical path through e.
    let t1 = h &+ constantPlusWord &+ (g ^ (e & (f ^ g))) &+ bigSigma1(e)
    let ab = a ^ b
    let majority = b ^ (ab & bc)
    bc = ab
    d = d &+ t1
    h = t1 &+ bigSigma0(a) &+ majority
  }

  @inline(__always)
  private static func word(_ block: UnsafeRawPointer, _ index: Int) -> UInt32 {
    block.loadUnaligned(fromByteOffset: index &* 4, as: UInt32.self).bigEndian
  }

  /// Compresses `count` consecutive 64-byte blocks into the state.
  ///
  /// The sixteen-word message schedule rolls through locals and is expanded between rounds, which lets
  /// the processor overlap schedule and round work; the round constants are literals.
  private static func compress(
    _ state: inout (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32),
    blocks: UnsafeRawPointer,
    count: Int
  ) {
    var (h0, h1, h2, h3, h4, h5, h6, h7) = state
    var block = blocks
    for _ in 0..<count {
      var w0 = word(block, 0)
      var w1 = word(block, 1)
      var w2 = word(block, 2)
      var w3 = word(block, 3)
      var w4 = word(block, 4)
      var w5 = word(block, 5)
      var w6 = word(block, 6)
      var w7 = word(block, 7)
      var w8 = word(block, 8)
      var w9 = word(block, 9)
      var w10 = word(block, 10)
      var w11 = word(block, 11)
      var w12 = word(block, 12)
      var w13 = word(block, 13)
      var w14 = word(block, 14)
      var w15 = word(block, 15)
      var a = h0
      var b = h1
      var c = h2
      var d = h3
      var e = h4
      var f = h5
      var g = h6
      var h = h7
      var bc = b ^ c

      round(a, b, c, &d, e, f, g, &h, &bc, 0x428a_2f98 &+ w0)
      round(h, a, b, &c, d, e, f, &g, &bc, 0x7137_4491 &+ w1)
      round(g, h, a, &b, c, d, e, &f, &bc, 0xb5c0_fbcf &+ w2)
      round(f, g, h, &a, b, c, d, &e, &bc, 0xe9b5_dba5 &+ w3)
      round(e, f, g, &h, a, b, c, &d, &bc, 0x3956_c25b &+ w4)
      round(d, e, f, &g, h, a, b, &c, &bc, 0x59f1_11f1 &+ w5)
      round(c, d, e, &f, g, h, a, &b, &bc, 0x923f_82a4 &+ w6)
      round(b, c, d, &e, f, g, h, &a, &bc, 0xab1c_5ed5 &+ w7)
      round(a, b, c, &d, e, f, g, &h, &bc, 0xd807_aa98 &+ w8)
      round(h, a, b, &c, d, e, f, &g, &bc, 0x1283_5b01 &+ w9)
      round(g, h, a, &b, c, d, e, &f, &bc, 0x2431_85be &+ w10)
      round(f, g, h, &a, b, c, d, &e, &bc, 0x550c_7dc3 &+ w11)
      round(e, f, g, &h, a, b, c, &d, &bc, 0x72be_5d74 &+ w12)
      round(d, e, f, &g, h, a, b, &c, &bc, 0x80de_b1fe &+ w13)
      round(c, d, e, &f, g, h, a, &b, &bc, 0x9bdc_06a7 &+ w14)
      round(b, c, d, &e, f, g, h, &a, &bc, 0xc19b_f174 &+ w15)
      w0 = w0 &+ smallSigma1(w14) &+ w9 &+ smallSigma0(w1)
      round(a, b, c, &d, e, f, g, &h, &bc, 0xe49b_69c1 &+ w0)
      w1 = w1 &+ smallSigma1(w15) &+ w10 &+ smallSigma0(w2)
      round(h, a, b, &c, d, e, f, &g, &bc, 0xefbe_4786 &+ w1)
      w2 = w2 &+ smallSigma1(w0) &+ w11 &+ smallSigma0(w3)
      round(g, h, a, &b, c, d, e, &f, &bc, 0x0fc1_9dc6 &+ w2)
      w3 = w3 &+ smallSigma1(w1) &+ w12 &+ smallSigma0(w4)
      round(f, g, h, &a, b, c, d, &e, &bc, 0x240c_a1cc &+ w3)
      w4 = w4 &+ smallSigma1(w2) &+ w13 &+ smallSigma0(w5)
      round(e, f, g, &h, a, b, c, &d, &bc, 0x2de9_2c6f &+ w4)
      w5 = w5 &+ smallSigma1(w3) &+ w14 &+ smallSigma0(w6)
      round(d, e, f, &g, h, a, b, &c, &bc, 0x4a74_84aa &+ w5)
      w6 = w6 &+ smallSigma1(w4) &+ w15 &+ smallSigma0(w7)
      round(c, d, e, &f, g, h, a, &b, &bc, 0x5cb0_a9dc &+ w6)
      w7 = w7 &+ smallSigma1(w5) &+ w0 &+ smallSigma0(w8)
      round(b, c, d, &e, f, g, h, &a, &bc, 0x76f9_88da &+ w7)
      w8 = w8 &+ smallSigma1(w6) &+ w1 &+ smallSigma0(w9)
      round(a, b, c, &d, e, f, g, &h, &bc, 0x983e_5152 &+ w8)
      w9 = w9 &+ smallSigma1(w7) &+ w2 &+ smallSigma0(w10)
      round(h, a, b, &c, d, e, f, &g, &bc, 0xa831_c66d &+ w9)
      w10 = w10 &+ smallSigma1(w8) &+ w3 &+ smallSigma0(w11)
      round(g, h, a, &b, c, d, e, &f, &bc, 0xb003_27c8 &+ w10)
      w11 = w11 &+ smallSigma1(w9) &+ w4 &+ smallSigma0(w12)
      round(f, g, h, &a, b, c, d, &e, &bc, 0xbf59_7fc7 &+ w11)
      w12 = w12 &+ smallSigma1(w10) &+ w5 &+ smallSigma0(w13)
      round(e, f, g, &h, a, b, c, &d, &bc, 0xc6e0_0bf3 &+ w12)
      w13 = w13 &+ smallSigma1(w11) &+ w6 &+ smallSigma0(w14)
      round(d, e, f, &g, h, a, b, &c, &bc, 0xd5a7_9147 &+ w13)
      w14 = w14 &+ smallSigma1(w12) &+ w7 &+ smallSigma0(w15)
      round(c, d, e, &f, g, h, a, &b, &bc, 0x06ca_6351 &+ w14)
      w15 = w15 &+ smallSigma1(w13) &+ w8 &+ smallSigma0(w0)
      round(b, c, d, &e, f, g, h, &a, &bc, 0x1429_2967 &+ w15)
      w0 = w0 &+ smallSigma1(w14) &+ w9 &+ smallSigma0(w1)
      round(a, b, c, &d, e, f, g, &h, &bc, 0x27b7_0a85 &+ w0)
      w1 = w1 &+ smallSigma1(w15) &+ w10 &+ smallSigma0(w2)
      round(h, a, b, &c, d, e, f, &g, &bc, 0x2e1b_2138 &+ w1)
      w2 = w2 &+ smallSigma1(w0) &+ w11 &+ smallSigma0(w3)
      round(g, h, a, &b, c, d, e, &f, &bc, 0x4d2c_6dfc &+ w2)
      w3 = w3 &+ smallSigma1(w1) &+ w12 &+ smallSigma0(w4)
      round(f, g, h, &a, b, c, d, &e, &bc, 0x5338_0d13 &+ w3)
      w4 = w4 &+ smallSigma1(w2) &+ w13 &+ smallSigma0(w5)
      round(e, f, g, &h, a, b, c, &d, &bc, 0x650a_7354 &+ w4)
      w5 = w5 &+ smallSigma1(w3) &+ w14 &+ smallSigma0(w6)
      round(d, e, f, &g, h, a, b, &c, &bc, 0x766a_0abb &+ w5)
      w6 = w6 &+ smallSigma1(w4) &+ w15 &+ smallSigma0(w7)
      round(c, d, e, &f, g, h, a, &b, &bc, 0x81c2_c92e &+ w6)
      w7 = w7 &+ smallSigma1(w5) &+ w0 &+ smallSigma0(w8)
      round(b, c, d, &e, f, g, h, &a, &bc, 0x9272_2c85 &+ w7)
      w8 = w8 &+ smallSigma1(w6) &+ w1 &+ smallSigma0(w9)
      round(a, b, c, &d, e, f, g, &h, &bc, 0xa2bf_e8a1 &+ w8)
      w9 = w9 &+ smallSigma1(w7) &+ w2 &+ smallSigma0(w10)
      round(h, a, b, &c, d, e, f, &g, &bc, 0xa81a_664b &+ w9)
      w10 = w10 &+ smallSigma1(w8) &+ w3 &+ smallSigma0(w11)
      round(g, h, a, &b, c, d, e, &f, &bc, 0xc24b_8b70 &+ w10)
      w11 = w11 &+ smallSigma1(w9) &+ w4 &+ smallSigma0(w12)
      round(f, g, h, &a, b, c, d, &e, &bc, 0xc76c_51a3 &+ w11)
      w12 = w12 &+ smallSigma1(w10) &+ w5 &+ smallSigma0(w13)
      round(e, f, g, &h, a, b, c, &d, &bc, 0xd192_e819 &+ w12)
      w13 = w13 &+ smallSigma1(w11) &+ w6 &+ smallSigma0(w14)
      round(d, e, f, &g, h, a, b, &c, &bc, 0xd699_0624 &+ w13)
      w14 = w14 &+ smallSigma1(w12) &+ w7 &+ smallSigma0(w15)
      round(c, d, e, &f, g, h, a, &b, &bc, 0xf40e_3585 &+ w14)
      w15 = w15 &+ smallSigma1(w13) &+ w8 &+ smallSigma0(w0)
      round(b, c, d, &e, f, g, h, &a, &bc, 0x106a_a070 &+ w15)
      w0 = w0 &+ smallSigma1(w14) &+ w9 &+ smallSigma0(w1)
      round(a, b, c, &d, e, f, g, &h, &bc, 0x19a4_c116 &+ w0)
      w1 = w1 &+ smallSigma1(w15) &+ w10 &+ smallSigma0(w2)
      round(h, a, b, &c, d, e, f, &g, &bc, 0x1e37_6c08 &+ w1)
      w2 = w2 &+ smallSigma1(w0) &+ w11 &+ smallSigma0(w3)
      round(g, h, a, &b, c, d, e, &f, &bc, 0x2748_774c &+ w2)
      w3 = w3 &+ smallSigma1(w1) &+ w12 &+ smallSigma0(w4)
      round(f, g, h, &a, b, c, d, &e, &bc, 0x34b0_bcb5 &+ w3)
      w4 = w4 &+ smallSigma1(w2) &+ w13 &+ smallSigma0(w5)
      round(e, f, g, &h, a, b, c, &d, &bc, 0x391c_0cb3 &+ w4)
      w5 = w5 &+ smallSigma1(w3) &+ w14 &+ smallSigma0(w6)
      round(d, e, f, &g, h, a, b, &c, &bc, 0x4ed8_aa4a &+ w5)
      w6 = w6 &+ smallSigma1(w4) &+ w15 &+ smallSigma0(w7)
      round(c, d, e, &f, g, h, a, &b, &bc, 0x5b9c_ca4f &+ w6)
      w7 = w7 &+ smallSigma1(w5) &+ w0 &+ smallSigma0(w8)
      round(b, c, d, &e, f, g, h, &a, &bc, 0x682e_6ff3 &+ w7)
      w8 = w8 &+ smallSigma1(w6) &+ w1 &+ smallSigma0(w9)
      round(a, b, c, &d, e, f, g, &h, &bc, 0x748f_82ee &+ w8)
      w9 = w9 &+ smallSigma1(w7) &+ w2 &+ smallSigma0(w10)
      round(h, a, b, &c, d, e, f, &g, &bc, 0x78a5_636f &+ w9)
      w10 = w10 &+ smallSigma1(w8) &+ w3 &+ smallSigma0(w11)
      round(g, h, a, &b, c, d, e, &f, &bc, 0x84c8_7814 &+ w10)
      w11 = w11 &+ smallSigma1(w9) &+ w4 &+ smallSigma0(w12)
      round(f, g, h, &a, b, c, d, &e, &bc, 0x8cc7_0208 &+ w11)
      w12 = w12 &+ smallSigma1(w10) &+ w5 &+ smallSigma0(w13)
      round(e, f, g, &h, a, b, c, &d, &bc, 0x90be_fffa &+ w12)
      w13 = w13 &+ smallSigma1(w11) &+ w6 &+ smallSigma0(w14)
      round(d, e, f, &g, h, a, b, &c, &bc, 0xa450_6ceb &+ w13)
      w14 = w14 &+ smallSigma1(w12) &+ w7 &+ smallSigma0(w15)
      round(c, d, e, &f, g, h, a, &b, &bc, 0xbef9_a3f7 &+ w14)
      w15 = w15 &+ smallSigma1(w13) &+ w8 &+ smallSigma0(w0)
      round(b, c, d, &e, f, g, h, &a, &bc, 0xc671_78f2 &+ w15)

      h0 = h0 &+ a
      h1 = h1 &+ b
      h2 = h2 &+ c
      h3 = h3 &+ d
      h4 = h4 &+ e
      h5 = h5 &+ f
      h6 = h6 &+ g
      h7 = h7 &+ h
      block += blockByteCount
    }
    state = (h0, h1, h2, h3, h4, h5, h6, h7)
  }
}
