import Foundation
import HealthRemediation
import HealthRemediationTesting
import Testing

@Suite("The README's usage example")
struct ReadmeExampleTests {
  @Test("the README's example compiles, runs and stops the Dev instance only")
  func exampleRuns() async throws {
    // README-BEGIN
    let scope = ResourceScope(partition: "aws", accountID: "123456789012", region: "us-east-1")
    let fleet = InMemoryFleet([
      FleetInstance(id: InstanceID("i-0dcbdfdb123456789")!, scope: scope, tags: ["Stage": "Dev"]),
      FleetInstance(id: InstanceID("i-0abcdef1234567890")!, scope: scope, tags: ["Stage": "Prod"]),
    ])
    let notifier = RecordingNotifier()
    let engine = RemediationEngine(
      compute: fleet, notifier: notifier, policy: PolicyDocument.workshopDefault,
      idempotencyStore: InMemoryIdempotencyStore(),
      configuration: RemediationConfiguration(maximumInstancesPerEvent: 10))

    let eventJSON = try Data(contentsOf: URL(fileURLWithPath: "Examples/Events/abuse-dos-report.json"))
    let report = try await engine.remediate(eventJSON: eventJSON)
    print(report.summary)  // Remediated: stopped 1, skipped 1.
    // README-END
    #expect(report.summary == "Remediated: stopped 1, skipped 1.")
    #expect(fleet.instance(InstanceID("i-0dcbdfdb123456789")!)?.state == .stopped)
    #expect(notifier.published.count == 1)
  }

  @Test("the README shows exactly the code of this test")
  func readmeMatchesTest() throws {
    let readme = try String(
      contentsOf: Fixtures.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let source = try String(contentsOfFile: #filePath, encoding: .utf8)
    func normalized(_ text: some StringProtocol) -> [String] {
      text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
    let begin = try #require(source.range(of: "// README-BEGIN\n"))
    let end = try #require(source.range(of: "    // README-END"))
    let code = normalized(source[begin.upperBound..<end.lowerBound])
    let marker = try #require(readme.range(of: "<!-- usage-example -->\n```swift\n"))
    let close = try #require(readme.range(of: "```", range: marker.upperBound..<readme.endIndex))
    let shown = normalized(readme[marker.upperBound..<close.lowerBound]).filter { !$0.hasPrefix("import ") }
    #expect(shown == code)
  }
}
