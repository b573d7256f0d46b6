/// Everything that happened while handling one event: the audit record the hosts return and log.
///
/// Every instance ID the event names appears exactly once: in ``instances`` or ``missing``. Everything else
/// the event names is in ``notActionable`` with the reason.
public struct RemediationReport: Hashable, Sendable, Codable {
  /// Which event this is about.
  public var event: EventIdentity
  /// The overall result.
  public var outcome: RemediationOutcome
  /// One sentence that explains the outcome.
  public var summary: String
  /// Whether this was a dry run (nothing changed).
  public var dryRun: Bool
  /// When the event was handled, ISO-8601 UTC.
  public var handledAt: String
  /// Every instance found, with its decision and what was done.
  public var instances: [InstanceReport]
  /// Instances named in the event that do not exist.
  public var missing: [MissingInstance]
  /// Entities named in the event that cannot be acted on, each with the reason.
  public var notActionable: [NotActionableEntity]
  /// The blast-radius check.
  public var blastRadius: BlastRadiusCheck
  /// Whether people were told.
  public var notification: NotificationRecord
  /// Things that went wrong around the remediation itself (for example, the idempotency store).
  public var warnings: [String]
  /// How many instances ended in each way.
  public var counts: ReportCounts

  /// Creates a report; ``counts`` is derived from the instances.
  ///
  /// - Parameters:
  ///   - event: which event this is about.
  ///   - outcome: the overall result.
  ///   - summary: one sentence that explains it.
  ///   - dryRun: whether nothing was to change.
  ///   - handledAt: when, ISO-8601 UTC.
  ///   - instances: the instances found.
  ///   - missing: the instances that do not exist.
  ///   - notActionable: the entities that cannot be acted on.
  ///   - blastRadius: the blast-radius check.
  ///   - notification: whether people were told.
  ///   - warnings: things that went wrong around the remediation.
  public init(
    event: EventIdentity, outcome: RemediationOutcome, summary: String, dryRun: Bool, handledAt: String,
    instances: [InstanceReport], missing: [MissingInstance], notActionable: [NotActionableEntity],
    blastRadius: BlastRadiusCheck, notification: NotificationRecord, warnings: [String] = []
  ) {
    self.event = event
    self.outcome = outcome
    self.summary = summary
    self.dryRun = dryRun
    self.handledAt = handledAt
    self.instances = instances
    self.missing = missing
    self.notActionable = notActionable
    self.blastRadius = blastRadius
    self.notification = notification
    self.warnings = warnings
    self.counts = ReportCounts(
      instances: instances, missing: missing.count, notActionable: notActionable.count)
  }
}
