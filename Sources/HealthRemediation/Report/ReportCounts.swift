/// How many instances ended in each way, for summaries and metrics.
public struct ReportCounts: Hashable, Sendable, Codable {
  /// Stopped by this run.
  public var stopped: Int
  /// Would have been stopped (dry run).
  public var wouldStop: Int
  /// Selected but already stopped or terminated.
  public var alreadyStopped: Int
  /// Left alone by the policy or because their tags could not be read.
  public var skipped: Int
  /// Refused by the blast-radius limit.
  public var refused: Int
  /// Failed to describe or stop.
  public var failed: Int
  /// Named in the event but not found.
  public var missing: Int
  /// Named in the event but not EC2 instances this library can act on.
  public var notActionable: Int

  /// Counts the instances of a report.
  ///
  /// - Parameters:
  ///   - instances: the instance reports.
  ///   - missing: how many instances were not found.
  ///   - notActionable: how many entities were not actionable.
  public init(instances: [InstanceReport], missing: Int, notActionable: Int) {
    func count(_ action: InstanceAction) -> Int { instances.count { $0.action == action } }
    stopped = count(.stopped)
    wouldStop = count(.wouldStop)
    alreadyStopped = count(.alreadyStopped)
    skipped = count(.skipped)
    refused = count(.refused)
    failed = count(.failed)
    self.missing = missing
    self.notActionable = notActionable
  }
}
