/// The blast-radius check: how many instances the policy selected against the most allowed per event.
public struct BlastRadiusCheck: Hashable, Sendable, Codable {
  /// The most instances acted on for one event; `nil` when unlimited.
  public var limit: Int?
  /// How many instances the policy selected.
  public var selected: Int

  /// Creates the record.
  ///
  /// - Parameters:
  ///   - limit: the most instances acted on per event.
  ///   - selected: how many the policy selected.
  public init(limit: Int?, selected: Int) {
    self.limit = limit
    self.selected = selected
  }

  /// Whether the selection is over the limit, in which case nothing is stopped.
  public var exceeded: Bool { limit.map { selected > $0 } ?? false }
}
