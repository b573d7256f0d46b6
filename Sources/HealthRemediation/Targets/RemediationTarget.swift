/// One instance the event names, with where it lives and where in the event it was found.
public struct RemediationTarget: Hashable, Sendable, Codable {
  /// The instance.
  public let id: InstanceID
  /// The partition, account and region it lives in.
  public let scope: ResourceScope
  /// The JSON paths in the event that name it, for example `resources[0]`.
  public var sources: [String]

  /// Creates a target.
  ///
  /// - Parameters:
  ///   - id: the instance.
  ///   - scope: where it lives.
  ///   - sources: the JSON paths that name it.
  public init(id: InstanceID, scope: ResourceScope, sources: [String]) {
    self.id = id
    self.scope = scope
    self.sources = sources
  }
}
