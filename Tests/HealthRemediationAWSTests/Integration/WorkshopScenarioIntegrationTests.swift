import Foundation
import HealthRemediation
import HealthRemediationAWS
import MotoTestSupport
import Testing

@Suite("Workshop scenario on moto", .enabled(if: MotoServer.shouldRun, "needs moto: run scripts/test.sh"))
struct WorkshopScenarioIntegrationTests {
  @Test("stops the Dev instance, leaves the Prod one running, and publishes a readable notification")
  func workshopScenario() async throws {
    let moto = try MotoServer.required()
    let fixtures = MotoFixtures(moto)
    let region = "us-east-1"
    let ids = try await fixtures.runInstances(
      region: region,
      tags: [["Stage": "Dev", "Name": "dev-web"], ["Stage": "Prod", "Name": "prod-web", "Owner": "ops"]])
    let (dev, prod) = (ids[0], ids[1])
    let topic = try await fixtures.createTopic(region: region, name: "abuse-\(UUID().uuidString.prefix(8))")
    let queueURL = try await fixtures.subscribeQueue(to: topic)

    // Built as a Lambda host builds it: from the environment Lambda sets, with moto as the endpoint.
    let services = try AWSRemediationServices.fromEnvironment(
      [
        "AWS_ACCESS_KEY_ID": moto.credentials.accessKeyID,
        "AWS_SECRET_ACCESS_KEY": moto.credentials.secretAccessKey, "AWS_REGION": region,
        "AWS_ENDPOINT_URL": moto.endpoint.absoluteString, "SNS_TOPIC_ARN": topic.rawValue,
      ], fileReader: InMemoryFileReader(files: [:]), retryPolicy: MotoServer.patientPolicy)
    let scope = ResourceScope(partition: "aws", accountID: moto.accountID, region: region)

    let inventory = try await services.compute.describeInstances([dev, prod], in: scope)
    #expect(inventory.missing.isEmpty)
    let toStop = inventory.instances.filter { $0.tags?["Stage"] != "Prod" }.map(\.id)
    #expect(toStop == [dev])
    let outcomes = try await services.compute.stopInstances(toStop, in: scope, options: StopOptions())
    #expect(outcomes[dev] == .stopped(previous: .running, current: .stopping))
    try await services.compute.tagInstances(
      toStop,
      tags: ["HealthRemediation:Action": "stopped", "HealthRemediation:Event": "AWS_ABUSE_DOS_REPORT"],
      in: scope)

    let notifier = try #require(services.notifier)
    let message = "Stopped because of AWS_ABUSE_DOS_REPORT: \(dev)\nLeft running (Stage=Prod): \(prod)"
    let messageID = try await notifier.publish(
      RemediationNotification(
        subject: NotificationSubject("AWS Health abuse event AWS_ABUSE_DOS_REPORT: 1 instance stopped"),
        message: message, attributes: ["eventTypeCode": "AWS_ABUSE_DOS_REPORT", "account": moto.accountID]))

    let states = try await fixtures.states(region: region, [dev, prod])
    #expect(states[dev] == .stopped || states[dev] == .stopping)
    #expect(states[prod] == .running)
    let after = try await services.compute.describeInstances([dev], in: scope)
    #expect(after.instances.first?.tags?["HealthRemediation:Action"] == "stopped")

    let published = try await fixtures.deliveredMessages(queueURL: queueURL, region: topic.region)
    let sent = try #require(published.first { $0.messageID == messageID })
    #expect(sent.message == message)
    #expect(sent.subject == "AWS Health abuse event AWS_ABUSE_DOS_REPORT: 1 instance stopped")
    #expect(sent.attributes == ["eventTypeCode": "AWS_ABUSE_DOS_REPORT", "account": moto.accountID])
  }
}
