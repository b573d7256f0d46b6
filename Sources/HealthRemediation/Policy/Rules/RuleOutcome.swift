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
    var seen = Set<String>()
    self.facts = facts.filter { seen.insert($0).inserted }
  }

  /// The facts as one sentence fragment.
  var reason: String { facts.joined(separator: " and ") }

  /// The same facts with the value negated.
  var negated: RuleOutcome { RuleOutcome(truth: truth.negated, facts: facts) }
}
