import HealthRemediation

/// A host configuration that embeds a policy, as a host's own `Codable` settings would.
struct PolicyEmbeddingConfiguration: Codable, Equatable {
  /// The topic notifications go to.
  var topic: String
  /// The policy, in the document format.
  var policy: PolicyDocument
  /// An extra rule, in the rule format.
  var extraRule: PolicyRule?
}
