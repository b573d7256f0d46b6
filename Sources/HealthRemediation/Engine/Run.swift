/// The state of one remediation while the engine builds it up.
struct Run {
  let identity: EventIdentity
  let handledAt: String
  let dryRun: Bool
  private(set) var instances: [InstanceReport] = []
  private var indexByID: [InstanceID: Int] = [:]
  var missing: [MissingInstance] = []
  var notActionable: [NotActionableEntity] = []
  var blastRadius = BlastRadiusCheck(limit: nil, selected: 0)
  var notification = NotificationRecord(status: .notSent, reason: "not attempted")
  var warnings: [String] = []

  init(event: HealthEvent, handledAt: String, dryRun: Bool) {
    identity = EventIdentity(event)
    self.handledAt = handledAt
    self.dryRun = dryRun
  }

  mutating func append(_ entry: InstanceReport) {
    indexByID[entry.id] = instances.count
    instances.append(entry)
  }

  mutating func update(_ id: InstanceID, _ change: (inout InstanceReport) -> Void) {
    guard let index = indexByID[id] else { return }
    change(&instances[index])
  }

  /// The report for a run that stops early, before anything was described.
  func finish(outcome: RemediationOutcome, summary: String, notSent reason: String) -> RemediationReport {
    var report = finish()
    report.outcome = outcome
    report.summary = summary
    report.notification = NotificationRecord(status: .notSent, reason: reason)
    return report
  }

  /// The report for a run that went through, with its outcome derived from what happened.
  func finish() -> RemediationReport {
    var report = RemediationReport(
      event: identity, outcome: .nothingToDo, summary: "", dryRun: dryRun, handledAt: handledAt,
      instances: instances, missing: missing, notActionable: notActionable, blastRadius: blastRadius,
      notification: notification, warnings: warnings)
    let counts = report.counts
    if blastRadius.exceeded {
      report.outcome = .refused
    } else if counts.failed > 0 || notification.status == .failed {
      report.outcome = .partialFailure
    } else if dryRun {
      report.outcome = .dryRun
    } else if counts.stopped + counts.alreadyStopped > 0 {
      report.outcome = .remediated
    }
    report.summary = ReportSummary.sentence(for: report)
    return report
  }
}
