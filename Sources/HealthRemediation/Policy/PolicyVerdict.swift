/// Whether remediation acts on an instance.
public enum PolicyVerdict: String, Hashable, Sendable, Codable {
  /// Remediate the instance (for example, stop it).
  case act
  /// Leave the instance alone.
  case skip
}
