/// What the compute service knows about one instance: enough for a policy to decide.
public struct InstanceDescription: Hashable, Sendable, Codable {
  /// The instance.
  public let id: InstanceID
  /// Its lifecycle state when it was described.
  public let state: InstanceState
  /// Its tags, or `nil` when they could not be read; an instance without readable tags is never acted on.
  public let tags: [String: String]?

  /// Creates a description.
  ///
  /// - Parameters:
  ///   - id: the instance.
  ///   - state: its lifecycle state.
  ///   - tags: its tags, or `nil` when they could not be read.
  public init(id: InstanceID, state: InstanceState, tags: [String: String]?) {
    self.id = id
    self.state = state
    self.tags = tags
  }
}
