/// One value of a parsed JSON document, as offsets into the document's bytes.
///
/// Tokens are laid out in document order: a container is followed by its members (an object's as key,
/// value, key, value...) and records where its subtree ends, so a reader skips a value in one step.
/// Offsets are 32-bit to keep a token at 16 bytes; the parser refuses larger inputs.
struct JSONToken: Sendable {
  /// A string with a backslash escape: its bytes are not its text.
  static let escaped: UInt8 = 1
  /// A string with bytes outside ASCII: comparing its bytes is not comparing it as a `String`, which
  /// compares canonical equivalents as equal.
  static let nonASCII: UInt8 = 2
  /// A number written as a plain integer, without fraction or exponent.
  static let integerLiteral: UInt8 = 4

  /// What the value is.
  var kind: JSONTokenKind
  /// For a string, ``escaped`` and ``nonASCII``; for a number, ``integerLiteral``.
  var flags: UInt8
  /// For a string, the offset after the opening quote; for a number, of its first byte; for a container,
  /// of its opening bracket.
  var start: UInt32
  /// For a string, the offset of the closing quote; for a number, just past its last byte; for a
  /// container, the index of the first token after its subtree.
  var end: UInt32
  /// For a container, how many members or elements it has.
  var count: UInt32
}
