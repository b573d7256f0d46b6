import AWSSigV4
import Testing

@Suite("HMAC-SHA256 (RFC 4231)")
struct HMACTests {
  static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  @Test(
    "computes the RFC 4231 test cases",
    arguments: [
      (
        [UInt8](repeating: 0x0b, count: 20), bytes("Hi There"),
        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
      ),
      (
        bytes("Jefe"), bytes("what do ya want for nothing?"),
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
      ),
      (
        [UInt8](repeating: 0xaa, count: 20), [UInt8](repeating: 0xdd, count: 50),
        "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"
      ),
      (
        (1...25).map { UInt8($0) }, [UInt8](repeating: 0xcd, count: 50),
        "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"
      ),
      (
        [UInt8](repeating: 0xaa, count: 131), bytes("Test Using Larger Than Block-Size Key - Hash Key First"),
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
      ),
      (
        [UInt8](repeating: 0xaa, count: 131),
        bytes(
          "This is a test using a larger than block-size key and a larger than block-size data. "
            + "The key needs to be hashed before being used by the HMAC algorithm."),
        "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"
      ),
    ])
  func rfc4231(key: [UInt8], message: [UInt8], expected: String) {
    let code = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key))
    #expect(code.hexString == expected)
  }

  @Test("RFC 4231 case 5: the output truncated to 128 bits matches")
  func truncation() {
    let code = HMAC<SHA256>.authenticationCode(
      for: Self.bytes("Test With Truncation"), using: SymmetricKey(data: [UInt8](repeating: 0x0c, count: 20)))
    #expect(String(code.hexString.prefix(32)) == "a3b6167473100ee06e0c796c2955552b")
  }

  @Test("streaming the message in pieces gives the one-shot code")
  func streaming() {
    let key = SymmetricKey(data: [UInt8](repeating: 0xaa, count: 131))
    let message = Self.bytes(
      "This is a test using a larger than block-size key and a larger than block-size data. "
        + "The key needs to be hashed before being used by the HMAC algorithm.")
    var hmac = HMAC<SHA256>(key: key)
    for chunk in stride(from: 0, to: message.count, by: 11) {
      hmac.update(data: message[chunk..<min(chunk + 11, message.count)])
    }
    #expect(hmac.finalize() == HMAC<SHA256>.authenticationCode(for: message, using: key))
  }

  @Test("validates a correct code and rejects a tampered or truncated one")
  func validation() {
    let key = SymmetricKey(data: Self.bytes("Jefe"))
    let message = Self.bytes("what do ya want for nothing?")
    let code = Array(HMAC<SHA256>.authenticationCode(for: message, using: key))
    #expect(HMAC<SHA256>.isValidAuthenticationCode(code, authenticating: message, using: key))
    var tampered = code
    tampered[31] ^= 0x01
    #expect(!HMAC<SHA256>.isValidAuthenticationCode(tampered, authenticating: message, using: key))
    #expect(!HMAC<SHA256>.isValidAuthenticationCode(code.prefix(16), authenticating: message, using: key))
  }

  @Test("a symmetric key's description never shows its bytes")
  func keyDescriptionIsRedacted() {
    let key = SymmetricKey(data: Self.bytes("supersecret"))
    #expect(!key.description.contains("supersecret"))
    #expect(!String(reflecting: key).contains("73757065"))
    #expect(key.bitCount == 88)
    var dumped = ""
    dump(key, to: &dumped)
    #expect(!dumped.contains("115"), "the first key byte, 's' = 115, must not appear")
  }

  @Test("a prepared HMAC does not reveal its key-equivalent hash states")
  func hmacIsRedacted() {
    let hmac = HMAC<SHA256>(key: SymmetricKey(data: Self.bytes("supersecret")))
    var dumped = ""
    dump(hmac, to: &dumped)
    #expect(!dumped.contains("state"))
    #expect(hmac.description == "HMAC(<redacted>)")
  }
}
