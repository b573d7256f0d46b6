/// Why a string is not an ARN.
public struct ARNError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The rejected text, cut to 200 characters.
  public let text: String
  /// What is wrong with it.
  public let reason: String

  /// Creates the error.
  ///
  /// - Parameters:
  ///   - text: the rejected text.
  ///   - reason: what is wrong with it.
  public init(text: String, reason: String) {
    self.text = String(text.prefix(200))
    self.reason = reason
  }

  /// The text, quoted, and the reason.
  public var description: String { "\"\(text)\" is not an ARN: \(reason)" }
}
