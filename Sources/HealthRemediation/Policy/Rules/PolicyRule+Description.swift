extension PolicyRule: CustomStringConvertible {
  /// The condition in words on one line, for example `tag Stage is not "Prod" and state is "running"`;
  /// nested `all` and `any` are put in parentheses.
  public var description: String { phrase(grouped: false) }

  /// The condition as an indented outline, one condition per line, for rules too long for one line.
  ///
  /// - Parameter indent: the text put before the first level.
  /// - Returns: the lines, without line terminators.
  func outline(indent: String = "") -> [String] {
    switch self {
    case .all(let rules) where rules.count >= 2:
      return ["\(indent)all of:"] + rules.flatMap { $0.bulleted(indent: indent) }
    case .any(let rules) where rules.count >= 2:
      return ["\(indent)any of:"] + rules.flatMap { $0.bulleted(indent: indent) }
    case .all(let rules) where rules.count == 1, .any(let rules) where rules.count == 1:
      return rules[0].outline(indent: indent)
    case .not(.all(let rules)) where rules.count >= 2:
      return ["\(indent)not all of:"] + rules.flatMap { $0.bulleted(indent: indent) }
    case .not(.any(let rules)) where rules.count >= 2:
      return ["\(indent)none of:"] + rules.flatMap { $0.bulleted(indent: indent) }
    case .not(let rule) where negatedPhrase(of: rule) == nil && rule.isComposite:
      return ["\(indent)not:"] + rule.bulleted(indent: indent)
    default:
      return [indent + description]
    }
  }

  /// The outline of a child after a `-` bullet; its own children go four spaces deeper.
  private func bulleted(indent: String) -> [String] {
    let lines = outline(indent: indent + "    ")
    guard let first = lines.first else { return [] }
    return [indent + "  - " + first.dropFirst(indent.count + 4)] + lines.dropFirst()
  }

  /// Whether the rule combines other rules in a way that needs more than one line.
  private var isComposite: Bool {
    switch self {
    case .all(let rules), .any(let rules): rules.count != 1 || rules[0].isComposite
    case .not(let rule): negatedPhrase(of: rule) == nil
    default: false
    }
  }

  /// The condition in words; `grouped` asks for parentheses around a multi-part `all` or `any`.
  private func phrase(grouped: Bool) -> String {
    switch self {
    case .tagEquals(let key, let value):
      return "tag \(RuleWording.key(key)) is \(RuleWording.quoted(value))"
    case .tagNotEquals(let key, let value):
      return "tag \(RuleWording.key(key)) is not \(RuleWording.quoted(value))"
    case .tagIn(let key, let values):
      return "tag \(RuleWording.key(key)) is \(RuleWording.oneOf(values))"
    case .tagExists(let key):
      return "tag \(RuleWording.key(key)) is present"
    case .tagAbsent(let key):
      return "tag \(RuleWording.key(key)) is absent"
    case .stateIn(let states):
      return "state is \(RuleWording.oneOf(states.map(\.name)))"
    case .all(let rules):
      return join(rules, with: " and ", empty: "(an empty \"all\", which decides nothing)", grouped: grouped)
    case .any(let rules):
      return join(rules, with: " or ", empty: "(an empty \"any\", which decides nothing)", grouped: grouped)
    case .not(.not(let rule)):
      return rule.phrase(grouped: grouped)
    case .not(let rule):
      return negatedPhrase(of: rule) ?? "not " + rule.phrase(grouped: true)
    }
  }

  /// The words for `not(rule)` when the negation reads naturally, such as `tag Stage is not "Prod"`.
  private func negatedPhrase(of rule: PolicyRule) -> String? {
    switch rule {
    case .tagEquals(let key, let value):
      return PolicyRule.tagNotEquals(key: key, value: value).phrase(grouped: false)
    case .tagNotEquals(let key, let value):
      return PolicyRule.tagEquals(key: key, value: value).phrase(grouped: false)
    case .tagIn(let key, let values):
      return "tag \(RuleWording.key(key)) is not \(RuleWording.oneOf(values))"
    case .tagExists(let key):
      return PolicyRule.tagAbsent(key: key).phrase(grouped: false)
    case .tagAbsent(let key):
      return PolicyRule.tagExists(key: key).phrase(grouped: false)
    case .stateIn(let states):
      return "state is not \(RuleWording.oneOf(states.map(\.name)))"
    case .not(let inner):
      return inner.phrase(grouped: true)
    case .all(let rules) where rules.count == 1, .any(let rules) where rules.count == 1:
      return negatedPhrase(of: rules[0]) ?? "not " + rules[0].phrase(grouped: true)
    case .all, .any:
      return nil
    }
  }

  /// The children joined by `and` or `or`.
  private func join(_ rules: [PolicyRule], with separator: String, empty: String, grouped: Bool) -> String {
    switch rules.count {
    case 0: return empty
    case 1: return rules[0].phrase(grouped: grouped)
    default:
      let joined = rules.map { $0.phrase(grouped: true) }.joined(separator: separator)
      return grouped ? "(\(joined))" : joined
    }
  }
}
