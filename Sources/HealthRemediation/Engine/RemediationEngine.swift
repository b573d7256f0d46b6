import Foundation

/// Turns an AWS Health abuse event into safe, audited action.
///
/// Event → targets → describe → decide → act → notify, returning a ``RemediationReport``:
/// - the notification is sent after acting and tells the truth about every instance;
/// - a failure in one scope (account, region) does not stop the others;
/// - an instance whose tags could not be read is never acted on;
/// - more instances selected than the blast-radius limit refuses the whole action;
/// - a dry run describes and evaluates everything and changes nothing;
/// - an event that does not match changes nothing;
/// - a delivery already handled (per ``IdempotencyKey``) changes nothing and notifies nobody.
public struct RemediationEngine: Sendable {
  /// Where instances are described and stopped.
  public let compute: any ComputeService
  /// Where people are told; `nil` to tell nobody.
  public let notifier: (any Notifier)?
  /// Decides which instances to stop.
  public let policy: any RemediationPolicy
  /// Makes at-least-once delivery safe; `nil` to act on every delivery.
  public let idempotencyStore: (any IdempotencyStore)?
  /// Dry run, blast radius, stop options, which events.
  public let configuration: RemediationConfiguration
  /// The time source for reports and audit tags.
  public let clock: any WallClock
  /// Renders the notification.
  public let renderer: NotificationRenderer

  /// Creates an engine.
  ///
  /// - Parameters:
  ///   - compute: where instances are described and stopped.
  ///   - notifier: where people are told, or `nil`.
  ///   - policy: decides which instances to stop.
  ///   - idempotencyStore: deduplicates deliveries, or `nil`.
  ///   - configuration: dry run, blast radius, stop options, which events.
  ///   - clock: the time source.
  ///   - renderer: renders the notification.
  public init(
    compute: any ComputeService, notifier: (any Notifier)?, policy: any RemediationPolicy,
    idempotencyStore: (any IdempotencyStore)? = nil,
    configuration: RemediationConfiguration = RemediationConfiguration(),
    clock: any WallClock = SystemWallClock(), renderer: NotificationRenderer = NotificationRenderer()
  ) {
    self.compute = compute
    self.notifier = notifier
    self.policy = policy
    self.idempotencyStore = idempotencyStore
    self.configuration = configuration
    self.clock = clock
    self.renderer = renderer
  }

  /// Decodes an event and remediates it.
  ///
  /// - Parameter eventJSON: the event's JSON text.
  /// - Returns: the report.
  /// - Throws: ``EventDecodingError`` when the input is not a valid event; nothing is changed then.
  public func remediate(eventJSON: Data) async throws(EventDecodingError) -> RemediationReport {
    await remediate(try HealthEventDecoder().decode(eventJSON))
  }

  /// Remediates an event.
  ///
  /// - Parameter event: the event.
  /// - Returns: the report of everything that was found, decided and done.
  public func remediate(_ event: HealthEvent) async -> RemediationReport {
    var run = Run(event: event, handledAt: CivilTime.iso8601(clock.now()), dryRun: configuration.dryRun)
    if let reason = configuration.eventMatcher.mismatch(event) {
      return run.finish(
        outcome: .ignored, summary: "Ignored: \(reason). Nothing was changed.",
        notSent: "the event is ignored")
    }
    let targets = configuration.targetExtractor.targets(of: event)
    run.notActionable = targets.notActionable

    let key = run.identity.idempotencyKey
    var holdsClaim = false
    if !configuration.dryRun, let store = idempotencyStore {
      do {
        switch try await store.claim(key) {
        case .claimed:
          holdsClaim = true
        case .alreadyCompleted:
          return run.finish(
            outcome: .duplicate,
            summary: "Duplicate delivery of an event already handled: nothing was changed.",
            notSent: "this delivery is a duplicate")
        case .inProgress:
          return run.finish(
            outcome: .inProgress,
            summary: "Another delivery of this event is being handled: nothing was changed.",
            notSent: "another delivery is being handled")
        }
      } catch {
        return run.finish(
          outcome: .failed,
          summary:
            "The idempotency store could not be reached (\(OperationFailure(error))); nothing was done, so that a retry can act.",
          notSent: "nothing was done")
      }
    }

    let selected = await describeAndDecide(targets, into: &run)
    run.blastRadius = BlastRadiusCheck(
      limit: configuration.maximumInstancesPerEvent, selected: selected.count)
    if run.blastRadius.exceeded {
      refuse(selected, in: &run)
    } else {
      await stop(selected, in: &run)
      if configuration.auditTags && !configuration.dryRun { await tagStopped(in: &run, event: event) }
    }

    await notify(&run)
    if holdsClaim, let store = idempotencyStore { await settle(key, in: store, run: &run) }
    return run.finish()
  }

