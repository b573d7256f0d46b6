/// A rule's value for one instance together with the facts that justify it.
///
/// Every fact is a true statement about the instance (`tag Stage is absent`), so facts from different
/// branches can be joined with "and" without changing their meaning, however deeply rules nest.
struct RuleOutcome: Hashable, Sendable {
  /// The rule's value.
  var truth: RuleTruth
  /// The facts that justify it, without repetitions, in the order the rule tree meets them.
  var facts: [String]

  /// Creates an outcome, dropping repeated facts.
  init(truth: RuleTruth, facts: [String]) {
    self.truth = truth
    if facts.count <= 1 {
      self.facts = facts
    } else if facts.count <= 8 {
      // A few facts: comparing each with those kept is cheaper than hashing them all.
      var kept: [String] = []
      kept.reserveCapacity(facts.count)
      for fact in facts where !kept.contains(fact) { kept.append(fact) }
      self.facts = kept
    } else {
      var seen = Set<String>()
      self.facts = facts.filter { seen.insert($0).inserted }
    }
  }

  /// An outcome whose facts are already free of repetitions.
  private init(truth: RuleTruth, uniqueFacts: [String]) {
    self.truth = truth
    self.facts = uniqueFacts
  }

  /// The facts as one sentence fragment.
  var reason: String { facts.count == 1 ? facts[0] : facts.joined(separator: " and ") }

  /// The same facts with the value negated.
  var negated: RuleOutcome { RuleOutcome(truth: truth.negated, uniqueFacts: facts) }
}
