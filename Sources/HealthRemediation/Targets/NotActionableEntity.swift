/// Something the event names that this library cannot act on, kept in the report with the reason.
public struct NotActionableEntity: Hashable, Sendable, Codable {
  /// The value as the event wrote it.
  public let value: String
  /// The JSON path in the event where it was found.
  public let source: String
  /// Why it cannot be acted on.
  public let reason: String

  /// Creates the record.
  ///
  /// - Parameters:
  ///   - value: the value as the event wrote it.
  ///   - source: its JSON path.
  ///   - reason: why it cannot be acted on.
  public init(value: String, source: String, reason: String) {
    self.value = value
    self.source = source
    self.reason = reason
  }
}
