import Foundation
import HealthRemediation
import HealthRemediationTesting
import Synchronization
import Testing

@Suite("The remediation engine")
struct RemediationEngineTests {
  let dev = Fixtures.id(0xD1)
  let prod = Fixtures.id(0xB1)

  func workshopFleet() -> [FleetInstance] {
    [
      FleetInstance(id: dev, scope: Fixtures.useast1, tags: ["Stage": "Dev", "Name": "web-dev"]),
      FleetInstance(id: prod, scope: Fixtures.useast1, tags: ["Stage": "Prod", "Name": "web-prod"]),
    ]
  }

  func workshopEvent() -> HealthEvent {
    Fixtures.event(resources: [Fixtures.arn(dev, Fixtures.useast1), Fixtures.arn(prod, Fixtures.useast1)])
  }

  @Test("the workshop scenario: Dev is stopped, Prod keeps running, one truthful notification")
  func workshopScenario() async throws {
    let harness = EngineHarness(workshopFleet())
    let report = await harness.run(workshopEvent())
    #expect(harness.fleet.instance(dev)?.state == .stopped)
    #expect(harness.fleet.instance(prod)?.state == .running)
    #expect(report.outcome == .remediated)
    #expect(report.counts.stopped == 1 && report.counts.skipped == 1)
    let devReport = try #require(report.instances.first { $0.id == dev })
    #expect(devReport.action == .stopped)
    #expect(devReport.previousState == .running && devReport.newState == .stopping)
    #expect(report.instances.first { $0.id == prod }?.action == .skipped)
    #expect(harness.notifier.published.count == 1)
    let message = try #require(harness.notifier.published.first).message
    #expect(message.contains("STOPPED    \(dev)"))
    #expect(message.contains("SKIPPED    \(prod)"))
    #expect(message.contains("arn:aws:health:global::event/AWS_ABUSE_DOS_REPORT_1"))
    #expect(message.contains("Denial of service traffic was reported."))
    #expect(report.notification.status == .sent && report.notification.messageID == "message-1")
  }

