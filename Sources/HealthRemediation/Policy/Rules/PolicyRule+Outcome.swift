extension PolicyRule {
  /// The rule's value for readable tags and the facts behind it.
  func outcome(state: InstanceState, tags: [String: String], matching: TagMatching) -> RuleOutcome {
    switch self {
    case .tagEquals(let key, let value):
      return tagOutcome(key: key, accepted: [value], tags: tags, matching: matching)
    case .tagNotEquals(let key, let value):
      return tagOutcome(key: key, accepted: [value], tags: tags, matching: matching).negated
    case .tagIn(let key, let values):
      return tagOutcome(key: key, accepted: values, tags: tags, matching: matching)
    case .tagExists(let key):
      return existsOutcome(key: key, tags: tags, matching: matching)
    case .tagAbsent(let key):
      return existsOutcome(key: key, tags: tags, matching: matching).negated
    case .stateIn(let states):
      if states.contains(state) {
        return RuleOutcome(truth: .matched, facts: [RuleWording.state(state)])
      }
      return RuleOutcome(truth: .notMatched, facts: [RuleWording.state(state, notOneOf: states)])
    case .all(let rules):
      return combine(
        rules, name: "all", decisive: .notMatched, otherwise: .matched,
        state: state, tags: tags, matching: matching)
    case .any(let rules):
      return combine(
        rules, name: "any", decisive: .matched, otherwise: .notMatched,
        state: state, tags: tags, matching: matching)
    case .not(let rule):
      return rule.outcome(state: state, tags: tags, matching: matching).negated
    }
  }

  /// Whether tag `key` carries one of `accepted`.
  private func tagOutcome(
    key: String, accepted: [String], tags: [String: String], matching: TagMatching
  ) -> RuleOutcome {
    let found = matching.tags(matching: key, in: tags)
    guard !found.isEmpty else {
      return RuleOutcome(truth: .notMatched, facts: [RuleWording.tagAbsent(key)])
    }
    let hits = found.filter { tag in accepted.contains { matching.matches(tag.value, $0) } }
    if !hits.isEmpty {
      return RuleOutcome(truth: .matched, facts: hits.map { RuleWording.tag($0.key, is: $0.value) })
    }
    return RuleOutcome(
      truth: .notMatched,
      facts: found.map { RuleWording.tag($0.key, is: $0.value, notOneOf: accepted) })
  }

  /// Whether the instance carries tag `key` at all.
  private func existsOutcome(key: String, tags: [String: String], matching: TagMatching) -> RuleOutcome {
    let found = matching.tags(matching: key, in: tags)
    if found.isEmpty {
      return RuleOutcome(truth: .notMatched, facts: [RuleWording.tagAbsent(key)])
    }
    return RuleOutcome(truth: .matched, facts: found.map { RuleWording.tag($0.key, is: $0.value) })
  }

  /// Kleene conjunction (`decisive` = `notMatched`) or disjunction (`decisive` = `matched`).
  ///
  /// The reason lists the facts of the children that decided: every decisive child when there is one,
  /// otherwise every undecided child, otherwise all children.
  private func combine(
    _ rules: [PolicyRule], name: String, decisive: RuleTruth, otherwise: RuleTruth,
    state: InstanceState, tags: [String: String], matching: TagMatching
  ) -> RuleOutcome {
    guard !rules.isEmpty else {
      return RuleOutcome(truth: .undecided, facts: ["an empty \"\(name)\" rule decides nothing"])
    }
    let outcomes = rules.map { $0.outcome(state: state, tags: tags, matching: matching) }
    for truth in [decisive, .undecided] {
      let deciding = outcomes.filter { $0.truth == truth }
      if !deciding.isEmpty {
        return RuleOutcome(truth: truth, facts: deciding.flatMap(\.facts))
      }
    }
    return RuleOutcome(truth: otherwise, facts: outcomes.flatMap(\.facts))
  }
}
