import HealthRemediation
import HealthRemediationTesting

/// An engine over an in-memory fleet, a recording notifier and an in-memory idempotency store.
struct EngineHarness {
  let fleet: InMemoryFleet
  let notifier = RecordingNotifier()
  let store = InMemoryIdempotencyStore()
  var policy: any RemediationPolicy = PolicyRule.workshopDefault
  var configuration = RemediationConfiguration()

  init(_ instances: [FleetInstance]) {
    fleet = InMemoryFleet(instances)
  }

  var engine: RemediationEngine {
    RemediationEngine(
      compute: fleet, notifier: notifier, policy: policy, idempotencyStore: store,
      configuration: configuration,
      clock: FixedWallClock(Fixtures.handledAt))
  }

  func run(_ event: HealthEvent) async -> RemediationReport { await engine.remediate(event) }

  /// The stop calls the fleet received, flattened to IDs.
  var stoppedIDs: [InstanceID] {
    fleet.calls.flatMap { call -> [InstanceID] in
      if case .stop(let ids, _, _) = call { return ids }
      return []
    }
  }
}
