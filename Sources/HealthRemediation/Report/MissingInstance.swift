/// An instance the event names that the compute service says does not exist.
public struct MissingInstance: Hashable, Sendable, Codable {
  /// The instance.
  public var id: InstanceID
  /// Where the event said it lives.
  public var scope: ResourceScope
  /// The JSON paths in the event that name it.
  public var sources: [String]

  /// Creates the record.
  ///
  /// - Parameters:
  ///   - id: the instance.
  ///   - scope: where the event said it lives.
  ///   - sources: the JSON paths that name it.
  public init(id: InstanceID, scope: ResourceScope, sources: [String]) {
    self.id = id
    self.scope = scope
    self.sources = sources
  }
}
