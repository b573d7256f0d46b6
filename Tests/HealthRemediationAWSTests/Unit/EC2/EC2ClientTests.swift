import Foundation
import HealthRemediation
import HealthRemediationAWS
import Synchronization
import Testing

@Suite("EC2 client over a fake EC2")
struct EC2ClientTests {
  private func ids(_ count: Int, offset: Int = 0) throws -> [InstanceID] {
    try (0..<count).map { try InstanceID(validating: String(format: "i-%017x", $0 + offset + 1)) }
  }

  @Test("describes by InstanceId.N in batches of at most 1,000, without MaxResults")
  func batchesOfAThousand() async throws {
    let all = try ids(2_500)
    let fake = FakeEC2(known: all)
    let transport = RecordingTransport { fake.answer($0) }
    let inventory = try await TestClients.ec2(transport).describeInstances(all + all.prefix(10))
    #expect(inventory.instances.count == 2_500)
    #expect(inventory.missing.isEmpty)
    #expect(transport.forms.map { $0.list("InstanceId").count } == [1_000, 1_000, 500])
    #expect(transport.forms.allSatisfy { $0["MaxResults"] == nil && $0.action == "DescribeInstances" })
  }

  @Test("follows NextToken and keeps the tags of each instance")
  func pagination() async throws {
    let all = try ids(3)
    let transport = RecordingTransport { request in
      let form = FormBody(request.body)
      return form["NextToken"] == nil
        ? .xml(
          200,
          EC2Responses.describe(
            [(id: all[0].rawValue, state: "running", tags: ["Stage": "Prod"])], nextToken: "p2"))
        : .xml(
          200,
          EC2Responses.describe([
            (id: all[1].rawValue, state: "stopped", tags: [:]),
            (id: all[2].rawValue, state: "shutting-down", tags: ["A": "1", "B": "2"]),
          ]))
    }
    let inventory = try await TestClients.ec2(transport).describeInstances(all)
    #expect(transport.requests.count == 2)
    #expect(transport.forms[1]["NextToken"] == "p2")
    #expect(transport.forms[1].list("InstanceId") == all.map(\.rawValue))
    #expect(
      inventory.instances == [
        InstanceDescription(id: all[0], state: .running, tags: ["Stage": "Prod"]),
        InstanceDescription(id: all[1], state: .stopped, tags: [:]),
        InstanceDescription(id: all[2], state: .shuttingDown, tags: ["A": "1", "B": "2"]),
      ])
  }

  @Test(
    "drops the unknown IDs an error names and describes the rest, also when each error names only one",
    arguments: [false, true])
  func unknownIDs(namesOnlyFirstUnknown: Bool) async throws {
    let good = try ids(3)
    let unknown = try ids(3, offset: 100)
    let fake = FakeEC2(known: good, namesOnlyFirstUnknown: namesOnlyFirstUnknown)
    let transport = RecordingTransport { fake.answer($0) }
    let inventory = try await TestClients.ec2(transport).describeInstances([
      unknown[0], good[0], unknown[1], good[1], good[2], unknown[2],
    ])
    #expect(Set(inventory.instances.map(\.id)) == Set(good))
    #expect(Set(inventory.missing) == Set(unknown))
    #expect(transport.requests.count == (namesOnlyFirstUnknown ? 4 : 2))
  }

  @Test("attributes an unknown-ID error naming no ID to the only requested one")
  func malformedSingleID() async throws {
    let id = try InstanceID(validating: "i-12345678")
    let transport = RecordingTransport { _ in
      .xml(400, EC2Responses.error("InvalidInstanceID.Malformed", "Invalid id: \"something else\""))
    }
    let inventory = try await TestClients.ec2(transport).describeInstances([id])
    #expect(inventory.missing == [id])
    #expect(inventory.instances.isEmpty)
  }

  @Test("fails with context instead of looping when an unknown-ID error names none of several IDs")
  func unattributedError() async throws {
    let transport = RecordingTransport { _ in
      .xml(
        400, EC2Responses.error("InvalidInstanceID.Malformed", "Invalid id: \"i-zzzz\"", requestID: "r-77"))
    }
    let error = await #expect(throws: UnattributedInstanceError.self) {
      _ = try await TestClients.ec2(transport).describeInstances(try ids(2))
    }
    #expect(transport.requests.count == 1)
    #expect(error?.requested.count == 2)
    #expect(error?.operationFailure.code == "InvalidInstanceID.Malformed")
    #expect(error?.operationFailure.requestID == "r-77")
  }

  @Test("reports an instance EC2 neither described nor called unknown as missing, not dropped")
  func silentlyAbsent() async throws {
    let all = try ids(2)
    let transport = RecordingTransport { _ in
      .xml(200, EC2Responses.describe([(id: all[0].rawValue, state: "running", tags: [:])]))
    }
    let inventory = try await TestClients.ec2(transport).describeInstances(all)
    #expect(inventory.instances.map(\.id) == [all[0]])
    #expect(inventory.missing == [all[1]])
  }

  @Test("stops with Force and Hibernate and reports previous and current state per instance")
  func stopOptions() async throws {
    let all = try ids(2)
    let transport = RecordingTransport { FakeEC2(known: all).answer($0) }
    let outcomes = try await TestClients.ec2(transport).stopInstances(
      all, options: StopOptions(force: true, hibernate: true))
    #expect(
      outcomes == [
        all[0]: .stopped(previous: .running, current: .stopping),
        all[1]: .stopped(previous: .running, current: .stopping),
      ])
    let form = try #require(transport.forms.first)
    #expect(form["Force"] == "true" && form["Hibernate"] == "true" && form["DryRun"] == nil)
  }

  @Test("a dry run sends DryRun and answers wouldStop for every instance")
  func dryRun() async throws {
    let all = try ids(3)
    let transport = RecordingTransport { FakeEC2(known: all).answer($0) }
    let outcomes = try await TestClients.ec2(transport).stopInstances(all, options: StopOptions(dryRun: true))
    #expect(outcomes == Dictionary(uniqueKeysWithValues: all.map { ($0, StopOutcome.wouldStop) }))
    #expect(transport.forms.first?["DryRun"] == "true")
  }

  @Test("isolates a protected instance the error names, and stops the others")
  func isolatesNamedCulprit() async throws {
    let all = try ids(5)
    let transport = RecordingTransport { FakeEC2(known: all, protected: [all[2]]).answer($0) }
    let outcomes = try await TestClients.ec2(transport).stopInstances(all, options: StopOptions())
    #expect(transport.requests.count == 2)
    for id in all where id != all[2] {
      #expect(outcomes[id] == .stopped(previous: .running, current: .stopping))
    }
    guard case .failed(let failure) = outcomes[all[2]] else {
      Issue.record("expected a failure, got \(String(describing: outcomes[all[2]]))")
      return
    }
    #expect(failure.code == "OperationNotPermitted")
    #expect(failure.requestID == "req-protected")
  }

  @Test("halves the batch until the culprit is alone when the error names no instance")
  func isolatesByHalving() async throws {
    let all = try ids(8)
    let transport = RecordingTransport {
      FakeEC2(known: all, protected: [all[5]], namesCulprit: false).answer($0)
    }
    let outcomes = try await TestClients.ec2(transport).stopInstances(all, options: StopOptions())
    #expect(outcomes.count == 8)
    for id in all where id != all[5] {
      #expect(outcomes[id] == .stopped(previous: .running, current: .stopping))
    }
    guard case .failed(let failure) = outcomes[all[5]] else {
      Issue.record("expected a failure, got \(String(describing: outcomes[all[5]]))")
      return
    }
    #expect(failure.code == "OperationNotPermitted")
    #expect(transport.requests.count <= 1 + 2 * 3)
  }

  @Test("reports unknown IDs as failed stops and stops the rest")
  func stopWithUnknownIDs() async throws {
    let good = try ids(2)
    let unknown = try ids(2, offset: 50)
    let transport = RecordingTransport { FakeEC2(known: good, namesOnlyFirstUnknown: true).answer($0) }
    let outcomes = try await TestClients.ec2(transport).stopInstances(good + unknown, options: StopOptions())
    for id in good { #expect(outcomes[id] == .stopped(previous: .running, current: .stopping)) }
    for id in unknown {
      guard case .failed(let failure) = outcomes[id] else {
        Issue.record("expected a failure for \(id)")
        continue
      }
      #expect(failure.code == "InvalidInstanceID.NotFound")
    }
  }

  @Test("throws when the first call fails as a whole, before anything changed")
  func wholeBatchFailure() async throws {
    let transport = RecordingTransport { _ in
      .xml(403, EC2Responses.error("UnauthorizedOperation", "not allowed"))
    }
    let error = await #expect(throws: AWSServiceError.self) {
      _ = try await TestClients.ec2(transport).stopInstances(try ids(2), options: StopOptions())
    }
    #expect(error?.code == "UnauthorizedOperation")
  }

  @Test("once a batch has stopped, a later batch's failure becomes outcomes instead of hiding the stops")
  func laterBatchFailure() async throws {
    let all = try ids(4)
    let calls = Mutex(0)
    let transport = RecordingTransport { request in
      let call = calls.withLock { count in
        count += 1
        return count
      }
      return call == 1
        ? .xml(200, EC2Responses.stop(FormBody(request.body).list("InstanceId")))
        : .xml(403, EC2Responses.error("UnauthorizedOperation", "not allowed"))
    }
    let outcomes = try await TestClients.ec2(transport, batchSize: 2).stopInstances(
      all, options: StopOptions())
    #expect(outcomes[all[0]] == .stopped(previous: .running, current: .stopping))
    #expect(outcomes[all[1]] == .stopped(previous: .running, current: .stopping))
    #expect(
      outcomes[all[2]]
        == .failed(
          OperationFailure(
            code: "UnauthorizedOperation", message: "ec2 StopInstances: not allowed", requestID: "req-error",
            httpStatus: 403)))
  }

  @Test("writes tags as ResourceId.N and Tag.N.Key/Value, and refuses tags EC2 would refuse")
  func createTags() async throws {
    let all = try ids(2)
    let transport = RecordingTransport { FakeEC2(known: all).answer($0) }
    let client = try TestClients.ec2(transport)
    try await client.createTags(all, tags: ["b": "2", "a": "x&y=z"])
    let form = try #require(transport.forms.first)
    #expect(form.list("ResourceId") == all.map(\.rawValue))
    #expect(form["Tag.1.Key"] == "a" && form["Tag.1.Value"] == "x&y=z")
    #expect(form["Tag.2.Key"] == "b" && form["Tag.2.Value"] == "2")

    for tags in [["aws:x": "1"], ["": "1"], ["k": String(repeating: "v", count: 257)], [:]] {
      await #expect(throws: AWSValidationError.self) { try await client.createTags(all, tags: tags) }
    }
    #expect(transport.requests.count == 1)
  }

  @Test("tags the instances that exist and then names those that do not")
  func createTagsWithUnknownIDs() async throws {
    let good = try ids(2)
    let unknown = try ids(1, offset: 9)
    let transport = RecordingTransport { FakeEC2(known: good).answer($0) }
    let error = await #expect(throws: TaggingIncompleteError.self) {
      try await TestClients.ec2(transport).createTags(good + unknown, tags: ["k": "v"])
    }
    #expect(error?.missing == unknown)
    #expect(transport.forms.last?.list("ResourceId") == good.map(\.rawValue))
  }
}
