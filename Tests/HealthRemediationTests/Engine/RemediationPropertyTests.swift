import HealthRemediation
import HealthRemediationTesting
import Testing

@Suite("Engine invariants over random fleets and events")
struct RemediationPropertyTests {
  static let scopes = [
    Fixtures.useast1, Fixtures.euwest1,
    ResourceScope(partition: "aws", accountID: Fixtures.otherAccount, region: "us-east-1"),
  ]

  struct Scenario {
    var fleet: [FleetInstance] = []
    var event: HealthEvent
    var namedIDs: Set<InstanceID> = []
    var faults: [FleetFault] = []
    var configuration = RemediationConfiguration()
  }

  static func scenario(seed: UInt64) -> Scenario {
    var random = SplitMix64(seed: seed)
    var scenario = Scenario(event: Fixtures.event())
    let states: [InstanceState] = [.running, .running, .running, .stopped, .pending, .terminated, .stopping]
    for number in 0..<Int.random(in: 0...30, using: &random) {
      var tags: [String: String] = [:]
      switch Int.random(in: 0..<4, using: &random) {
      case 0: tags["Stage"] = "Prod"
      case 1: tags["Stage"] = "Dev"
      case 2: tags["Stage"] = "prod"
      default: break
      }
      if Bool.random(using: &random) { tags["Name"] = "host-\(number)" }
      scenario.fleet.append(
        FleetInstance(
          id: Fixtures.id(0x1000 + number), scope: scopes.randomElement(using: &random)!,
          state: states.randomElement(using: &random)!, tags: tags,
          tagsUnreadable: Int.random(in: 0..<8, using: &random) == 0,
          stopProtection: Int.random(in: 0..<10, using: &random) == 0))
    }
    var resources: [String] = []
    var entities: [String] = []
    for instance in scenario.fleet where Bool.random(using: &random) {
      let text =
        Bool.random(using: &random) ? Fixtures.arn(instance.id, instance.scope) : instance.id.rawValue
      if text.hasPrefix("arn:") && Bool.random(using: &random) {
        resources.append(text)
      } else {
        entities.append(text)
      }
      if Int.random(in: 0..<4, using: &random) == 0 {
        entities.append(Fixtures.arn(instance.id, instance.scope))
      }
      scenario.namedIDs.insert(instance.id)
    }
    for number in 0..<Int.random(in: 0...3, using: &random) {
      let ghost = Fixtures.id(0x9000 + number)
      entities.append(Fixtures.arn(ghost, scopes.randomElement(using: &random)!))
      scenario.namedIDs.insert(ghost)
    }
    entities += ["203.0.113.9", "arn:aws:s3:::bucket", "i-XYZ"].filter { _ in Bool.random(using: &random) }
    scenario.event = Fixtures.event(
      resources: resources, entities: entities.shuffled(using: &random), eventRegion: "us-east-1")
    if Int.random(in: 0..<4, using: &random) == 0 {
      scenario.faults.append(
        .describeFails(
          scopes.randomElement(using: &random)!, OperationFailure(code: "Throttling", message: "x")))
    }
    if Int.random(in: 0..<4, using: &random) == 0 {
      scenario.faults.append(
        .stopFails(
          scopes.randomElement(using: &random)!, OperationFailure(code: "InternalError", message: "x")))
    }
    scenario.configuration.dryRun = Int.random(in: 0..<5, using: &random) == 0
    scenario.configuration.maximumInstancesPerEvent = Int.random(in: 0..<5, using: &random) == 0 ? 2 : nil
    return scenario
  }

  @Test(
    "nothing outside the event, nothing protected and nothing with unreadable tags is ever acted on; every named ID is reported exactly once",
    arguments: 0..<200)
  func invariantsHold(seed: Int) async throws {
    let scenario = Self.scenario(seed: UInt64(seed))
    var harness = EngineHarness(scenario.fleet)
    harness.configuration = scenario.configuration
    for fault in scenario.faults { harness.fleet.inject(fault) }
    let report = await harness.run(scenario.event)

    let before = Dictionary(uniqueKeysWithValues: scenario.fleet.map { ($0.id, $0) })
    for call in harness.fleet.calls {
      if case .stop(let ids, _, _) = call {
        for id in ids {
          #expect(scenario.namedIDs.contains(id), "stop requested for \(id), which the event does not name")
          let original = try #require(before[id])
          #expect(original.tags["Stage"] != "Prod", "a Prod instance \(id) was asked to stop")
          #expect(!original.tagsUnreadable, "\(id) was asked to stop although its tags could not be read")
        }
      }
    }
    for instance in harness.fleet.instances where instance.state != before[instance.id]?.state {
      #expect(scenario.namedIDs.contains(instance.id))
      #expect(before[instance.id]?.tags["Stage"] != "Prod")
      #expect(before[instance.id]?.tagsUnreadable == false)
      #expect(!scenario.configuration.dryRun)
    }
    let reported = report.instances.map(\.id) + report.missing.map(\.id)
    #expect(reported.count == Set(reported).count, "an ID is reported twice")
    #expect(Set(reported) == scenario.namedIDs)
    if report.blastRadius.exceeded { #expect(harness.stoppedIDs.isEmpty) }
  }
}
