import Foundation
import HealthRemediation
import HealthRemediationAWS
import MotoTestSupport
import Testing

@Suite("EC2 adapter on moto", .enabled(if: MotoServer.shouldRun, "needs moto: run scripts/test.sh"))
struct EC2IntegrationTests {
  private func compute(_ moto: MotoServer) -> EC2ComputeService {
    EC2ComputeService(credentials: moto.credentialsProvider, context: moto.context())
  }

  private func scope(_ moto: MotoServer, _ region: String) -> ResourceScope {
    ResourceScope(partition: "aws", accountID: moto.accountID, region: region)
  }

  @Test("serves several regions concurrently, each seeing only its own instances")
  func severalRegions() async throws {
    let moto = try MotoServer.required()
    let fixtures = MotoFixtures(moto)
    let frankfurt = try await fixtures.runInstances(region: "eu-central-1", tags: [["Stage": "Dev"]])[0]
    let sydney = try await fixtures.runInstances(region: "ap-southeast-2", tags: [["Stage": "Dev"]])[0]
    let service = compute(moto)

    async let inFrankfurt = service.describeInstances([frankfurt, sydney], in: scope(moto, "eu-central-1"))
    async let inSydney = service.describeInstances([frankfurt, sydney], in: scope(moto, "ap-southeast-2"))
    let (europe, australia) = try await (inFrankfurt, inSydney)
    #expect(europe.instances.map(\.id) == [frankfurt])
    #expect(europe.missing == [sydney])
    #expect(australia.instances.map(\.id) == [sydney])
    #expect(australia.missing == [frankfurt])

    async let stopFrankfurt = service.stopInstances(
      [frankfurt], in: scope(moto, "eu-central-1"), options: StopOptions())
    async let stopSydney = service.stopInstances(
      [sydney], in: scope(moto, "ap-southeast-2"), options: StopOptions())
    let (first, second) = try await (stopFrankfurt, stopSydney)
    #expect(first[frankfurt] == .stopped(previous: .running, current: .stopping))
    #expect(second[sydney] == .stopped(previous: .running, current: .stopping))
  }

  @Test("reports unknown IDs among good ones as missing, and still describes and stops the good ones")
  func missingAmongGoodOnes() async throws {
    let moto = try MotoServer.required()
    let fixtures = MotoFixtures(moto)
    let region = "us-west-1"
    let good = try await fixtures.runInstances(region: region, tags: [["Stage": "Dev"], ["Stage": "Dev"]])
    // moto names only the first unknown ID per error, so two unknown IDs need two rounds.
    let unknown = [
      try InstanceID(validating: "i-0aaaaaaaaaaaaaaa1"), try InstanceID(validating: "i-0aaaaaaaaaaaaaaa2"),
      try InstanceID(validating: "i-1234abcd"),
    ]
    let requested = [unknown[0], good[0], unknown[1], good[1], unknown[2]]
    let service = compute(moto)

    let inventory = try await service.describeInstances(requested, in: scope(moto, region))
    #expect(Set(inventory.instances.map(\.id)) == Set(good))
    #expect(Set(inventory.missing) == Set(unknown))

    let outcomes = try await service.stopInstances(requested, in: scope(moto, region), options: StopOptions())
    #expect(outcomes.count == 5)
    for id in good { #expect(outcomes[id] == .stopped(previous: .running, current: .stopping)) }
    for id in unknown {
      guard case .failed(let failure) = outcomes[id] else {
        Issue.record("\(id) should have failed, got \(String(describing: outcomes[id]))")
        continue
      }
      #expect(failure.code == "InvalidInstanceID.NotFound")
      #expect(failure.httpStatus == 400)
    }
  }

  @Test("stops the others when one instance has stop protection, and reports OperationNotPermitted on it")
  func isolatesTheFailingInstance() async throws {
    let moto = try MotoServer.required()
    let fixtures = MotoFixtures(moto)
    let region = "ap-south-1"
    let free = try await fixtures.runInstances(region: region, tags: [["Stage": "Dev"], ["Stage": "Dev"]])
    let protected = try await fixtures.runInstances(
      region: region, tags: [["Stage": "Dev"]], disableAPIStop: true)[0]

    let outcomes = try await compute(moto).stopInstances(
      [free[0], protected, free[1]], in: scope(moto, region), options: StopOptions())
    // moto stops instances one by one before it reaches the protected one, so an instance retried after
    // the refused call may already be stopped; stopping is idempotent, and both are reported as stopped.
    for id in free {
      guard case .stopped(_, let current) = outcomes[id] else {
        Issue.record("\(id) should have stopped, got \(String(describing: outcomes[id]))")
        continue
      }
      #expect(current == .stopping || current == .stopped)
    }
    guard case .failed(let failure) = outcomes[protected] else {
      Issue.record("the protected instance should have failed: \(String(describing: outcomes[protected]))")
      return
    }
    #expect(failure.code == "OperationNotPermitted")
    let states = try await fixtures.states(region: region, [protected])
    #expect(states[protected] == .running)
  }

  @Test("a dry run describes, says wouldStop for every instance, and stops nothing")
  func dryRun() async throws {
    let moto = try MotoServer.required()
    let fixtures = MotoFixtures(moto)
    let region = "eu-west-2"
    let ids = try await fixtures.runInstances(region: region, tags: [["Stage": "Dev"], ["Stage": "Test"]])
    let service = compute(moto)

    let inventory = try await service.describeInstances(ids, in: scope(moto, region))
    #expect(inventory.instances.count == 2)
    let outcomes = try await service.stopInstances(
      ids, in: scope(moto, region), options: StopOptions(dryRun: true))
    #expect(outcomes == [ids[0]: .wouldStop, ids[1]: .wouldStop])
    let states = try await fixtures.states(region: region, ids)
    #expect(states.values.allSatisfy { $0 == .running })
  }

  @Test("tag values with separators, line breaks and unicode are written exactly, adding no parameter")
  func tagEncoding() async throws {
    let moto = try MotoServer.required()
    let fixtures = MotoFixtures(moto)
    let region = "ap-northeast-2"
    let id = try await fixtures.runInstances(region: region, tags: [["Stage": "Dev"]])[0]
    let tags = [
      "Injected": "x&Action=TerminateInstances&InstanceId.1=\(id)",
      "Equals": "a=b+c d",
      // No carriage return: XML parsers turn CR LF into LF, so it could not come back unchanged.
      "Lines": "one\ntwo\tthree",
      "Unicode": "Zoë – 東京 😀 ~*'()",
    ]
    let service = compute(moto)
    try await service.tagInstances([id], tags: tags, in: scope(moto, region))
    let inventory = try await service.describeInstances([id], in: scope(moto, region))
    let read = try #require(inventory.instances.first?.tags)
    for (key, value) in tags { #expect(read[key] == value, "tag \(key)") }
    #expect(inventory.instances.first?.state == .running)
  }
}
