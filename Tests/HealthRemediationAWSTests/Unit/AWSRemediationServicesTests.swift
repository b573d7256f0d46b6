import Foundation
import HealthRemediation
import HealthRemediationAWS
import Testing

@Suite("Building the AWS services from the environment")
struct AWSRemediationServicesTests {
  @Test("reads the region, endpoints, topic and cross-account role from the environment")
  func fromEnvironment() async throws {
    let transport = RecordingTransport { request in
      switch FormBody(request.body).action {
      case "Publish": .xml(200, EC2Responses.publish(messageID: "m-9"))
      case "GetCallerIdentity": .xml(200, EC2Responses.callerIdentity(account: "123456789012"))
      default: .xml(400, EC2Responses.error("Unexpected", "unexpected"))
      }
    }
    let services = try AWSRemediationServices.fromEnvironment(
      [
        "AWS_REGION": "eu-west-1", "AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "secret",
        "AWS_ENDPOINT_URL": "http://127.0.0.1:4566",
        "SNS_TOPIC_ARN": "arn:aws:sns:eu-west-2:123456789012:abuse",
        "HEALTH_REMEDIATION_ROLE_NAME": "Remediation",
      ],
      transport: transport, fileReader: InMemoryFileReader(files: [:]))
    #expect(services.homeRegion?.name == "eu-west-1")
    #expect(services.notifier?.topic.rawValue == "arn:aws:sns:eu-west-2:123456789012:abuse")
    #expect(
      try await services.notifier?.publish(
        RemediationNotification(subject: NotificationSubject("s"), message: "m")) == "m-9")
    #expect(try await services.callerIdentity().accountID == "123456789012")
    #expect(transport.requests.allSatisfy { $0.url.absoluteString == "http://127.0.0.1:4566/" })
    #expect(
      transport.requests.allSatisfy {
        $0.header(named: "Authorization")?.contains("Credential=AKIDENV/") == true
      })
  }

  @Test("has no notifier without a topic")
  func withoutTopic() throws {
    let services = try AWSRemediationServices.fromEnvironment(
      [:], transport: RecordingTransport { _ in .xml(500, "") }, fileReader: InMemoryFileReader(files: [:]))
    #expect(services.notifier == nil)
    #expect(services.homeRegion == nil)
  }

  @Test(
    "refuses malformed settings at start-up",
    arguments: [
      ["AWS_REGION": "global"], ["SNS_TOPIC_ARN": "arn:aws:sns:eu-west-1:1:t"],
      ["AWS_ENDPOINT_URL_EC2": "file:///etc/passwd"], ["HEALTH_REMEDIATION_ROLE_NAME": "bad role!"],
    ])
  func refusesMalformedSettings(environment: [String: String]) {
    #expect(throws: AWSValidationError.self) {
      _ = try AWSRemediationServices.fromEnvironment(
        environment, transport: RecordingTransport { _ in .xml(500, "") },
        fileReader: InMemoryFileReader(files: [:]))
    }
  }
}
