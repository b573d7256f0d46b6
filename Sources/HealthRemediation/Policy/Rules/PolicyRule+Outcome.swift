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
    if matching == .exact {
      // At most one tag has the key; the general path below gives the same facts with more arrays.
      guard let value = tags[key] else {
        return RuleOutcome(truth: .notMatched, facts: [RuleWording.tagAbsent(key)])
      }
      if accepted.contains(value) {
        return RuleOutcome(truth: .matched, facts: [RuleWording.tag(key, is: value)])
      }
      return RuleOutcome(truth: .notMatched, facts: [RuleWording.tag(key, is: value, notOneOf: accepted)])
    }
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
    // Truths first: only the children that decide contribute facts, so only their words are built.
    let truths = rules.map { $0.truth(state: state, tags: tags, matching: matching) }
    for truth in [decisive, .undecided] where truths.contains(truth) {
      let deciding = zip(rules, truths).filter { $0.1 == truth }.map(\.0)
      return RuleOutcome(
        truth: truth,
        facts: deciding.flatMap { $0.outcome(state: state, tags: tags, matching: matching).facts })
    }
    return RuleOutcome(
      truth: otherwise,
      facts: rules.flatMap { $0.outcome(state: state, tags: tags, matching: matching).facts })
  }

  /// The rule's value alone, without the words of its facts; ``outcome(state:tags:matching:)``'s truth.
  func truth(state: InstanceState, tags: [String: String], matching: TagMatching) -> RuleTruth {
    switch self {
    case .tagEquals(let key, let value):
      return tagHolds(key: key, accepted: [value], tags: tags, matching: matching) ? .matched : .notMatched
    case .tagNotEquals(let key, let value):
      return tagHolds(key: key, accepted: [value], tags: tags, matching: matching) ? .notMatched : .matched
    case .tagIn(let key, let values):
      return tagHolds(key: key, accepted: values, tags: tags, matching: matching) ? .matched : .notMatched
    case .tagExists(let key):
      return matching.tags(matching: key, in: tags).isEmpty ? .notMatched : .matched
    case .tagAbsent(let key):
      return matching.tags(matching: key, in: tags).isEmpty ? .matched : .notMatched
    case .stateIn(let states):
      return states.contains(state) ? .matched : .notMatched
    case .all(let rules):
      return combinedTruth(
        rules, decisive: .notMatched, otherwise: .matched, state: state, tags: tags, matching: matching)
    case .any(let rules):
      return combinedTruth(
        rules, decisive: .matched, otherwise: .notMatched, state: state, tags: tags, matching: matching)
    case .not(let rule):
      return rule.truth(state: state, tags: tags, matching: matching).negated
    }
  }

  /// Whether a tag with the key carries one of `accepted`.
  private func tagHolds(key: String, accepted: [String], tags: [String: String], matching: TagMatching)
    -> Bool
  {
    if matching == .exact {
      guard let value = tags[key] else { return false }
      return accepted.contains(value)
    }
    return matching.tags(matching: key, in: tags).contains { tag in
      accepted.contains { matching.matches(tag.value, $0) }
    }
  }

  /// ``combine(_:name:decisive:otherwise:state:tags:matching:)``'s truth.
  private func combinedTruth(
    _ rules: [PolicyRule], decisive: RuleTruth, otherwise: RuleTruth,
    state: InstanceState, tags: [String: String], matching: TagMatching
  ) -> RuleTruth {
    guard !rules.isEmpty else { return .undecided }
    var sawUndecided = false
    for rule in rules {
      let truth = rule.truth(state: state, tags: tags, matching: matching)
      if truth == decisive { return decisive }
      if truth == .undecided { sawUndecided = true }
    }
    return sawUndecided ? .undecided : otherwise
  }
}
