import Foundation
import HealthRemediation
import HealthRemediationTesting
import Testing

@Suite("Rendering notifications and reports")
struct NotificationRenderingTests {
  @Test(
    "subjects are ASCII, single-line and under 100 characters whatever they are given",
    arguments: [
      "", "plain", String(repeating: "x", count: 500), "line\nbreak\rand\ttab", "émoji 🚨 and ünïcode",
      "\u{1B}[31mred\u{1B}[0m",
      "  lots   of   spaces  ",
    ])
  func subjectsAreValidForSNS(raw: String) {
    let subject = NotificationSubject(raw).text
    #expect(!subject.isEmpty)
    #expect(subject.count < 100)
    #expect(subject.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F })
  }

  @Test("a long subject is cut with a visible marker")
  func longSubjectMarked() {
    let subject = NotificationSubject(String(repeating: "a", count: 200)).text
    #expect(subject.hasSuffix("...") && subject.count == NotificationSubject.maximumLength)
  }

  @Test("the message says what happened to every instance and why, and carries the event ARN and description")
  func messageTellsEverything() async throws {
    let dev = Fixtures.id(1)
    let prod = Fixtures.id(2)
    let harness = EngineHarness([
      FleetInstance(id: dev, scope: Fixtures.useast1, tags: ["Stage": "Dev"]),
      FleetInstance(id: prod, scope: Fixtures.useast1, tags: ["Stage": "Prod"]),
    ])
    let event = Fixtures.event(
      resources: [Fixtures.arn(dev, Fixtures.useast1), Fixtures.arn(prod, Fixtures.useast1)],
      entities: ["198.51.100.1", Fixtures.arn(Fixtures.id(3), Fixtures.useast1)])
    let report = await harness.run(event)
    let notification = NotificationRenderer().notification(for: report)
    let lines = notification.message.split(separator: "\n").map(String.init)
    #expect(
      lines.contains {
        $0.contains("STOPPED") && $0.contains(dev.rawValue) && $0.contains("running -> stopping")
      })
    #expect(lines.contains { $0.contains("SKIPPED") && $0.contains(prod.rawValue) && $0.contains("Prod") })
    #expect(lines.contains { $0.contains(Fixtures.id(3).rawValue) })
    #expect(lines.contains { $0.contains("198.51.100.1") && $0.contains("IP address") })
    #expect(notification.message.contains("arn:aws:health:global::event/AWS_ABUSE_DOS_REPORT_1"))
    #expect(notification.message.contains("Denial of service traffic was reported."))
    #expect(notification.attributes["eventTypeCode"] == "AWS_ABUSE_DOS_REPORT")
    #expect(notification.attributes["account"] == Fixtures.account)
  }

  @Test("control characters from the event cannot forge lines in the message")
  func eventTextIsCleaned() async throws {
    let harness = EngineHarness([])
    let report = await harness.run(
      Fixtures.event(entities: ["evil\nSTOPPED    i-00000000000000001\u{1B}[2J"]))
    let message = NotificationRenderer().message(for: report)
    #expect(!message.contains("\u{1B}"))
    #expect(!message.split(separator: "\n").contains { $0.hasPrefix("STOPPED") })
  }

  @Test("the JSON report round-trips and carries counts")
  func reportRoundTrips() async throws {
    let harness = EngineHarness([FleetInstance(id: Fixtures.id(1), scope: Fixtures.useast1)])
    let report = await harness.run(
      Fixtures.event(resources: [Fixtures.arn(Fixtures.id(1), Fixtures.useast1)]))
    let data = try RemediationReportEncoder().encode(report)
    #expect(try JSONDecoder().decode(RemediationReport.self, from: data) == report)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect((object["counts"] as? [String: Any])?["stopped"] as? Int == 1)
    #expect(object["outcome"] as? String == "remediated")
  }
}
