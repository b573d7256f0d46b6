import Foundation
import HealthRemediation
import Synchronization

/// An in-memory EC2 fleet that implements ``ComputeService`` with EC2's semantics.
///
/// - An ID that is not in the fleet, or not in the scope asked about, is reported missing.
/// - Stopping a running instance moves it to `stopping` in the answer and `stopped` in the fleet;
///   stopping a stopped or stopping instance succeeds; stopping a pending, shutting-down or terminated
///   one fails with `IncorrectInstanceState`; stop protection fails with `OperationNotPermitted`.
/// - A dry run answers what would happen and changes nothing.
///
/// Failures (``FleetFault``) and latency can be injected, and every call is recorded in ``calls``.
public final class InMemoryFleet: ComputeService {
  private struct State {
    var instances: [InstanceID: FleetInstance] = [:]
    var faults: [FleetFault] = []
    var calls: [FleetCall] = []
    var latency: Duration = .zero
  }

  private let state = Mutex(State())

  /// Creates a fleet.
  ///
  /// - Parameter instances: the instances it holds.
  public init(_ instances: [FleetInstance] = []) {
    state.withLock { state in
      for instance in instances { state.instances[instance.id] = instance }
    }
  }

  /// Loads a fleet from a JSON document (see ``FleetDocument``).
  ///
  /// - Parameter url: the file to read.
  /// - Throws: ``FleetDocumentError`` naming the file and the JSON path of the problem.
  public convenience init(contentsOf url: URL) throws(FleetDocumentError) {
    self.init(try FleetDocument.load(from: url).instances)
  }

  /// Adds or replaces an instance.
  ///
  /// - Parameter instance: the instance.
  public func add(_ instance: FleetInstance) {
    state.withLock { $0.instances[instance.id] = instance }
  }

  /// Injects a fault that lasts until ``clearFaults()``.
  ///
  /// - Parameter fault: the fault.
  public func inject(_ fault: FleetFault) {
    state.withLock { $0.faults.append(fault) }
  }

  /// Removes every injected fault.
  public func clearFaults() {
    state.withLock { $0.faults.removeAll() }
  }

  /// Makes every call wait this long first, to test concurrency and timeouts.
  ///
  /// - Parameter latency: the delay per call.
  public func setLatency(_ latency: Duration) {
    state.withLock { $0.latency = latency }
  }

  /// The instance with this ID, as it is now.
  ///
  /// - Parameter id: the instance ID.
  /// - Returns: the instance, or `nil` when the fleet has none with this ID.
  public func instance(_ id: InstanceID) -> FleetInstance? {
    state.withLock { $0.instances[id] }
  }

  /// Every instance, sorted by ID.
  public var instances: [FleetInstance] {
    state.withLock { $0.instances.values.sorted { $0.id < $1.id } }
  }

  /// Every call received so far, in order.
  public var calls: [FleetCall] {
    state.withLock { $0.calls }
  }

  /// Describes instances as EC2 would.
  ///
  /// - Parameters:
  ///   - ids: the instances to describe.
  ///   - scope: where they live.
  /// - Returns: the instances found in that scope, and the IDs that are not.
  /// - Throws: the injected failure for the scope, if any.
  public func describeInstances(_ ids: [InstanceID], in scope: ResourceScope) async throws
    -> InstanceInventory
  {
    try await delay()
    return try state.withLock { state throws(OperationFailure) -> InstanceInventory in
      state.calls.append(.describe(ids, scope))
      for case .describeFails(scope, let failure) in state.faults { throw failure }
      var inventory = InstanceInventory(instances: [], missing: [])
      for id in ids {
        guard let instance = state.instances[id], instance.scope == scope else {
          inventory.missing.append(id)
          continue
        }
        inventory.instances.append(
          InstanceDescription(
            id: id, state: instance.state, tags: instance.tagsUnreadable ? nil : instance.tags))
      }
      return inventory
    }
  }

  /// Stops instances as EC2 would, one outcome per ID.
  ///
  /// - Parameters:
  ///   - ids: the instances to stop.
  ///   - scope: where they live.
  ///   - options: dry run, force, hibernate.
  /// - Returns: one outcome per requested ID.
  /// - Throws: the injected failure for the scope, if any.
  public func stopInstances(_ ids: [InstanceID], in scope: ResourceScope, options: StopOptions) async throws
    -> [InstanceID: StopOutcome]
  {
    try await delay()
    return try state.withLock { state throws(OperationFailure) -> [InstanceID: StopOutcome] in
      state.calls.append(.stop(ids, scope, options))
      for case .stopFails(scope, let failure) in state.faults { throw failure }
      var outcomes: [InstanceID: StopOutcome] = [:]
      for id in ids {
        outcomes[id] = Self.stop(id, in: scope, options: options, state: &state)
      }
      return outcomes
    }
  }

  /// Adds tags to instances in a scope.
  ///
  /// - Parameters:
  ///   - ids: the instances to tag.
  ///   - tags: the tags to add.
  ///   - scope: where they live.
  /// - Throws: the injected failure for the scope, or `InvalidInstanceID.NotFound` for an unknown ID.
  public func tagInstances(_ ids: [InstanceID], tags: [String: String], in scope: ResourceScope) async throws
  {
    try await delay()
    try state.withLock { state throws(OperationFailure) in
      state.calls.append(.tag(ids, tags, scope))
      for case .tagFails(scope, let failure) in state.faults { throw failure }
      for id in ids where state.instances[id]?.scope != scope {
        throw OperationFailure(
          code: "InvalidInstanceID.NotFound", message: "The instance ID '\(id)' does not exist")
      }
      for id in ids { state.instances[id]?.tags.merge(tags) { _, new in new } }
    }
  }

  private static func stop(
    _ id: InstanceID, in scope: ResourceScope, options: StopOptions, state: inout State
  ) -> StopOutcome {
    guard var instance = state.instances[id], instance.scope == scope else {
      return .failed(
        OperationFailure(
          code: "InvalidInstanceID.NotFound", message: "The instance ID '\(id)' does not exist"))
    }
    for case .instanceStopFails(id, let failure) in state.faults { return .failed(failure) }
    if instance.stopProtection {
      return .failed(
        OperationFailure(
          code: "OperationNotPermitted",
          message:
            "The instance '\(id)' may not be stopped. Modify its 'disableApiStop' instance attribute and try again."
        ))
    }
    let previous = instance.state
    switch previous {
    case .running, .stopping, .stopped:
      if options.dryRun { return .wouldStop }
      let current: InstanceState = previous == .running ? .stopping : previous
      instance.state = .stopped
      state.instances[id] = instance
      return .stopped(previous: previous, current: current)
    default:
      return .failed(
        OperationFailure(
          code: "IncorrectInstanceState",
          message: "This instance '\(id)' is not in a state from which it can be stopped."))
    }
  }

  private func delay() async throws {
    let latency = state.withLock { $0.latency }
    if latency > .zero { try await Task.sleep(for: latency) }
  }
}
