import HealthRemediation

/// One instance of an ``InMemoryFleet``.
public struct FleetInstance: Hashable, Sendable, Codable {
  /// The instance ID.
  public var id: InstanceID
  /// Where it lives.
  public var scope: ResourceScope
  /// Its lifecycle state.
  public var state: InstanceState
  /// Its tags.
  public var tags: [String: String]
  /// When `true`, describe returns it without tags, as if they could not be read.
  public var tagsUnreadable: Bool
  /// When `true`, stopping it fails with `OperationNotPermitted`, as EC2's stop protection does.
  public var stopProtection: Bool

  /// Creates an instance.
  ///
  /// - Parameters:
  ///   - id: the instance ID.
  ///   - scope: where it lives.
  ///   - state: its state.
  ///   - tags: its tags.
  ///   - tagsUnreadable: describe it without tags.
  ///   - stopProtection: refuse to stop it.
  public init(
    id: InstanceID, scope: ResourceScope, state: InstanceState = .running, tags: [String: String] = [:],
    tagsUnreadable: Bool = false, stopProtection: Bool = false
  ) {
    self.id = id
    self.scope = scope
    self.state = state
    self.tags = tags
    self.tagsUnreadable = tagsUnreadable
    self.stopProtection = stopProtection
  }
}
