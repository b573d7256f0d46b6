/// A message moto says was published.
public struct PublishedMessage: Hashable {
  /// SNS's message ID.
  public let messageID: String
  /// The message body.
  public let message: String
  /// The subject, if any.
  public let subject: String?
  /// The message attributes' string values, by name.
  public let attributes: [String: String]
}
