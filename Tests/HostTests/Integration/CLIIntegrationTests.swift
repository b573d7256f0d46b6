import Foundation
import HealthRemediation
import HealthRemediationAWS
import MotoTestSupport
import RemediationHost
import Testing

@Suite(
  "The health-remediate CLI against moto",
  .enabled(if: MotoServer.shouldRun, "needs moto: run scripts/test.sh"))
struct CLIIntegrationTests {
  func run(_ arguments: [String], input: String, environment: [String: String]) async throws -> (
    CommandExitCode, CapturedIO
  ) {
    let captured = CapturedIO(input: input)
    let status = await HealthRemediateCommand.main(
      arguments: arguments, environment: environment, io: captured.io)
    return (status, captured)
  }

  func report(_ io: CapturedIO) throws -> RemediationReport {
    try JSONDecoder().decode(RemediationReport.self, from: Data(io.standardOutput.utf8))
  }

  @Test("the workshop scenario: Dev stopped, Prod running, the e-mail published, exit 0")
  func workshopScenario() async throws {
    let moto = try MotoServer.required()
    let fixtures = MotoFixtures(moto)
    let region = "ap-south-1"
    let ids = try await fixtures.runInstances(
      region: region, tags: [["Stage": "Prod", "Name": "web"], ["Stage": "Dev"]])
    let topic = try await fixtures.createTopic(region: region, name: "cli-workshop")
    let queue = try await fixtures.subscribeQueue(to: topic)
    let event = HostMotoEnvironment.event(
      arns: ids.map { HostMotoEnvironment.arn($0, region: region, account: moto.accountID) },
      account: moto.accountID)
    let (status, io) = try await run(
      ["run", "-", "--output", "json"], input: event,
      environment: HostMotoEnvironment.environment(moto, region: region, topicARN: topic.rawValue))
    #expect(status == .success, "\(io.standardError)")
    let states = try await fixtures.states(region: region, ids)
    #expect(states[ids[0]] == .running)
    #expect(states[ids[1]] == .stopped)
    let report = try report(io)
    #expect(report.outcome == .remediated)
    #expect(report.notification.status == .sent)
    let delivered = try await fixtures.deliveredMessages(queueURL: queue, region: topic.region)
    #expect(delivered.count == 1)
    #expect(delivered.first?.message.contains("STOPPED    \(ids[1])") == true)
    #expect(delivered.first?.message.contains("SKIPPED    \(ids[0])") == true)
  }

  @Test("a dry run stops nothing, still describes and evaluates, and exits 0")
  func dryRun() async throws {
    let moto = try MotoServer.required()
    let fixtures = MotoFixtures(moto)
    let region = "ap-northeast-1"
    let ids = try await fixtures.runInstances(region: region, tags: [["Stage": "Dev"]])
    let event = HostMotoEnvironment.event(
      arns: ids.map { HostMotoEnvironment.arn($0, region: region, account: moto.accountID) },
      account: moto.accountID)
    let (status, io) = try await run(
      ["run", "-", "--dry-run", "--output", "json"], input: event,
      environment: HostMotoEnvironment.environment(moto, region: region, topicARN: nil))
    #expect(status == .success, "\(io.standardError)")
    #expect(try report(io).instances.first?.action == .wouldStop)
    #expect(try await fixtures.states(region: region, ids)[ids[0]] == .running)
  }

  @Test("missing IDs are reported and the others still stopped")
  func missingIDs() async throws {
    let moto = try MotoServer.required()
    let fixtures = MotoFixtures(moto)
    let region = "sa-east-1"
    let ids = try await fixtures.runInstances(region: region, tags: [["Stage": "Dev"], ["Stage": "Dev"]])
    let ghosts = ["i-0000000000000dead", "i-0000000000000beef"].map { InstanceID($0)! }
    let arns = (ids + ghosts).map { HostMotoEnvironment.arn($0, region: region, account: moto.accountID) }
    let (status, io) = try await run(
      ["run", "-", "--output", "json"], input: HostMotoEnvironment.event(arns: arns, account: moto.accountID),
      environment: HostMotoEnvironment.environment(moto, region: region, topicARN: nil))
    #expect(status == .success, "\(io.standardError)")
    let report = try report(io)
    #expect(Set(report.missing.map(\.id)) == Set(ghosts))
    #expect(report.counts.stopped == 2)
  }

