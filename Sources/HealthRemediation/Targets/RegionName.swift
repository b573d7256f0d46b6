/// Checks region names before they are used to pick an endpoint: `us-east-1`, `cn-north-1`,
/// `us-gov-west-1`, `us-iso-east-1`... but never `global` or anything that could change a hostname.
public enum RegionName {
  /// Whether `text` has the shape of an AWS region: two letters, one or more dash-separated words, a number.
  ///
  /// - Parameter text: the candidate region.
  /// - Returns: `true` for a well-formed region name.
  public static func isValid(_ text: String) -> Bool {
    // Bytes suffice: a region is ASCII, and text with any other byte fails the letter and digit checks
    // however it is split into words.
    ByteText.withBytes(of: text) { isValid($0[...]) }
  }

  /// ``isValid(_:)-(String)`` on UTF-8 bytes.
  static func isValid(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    var words = 0
    var wordLength = 0
    var wordIsLetters = true
    var wordIsDigits = true
    for byte in bytes {
      if byte == UInt8(ascii: "-") {
        // The word just ended is not the last: the first has two letters, the others at least one.
        guard wordIsLetters, wordLength == 2 || (words > 0 && wordLength > 0) else { return false }
        words += 1
        wordLength = 0
        wordIsLetters = true
        wordIsDigits = true
        continue
      }
      wordLength += 1
      if !isLowercaseLetter(byte) { wordIsLetters = false }
      if byte < UInt8(ascii: "0") || byte > UInt8(ascii: "9") { wordIsDigits = false }
    }
    // The last word is a number of one to three digits, after at least two words.
    return words >= 2 && wordIsDigits && (1...3).contains(wordLength)
  }

  private static func isLowercaseLetter(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
  }
}
