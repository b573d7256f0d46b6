/// A composable condition on an instance's tags and state; remediation acts when it holds.
///
/// Rules are values: build them in Swift, compare them, or load them from a ``PolicyDocument``.
/// As a ``RemediationPolicy`` a rule compares tags exactly; use ``evaluate(_:matching:)`` or a
/// ``PolicyDocument`` for case-insensitive matching.
///
/// An instance whose tags could not be read (`tags == nil`) is never acted on, whatever the rule,
/// even a rule that only looks at the state or one under ``not(_:)``: its decision is `skip` with the
/// reason `tags could not be read`.
///
/// A tag that an instance does not carry equals no value: ``tagEquals(key:value:)`` and
/// ``tagIn(key:values:)`` do not hold for it, ``tagNotEquals(key:value:)`` does.
public indirect enum PolicyRule: RemediationPolicy, Hashable, Sendable {
  /// Holds when the instance has tag `key` with value `value`.
  case tagEquals(key: String, value: String)
  /// Holds when the instance has no tag `key`, or has it with a value other than `value`.
  case tagNotEquals(key: String, value: String)
  /// Holds when the instance has tag `key` with one of `values`.
  case tagIn(key: String, values: [String])
  /// Holds when the instance has tag `key`, whatever its value (even empty).
  case tagExists(key: String)
  /// Holds when the instance has no tag `key`.
  case tagAbsent(key: String)
  /// Holds when the instance's state is one of `states`.
  case stateIn([InstanceState])
  /// Holds when every rule holds. An empty list decides nothing: the policy skips.
  case all([PolicyRule])
  /// Holds when at least one rule holds. An empty list decides nothing: the policy skips.
  case any([PolicyRule])
  /// Holds when the rule does not hold.
  case not(PolicyRule)

  /// The workshop's policy: act on an instance unless its tag `Stage` is `Prod`, so an instance without
  /// the tag is acted on. Tags are compared exactly, as the workshop does.
  public static let workshopDefault = PolicyRule.tagNotEquals(key: "Stage", value: "Prod")

  /// Decides with tags compared under `matching`.
  ///
  /// - Parameters:
  ///   - instance: what the compute service knows about the instance.
  ///   - matching: how tag keys and values are compared.
  /// - Returns: `act` when the rule holds, `skip` otherwise, with the facts that decided it.
  public func evaluate(_ instance: InstanceDescription, matching: TagMatching) -> PolicyDecision {
    // A guard rather than three-valued logic: with unknown tags even a rule that would hold on the state
    // alone (`any(stateIn, ...)`) must not act, because the tags might have protected the instance.
    guard let tags = instance.tags else {
      return PolicyDecision(verdict: .skip, reason: "tags could not be read")
    }
    let outcome = outcome(state: instance.state, tags: tags, matching: matching)
    return PolicyDecision(verdict: outcome.truth == .matched ? .act : .skip, reason: outcome.reason)
  }

  /// Decides with tags compared exactly.
  ///
  /// - Parameter instance: what the compute service knows about the instance.
  /// - Returns: `act` when the rule holds, `skip` otherwise, with the facts that decided it.
  public func evaluate(_ instance: InstanceDescription) -> PolicyDecision {
    evaluate(instance, matching: .exact)
  }
}
