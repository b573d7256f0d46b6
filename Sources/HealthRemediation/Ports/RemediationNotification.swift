/// A message for people: a subject line, a body, and attributes that subscribers can filter on.
public struct RemediationNotification: Hashable, Sendable, Codable {
  /// The subject line; valid for SNS by construction.
  public var subject: NotificationSubject
  /// The plain-text body a person reads.
  public var message: String
  /// String attributes subscribers can filter on, for example the event type code and the account.
  public var attributes: [String: String]

  /// Creates a notification.
  ///
  /// - Parameters:
  ///   - subject: the subject line.
  ///   - message: the plain-text body.
  ///   - attributes: filterable string attributes.
  public init(subject: NotificationSubject, message: String, attributes: [String: String] = [:]) {
    self.subject = subject
    self.message = message
    self.attributes = attributes
  }
}