  @Test("the README example event and fleet give the workshop result")
  func readmeExample() async throws {
    let fleet = try InMemoryFleet(contentsOf: Fixtures.exampleFleetURL)
    let engine = RemediationEngine(
      compute: fleet, notifier: RecordingNotifier(), policy: PolicyRule.workshopDefault)
    let report = try await engine.remediate(eventJSON: try Data(contentsOf: Fixtures.exampleEventURL))
    #expect(report.outcome == .remediated)
    #expect(
      fleet.instances.map { $0.tags["Stage"] == "Prod" ? $0.state == .running : $0.state == .stopped } == [
        true, true,
      ])
  }

  @Test("the notification is published after acting, so it can report the new states")
  func notifiesAfterActing() async throws {
    let harness = EngineHarness(workshopFleet())
    let observer = StateObservingNotifier(fleet: harness.fleet, watched: dev)
    let engine = RemediationEngine(
      compute: harness.fleet, notifier: observer, policy: PolicyRule.workshopDefault)
    _ = await engine.remediate(workshopEvent())
    #expect(observer.statesSeenAtPublish == [.stopped])
  }

  @Test("a failure in one region does not stop the others")
  func oneScopeFailureIsolated() async throws {
    let other = Fixtures.id(0xE1)
    var instances = workshopFleet()
    instances.append(FleetInstance(id: other, scope: Fixtures.euwest1, tags: ["Stage": "Dev"]))
    let harness = EngineHarness(instances)
    harness.fleet.inject(
      .describeFails(
        Fixtures.euwest1,
        OperationFailure(code: "RequestLimitExceeded", message: "slow down", requestID: "req-9")))
    var event = workshopEvent()
    event.resources?.append(Fixtures.arn(other, Fixtures.euwest1))
    let report = await harness.run(event)
    #expect(harness.fleet.instance(dev)?.state == .stopped)
    #expect(harness.fleet.instance(other)?.state == .running)
    let failed = try #require(report.instances.first { $0.id == other })
    #expect(failed.action == .failed)
    #expect(failed.failure?.code == "RequestLimitExceeded" && failed.failure?.requestID == "req-9")
    #expect(report.outcome == .partialFailure)
    #expect(harness.notifier.published.first?.message.contains("FAILED     \(other)") == true)
  }

  @Test("a failed stop of one scope is reported on each of its instances")
  func stopFailureReported() async throws {
    let harness = EngineHarness(workshopFleet())
    harness.fleet.inject(
      .stopFails(Fixtures.useast1, OperationFailure(code: "UnauthorizedOperation", message: "no")))
    let report = await harness.run(workshopEvent())
    #expect(report.instances.first { $0.id == dev }?.action == .failed)
    #expect(report.instances.first { $0.id == dev }?.failure?.code == "UnauthorizedOperation")
    #expect(report.outcome == .partialFailure)
  }

  @Test("an instance whose tags could not be read is never acted on")
  func unreadableTagsNeverActedOn() async throws {
    let harness = EngineHarness([FleetInstance(id: dev, scope: Fixtures.useast1, tagsUnreadable: true)])
    let report = await harness.run(Fixtures.event(resources: [Fixtures.arn(dev, Fixtures.useast1)]))
    #expect(harness.fleet.instance(dev)?.state == .running)
    #expect(harness.stoppedIDs.isEmpty)
    #expect(report.instances.first?.action == .skipped)
    #expect(report.instances.first?.reason.contains("tags could not be read") == true)
  }

  @Test("more instances selected than the blast-radius limit refuses the whole action and says so")
  func blastRadiusRefusesEverything() async throws {
    let ids = (1...5).map(Fixtures.id)
    var harness = EngineHarness(
      ids.map { FleetInstance(id: $0, scope: Fixtures.useast1, tags: ["Stage": "Dev"]) })
    harness.configuration.maximumInstancesPerEvent = 4
    let report = await harness.run(Fixtures.event(resources: ids.map { Fixtures.arn($0, Fixtures.useast1) }))
    #expect(harness.stoppedIDs.isEmpty)
    #expect(report.outcome == .refused)
    #expect(report.blastRadius == BlastRadiusCheck(limit: 4, selected: 5))
    #expect(report.instances.allSatisfy { $0.action == .refused })
    let notification = try #require(harness.notifier.published.first)
    #expect(notification.subject.text.contains("REFUSED"))
    #expect(notification.message.contains("blast-radius limit of 4"))
  }

  @Test("exactly the blast-radius limit is allowed")
  func blastRadiusLimitIsInclusive() async throws {
    let ids = (1...4).map(Fixtures.id)
    var harness = EngineHarness(ids.map { FleetInstance(id: $0, scope: Fixtures.useast1) })
    harness.configuration.maximumInstancesPerEvent = 4
    let report = await harness.run(Fixtures.event(resources: ids.map { Fixtures.arn($0, Fixtures.useast1) }))
    #expect(report.counts.stopped == 4)
  }

  @Test("a dry run describes and evaluates everything and changes nothing")
  func dryRunChangesNothing() async throws {
    var harness = EngineHarness(workshopFleet())
    harness.configuration.dryRun = true
    let report = await harness.run(workshopEvent())
    #expect(harness.fleet.instance(dev)?.state == .running)
    #expect(report.outcome == .dryRun && report.dryRun)
    #expect(report.instances.first { $0.id == dev }?.action == .wouldStop)
    #expect(report.instances.first { $0.id == prod }?.action == .skipped)
    #expect(harness.fleet.calls.contains { if case .describe = $0 { true } else { false } })
    #expect(
      harness.fleet.calls.allSatisfy {
        if case .stop(_, _, let options) = $0 { options.dryRun } else { true }
      })
    #expect(harness.notifier.published.first?.subject.text.hasPrefix("[DRY RUN]") == true)
    #expect(harness.store.completedKeys.isEmpty)
  }

  @Test(
    "an event that is not an AWS Health abuse event changes nothing and the report says why",
    arguments: [("aws.ec2", "ABUSE", "not an AWS Health event"), ("aws.health", "EC2", "not an abuse event")])
  func nonAbuseEventIgnored(source: String, service: String, reason: String) async throws {
    let harness = EngineHarness(workshopFleet())
    let event = Fixtures.event(
      resources: [Fixtures.arn(dev, Fixtures.useast1)], source: source, service: service)
    let report = await harness.run(event)
    #expect(report.outcome == .ignored)
    #expect(report.summary.contains(reason))
    #expect(harness.fleet.calls.isEmpty)
    #expect(harness.notifier.published.isEmpty)
  }

  @Test("the event matcher is configurable, for example to one event type code")
  func matcherConfigurable() async throws {
    var harness = EngineHarness(workshopFleet())
    harness.configuration.eventMatcher = EventMatcher(eventTypeCodes: ["AWS_ABUSE_PHISHING_REPORT"])
    let report = await harness.run(workshopEvent())
    #expect(report.outcome == .ignored)
    #expect(report.summary.contains("AWS_ABUSE_DOS_REPORT"))
  }

  @Test("a second delivery of the same event changes nothing and notifies nobody")
  func duplicateDeliverySkipped() async throws {
    let harness = EngineHarness(workshopFleet())
    _ = await harness.run(workshopEvent())
    let callsAfterFirst = harness.fleet.calls.count
    let second = await harness.run(workshopEvent())
    #expect(second.outcome == .duplicate)
    #expect(harness.fleet.calls.count == callsAfterFirst)
    #expect(harness.notifier.published.count == 1)
  }

  @Test("the idempotency key is (affected account or account, event ARN, communication ID, page)")
  func idempotencyKeyParts() async throws {
    let harness = EngineHarness(workshopFleet())
    let base = workshopEvent()
    _ = await harness.run(base)
    var otherPage = base
    otherPage.detail.page = "2"
    var otherAccount = base
    otherAccount.detail.affectedAccount = Fixtures.otherAccount
    var otherCommunication = base
    otherCommunication.detail.communicationID = "comm-2"
    var otherDeliveryID = base
    otherDeliveryID.id = "a-different-eventbridge-id"
    #expect(await harness.run(otherPage).outcome != .duplicate)
    #expect(await harness.run(otherAccount).outcome != .duplicate)
    #expect(await harness.run(otherCommunication).outcome != .duplicate)
    #expect(await harness.run(otherDeliveryID).outcome == .duplicate)
  }

  @Test("a delivery that arrives while another holds the key changes nothing")
  func inProgressDeliverySkipped() async throws {
    let harness = EngineHarness(workshopFleet())
    let key = EventIdentity(workshopEvent()).idempotencyKey
    #expect(try await harness.store.claim(key) == .claimed)
    let report = await harness.run(workshopEvent())
    #expect(report.outcome == .inProgress)
    #expect(harness.fleet.calls.isEmpty)
  }

  @Test("when the idempotency store cannot be reached, nothing is done")
  func storeFailureChangesNothing() async throws {
    let fleet = InMemoryFleet(workshopFleet())
    let engine = RemediationEngine(
      compute: fleet, notifier: RecordingNotifier(), policy: PolicyRule.workshopDefault,
      idempotencyStore: FailingStore())
    let report = await engine.remediate(workshopEvent())
    #expect(report.outcome == .failed)
    #expect(fleet.calls.isEmpty)
  }

  @Test("instances that do not exist are reported missing and the others are still stopped")
  func missingInstancesReported() async throws {
    let harness = EngineHarness(workshopFleet())
    let ghost = Fixtures.id(0x60)
    var event = workshopEvent()
    event.resources?.append(Fixtures.arn(ghost, Fixtures.useast1))
    let report = await harness.run(event)
    #expect(report.missing.map(\.id) == [ghost])
    #expect(harness.fleet.instance(dev)?.state == .stopped)
    #expect(report.outcome == .remediated)
    #expect(harness.notifier.published.first?.message.contains("Missing") == true)
  }

  @Test("a stop failure on one instance is reported on it while the others stop")
  func perInstanceStopFailure() async throws {
    let protected = Fixtures.id(0xD2)
    var instances = workshopFleet()
    instances.append(
      FleetInstance(id: protected, scope: Fixtures.useast1, tags: ["Stage": "Dev"], stopProtection: true))
    let harness = EngineHarness(instances)
    var event = workshopEvent()
    event.resources?.append(Fixtures.arn(protected, Fixtures.useast1))
    let report = await harness.run(event)
    #expect(harness.fleet.instance(dev)?.state == .stopped)
    #expect(report.instances.first { $0.id == protected }?.failure?.code == "OperationNotPermitted")
    #expect(report.outcome == .partialFailure)
  }

  @Test("instances already stopped or terminated are not stopped again")
  func alreadyStoppedNotStopped() async throws {
    let stopped = Fixtures.id(0x51)
    let terminated = Fixtures.id(0x52)
    let harness = EngineHarness([
      FleetInstance(id: stopped, scope: Fixtures.useast1, state: .stopped),
      FleetInstance(id: terminated, scope: Fixtures.useast1, state: .terminated),
    ])
    let report = await harness.run(
      Fixtures.event(resources: [stopped, terminated].map { Fixtures.arn($0, Fixtures.useast1) }))
    #expect(harness.stoppedIDs.isEmpty)
    #expect(report.instances.allSatisfy { $0.action == .alreadyStopped })
    #expect(report.outcome == .remediated)
  }

  @Test("a failed notification makes a partial failure and frees the key so that a redelivery tells people")
  func notificationFailureReleasesKey() async throws {
    let harness = EngineHarness(workshopFleet())
    harness.notifier.setFailure(
      OperationFailure(code: "AuthorizationError", message: "denied", requestID: "r-1"))
    let first = await harness.run(workshopEvent())
    #expect(first.outcome == .partialFailure)
    #expect(first.notification.failure?.code == "AuthorizationError")
    harness.notifier.setFailure(nil)
    let second = await harness.run(workshopEvent())
    #expect(second.outcome == .remediated)
    #expect(second.instances.first { $0.id == dev }?.action == .alreadyStopped)
    #expect(harness.notifier.published.count == 1)
  }

  @Test("audit tags record the event on the instances stopped, and only on them")
  func auditTagsWritten() async throws {
    var harness = EngineHarness(workshopFleet())
    harness.configuration.auditTags = true
    _ = await harness.run(workshopEvent())
    #expect(
      harness.fleet.instance(dev)?.tags["health-remediation:event-arn"]
        == "arn:aws:health:global::event/AWS_ABUSE_DOS_REPORT_1")
    #expect(harness.fleet.instance(dev)?.tags["health-remediation:stopped-at"] == "2023-11-14T22:13:20Z")
    #expect(harness.fleet.instance(prod)?.tags["health-remediation:event-arn"] == nil)
  }

  @Test("an event naming nothing actionable still tells people what it named")
  func nothingActionableStillNotifies() async throws {
    let harness = EngineHarness([])
    let report = await harness.run(Fixtures.event(entities: ["203.0.113.7"]))
    #expect(report.outcome == .nothingToDo)
    #expect(report.notActionable.count == 1)
    #expect(harness.notifier.published.first?.message.contains("203.0.113.7") == true)
  }

  @Test("stop options reach the compute service")
  func stopOptionsPassed() async throws {
    var harness = EngineHarness(workshopFleet())
    harness.configuration.force = true
    harness.configuration.hibernate = true
    _ = await harness.run(workshopEvent())
    #expect(
      harness.fleet.calls.contains {
        $0 == .stop([dev], Fixtures.useast1, StopOptions(force: true, hibernate: true))
      })
  }
}

/// Records the watched instance's state at the moment of publishing.
private final class StateObservingNotifier: Notifier {
  let fleet: InMemoryFleet
  let watched: InstanceID
  private let seen = Mutex<[InstanceState]>([])

  init(fleet: InMemoryFleet, watched: InstanceID) {
    self.fleet = fleet
    self.watched = watched
  }

  var statesSeenAtPublish: [InstanceState] { seen.withLock { $0 } }

  func publish(_ notification: RemediationNotification) async throws -> String {
    let state = fleet.instance(watched)?.state ?? .other("absent")
    seen.withLock { $0.append(state) }
    return "observed"
  }
}

/// A store that cannot be reached.
private struct FailingStore: IdempotencyStore {
  func claim(_ key: IdempotencyKey) async throws -> IdempotencyClaim {
    throw OperationFailure(code: "ResourceNotFoundException", message: "table missing")
  }
  func complete(_ key: IdempotencyKey) async throws {}
  func release(_ key: IdempotencyKey) async throws {}
}
