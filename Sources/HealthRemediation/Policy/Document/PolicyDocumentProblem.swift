/// What is wrong with a policy document at one place in it.
public enum PolicyDocumentProblem: Hashable, Sendable, CustomStringConvertible {
  /// The input is empty or only white space.
  case emptyInput
  /// The input is longer than a policy document may be.
  case tooLarge(byteCount: Int, limit: Int)
  /// The input is not valid UTF-8.
  case notUTF8(byteOffset: Int)
  /// The input is not JSON; `line` and `column` (from 1, in characters) point at the error.
  case notJSON(line: Int, column: Int, detail: String)
  /// Values nest deeper than a policy document may.
  case nestedTooDeeply(limit: Int)
  /// An object has the same key twice, which JSON readers disagree about.
  case duplicateKey(String)
  /// A value has the wrong kind.
  case wrongType(expected: PolicyJSONKind, found: PolicyJSONKind)
  /// A required key is missing.
  case missingKey(String)
  /// The document or a tag rule has a key this format does not define.
  case unknownKey(String, expected: [String])
  /// A rule has a key that is not a rule operator.
  case unknownRuleKey(String, expected: [String])
  /// A rule has none of the keys that say what it is.
  case missingOperator(expected: [String])
  /// A rule has several of the keys that say what it is, where exactly one is allowed.
  case conflictingKeys([String])
  /// A tag comparison key (such as `equals`) appears without `tag`.
  case comparisonWithoutTag(String)
  /// The document's version is not one this library reads.
  case unsupportedVersion(found: String, supported: [Int])
  /// A list that needs at least one element is empty.
  case emptyList
  /// A tag key is empty.
  case emptyTagKey
  /// A tag key or value is longer than EC2 allows, so no instance could match it.
  case tooLong(length: Int, limit: Int)
  /// A state is not one of EC2's instance state names.
  case unknownState(String, expected: [String])

  /// The problem in words, without the path.
  public var description: String {
    switch self {
    case .emptyInput:
      return "the document is empty"
    case .tooLarge(let byteCount, let limit):
      return "the document has \(byteCount) bytes; a policy document has at most \(limit)"
    case .notUTF8(let byteOffset):
      return "not UTF-8: invalid byte sequence at byte \(byteOffset)"
    case .notJSON(let line, let column, let detail):
      return "not JSON: line \(line), column \(column): \(detail)"
    case .nestedTooDeeply(let limit):
      return "values nest more than \(limit) levels deep"
    case .duplicateKey(let key):
      return "key \(Self.quoted(key)) appears more than once"
    case .wrongType(let expected, let found):
      return "expected \(expected), found \(found)"
    case .missingKey(let key):
      return "missing key \(Self.quoted(key))"
    case .unknownKey(let key, let expected):
      return "unknown key \(Self.quoted(key)); expected \(Self.list(expected))"
    case .unknownRuleKey(let key, let expected):
      return "unknown rule key \(Self.quoted(key)); expected \(Self.list(expected))"
    case .missingOperator(let expected):
      return "missing one of the keys " + expected.map(RuleWording.quoted).joined(separator: ", ")
    case .conflictingKeys(let keys):
      return keys.map(RuleWording.quoted).joined(separator: " and ")
        + " cannot be combined; a rule has exactly one of them"
    case .comparisonWithoutTag(let key):
      return "\(RuleWording.quoted(key)) compares a tag, so the rule needs a \"tag\" key naming it"
    case .unsupportedVersion(let found, let supported):
      return "unsupported version \(found); this library reads version "
        + supported.map(String.init).joined(separator: ", ")
    case .emptyList:
      return "expected at least one element, found an empty array"
    case .emptyTagKey:
      return "a tag key cannot be empty"
    case .tooLong(let length, let limit):
      return "\(length) characters, more than the \(limit) EC2 allows"
    case .unknownState(let state, let expected):
      return "unknown instance state \(Self.quoted(state)); expected \(Self.list(expected))"
    }
  }

  /// Text from the document, quoted and cut short so that a huge key cannot flood a log line.
  private static func quoted(_ text: String) -> String {
    text.count <= 80 ? RuleWording.quoted(text) : RuleWording.quoted(String(text.prefix(80))) + "..."
  }

  /// `one of "a", "b"`, or `"a"` alone.
  private static func list(_ keys: [String]) -> String {
    keys.count == 1
      ? RuleWording.quoted(keys[0]) : "one of " + keys.map(RuleWording.quoted).joined(separator: ", ")
  }
}
