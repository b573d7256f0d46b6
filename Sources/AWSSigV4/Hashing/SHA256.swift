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
  private static func bigSigma0(_ x: UInt32) -> UInt32 {
    (x &>> 2 | x &<< 30) ^ (x &>> 13 | x &<< 19) ^ (x &>> 22 | x &<< 10)
  }

  @inline(__always)
  private static func bigSigma1(_ x: UInt32) -> UInt32 {
    (x &>> 6 | x &<< 26) ^ (x &>> 11 | x &<< 21) ^ (x &>> 25 | x &<< 7)
  }

  @inline(__always)
  private static func smallSigma0(_ x: UInt32) -> UInt32 {
    (x &>> 7 | x &<< 25) ^ (x &>> 18 | x &<< 14) ^ (x &>> 3)
  }

  @inline(__always)
  private static func smallSigma1(_ x: UInt32) -> UInt32 {
    (x &>> 17 | x &<< 15) ^ (x &>> 19 | x &<< 13) ^ (x &>> 10)
  }

  /// One SHA-256 round. Instead of shifting the eight working variables after every round, the caller
  /// passes them rotated: the variable that plays `d` absorbs `T1` and the one that plays `h` becomes the
  /// new `a`, which is exactly where the next round expects them.
  @inline(__always)
  private static func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
    _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32,
    _ k: UInt32, _ w: UInt32
  ) {
    let t1 = h &+ bigSigma1(e) &+ (g ^ (e & (f ^ g))) &+ k &+ w
    d = d &+ t1
    h = t1 &+ bigSigma0(a) &+ ((a & b) | (c & (a | b)))
  }

  @inline(__always)
  private static func word(_ block: UnsafeRawPointer, _ index: Int) -> UInt32 {
    block.loadUnaligned(fromByteOffset: index &* 4, as: UInt32.self).bigEndian
  }

  /// Compresses `count` consecutive 64-byte blocks into the state.
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

      round(a, b, c, &d, e, f, g, &h, 0x428a2f98, w0)
      round(h, a, b, &c, d, e, f, &g, 0x71374491, w1)
      round(g, h, a, &b, c, d, e, &f, 0xb5c0fbcf, w2)
      round(f, g, h, &a, b, c, d, &e, 0xe9b5dba5, w3)
      round(e, f, g, &h, a, b, c, &d, 0x3956c25b, w4)
      round(d, e, f, &g, h, a, b, &c, 0x59f111f1, w5)
      round(c, d, e, &f, g, h, a, &b, 0x923f82a4, w6)
      round(b, c, d, &e, f, g, h, &a, 0xab1c5ed5, w7)
      round(a, b, c, &d, e, f, g, &h, 0xd807aa98, w8)
      round(h, a, b, &c, d, e, f, &g, 0x12835b01, w9)
      round(g, h, a, &b, c, d, e, &f, 0x243185be, w10)
      round(f, g, h, &a, b, c, d, &e, 0x550c7dc3, w11)
      round(e, f, g, &h, a, b, c, &d, 0x72be5d74, w12)
      round(d, e, f, &g, h, a, b, &c, 0x80deb1fe, w13)
      round(c, d, e, &f, g, h, a, &b, 0x9bdc06a7, w14)
      round(b, c, d, &e, f, g, h, &a, 0xc19bf174, w15)
      w0 = w0 &+ smallSigma1(w14) &+ w9 &+ smallSigma0(w1)
      round(a, b, c, &d, e, f, g, &h, 0xe49b69c1, w0)
      w1 = w1 &+ smallSigma1(w15) &+ w10 &+ smallSigma0(w2)
      round(h, a, b, &c, d, e, f, &g, 0xefbe4786, w1)
      w2 = w2 &+ smallSigma1(w0) &+ w11 &+ smallSigma0(w3)
      round(g, h, a, &b, c, d, e, &f, 0x0fc19dc6, w2)
      w3 = w3 &+ smallSigma1(w1) &+ w12 &+ smallSigma0(w4)
      round(f, g, h, &a, b, c, d, &e, 0x240ca1cc, w3)
      w4 = w4 &+ smallSigma1(w2) &+ w13 &+ smallSigma0(w5)
      round(e, f, g, &h, a, b, c, &d, 0x2de92c6f, w4)
      w5 = w5 &+ smallSigma1(w3) &+ w14 &+ smallSigma0(w6)
      round(d, e, f, &g, h, a, b, &c, 0x4a7484aa, w5)
      w6 = w6 &+ smallSigma1(w4) &+ w15 &+ smallSigma0(w7)
      round(c, d, e, &f, g, h, a, &b, 0x5cb0a9dc, w6)
      w7 = w7 &+ smallSigma1(w5) &+ w0 &+ smallSigma0(w8)
      round(b, c, d, &e, f, g, h, &a, 0x76f988da, w7)
      w8 = w8 &+ smallSigma1(w6) &+ w1 &+ smallSigma0(w9)
      round(a, b, c, &d, e, f, g, &h, 0x983e5152, w8)
      w9 = w9 &+ smallSigma1(w7) &+ w2 &+ smallSigma0(w10)
      round(h, a, b, &c, d, e, f, &g, 0xa831c66d, w9)
      w10 = w10 &+ smallSigma1(w8) &+ w3 &+ smallSigma0(w11)
      round(g, h, a, &b, c, d, e, &f, 0xb00327c8, w10)
      w11 = w11 &+ smallSigma1(w9) &+ w4 &+ smallSigma0(w12)
      round(f, g, h, &a, b, c, d, &e, 0xbf597fc7, w11)
      w12 = w12 &+ smallSigma1(w10) &+ w5 &+ smallSigma0(w13)
      round(e, f, g, &h, a, b, c, &d, 0xc6e00bf3, w12)
      w13 = w13 &+ smallSigma1(w11) &+ w6 &+ smallSigma0(w14)
      round(d, e, f, &g, h, a, b, &c, 0xd5a79147, w13)
      w14 = w14 &+ smallSigma1(w12) &+ w7 &+ smallSigma0(w15)
      round(c, d, e, &f, g, h, a, &b, 0x06ca6351, w14)
      w15 = w15 &+ smallSigma1(w13) &+ w8 &+ smallSigma0(w0)
      round(b, c, d, &e, f, g, h, &a, 0x14292967, w15)
      w0 = w0 &+ smallSigma1(w14) &+ w9 &+ smallSigma0(w1)
      round(a, b, c, &d, e, f, g, &h, 0x27b70a85, w0)
      w1 = w1 &+ smallSigma1(w15) &+ w10 &+ smallSigma0(w2)
      round(h, a, b, &c, d, e, f, &g, 0x2e1b2138, w1)
      w2 = w2 &+ smallSigma1(w0) &+ w11 &+ smallSigma0(w3)
      round(g, h, a, &b, c, d, e, &f, 0x4d2c6dfc, w2)
      w3 = w3 &+ smallSigma1(w1) &+ w12 &+ smallSigma0(w4)
      round(f, g, h, &a, b, c, d, &e, 0x53380d13, w3)
      w4 = w4 &+ smallSigma1(w2) &+ w13 &+ smallSigma0(w5)
      round(e, f, g, &h, a, b, c, &d, 0x650a7354, w4)
      w5 = w5 &+ smallSigma1(w3) &+ w14 &+ smallSigma0(w6)
      round(d, e, f, &g, h, a, b, &c, 0x766a0abb, w5)
      w6 = w6 &+ smallSigma1(w4) &+ w15 &+ smallSigma0(w7)
      round(c, d, e, &f, g, h, a, &b, 0x81c2c92e, w6)
      w7 = w7 &+ smallSigma1(w5) &+ w0 &+ smallSigma0(w8)
      round(b, c, d, &e, f, g, h, &a, 0x92722c85, w7)
      w8 = w8 &+ smallSigma1(w6) &+ w1 &+ smallSigma0(w9)
      round(a, b, c, &d, e, f, g, &h, 0xa2bfe8a1, w8)
      w9 = w9 &+ smallSigma1(w7) &+ w2 &+ smallSigma0(w10)
      round(h, a, b, &c, d, e, f, &g, 0xa81a664b, w9)
      w10 = w10 &+ smallSigma1(w8) &+ w3 &+ smallSigma0(w11)
      round(g, h, a, &b, c, d, e, &f, 0xc24b8b70, w10)
      w11 = w11 &+ smallSigma1(w9) &+ w4 &+ smallSigma0(w12)
      round(f, g, h, &a, b, c, d, &e, 0xc76c51a3, w11)
      w12 = w12 &+ smallSigma1(w10) &+ w5 &+ smallSigma0(w13)
      round(e, f, g, &h, a, b, c, &d, 0xd192e819, w12)
      w13 = w13 &+ smallSigma1(w11) &+ w6 &+ smallSigma0(w14)
      round(d, e, f, &g, h, a, b, &c, 0xd6990624, w13)
      w14 = w14 &+ smallSigma1(w12) &+ w7 &+ smallSigma0(w15)
      round(c, d, e, &f, g, h, a, &b, 0xf40e3585, w14)
      w15 = w15 &+ smallSigma1(w13) &+ w8 &+ smallSigma0(w0)
      round(b, c, d, &e, f, g, h, &a, 0x106aa070, w15)
      w0 = w0 &+ smallSigma1(w14) &+ w9 &+ smallSigma0(w1)
      round(a, b, c, &d, e, f, g, &h, 0x19a4c116, w0)
      w1 = w1 &+ smallSigma1(w15) &+ w10 &+ smallSigma0(w2)
      round(h, a, b, &c, d, e, f, &g, 0x1e376c08, w1)
      w2 = w2 &+ smallSigma1(w0) &+ w11 &+ smallSigma0(w3)
      round(g, h, a, &b, c, d, e, &f, 0x2748774c, w2)
      w3 = w3 &+ smallSigma1(w1) &+ w12 &+ smallSigma0(w4)
      round(f, g, h, &a, b, c, d, &e, 0x34b0bcb5, w3)
      w4 = w4 &+ smallSigma1(w2) &+ w13 &+ smallSigma0(w5)
      round(e, f, g, &h, a, b, c, &d, 0x391c0cb3, w4)
      w5 = w5 &+ smallSigma1(w3) &+ w14 &+ smallSigma0(w6)
      round(d, e, f, &g, h, a, b, &c, 0x4ed8aa4a, w5)
      w6 = w6 &+ smallSigma1(w4) &+ w15 &+ smallSigma0(w7)
      round(c, d, e, &f, g, h, a, &b, 0x5b9cca4f, w6)
      w7 = w7 &+ smallSigma1(w5) &+ w0 &+ smallSigma0(w8)
      round(b, c, d, &e, f, g, h, &a, 0x682e6ff3, w7)
      w8 = w8 &+ smallSigma1(w6) &+ w1 &+ smallSigma0(w9)
      round(a, b, c, &d, e, f, g, &h, 0x748f82ee, w8)
      w9 = w9 &+ smallSigma1(w7) &+ w2 &+ smallSigma0(w10)
      round(h, a, b, &c, d, e, f, &g, 0x78a5636f, w9)
      w10 = w10 &+ smallSigma1(w8) &+ w3 &+ smallSigma0(w11)
      round(g, h, a, &b, c, d, e, &f, 0x84c87814, w10)
      w11 = w11 &+ smallSigma1(w9) &+ w4 &+ smallSigma0(w12)
      round(f, g, h, &a, b, c, d, &e, 0x8cc70208, w11)
      w12 = w12 &+ smallSigma1(w10) &+ w5 &+ smallSigma0(w13)
      round(e, f, g, &h, a, b, c, &d, 0x90befffa, w12)
      w13 = w13 &+ smallSigma1(w11) &+ w6 &+ smallSigma0(w14)
      round(d, e, f, &g, h, a, b, &c, 0xa4506ceb, w13)
      w14 = w14 &+ smallSigma1(w12) &+ w7 &+ smallSigma0(w15)
      round(c, d, e, &f, g, h, a, &b, 0xbef9a3f7, w14)
      w15 = w15 &+ smallSigma1(w13) &+ w8 &+ smallSigma0(w0)
      round(b, c, d, &e, f, g, h, &a, 0xc67178f2, w15)

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
