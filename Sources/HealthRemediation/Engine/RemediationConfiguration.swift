/// How the engine acts: dry run, the blast-radius limit, stop options, which events, audit tags.
public struct RemediationConfiguration: Hashable, Sendable {
  /// The blast-radius limit applied unless configured otherwise.
  public static let defaultMaximumInstancesPerEvent = 50

  /// Describe and evaluate everything, change nothing.
  public var dryRun: Bool
  /// The most instances stopped for one event; more selected refuses the whole action. `nil`: unlimited.
  public var maximumInstancesPerEvent: Int?
  /// Force the stop (skip the orderly shutdown).
  public var force: Bool
  /// Hibernate instead of stopping, where supported.
  public var hibernate: Bool
  /// Which events to act on.
  public var eventMatcher: EventMatcher
  /// How instances are found in the event.
  public var targetExtractor: TargetExtractor
  /// Tag the stopped instances with the event ARN and the time, as an audit trail.
  public var auditTags: Bool
  /// Notify even when the policy selected nothing to stop (people still learn of the abuse report).
  public var notifyWhenNothingToDo: Bool

  /// Creates a configuration; the defaults are the workshop's behaviour made safe.
  ///
  /// - Parameters:
  ///   - dryRun: change nothing.
  ///   - maximumInstancesPerEvent: the blast-radius limit, `nil` for none.
  ///   - force: force the stop.
  ///   - hibernate: hibernate instead of stopping.
  ///   - eventMatcher: which events to act on.
  ///   - targetExtractor: how instances are found in the event.
  ///   - auditTags: tag stopped instances as an audit trail.
  ///   - notifyWhenNothingToDo: notify when nothing was selected.
  public init(
    dryRun: Bool = false, maximumInstancesPerEvent: Int? = defaultMaximumInstancesPerEvent,
    force: Bool = false,
    hibernate: Bool = false, eventMatcher: EventMatcher = .abuseEvents,
    targetExtractor: TargetExtractor = TargetExtractor(), auditTags: Bool = false,
    notifyWhenNothingToDo: Bool = true
  ) {
    self.dryRun = dryRun
    self.maximumInstancesPerEvent = maximumInstancesPerEvent
    self.force = force
    self.hibernate = hibernate
    self.eventMatcher = eventMatcher
    self.targetExtractor = targetExtractor
    self.auditTags = auditTags
    self.notifyWhenNothingToDo = notifyWhenNothingToDo
  }
}
