/// The answer to one describe request: the instances found and the IDs that do not exist.
public struct InstanceInventory: Hashable, Sendable, Codable {
  /// The instances that exist, in any order.
  public var instances: [InstanceDescription]
  /// The requested IDs that the service says do not exist (or are malformed for it).
  public var missing: [InstanceID]

  /// Creates an inventory.
  ///
  /// - Parameters:
  ///   - instances: the instances found.
  ///   - missing: the requested IDs that do not exist.
  public init(instances: [InstanceDescription], missing: [InstanceID] = []) {
    self.instances = instances
    self.missing = missing
  }
}
