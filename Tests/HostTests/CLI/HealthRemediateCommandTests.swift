import Foundation
import HealthRemediation
import RemediationHost
import Testing

@Suite("The health-remediate command line, offline")
struct HealthRemediateCommandTests {
  func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) async -> (
    CommandExitCode, CapturedIO
  ) {
    let captured = CapturedIO(input: input)
    let status = await HealthRemediateCommand.main(
      arguments: arguments, environment: environment, io: captured.io)
    return (status, captured)
  }

  @Test("the README's main job stops Dev, keeps Prod and exits 0")
  func simulateWorkshop() async throws {
    let (status, io) = await run(["run", HostPaths.exampleEvent, "--simulate", HostPaths.exampleFleet])
    #expect(status == .success)
    #expect(io.standardOutput.contains("STOPPED    i-0dcbdfdb123456789"))
    #expect(io.standardOutput.contains("SKIPPED    i-0abcdef1234567890"))
    #expect(io.standardOutput.contains("Notification (simulated, not published)"))
    #expect(io.standardError.isEmpty)
  }

  @Test("--output json prints the report a program parses")
  func jsonOutput() async throws {
    let (status, io) = await run([
      "run", HostPaths.exampleEvent, "--simulate", HostPaths.exampleFleet, "--output", "json",
    ])
    #expect(status == .success)
    let report = try JSONDecoder().decode(RemediationReport.self, from: Data(io.standardOutput.utf8))
    #expect(report.outcome == .remediated)
    #expect(report.counts.stopped == 1)
  }

  @Test("the event can come from standard input")
  func eventFromStandardInput() async throws {
    let event = try String(contentsOfFile: HostPaths.exampleEvent, encoding: .utf8)
    let (status, io) = await run(
      ["run", "-", "--simulate", HostPaths.exampleFleet, "--dry-run"], input: event)
    #expect(status == .success)
    #expect(io.standardOutput.contains("WOULD STOP"))
  }

  @Test("a blast-radius refusal exits 1 and says so")
  func blastRadiusExitsOne() async throws {
    let fleet = try HostPaths.temporaryFile(
      #"{"defaults":{"account":"123456789012","region":"us-east-1"},"instances":[{"id":"i-0abcdef1234567890"},{"id":"i-0dcbdfdb123456789"}]}"#
    )
    let (status, io) = await run(["run", HostPaths.exampleEvent, "--simulate", fleet, "--max-instances", "1"])
    #expect(status == .partialFailure)
    #expect(io.standardOutput.contains("REFUSED"))
  }

  @Test("a partial failure exits 1 and the report says what failed")
  func partialFailureExitsOne() async throws {
    let fleet = try HostPaths.temporaryFile(
      #"{"defaults":{"account":"123456789012","region":"us-east-1"},"instances":[{"id":"i-0abcdef1234567890","stopProtection":true},{"id":"i-0dcbdfdb123456789"}]}"#
    )
    let (status, io) = await run(["run", HostPaths.exampleEvent, "--simulate", fleet])
    #expect(status == .partialFailure)
    #expect(io.standardOutput.contains("OperationNotPermitted"))
  }

  @Test(
    "bad input or usage exits 2 with one line on stderr and nothing on stdout",
    arguments: [
      ["run"], ["run", "/nonexistent/event.json", "--simulate", "x"], ["run", "--bogus"], ["frobnicate"], [],
      ["run", "EVENT", "--output", "yaml"], ["run", "EVENT", "--max-instances", "-3"],
      ["run", "EVENT", "--topic-arn", "not-an-arn"], ["run", "EVENT", "--region", "global"],
      ["run", "EVENT", "--simulate", "/nonexistent/fleet.json"], ["validate"], ["policy", "check"],
      ["policy", "check", "/nonexistent/policy.json"], ["run", "EVENT", "--dry-run=yes"],
    ])
  func usageErrorsExitTwo(arguments: [String]) async throws {
    let resolved = arguments.map { $0 == "EVENT" ? HostPaths.exampleEvent : $0 }
    let (status, io) = await run(resolved)
    #expect(status == .usage)
    #expect(io.standardOutput.isEmpty)
    if !arguments.isEmpty {
      #expect(io.standardError.split(separator: "\n").count == 1)
      #expect(io.standardError.hasPrefix("health-remediate: "))
    }
  }

  @Test(
    "bad events exit 2 with the JSON path of the problem",
    arguments: [
      ("", "empty input"), ("{\"x", "not valid JSON"),
      (#"{"detail-type":"x","source":"aws.health","account":"1"}"#, "detail: required field is missing"),
    ])
  func badEventsExitTwo(event: String, problem: String) async throws {
    let (status, io) = await run(["run", "-", "--simulate", HostPaths.exampleFleet], input: event)
    #expect(status == .usage)
    #expect(io.standardError.contains(problem))
  }

  @Test("validate shows the targets by scope and the not-actionable entities, with no AWS call")
  func validateShowsTargets() async throws {
    let event = try HostPaths.temporaryFile(
      #"{"detail-type":"AWS Health Abuse Event","source":"aws.health","account":"123456789012","resources":["arn:aws:ec2:eu-west-1:123456789012:instance/i-0123456789abcdef0"],"detail":{"eventArn":"arn:aws:health:global::event/X","service":"ABUSE","eventTypeCode":"AWS_ABUSE_PHISHING_REPORT","affectedEntities":[{"entityValue":"203.0.113.5"}]}}"#
    )
    let (status, io) = await run(["validate", event])
    #expect(status == .success)
    #expect(io.standardOutput.contains("aws/123456789012/eu-west-1: i-0123456789abcdef0"))
    #expect(io.standardOutput.contains("203.0.113.5"))
  }

  @Test("policy check explains a valid document and rejects a bad one with its path")
  func policyCheck() async throws {
    let good = try HostPaths.temporaryFile(
      #"{"version":1,"actWhen":{"not":{"tag":"Stage","in":["Prod","Staging"]}}}"#)
    let (goodStatus, goodIO) = await run(["policy", "check", good])
    #expect(goodStatus == .success)
    #expect(goodIO.standardOutput.contains("Stage"))
    let bad = try HostPaths.temporaryFile(#"{"version":1,"actWhen":{"all":[{"tagg":"Stage"}]}}"#)
    let (badStatus, badIO) = await run(["policy", "check", bad])
    #expect(badStatus == .usage)
    #expect(badIO.standardError.contains("actWhen.all[0]"))
  }

  @Test("--policy changes what is stopped")
  func policyFlag() async throws {
    let policy = try HostPaths.temporaryFile(#"{"version":1,"actWhen":{"tag":"Stage","equals":"Prod"}}"#)
    let (status, io) = await run([
      "run", HostPaths.exampleEvent, "--simulate", HostPaths.exampleFleet, "--policy", policy, "--output",
      "json",
    ])
    #expect(status == .success)
    let report = try JSONDecoder().decode(RemediationReport.self, from: Data(io.standardOutput.utf8))
    #expect(report.instances.first { $0.action == .stopped }?.id.rawValue == "i-0abcdef1234567890")
  }

  @Test(
    "--help works on every command",
    arguments: [
      ["--help"], ["run", "--help"], ["validate", "--help"], ["policy", "--help"],
      ["policy", "check", "--help"],
    ])
  func helpEverywhere(arguments: [String]) async throws {
    let (status, io) = await run(arguments)
    #expect(status == .success)
    #expect(io.standardOutput.contains("USAGE"))
  }
}
