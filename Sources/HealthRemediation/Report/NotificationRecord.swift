/// Whether people were told, and how.
public struct NotificationRecord: Hashable, Sendable, Codable {
  /// The notification's fate.
  public enum Status: String, Hashable, Sendable, Codable {
    /// Published; ``NotificationRecord/messageID`` says under which ID.
    case sent
    /// Publishing failed; ``NotificationRecord/failure`` says why.
    case failed
    /// Not sent on purpose (no notifier configured, a duplicate delivery...); ``NotificationRecord/reason`` says why.
    case notSent
  }

  /// The notification's fate.
  public var status: Status
  /// The channel's message ID, when sent.
  public var messageID: String?
  /// What failed, when publishing failed.
  public var failure: OperationFailure?
  /// Why it was not sent, when it was not sent on purpose.
  public var reason: String?
  /// The subject line, when one was rendered.
  public var subject: String?

  /// Creates the record.
  ///
  /// - Parameters:
  ///   - status: the notification's fate.
  ///   - messageID: the channel's message ID.
  ///   - failure: what failed.
  ///   - reason: why it was not sent.
  ///   - subject: the subject line.
  public init(
    status: Status, messageID: String? = nil, failure: OperationFailure? = nil, reason: String? = nil,
    subject: String? = nil
  ) {
    self.status = status
    self.messageID = messageID
    self.failure = failure
    self.reason = reason
    self.subject = subject
  }
}
