import HealthRemediation

/// The ``Notifier`` port on Amazon SNS: publishes to one topic.
///
/// Publish goes to the topic's own region and partition (from its validated ARN). The subject is already
/// valid (``NotificationSubject``); the message is cut on a character boundary with a visible marker when
/// it would exceed 256 KiB together with its attributes; attributes become String message attributes that
/// subscribers can filter on.
public struct SNSNotifier: Notifier {
  /// The most message attributes SNS accepts.
  public static let maximumAttributes = 10

  /// The topic published to.
  public let topic: SNSTopicARN
  /// The Query client for SNS in the topic's region.
  public let client: AWSQueryClient

  /// Creates a notifier for a topic.
  ///
  /// - Parameters:
  ///   - topic: the topic.
  ///   - credentials: where the credentials come from.
  ///   - context: transport, endpoints, retry policy and clock.
  /// - Throws: ``AWSValidationError`` for a FIFO topic, which needs a message group this library does not set.
  public init(topic: SNSTopicARN, credentials: any CredentialsProvider, context: AWSClientContext)
    throws(AWSValidationError)
  {
    guard !topic.isFIFO else {
      throw AWSValidationError(
        field: "topic ARN", value: topic.rawValue,
        reason: "FIFO topics are not supported; use a standard topic")
    }
    self.topic = topic
    self.client = context.queryClient(for: .sns, in: topic.region, credentials: credentials)
  }

  /// Publishes the notification.
  ///
  /// - Parameter notification: subject, message and attributes.
  /// - Returns: SNS's `MessageId`.
  /// - Throws: ``AWSValidationError`` for an empty message or attributes SNS would refuse (nothing is sent
  ///   then), ``AWSServiceError`` or ``RetriesExhaustedError`` when SNS refuses or cannot be reached,
  ///   ``AWSResponseDecodingError`` when the answer has no `MessageId`.
  public func publish(_ notification: RemediationNotification) async throws -> String {
    try Self.validate(notification.attributes)
    guard !notification.message.isEmpty else {
      throw AWSValidationError(field: "message", value: "", reason: "SNS does not publish an empty message")
    }
    let attributes = notification.attributes.sorted { $0.key < $1.key }
    let attributeBytes = attributes.reduce(0) {
      $0 + $1.key.utf8.count + "String".utf8.count + $1.value.utf8.count
    }

    var parameters = QueryParameters()
    parameters.append("TopicArn", topic.rawValue)
    parameters.append(
      "Message",
      SNSMessageLimit.fit(notification.message, maximumBytes: SNSMessageLimit.maximumBytes - attributeBytes))
    if !notification.subject.text.isEmpty { parameters.append("Subject", notification.subject.text) }
    for (index, attribute) in attributes.enumerated() {
      let prefix = "MessageAttributes.entry.\(index + 1)"
      parameters.append("\(prefix).Name", attribute.key)
      parameters.append("\(prefix).Value.DataType", "String")
      parameters.append("\(prefix).Value.StringValue", attribute.value)
    }
    let root = try await client.send("Publish", parameters)
    guard let messageID = root.text(at: "PublishResult", "MessageId")?.trimmed, !messageID.isEmpty else {
      throw AWSResponseDecodingError(service: "sns", action: "Publish", reason: "the answer has no MessageId")
    }
    return messageID
  }

  private static func validate(_ attributes: [String: String]) throws(AWSValidationError) {
    guard attributes.count <= maximumAttributes else {
      throw AWSValidationError(
        field: "message attributes", value: "\(attributes.count) attributes",
        reason: "SNS accepts at most \(maximumAttributes) message attributes")
    }
    for (name, value) in attributes {
      let allowed = name.utf8.allSatisfy { byte in
        (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
          || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
          || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
          || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
      }
      let lowered = name.lowercased()
      guard (1...256).contains(name.utf8.count), allowed, !name.hasPrefix("."), !name.hasSuffix("."),
        !name.contains(".."), !lowered.hasPrefix("aws."), !lowered.hasPrefix("amazon.")
      else {
        throw AWSValidationError(
          field: "message attribute name", value: name,
          reason: "a name has 1 to 256 of A-Z a-z 0-9 _ - . (no leading, trailing or double period, "
            + "no AWS. or Amazon. prefix)")
      }
      guard !value.isEmpty else {
        throw AWSValidationError(
          field: "message attribute \(name)", value: value, reason: "SNS refuses an empty attribute value")
      }
    }
  }
}
