/// The port to the notification channel (SNS): tell people what happened.
public protocol Notifier: Sendable {
  /// Publishes a notification.
  ///
  /// - Parameter notification: the subject, message and attributes to publish.
  /// - Returns: the channel's ID for the published message (SNS's `MessageId`).
  /// - Throws: an error (ideally ``OperationFailureConvertible``) when it could not be published.
  func publish(_ notification: RemediationNotification) async throws -> String
}
