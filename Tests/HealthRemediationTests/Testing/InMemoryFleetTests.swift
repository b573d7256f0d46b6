import Foundation
import HealthRemediation
import HealthRemediationTesting
import Testing

@Suite("The in-memory fleet behaves like EC2")
struct InMemoryFleetTests {
  let running = Fixtures.id(1)
  let stopped = Fixtures.id(2)
  let terminated = Fixtures.id(3)

  var fleet: InMemoryFleet {
    InMemoryFleet([
      FleetInstance(id: running, scope: Fixtures.useast1),
      FleetInstance(id: stopped, scope: Fixtures.useast1, state: .stopped),
      FleetInstance(id: terminated, scope: Fixtures.useast1, state: .terminated),
    ])
  }

  @Test("unknown IDs, and IDs asked about in the wrong region, are reported missing")
  func unknownIDsMissing() async throws {
    let inventory = try await fleet.describeInstances([running, Fixtures.id(9)], in: Fixtures.useast1)
    #expect(inventory.instances.map(\.id) == [running])
    #expect(inventory.missing == [Fixtures.id(9)])
    #expect(try await fleet.describeInstances([running], in: Fixtures.euwest1).missing == [running])
  }

  @Test("stopping a stopped instance succeeds; stopping a terminated one fails with IncorrectInstanceState")
  func stopSemantics() async throws {
    let outcomes = try await fleet.stopInstances(
      [running, stopped, terminated], in: Fixtures.useast1, options: StopOptions())
    #expect(outcomes[running] == .stopped(previous: .running, current: .stopping))
    #expect(outcomes[stopped] == .stopped(previous: .stopped, current: .stopped))
    guard case .failed(let failure) = outcomes[terminated] else {
      Issue.record("terminated instance stopped")
      return
    }
    #expect(failure.code == "IncorrectInstanceState")
  }

  @Test("a dry run answers wouldStop and changes nothing")
  func dryRunChangesNothing() async throws {
    let fleet = self.fleet
    let outcomes = try await fleet.stopInstances(
      [running], in: Fixtures.useast1, options: StopOptions(dryRun: true))
    #expect(outcomes[running] == .wouldStop)
    #expect(fleet.instance(running)?.state == .running)
  }

  @Test("injected failures and latency apply")
  func injectedFaults() async throws {
    let fleet = self.fleet
    fleet.inject(.instanceStopFails(running, OperationFailure(code: "Boom", message: "x")))
    fleet.setLatency(.milliseconds(1))
    let outcomes = try await fleet.stopInstances([running], in: Fixtures.useast1, options: StopOptions())
    #expect(outcomes[running] == .failed(OperationFailure(code: "Boom", message: "x")))
    fleet.inject(.describeFails(Fixtures.useast1, OperationFailure(code: "Throttling", message: "x")))
    await #expect(throws: OperationFailure.self) {
      try await fleet.describeInstances([running], in: Fixtures.useast1)
    }
  }

  @Test("a fleet loads from the README's JSON file")
  func loadsFromFile() throws {
    let fleet = try InMemoryFleet(contentsOf: Fixtures.exampleFleetURL)
    #expect(fleet.instances.count == 2)
    #expect(fleet.instances.allSatisfy { $0.scope == Fixtures.useast1 })
  }

  @Test("a bad fleet file names the file and the JSON path")
  func badFleetFile() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("fleet-\(UUID().uuidString).json")
    try Data(
      #"{"instances":[{"id":"i-0123456789abcdef0","region":"us-east-1","account":"123456789012"},{"id":"nope"}]}"#
        .utf8
    )
    .write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect {
      try InMemoryFleet(contentsOf: url)
    } throws: { error in
      guard let error = error as? FleetDocumentError else { return false }
      return error.file == url.path && error.path == "instances[1].id"
        && error.problem.contains("starts with")
    }
  }
}