  @Test("instances in several regions are all handled")
  func severalRegions() async throws {
    let moto = try MotoServer.required()
    let fixtures = MotoFixtures(moto)
    let regions = ["eu-north-1", "eu-west-3"]
    var arns: [String] = []
    var all: [(String, InstanceID)] = []
    for region in regions {
      let ids = try await fixtures.runInstances(region: region, tags: [["Stage": "Dev"]])
      arns += ids.map { HostMotoEnvironment.arn($0, region: region, account: moto.accountID) }
      all += ids.map { (region, $0) }
    }
    let (status, io) = try await run(
      ["run", "-", "--output", "json"], input: HostMotoEnvironment.event(arns: arns, account: moto.accountID),
      environment: HostMotoEnvironment.environment(moto, region: "us-east-1", topicARN: nil))
    #expect(status == .success, "\(io.standardError)")
    for (region, id) in all { #expect(try await fixtures.states(region: region, [id])[id] == .stopped) }
    #expect(Set(try report(io).instances.map(\.scope.region)) == Set(regions))
  }

  @Test("the blast-radius limit refuses the whole action and exits 1")
  func blastRadius() async throws {
    let moto = try MotoServer.required()
    let fixtures = MotoFixtures(moto)
    let region = "ap-southeast-2"
    let ids = try await fixtures.runInstances(region: region, tags: [["Stage": "Dev"], ["Stage": "Dev"]])
    let event = HostMotoEnvironment.event(
      arns: ids.map { HostMotoEnvironment.arn($0, region: region, account: moto.accountID) },
      account: moto.accountID)
    let (status, io) = try await run(
      ["run", "-", "--max-instances", "1", "--output", "json"], input: event,
      environment: HostMotoEnvironment.environment(moto, region: region, topicARN: nil))
    #expect(status == .partialFailure)
    #expect(try report(io).outcome == .refused)
    #expect(try await fixtures.states(region: region, ids).values.allSatisfy { $0 == .running })
  }

  @Test("instances in another account are stopped through --role-name")
  func anotherAccount() async throws {
    let moto = try MotoServer.required()
    let fixtures = MotoFixtures(moto)
    let region = "ap-northeast-2"
    let assumed = try fixtures.crossAccountCredentials(region: region)
    let ids = try await fixtures.runInstances(region: region, tags: [["Stage": "Dev"]], credentials: assumed)
    let event = HostMotoEnvironment.event(
      arns: ids.map { HostMotoEnvironment.arn($0, region: region, account: moto.crossAccountID) },
      account: moto.accountID)
    let environment = HostMotoEnvironment.environment(moto, region: region, topicARN: nil)
    let (without, _) = try await run(
      ["run", "-", "--output", "json"], input: event, environment: environment)
    #expect(without == .partialFailure)
    let (status, io) = try await run(
      ["run", "-", "--role-name", moto.crossAccountRole, "--output", "json"], input: event,
      environment: environment)
    #expect(status == .success, "\(io.standardError)")
    #expect(try await fixtures.states(region: region, ids, credentials: assumed)[ids[0]] == .stopped)
  }

  @Test("bad input exits 2 from the real binary, with one line on stderr and nothing changed")
  func badInputFromBinary() async throws {
    let moto = try MotoServer.required()
    let process = Process()
    process.executableURL = HostPaths.productsDirectory.appendingPathComponent("health-remediate")
    process.arguments = ["run", HostPaths.example("Package.swift")]
    process.environment = HostMotoEnvironment.environment(moto, region: "us-east-1", topicARN: nil)
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = Pipe()
    try process.run()
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 2)
    #expect(text.split(separator: "\n").count == 1)
    #expect(text.contains("invalid event"))
  }
}
