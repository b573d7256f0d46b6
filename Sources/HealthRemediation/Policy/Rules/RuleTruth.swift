/// The value of a rule for one instance, in three-valued logic.
///
/// `undecided` exists so that a rule tree that cannot decide (an empty `all` or `any` built in Swift)
/// never turns into an action, not even under `not`: negation keeps it undecided, and an undecided
/// policy skips.
enum RuleTruth: Hashable, Sendable {
  /// The condition holds.
  case matched
  /// The condition does not hold.
  case notMatched
  /// The condition cannot be decided.
  case undecided

  /// The negated value; `undecided` stays `undecided`.
  var negated: RuleTruth {
    switch self {
    case .matched: .notMatched
    case .notMatched: .matched
    case .undecided: .undecided
    }
  }
}
