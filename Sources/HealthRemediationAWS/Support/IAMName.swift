/// The character rules IAM and STS share for role names and session names.
enum IAMName {
  /// Whether the text has a length in `lengths` (in bytes) and only the characters
  /// `A-Z a-z 0-9 + = , . @ _ -`.
  static func isValid<Text: StringProtocol>(_ text: Text, lengths: ClosedRange<Int>) -> Bool {
    guard lengths.contains(text.utf8.count) else { return false }
    return text.utf8.allSatisfy { byte in
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: ","),
        UInt8(ascii: "."), UInt8(ascii: "@"), UInt8(ascii: "_"), UInt8(ascii: "-"):
        true
      default: false
      }
    }
  }
}