  // MARK: - Describe and decide

  private func describeAndDecide(_ targets: TargetSet, into run: inout Run) async -> [RemediationTarget] {
    let groups = targets.byScope
    let compute = self.compute
    let inventories = await Self.concurrently(groups) { group in
      do {
        return Result<InstanceInventory, OperationFailure>.success(
          try await compute.describeInstances(group.ids, in: group.scope))
      } catch {
        return .failure(OperationFailure(error))
      }
    }
    var inventoryByScope: [ResourceScope: Result<ScopeInventory, OperationFailure>] = [:]
    for (group, inventory) in zip(groups, inventories) {
      inventoryByScope[group.scope] = inventory.map(ScopeInventory.init)
    }

    var selected: [RemediationTarget] = []
    for target in targets.targets {
      var entry = InstanceReport(
        id: target.id, scope: target.scope, sources: target.sources, action: .failed, reason: "")
      switch inventoryByScope[target.scope]
        ?? .failure(OperationFailure(code: "NotDescribed", message: "not described"))
      {
      case .failure(let failure):
        entry.failure = failure
        entry.reason = "could not be described in \(target.scope), so it was not acted on"
      case .success(let inventory):
        if inventory.missing.contains(target.id) {
          run.missing.append(MissingInstance(id: target.id, scope: target.scope, sources: target.sources))
          continue
        }
        guard let description = inventory.instances[target.id] else {
          entry.failure = OperationFailure(
            code: "NotReturned",
            message: "the compute service returned neither a description nor a not-found error")
          entry.reason = "was not in the describe answer, so it was not acted on"
          break
        }
        if decide(description, into: &entry) { selected.append(target) }
      }
      run.append(entry)
    }
    return selected
  }

  /// Fills in the decision; returns whether the instance is to be stopped.
  private func decide(_ description: InstanceDescription, into entry: inout InstanceReport) -> Bool {
    entry.previousState = description.state
    entry.tags = description.tags
    guard description.tags != nil else {
      entry.action = .skipped
      entry.reason = "its tags could not be read, so it is never acted on (fail safe)"
      return false
    }
    let decision = policy.evaluate(description)
    entry.decision = decision
    guard decision.verdict == .act else {
      entry.action = .skipped
      entry.reason = decision.reason
      return false
    }
    switch description.state {
    case .stopped, .stopping, .terminated, .shuttingDown:
      entry.action = .alreadyStopped
      entry.reason = "\(decision.reason); already \(description.state), nothing to do"
      return false
    default:
      entry.action = .stopped
      entry.reason = decision.reason
      return true
    }
  }

  // MARK: - Act

  private func refuse(_ selected: [RemediationTarget], in run: inout Run) {
    let check = run.blastRadius
    let limit = check.limit ?? 0
    for target in selected {
      run.update(target.id) { entry in
        entry.action = .refused
        entry.reason =
          "\(entry.reason); refused: \(check.selected) instances selected, more than the blast-radius "
          + "limit of \(limit) per event, so nothing was stopped"
      }
    }
  }

