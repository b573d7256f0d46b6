import Foundation
import HealthRemediation
import HealthRemediationAWS
import MotoTestSupport
import Testing

@Suite("SNS adapter on moto", .enabled(if: MotoServer.shouldRun, "needs moto: run scripts/test.sh"))
struct SNSIntegrationTests {
  private func notifier(_ moto: MotoServer, region: String) async throws -> (SNSNotifier, SNSTopicARN, String)
  {
    let fixtures = MotoFixtures(moto)
    let topic = try await fixtures.createTopic(region: region, name: "t-\(UUID().uuidString.prefix(12))")
    let queueURL = try await fixtures.subscribeQueue(to: topic)
    let notifier = try SNSNotifier(
      topic: topic, credentials: moto.credentialsProvider, context: moto.context())
    return (notifier, topic, queueURL)
  }

  @Test("cuts an oversized message below 256 KiB on a character boundary with a visible marker")
  func truncatesLargeMessages() async throws {
    let moto = try MotoServer.required()
    let (notifier, topic, queueURL) = try await notifier(moto, region: "eu-south-1")
    let message = String(repeating: "Instance stopped – 停止 😀\n", count: 12_000)
    #expect(message.utf8.count > SNSMessageLimit.maximumBytes)
    let id = try await notifier.publish(
      RemediationNotification(subject: NotificationSubject("big"), message: message, attributes: ["k": "v"]))

    let sent = try #require(
      try await MotoFixtures(moto).deliveredMessages(queueURL: queueURL, region: topic.region).first {
        $0.messageID == id
      })
    #expect(
      sent.message.utf8.count <= SNSMessageLimit.maximumBytes - "k".utf8.count - "String".utf8.count - 1)
    #expect(sent.message.utf8.count > SNSMessageLimit.maximumBytes - 200)
    let kept = try #require(sent.message.components(separatedBy: "\n… [truncated: ").first)
    #expect(message.hasPrefix(kept))
    let omitted = message.utf8.count - kept.utf8.count
    #expect(sent.message.hasSuffix("\n… [truncated: \(omitted) bytes omitted]"))
  }

  @Test("subjects, messages and attributes with separators and unicode arrive exactly as sent")
  func encodingSurvivesTheRoundTrip() async throws {
    let moto = try MotoServer.required()
    let (notifier, topic, queueURL) = try await notifier(moto, region: "eu-west-3")
    let message = "x&Action=DeleteTopic&TopicArn=\(topic)\na=b+c d\r\n東京 😀 %41 ~*'()"
    let attributes = ["eventTypeCode": "AWS_ABUSE_DOS_REPORT&x=1", "note": "one\ntwo+three=four"]
    let id = try await notifier.publish(
      RemediationNotification(
        subject: NotificationSubject("abuse & more = 1+1"), message: message, attributes: attributes))
    let sent = try #require(
      try await MotoFixtures(moto).deliveredMessages(queueURL: queueURL, region: topic.region).first {
        $0.messageID == id
      })
    #expect(sent.message == message)
    #expect(sent.subject == "abuse & more = 1+1")
    #expect(sent.attributes == attributes)
  }

  @Test("publishing to a topic that does not exist fails with SNS's code and request ID")
  func missingTopic() async throws {
    let moto = try MotoServer.required()
    let topic = try SNSTopicARN(
      validating: "arn:aws:sns:eu-west-3:\(moto.accountID):does-not-exist-\(UUID().uuidString.prefix(8))")
    let notifier = try SNSNotifier(
      topic: topic, credentials: moto.credentialsProvider, context: moto.context())
    let error = await #expect(throws: AWSServiceError.self) {
      _ = try await notifier.publish(RemediationNotification(subject: NotificationSubject("s"), message: "m"))
    }
    #expect(error?.code == "NotFound")
    #expect(error?.requestID?.isEmpty == false)
  }
}
