import Foundation
import HealthRemediation
import MotoTestSupport
import Testing

@Suite(
  "The built Lambda bootstrap, end to end against a Runtime API stand-in and moto",
  .enabled(if: MotoServer.shouldRun, "needs moto: run scripts/test.sh"))
struct BootstrapEndToEndTests {
  @Test("it handles the workshop event, answers a bad event with an error, and serves the next invocation")
  func servesInvocations() async throws {
    let moto = try MotoServer.required()
    let fixtures = MotoFixtures(moto)
    let region = "eu-south-1"
    let ids = try await fixtures.runInstances(region: region, tags: [["Stage": "Prod"], ["Stage": "Dev"]])
    let later = try await fixtures.runInstances(region: region, tags: [["Stage": "Dev"]])
    let topic = try await fixtures.createTopic(region: region, name: "bootstrap-e2e")
    let queue = try await fixtures.subscribeQueue(to: topic)
    func arns(_ ids: [InstanceID]) -> [String] {
      ids.map { HostMotoEnvironment.arn($0, region: region, account: moto.accountID) }
    }
    let standIn = try await RuntimeAPIStandIn.launch(
      events: [
        HostMotoEnvironment.event(arns: arns(ids), account: moto.accountID),
        "{\"detail-type\": \"AWS Health Abuse Event\", \"source\": \"aws.health\"",
        HostMotoEnvironment.event(arns: arns(later), account: moto.accountID),
      ], timeoutSeconds: 120)
    defer { standIn.terminate() }

    let bootstrap = Process()
    bootstrap.executableURL = HostPaths.productsDirectory.appendingPathComponent("bootstrap")
    var environment = HostMotoEnvironment.environment(moto, region: region, topicARN: topic.rawValue)
    environment["AWS_LAMBDA_RUNTIME_API"] = standIn.runtimeAPI
    environment["AWS_LAMBDA_FUNCTION_NAME"] = "health-remediation"
    bootstrap.environment = environment
    let logs = Pipe()
    bootstrap.standardOutput = logs
    bootstrap.standardError = logs
    try bootstrap.run()
    let (standInStatus, results) = try await standIn.results()
    let logText = String(decoding: logs.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    bootstrap.waitUntilExit()

    #expect(standInStatus == RuntimeAPIStandIn.exitComplete, "\(logText)")
    #expect(results.invocations.map(\.outcome) == ["response", "error", "response"], "\(logText)")
    let first = try #require(results.invocations.first?.body)
    let report = try JSONDecoder().decode(RemediationReport.self, from: Data(first.utf8))
    #expect(report.outcome == .remediated)
    #expect(results.invocations[1].error?.errorType.contains("EventDecodingError") == true)
    let states = try await fixtures.states(region: region, ids + later)
    #expect(states[ids[0]] == .running && states[ids[1]] == .stopped && states[later[0]] == .stopped)
    #expect(try await fixtures.deliveredMessages(queueURL: queue, region: topic.region).count == 2)
    let lines = logText.split(separator: "\n").filter { $0.contains("\"_aws\"") }
    #expect(lines.count == 2, "one metric line per handled invocation")
    #expect(lines.first?.contains("\"InstancesStopped\":1") == true)
  }
}
