/// The scale scenario of the benchmarks issue: one abuse event naming many instances spread evenly over
/// several regions of one account, every other instance tagged `Stage=Dev` (stopped by the workshop's
/// policy) and the rest `Stage=Prod` (left running).
struct ScaleScenario: Sendable {
  /// The account of every instance, and the caller's.
  let accountID = "123456789012"
  /// The regions, in order.
  let regions: [String]
  /// How many instances the event names in all.
  let instanceCount: Int
  /// The most instance IDs EC2 takes in one call.
  let idsPerCall = 1_000

  /// Creates the scenario.
  ///
  /// - Parameters:
  ///   - instanceCount: how many instances the event names.
  ///   - regions: where they are, shared out as evenly as possible.
  init(instanceCount: Int, regions: [String]) {
    self.instanceCount = instanceCount
    self.regions = regions
  }

  /// The fleet, by region, every instance running.
  var fleet: [String: [SimulatedInstance]] {
    var fleet: [String: [SimulatedInstance]] = [:]
    for index in 0..<instanceCount {
      let instance = SimulatedInstance(
        id: Self.instanceID(index), stage: isDev(index) ? "Dev" : "Prod", state: "running")
      fleet[region(of: index), default: []].append(instance)
    }
    return fleet
  }

  /// Whether the instance with this index is tagged `Stage=Dev`: every other one within each region.
  func isDev(_ index: Int) -> Bool { (index / regions.count).isMultiple(of: 2) }

  /// The region of the instance with this index.
  func region(of index: Int) -> String { regions[index % regions.count] }

  /// How many instances are in each region.
  var instancesPerRegion: [String: Int] {
    var counts: [String: Int] = [:]
    for index in 0..<instanceCount { counts[region(of: index), default: 0] += 1 }
    return counts
  }

  /// How many instances the policy selects (the `Dev` ones).
  var selectedCount: Int { (0..<instanceCount).count { isDev($0) } }

  /// The fewest calls that can do the work, per action: for every account and region, ⌈n/1000⌉
  /// DescribeInstances and ⌈n/1000⌉ StopInstances; one Publish per event.
  var minimumCalls: (describe: Int, stop: Int, publish: Int) {
    let perRegion = instancesPerRegion.values.map { ($0 + idsPerCall - 1) / idsPerCall }
    let total = perRegion.reduce(0, +)
    return (total, total, 1)
  }

  /// The calls one after another on the longest path: the slowest region's describes then stops, then
  /// the publish; regions run concurrently.
  var criticalPathCalls: Int {
    (instancesPerRegion.values.map { 2 * (($0 + idsPerCall - 1) / idsPerCall) }.max() ?? 0) + 1
  }

  /// The event's JSON: every instance named by its ARN both in `resources` and in `affectedEntities`, as
  /// the workshop's sample event does.
  var eventJSON: String {
    let arns = (0..<instanceCount).map {
      "\"arn:aws:ec2:\(region(of: $0)):\(accountID):instance/\(Self.instanceID($0))\""
    }
    return """
      {"version": "0", "id": "7bf73129-1428-4cd3-a780-95db273d1602", "detail-type": "AWS Health Abuse Event",
      "source": "aws.health", "account": "\(accountID)", "time": "2024-12-02T06:27:57Z", "region": "global",
      "resources": [\(arns.joined(separator: ", "))],
      "detail": {"eventArn": "arn:aws:health:global::event/AWS_ABUSE_DOS_REPORT_SCALE_BENCHMARK",
      "service": "ABUSE", "eventTypeCode": "AWS_ABUSE_DOS_REPORT", "eventTypeCategory": "issue",
      "startTime": "Mon, 2 Dec 2024 06:27:57 GMT",
      "eventDescription": [{"language": "en_US", "latestDescription": "Denial of service from your instances"}],
      "affectedEntities": [\(arns.map { "{\"entityValue\": \($0)}" }.joined(separator: ", "))]}}
      """
  }

  /// The ID of the instance with this index: `i-` and 17 hex digits.
  static func instanceID(_ index: Int) -> String {
    let hex = String(0x0a_0000_0000 + index, radix: 16)
    return "i-" + String(repeating: "0", count: max(0, 17 - hex.count)) + hex
  }
}
