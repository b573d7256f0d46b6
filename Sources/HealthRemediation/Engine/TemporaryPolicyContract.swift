// Temporary copy of the policy contract until the policy branch lands; removed by that merge.
/// Decides what to do with one instance.
public protocol RemediationPolicy: Sendable {
  /// Decides.
  func evaluate(_ instance: InstanceDescription) -> PolicyDecision
}
/// The decision.
public struct PolicyDecision: Hashable, Sendable, Codable {
  /// The verdict.
  public var verdict: PolicyVerdict
  /// The reason.
  public var reason: String
  /// Creates a decision.
  public init(verdict: PolicyVerdict, reason: String) {
    self.verdict = verdict
    self.reason = reason
  }
}
/// Act or skip.
public enum PolicyVerdict: String, Hashable, Sendable, Codable {
  /// Act.
  case act
  /// Skip.
  case skip
}
/// Stand-in for the workshop default.
/// Stand-in.
public struct TemporaryWorkshopPolicy: RemediationPolicy {
  /// Evaluates.
  public func evaluate(_ instance: InstanceDescription) -> PolicyDecision {
    guard let tags = instance.tags else {
      return PolicyDecision(verdict: .skip, reason: "tags could not be read")
    }
    if tags["Stage"] == "Prod" {
      return PolicyDecision(verdict: .skip, reason: "tag Stage is \"Prod\" (protected)")
    }
    return PolicyDecision(verdict: .act, reason: "tag Stage is not \"Prod\"")
  }
}
/// Stand-in namespace.
public enum PolicyRule {
  /// Stand-in default.
  public static let workshopDefault = TemporaryWorkshopPolicy()
}
