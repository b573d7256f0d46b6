/// One HTTP header field, kept in request order; names may repeat.
public struct HTTPHeader: Sendable, Hashable {
  /// The field name as sent (SigV4 lowercases it for signing).
  public var name: String

  /// The field value as sent (SigV4 trims it and collapses runs of whitespace for signing).
  public var value: String

  /// Creates a header field.
  ///
  /// - Parameters:
  ///   - name: the field name.
  ///   - value: the field value.
  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }
}
