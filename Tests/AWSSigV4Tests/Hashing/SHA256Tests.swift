import AWSSigV4
import Testing

@Suite("SHA-256")
struct SHA256Tests {
  /// A deterministic message of `count` bytes whose bytes all differ from their neighbours, so that a
  /// misplaced byte changes the digest.
  static func patternMessage(count: Int) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
  }

  @Test("hashes the FIPS 180-4 one-block example \"abc\"")
  func oneBlockExample() {
    #expect(
      SHA256.hash(data: Array("abc".utf8)).hexString
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  @Test("hashes the FIPS 180-4 two-block 448-bit example")
  func twoBlockExample() {
    let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
    #expect(
      SHA256.hash(data: Array(message.utf8)).hexString
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  @Test("hashes the 896-bit example message")
  func longExample() {
    let message =
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
    #expect(
      SHA256.hash(data: Array(message.utf8)).hexString
        == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
  }

  @Test("hashes the empty message")
  func emptyMessage() {
    #expect(
      SHA256.hash(data: [UInt8]()).hexString
        == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  }

  @Test("hashes the NIST single-byte and four-byte messages")
  func shortByteMessages() {
    #expect(
      SHA256.hash(data: [0xbd]).hexString
        == "68325720aabd7c82f30f554b313d0570c95accbb7dc4b5aae11204c08ffe732b")
    #expect(
      SHA256.hash(data: [0xc9, 0x8c, 0x8e, 0x55]).hexString
        == "7abc22c0ae5af26ce93dbb94433a0e0b2e119d014f8e7f65bd56c61ccccd9504")
  }

  @Test("hashes one million 'a' characters")
  func millionA() {
    let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
    #expect(
      SHA256.hash(data: message).hexString
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  /// Lengths around the padding boundaries: 55 bytes is the longest message whose length fits in the
  /// same block, 56 forces a second padding block, 64 is exactly one block.
  @Test(
    "pads messages correctly around the block boundaries",
    arguments: [
      (55, "e7313d333c272e639f790978283f9eb392e843d0f29b7016828bb1daa4aac70b"),
      (56, "4324d65f3c103567f5589c710bc08f8523f929a9272e3af36fc968e52abc6c27"),
      (63, "81c80242132f230c3bd41b3e63bbcff16107339549214a99614ff26664625055"),
      (64, "39e3d7b6b5d075d37d053ad89b24b41bef4f3c29760c84447cab3f3be1882241"),
      (65, "aacca6ff74fdbb296d165a45cecfa04e5127bc008770fbbdd48006f2d2fae95e"),
      (119, "9ce7368e4daf32341631b492e80359dc9f594b48453cd0dd5bf0b19279cc177e"),
      (120, "7836b787757e95e58b3ca5aec90b1b004e8deba1e50e9675af9cabf1a13a04b5"),
    ])
  func paddingBoundaries(length: Int, expected: String) {
    #expect(SHA256.hash(data: Self.patternMessage(count: length)).hexString == expected)
  }

  @Test(
    "streaming in odd chunk sizes gives the one-shot digest", arguments: [1, 3, 7, 13, 63, 65, 127, 1000])
  func streamingMatchesOneShot(chunkSize: Int) {
    let message = Self.patternMessage(count: 1000)
    var hash = SHA256()
    var start = 0
    while start < message.count {
      let end = min(start + chunkSize, message.count)
      hash.update(data: message[start..<end])
      start = end
    }
    #expect(hash.finalize().hexString == "1e9bc38cbf860b9ec31918b065f9b52476c549a782e0e7990bed8ce3868d2371")
  }

  @Test("finalize leaves the hash usable, so a prefix digest can be taken mid-stream")
  func finalizeDoesNotConsume() {
    var hash = SHA256()
    hash.update(data: Array("ab".utf8))
    let prefix = hash.finalize()
    hash.update(data: Array("c".utf8))
    #expect(prefix == SHA256.hash(data: Array("ab".utf8)))
    #expect(hash.finalize().hexString == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  @Test("hashes a string's UTF-8 bytes")
  func hashesStrings() {
    var hash = SHA256()
    hash.update(string: "abc")
    #expect(hash.finalize() == SHA256.hash(data: Array("abc".utf8)))
  }

  @Test("digests expose 32 bytes and equal digests compare equal")
  func digestBytes() {
    let digest = SHA256.hash(data: Array("abc".utf8))
    #expect(Array(digest).count == SHA256Digest.byteCount)
    #expect(digest.bytes.prefix(4) == [0xba, 0x78, 0x16, 0xbf])
    #expect(digest != SHA256.hash(data: Array("abd".utf8)))
    #expect(digest.description.hasSuffix(digest.hexString))
  }
}
