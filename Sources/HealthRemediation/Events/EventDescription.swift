/// One language's description of a Health event.
public struct EventDescription: Hashable, Sendable, Codable {
  /// The language, for example `en_US`.
  public var language: String?
  /// The latest description text.
  public var latestDescription: String

  /// Creates a description.
  ///
  /// - Parameters:
  ///   - language: the language code.
  ///   - latestDescription: the text.
  public init(language: String? = "en_US", latestDescription: String) {
    self.language = language
    self.latestDescription = latestDescription
  }
}
