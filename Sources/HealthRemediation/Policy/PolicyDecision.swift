/// What a policy decided about one instance, and why.
public struct PolicyDecision: Hashable, Sendable, Codable {
  /// Whether remediation acts on the instance.
  public var verdict: PolicyVerdict
  /// Why, in words that read well in an e-mail, for example `tag Stage is "Dev", not "Prod"`.
  public var reason: String

  /// Creates a decision.
  ///
  /// - Parameters:
  ///   - verdict: whether remediation acts on the instance.
  ///   - reason: why, in words a person reads.
  public init(verdict: PolicyVerdict, reason: String) {
    self.verdict = verdict
    self.reason = reason
  }
}
