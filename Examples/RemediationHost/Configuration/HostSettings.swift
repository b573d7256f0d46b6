import Foundation
import HealthRemediation

/// What a host (the CLI or the Lambda function) needs to build an engine, whatever it was configured by.
public struct HostSettings: Sendable {
  /// The SNS topic to notify; `nil` notifies nobody.
  public var topicARN: String?
  /// Describe and evaluate, change nothing.
  public var dryRun = false
  /// The blast-radius limit; `nil` for none.
  public var maximumInstances: Int? = RemediationConfiguration.defaultMaximumInstancesPerEvent
  /// The policy.
  public var policy: PolicyDocument = .workshopDefault
  /// The role to assume in accounts other than the caller's.
  public var roleName: String?
  /// The region to use when the event names none (bare IDs in a global event).
  public var region: String?
  /// Tag the stopped instances with the event as an audit trail.
  public var auditTags = false
  /// Force the stop.
  public var force = false
  /// Hibernate instead of stopping.
  public var hibernate = false

  /// Creates the defaults: the workshop's policy, a blast-radius limit of 50, no topic.
  public init() {}

  /// The engine configuration these settings make.
  public var configuration: RemediationConfiguration {
    RemediationConfiguration(
      dryRun: dryRun, maximumInstancesPerEvent: maximumInstances, force: force, hibernate: hibernate,
      targetExtractor: TargetExtractor(defaultRegion: region), auditTags: auditTags)
  }
}