  private func stop(_ selected: [RemediationTarget], in run: inout Run) async {
    let groups = TargetSet(targets: selected, notActionable: []).byScope
    let options = StopOptions(
      dryRun: configuration.dryRun, force: configuration.force, hibernate: configuration.hibernate)
    let compute = self.compute
    let results = await Self.concurrently(groups) { group in
      do {
        return Result<[InstanceID: StopOutcome], OperationFailure>.success(
          try await compute.stopInstances(group.ids, in: group.scope, options: options))
      } catch {
        return .failure(OperationFailure(error))
      }
    }
    for (group, result) in zip(groups, results) {
      for id in group.ids {
        run.update(id) { entry in
          switch result {
          case .failure(let failure):
            entry.action = .failed
            entry.failure = failure
            entry.reason = "\(entry.reason); the stop request for \(group.scope) failed"
          case .success(let outcomes):
            switch outcomes[id] {
            case .stopped(let previous, let current):
              entry.action = .stopped
              entry.previousState = previous
              entry.newState = current
            case .wouldStop:
              entry.action = .wouldStop
              entry.reason = "\(entry.reason); dry run: the stop would have succeeded"
            case .failed(let failure):
              entry.action = .failed
              entry.failure = failure
              entry.reason = "\(entry.reason); the stop failed"
            case nil:
              entry.action = .failed
              entry.failure = OperationFailure(
                code: "NoOutcome", message: "the stop answer did not mention this instance")
              entry.reason = "\(entry.reason); the stop was not confirmed"
            }
          }
        }
      }
    }
  }

  private func tagStopped(in run: inout Run, event: HealthEvent) async {
    let stopped = run.instances.filter { $0.action == .stopped }
    guard !stopped.isEmpty else { return }
    let tags = [
      "health-remediation:event-arn": String(event.detail.eventARN.prefix(256)),
      "health-remediation:event-type": String(event.detail.eventTypeCode.prefix(256)),
      "health-remediation:stopped-at": run.handledAt,
    ]
    let stoppedTargets = stopped.map { RemediationTarget(id: $0.id, scope: $0.scope, sources: $0.sources) }
    let groups = TargetSet(targets: stoppedTargets, notActionable: []).byScope
    let compute = self.compute
    let failures = await Self.concurrently(groups) { group -> OperationFailure? in
      do {
        try await compute.tagInstances(group.ids, tags: tags, in: group.scope)
        return nil
      } catch {
        return OperationFailure(error)
      }
    }
    for (group, failure) in zip(groups, failures) {
      guard let failure else { continue }
      for id in group.ids { run.update(id) { $0.auditTagFailure = failure } }
    }
  }

  // MARK: - Notify and settle

  private func notify(_ run: inout Run) async {
    let draft = run.finish()
    guard let notifier else {
      run.notification = NotificationRecord(status: .notSent, reason: "no notifier is configured")
      return
    }
    if draft.outcome == .nothingToDo && !configuration.notifyWhenNothingToDo {
      run.notification = NotificationRecord(
        status: .notSent, reason: "nothing was selected and notifying then is off")
      return
    }
    let notification = renderer.notification(for: draft)
    do {
      let messageID = try await notifier.publish(notification)
      run.notification = NotificationRecord(
        status: .sent, messageID: messageID, subject: notification.subject.text)
    } catch {
      run.notification = NotificationRecord(
        status: .failed, failure: OperationFailure(error), subject: notification.subject.text)
    }
  }

  /// Completes the claim when the work is done and people were told; otherwise releases it, so that a
  /// redelivery can try again (stopping is idempotent, so a retry is safe).
  private func settle(_ key: IdempotencyKey, in store: any IdempotencyStore, run: inout Run) async {
    let nothingWorked =
      !run.instances.isEmpty
      && run.instances.allSatisfy { $0.action == .failed }
    let retry = run.notification.status == .failed || nothingWorked
    do {
      if retry {
        try await store.release(key)
      } else {
        try await store.complete(key)
      }
    } catch {
      run.warnings.append(
        "the idempotency store could not \(retry ? "release" : "complete") \(key): \(OperationFailure(error)); "
          + "a redelivery may act and notify again")
    }
  }

  /// Runs `body` for every element concurrently and returns the results in the elements' order.
  private static func concurrently<Element: Sendable, Output: Sendable>(
    _ elements: [Element], _ body: @escaping @Sendable (Element) async -> Output
  ) async -> [Output] {
    await withTaskGroup(of: (Int, Output).self) { group in
      for (index, element) in elements.enumerated() { group.addTask { (index, await body(element)) } }
      var outputs: [Int: Output] = [:]
      for await (index, output) in group { outputs[index] = output }
      return elements.indices.compactMap { outputs[$0] }
    }
  }
}
