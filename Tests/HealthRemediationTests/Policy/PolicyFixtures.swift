import HealthRemediation

/// Instances for policy tests, described the way the compute service would describe them.
enum PolicyFixtures {
  /// A described instance with the given tags (`nil`: unreadable) and state.
  static func instance(
    _ tags: [String: String]?, state: InstanceState = .running, id: String = "i-0123456789abcdef0"
  ) throws -> InstanceDescription {
    InstanceDescription(id: try InstanceID(validating: id), state: state, tags: tags)
  }

  /// Tags an instance in the workshop carries besides `Stage`.
  static let unrelatedTags = [
    "Name": "web-1", "Owner": "alice", "CostCenter": "4711", "aws:cloudformation:stack-name": "workshop",
  ]
}
