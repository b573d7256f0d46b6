/// How tag rules compare tag keys and values.
///
/// EC2 tag keys and values are case-sensitive (`Stage` and `stage` are two different tags), and the
/// workshop compares them exactly. People spell tags inconsistently, though, so a policy may ask for
/// case-insensitive matching; it then applies to keys **and** values, because a protection that misses
/// `stage=Prod` is as surprising as one that misses `Stage=prod`. Instance states are EC2's fixed
/// lowercase names and are always compared exactly.
public enum TagMatching: String, Hashable, Sendable, Codable, CaseIterable {
  /// Keys and values match only when they are spelled identically.
  case exact
  /// Keys and values match when they are equal after Unicode lower-casing (`Prod`, `PROD`, `prod`).
  case caseInsensitive

  /// Whether two keys or two values match under this option.
  func matches(_ lhs: String, _ rhs: String) -> Bool {
    switch self {
    case .exact: lhs == rhs
    case .caseInsensitive: lhs == rhs || lhs.lowercased() == rhs.lowercased()
    }
  }

  /// The instance's tags whose key matches `key`, sorted by key so that reasons are deterministic.
  ///
  /// Under exact matching there is at most one; under case-insensitive matching an instance may carry
  /// several keys that differ only in case, and a rule considers all of them.
  func tags(matching key: String, in tags: [String: String]) -> [(key: String, value: String)] {
    switch self {
    case .exact:
      guard let value = tags[key] else { return [] }
      return [(key, value)]
    case .caseInsensitive:
      let folded = key.lowercased()
      return tags.filter { $0.key == key || $0.key.lowercased() == folded }
        .map { (key: $0.key, value: $0.value) }
        .sorted { $0.key < $1.key }
    }
  }
}
