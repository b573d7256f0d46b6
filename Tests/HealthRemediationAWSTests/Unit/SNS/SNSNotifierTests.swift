import Foundation
import HealthRemediation
import HealthRemediationAWS
import Testing

@Suite("SNS notifier")
struct SNSNotifierTests {
  private func notifier(
    _ transport: RecordingTransport, topic: String = "arn:aws:sns:eu-central-1:123456789012:abuse"
  )
    throws -> SNSNotifier
  {
    try SNSNotifier(
      topic: try SNSTopicARN(validating: topic),
      credentials: StaticCredentialsProvider(TestClients.credentials),
      context: TestClients.context(transport))
  }

  @Test("publishes to the topic's own region with subject, message and String attributes")
  func publishParameters() async throws {
    let transport = RecordingTransport { _ in .xml(200, EC2Responses.publish(messageID: "m-1")) }
    let messageID = try await notifier(transport).publish(
      RemediationNotification(
        subject: NotificationSubject("Abuse event"), message: "Stopped i-1",
        attributes: ["eventTypeCode": "AWS_ABUSE_DOS_REPORT", "account": "123456789012"]))
    #expect(messageID == "m-1")
    let request = try #require(transport.requests.first)
    #expect(request.header(named: "Authorization")?.contains("/eu-central-1/sns/aws4_request") == true)
    let form = FormBody(request.body)
    #expect(form.action == "Publish" && form["Version"] == "2010-03-31")
    #expect(form["TopicArn"] == "arn:aws:sns:eu-central-1:123456789012:abuse")
    #expect(form["Subject"] == "Abuse event")
    #expect(form["Message"] == "Stopped i-1")
    #expect(form["MessageAttributes.entry.1.Name"] == "account")
    #expect(form["MessageAttributes.entry.1.Value.DataType"] == "String")
    #expect(form["MessageAttributes.entry.1.Value.StringValue"] == "123456789012")
    #expect(form["MessageAttributes.entry.2.Name"] == "eventTypeCode")
    #expect(form["MessageAttributes.entry.2.Value.StringValue"] == "AWS_ABUSE_DOS_REPORT")
  }

  @Test("leaves a message that fits unchanged")
  func fits() {
    let message = String(repeating: "é", count: SNSMessageLimit.maximumBytes / 2)
    #expect(SNSMessageLimit.fit(message) == message)
  }

  @Test(
    "cuts an oversized message on a character boundary with a marker counting the omitted bytes",
    arguments: ["a", "é", "€", "😀", "👩‍👩‍👧", "🇫🇷"])
  func truncates(unit: String) throws {
    let message = String(repeating: unit, count: SNSMessageLimit.maximumBytes / unit.utf8.count + 7)
    let cut = SNSMessageLimit.fit(message)
    #expect(cut.utf8.count <= SNSMessageLimit.maximumBytes)
    #expect(cut.utf8.count > SNSMessageLimit.maximumBytes - 60 - unit.utf8.count)
    let parts = cut.components(separatedBy: "\n… [truncated: ")
    #expect(parts.count == 2)
    let kept = parts[0]
    #expect(kept.allSatisfy { String($0) == unit })
    #expect(parts[1] == "\(message.utf8.count - kept.utf8.count) bytes omitted]")
  }

  @Test("leaves room for the attributes within the 256 KiB")
  func attributesCount() async throws {
    let transport = RecordingTransport { _ in .xml(200, EC2Responses.publish(messageID: "m")) }
    let attributes = ["a": String(repeating: "v", count: 1_000)]
    _ = try await notifier(transport).publish(
      RemediationNotification(
        subject: NotificationSubject("s"), message: String(repeating: "x", count: 300_000),
        attributes: attributes))
    let message = try #require(transport.forms.first?["Message"])
    #expect(message.utf8.count + 1 + 6 + 1_000 <= SNSMessageLimit.maximumBytes)
    #expect(message.hasSuffix(" bytes omitted]"))
  }

  @Test(
    "refuses attributes SNS would refuse, sending nothing",
    arguments: [
      ["AWS.reserved": "v"], ["Amazon.x": "v"], [".lead": "v"], ["trail.": "v"], ["a..b": "v"],
      ["sp ace": "v"],
      ["empty": ""], Dictionary(uniqueKeysWithValues: (0..<11).map { ("k\($0)", "v") }),
    ])
  func badAttributes(attributes: [String: String]) async throws {
    let transport = RecordingTransport { _ in .xml(200, EC2Responses.publish(messageID: "m")) }
    await #expect(throws: AWSValidationError.self) {
      _ = try await notifier(transport).publish(
        RemediationNotification(subject: NotificationSubject("s"), message: "m", attributes: attributes))
    }
    #expect(transport.requests.isEmpty)
  }

  @Test(
    "validates the topic ARN, its region and partition",
    arguments: [
      "arn:aws:sns:global:123456789012:t", "arn:aws:sqs:eu-west-1:123456789012:t",
      "arn:aws:sns:eu-west-1:1234:t",
      "arn:aws-cn:sns:eu-west-1:123456789012:t", "arn:aws:sns:eu-west-1:123456789012:",
      "arn:aws:sns:eu-west-1:123456789012:a/b",
      "arn:aws:sns:eu-west-1:123456789012:t:extra", "not an arn",
    ])
  func badTopics(text: String) {
    #expect(throws: AWSValidationError.self) { try SNSTopicARN(validating: text) }
  }

  @Test("accepts topics of other partitions and sends to their endpoints")
  func otherPartitions() throws {
    let topic = try SNSTopicARN(validating: "arn:aws-cn:sns:cn-north-1:123456789012:alerts")
    #expect(topic.partition == .china)
    #expect(
      EndpointResolver().endpoint(for: .sns, in: topic.region).host == "sns.cn-north-1.amazonaws.com.cn")
  }

  @Test("refuses a FIFO topic and an empty message")
  func refusals() async throws {
    let transport = RecordingTransport { _ in .xml(200, EC2Responses.publish(messageID: "m")) }
    #expect(throws: AWSValidationError.self) {
      _ = try notifier(transport, topic: "arn:aws:sns:eu-west-1:123456789012:t.fifo")
    }
    await #expect(throws: AWSValidationError.self) {
      _ = try await notifier(transport).publish(
        RemediationNotification(subject: NotificationSubject("s"), message: ""))
    }
    #expect(transport.requests.isEmpty)
  }
}
