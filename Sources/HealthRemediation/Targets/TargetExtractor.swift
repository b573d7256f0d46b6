/// Finds the EC2 instances an event names, in `resources` and in `detail.affectedEntities`.
///
/// Entities may be EC2 instance ARNs or bare instance IDs. A bare ID takes its region from
/// `detail.eventRegion` (or ``defaultRegion``) and its account from `detail.affectedAccount` (or the
/// envelope's `account`). `global` is never used as a region. Everything else is kept as not actionable,
/// with the reason: nothing is dropped silently.
public struct TargetExtractor: Hashable, Sendable {
  /// The region for bare IDs when the event's `eventRegion` is absent or `global`.
  public var defaultRegion: String?
  /// The partition for bare IDs when the event ARN does not name one.
  public var defaultPartition: String

  /// Creates an extractor.
  ///
  /// - Parameters:
  ///   - defaultRegion: the region for bare IDs when the event names none.
  ///   - defaultPartition: the partition for bare IDs when the event ARN names none.
  public init(defaultRegion: String? = nil, defaultPartition: String = "aws") {
    self.defaultRegion = defaultRegion
    self.defaultPartition = defaultPartition
  }

  /// Extracts the targets of an event.
  ///
  /// - Parameter event: the event.
  /// - Returns: the instances, deduplicated and grouped, and the entities that cannot be acted on.
  public func targets(of event: HealthEvent) -> TargetSet {
    var entries: [(source: String, value: String)] = []
    for (index, value) in (event.resources ?? []).enumerated() {
      entries.append(("resources[\(index)]", value))
    }
    for (index, entity) in (event.detail.affectedEntities ?? []).enumerated() {
      entries.append(("detail.affectedEntities[\(index)].entityValue", entity.entityValue))
    }
    let context = Context(event: event, extractor: self)
    var order: [InstanceID] = []
    var found: [InstanceID: RemediationTarget] = [:]
    var notActionable: [NotActionableEntity] = []
    for entry in entries {
      switch classify(entry.value, context: context) {
      case .failure(let reason):
        notActionable.append(
          NotActionableEntity(value: entry.value, source: entry.source, reason: reason.text))
      case .success(let (id, scope)):
        if var existing = found[id] {
          if existing.scope == scope {
            existing.sources.append(entry.source)
            found[id] = existing
          } else {
            notActionable.append(
              NotActionableEntity(
                value: entry.value, source: entry.source,
                reason: "names \(id) in \(scope), but \(existing.sources[0]) names it in \(existing.scope); "
                  + "an instance lives in one place, so the first is kept"))
          }
        } else {
          order.append(id)
          found[id] = RemediationTarget(id: id, scope: scope, sources: [entry.source])
        }
      }
    }
    let targets = order.compactMap { found[$0] }.sorted { ($0.scope, $0.id) < ($1.scope, $1.id) }
    return TargetSet(targets: targets, notActionable: notActionable)
  }

  private struct Context {
    let partition: String
    let account: String
    let region: String?
    let regionProblem: String

    init(event: HealthEvent, extractor: TargetExtractor) {
      partition = (try? ARN(parsing: event.detail.eventARN))?.partition ?? extractor.defaultPartition
      account = event.detail.affectedAccount ?? event.account
      if let region = event.detail.eventRegion, RegionName.isValid(region) {
        self.region = region
      } else if let region = extractor.defaultRegion, RegionName.isValid(region) {
        self.region = region
      } else {
        self.region = nil
      }
      let named =
        event.detail.eventRegion.map { "detail.eventRegion is \"\($0.prefix(40))\"" }
        ?? "detail.eventRegion is absent"
      regionProblem = "a bare instance ID needs a region, but \(named) and no default region is configured"
    }
  }

  private func classify(_ value: String, context: Context) -> Result<(InstanceID, ResourceScope), Reason> {
    if value.hasPrefix("arn:") { return classifyARN(value, context: context) }
    if let id = InstanceID(value) {
      guard let region = context.region else { return .failure(Reason(context.regionProblem)) }
      guard Self.isAccountID(context.account) else {
        return .failure(
          Reason("the event's account \"\(context.account.prefix(20))\" is not a 12-digit account ID"))
      }
      return .success(
        (id, ResourceScope(partition: context.partition, accountID: context.account, region: region)))
    }
    if value.hasPrefix("i-") {
      do {
        _ = try InstanceID(validating: value)
      } catch {
        return .failure(Reason(error.reason))
      }
    }
    if Self.looksLikeIPAddress(value) {
      return .failure(
        Reason(
          "an IP address, not an instance; find what uses it with DescribeAddresses or DescribeNetworkInterfaces"
        ))
    }
    return .failure(Reason("neither an EC2 instance ARN nor an instance ID"))
  }

  private func classifyARN(_ value: String, context: Context) -> Result<(InstanceID, ResourceScope), Reason> {
    let arn: ARN
    do {
      arn = try ARN(parsing: value)
    } catch {
      return .failure(Reason(error.reason))
    }
    guard arn.service == "ec2" else {
      return .failure(Reason("an \(arn.service) resource, not an EC2 instance"))
    }
    guard arn.resourceType == "instance" else {
      return .failure(
        Reason("an EC2 \(arn.resourceType ?? "resource") (\(arn.resource.prefix(60))), not an instance"))
    }
    let id: InstanceID
    do {
      id = try InstanceID(validating: arn.resourceID)
    } catch {
      return .failure(Reason(error.reason))
    }
    guard RegionName.isValid(arn.region) else {
      let shown = arn.region.isEmpty ? "empty" : "\"\(arn.region)\""
      return .failure(Reason("the ARN's region is \(shown); an instance is acted on in its own region only"))
    }
    let account = arn.accountID.isEmpty ? context.account : arn.accountID
    guard Self.isAccountID(account) else {
      return .failure(Reason("the account \"\(account.prefix(20))\" is not a 12-digit account ID"))
    }
    return .success((id, ResourceScope(partition: arn.partition, accountID: account, region: arn.region)))
  }

  private static func isAccountID(_ text: String) -> Bool {
    text.utf8.count == 12 && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
  }

  private static func looksLikeIPAddress(_ text: String) -> Bool {
    let octets = text.split(separator: ".", omittingEmptySubsequences: false)
    if octets.count == 4, octets.allSatisfy({ (1...3).contains($0.count) && UInt8($0) != nil }) {
      return true
    }
    let hexOrColon = text.utf8.allSatisfy {
      $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") || $0.isHexDigit
    }
    return text.contains("::") || (hexOrColon && text.split(separator: ":").count >= 3)
  }

  private struct Reason: Error {
    let text: String
    init(_ text: String) { self.text = text }
  }
}

extension UInt8 {
  fileprivate var isHexDigit: Bool {
    (self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9"))
      || (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "f"))
      || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "F"))
  }
}
