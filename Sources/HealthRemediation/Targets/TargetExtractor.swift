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
    var context = Context(event: event, extractor: self)
    var targets: [RemediationTarget] = []
    // Filled only for events naming many instances; a few are found faster by comparing IDs.
    var positions: [InstanceID: Int] = [:]
    var notActionable: [NotActionableEntity] = []
    let resources = event.resources ?? []
    let entities = event.detail.affectedEntities ?? []
    targets.reserveCapacity(resources.count + entities.count)

    func position(of id: InstanceID) -> Int? {
      if targets.count < Self.linearSearchLimit { return targets.firstIndex { $0.id == id } }
      if positions.isEmpty {
        for (index, target) in targets.enumerated() { positions[target.id] = index }
      }
      return positions[id]
    }

    func consider(_ value: String, source: String) {
      switch classify(value, context: &context) {
      case .failure(let reason):
        notActionable.append(NotActionableEntity(value: value, source: source, reason: reason.text))
      case .success(let (id, scope)):
        guard let position = position(of: id) else {
          if !positions.isEmpty { positions[id] = targets.count }
          var sources: [String] = []
          // An instance is usually named twice, in resources and in affectedEntities.
          sources.reserveCapacity(2)
          sources.append(source)
          targets.append(RemediationTarget(id: id, scope: scope, sources: sources))
          return
        }
        if targets[position].scope == scope {
          targets[position].sources.append(source)
        } else {
          let existing = targets[position]
          notActionable.append(
            NotActionableEntity(
              value: value, source: source,
              reason: "names \(id) in \(scope), but \(existing.sources[0]) names it in \(existing.scope); "
                + "an instance lives in one place, so the first is kept"))
        }
      }
    }
    for (index, value) in resources.enumerated() {
      consider(value, source: ByteText.concatenation(["resources[", String(index), "]"]))
    }
    for (index, entity) in entities.enumerated() {
      consider(
        entity.entityValue,
        source: ByteText.concatenation(["detail.affectedEntities[", String(index), "].entityValue"]))
    }
    Self.sortByScopeAndID(&targets)
    return TargetSet(targets: targets, notActionable: notActionable)
  }

  /// Below this many targets, a new one is looked for among them by comparing IDs rather than hashing.
  private static let linearSearchLimit = 16

  /// The targets ordered by scope, then ID.
  ///
  /// Events name few scopes and many instances, so the scopes are ordered once and each scope's IDs on
  /// their own, rather than comparing a scope for every pair of instances.
  private static func sortByScopeAndID(_ targets: inout [RemediationTarget]) {
    guard let first = targets.first?.scope else { return }
    if targets.allSatisfy({ $0.scope == first }) {
      targets.sort { $0.id < $1.id }
      return
    }
    var groups: [ResourceScope: [RemediationTarget]] = [:]
    for target in targets { groups[target.scope, default: []].append(target) }
    targets = groups.keys.sorted().flatMap { scope in (groups[scope] ?? []).sorted { $0.id < $1.id } }
  }

  /// What the event says about where bare IDs live, worked out only when a bare ID needs it.
  private struct Context {
    let eventARN: String
    let eventRegion: String?
    let account: String
    let extractor: TargetExtractor
    private var resolvedPartition: String?
    /// The scope of the last instance ARN read, reused when the next names the same one.
    var lastScope: ResourceScope?

    init(event: HealthEvent, extractor: TargetExtractor) {
      eventARN = event.detail.eventARN
      eventRegion = event.detail.eventRegion
      // The event's account for bare IDs and ARNs without one.
      account = event.detail.affectedAccount ?? event.account
      self.extractor = extractor
    }

    /// The partition for bare IDs: the event ARN's, or the configured default.
    mutating func partition() -> String {
      if let resolvedPartition { return resolvedPartition }
      let partition = (try? ARN(parsing: eventARN))?.partition ?? extractor.defaultPartition
      resolvedPartition = partition
      return partition
    }

    /// The region for bare IDs: the event's region, or the configured default, never `global`.
    var region: String? {
      if let region = eventRegion, RegionName.isValid(region) { return region }
      if let region = extractor.defaultRegion, RegionName.isValid(region) { return region }
      return nil
    }

    /// Why a bare ID has no region.
    var regionProblem: String {
      let named =
        eventRegion.map { "detail.eventRegion is \"\($0.prefix(40))\"" }
        ?? "detail.eventRegion is absent"
      return "a bare instance ID needs a region, but \(named) and no default region is configured"
    }
  }

  private func classify(_ value: String, context: inout Context) -> Result<
    (InstanceID, ResourceScope), Reason
  > {
    if let found = Self.instanceARN(value, previous: &context.lastScope) { return .success(found) }
    if value.hasPrefix("arn:") { return classifyARN(value, context: context) }
    if let id = InstanceID(value) {
      guard let region = context.region else { return .failure(Reason(context.regionProblem)) }
      let account = context.account
      guard Self.isAccountID(account) else {
        return .failure(
          Reason("the event's account \"\(account.prefix(20))\" is not a 12-digit account ID"))
      }
      return .success(
        (id, ResourceScope(partition: context.partition(), accountID: account, region: region)))
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
    ByteText.withBytes(of: text) { bytes in
      bytes.count == 12 && bytes.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
  }

  /// The instance and scope of an instance ARN in its usual form,
  /// `arn:PARTITION:ec2:REGION:ACCOUNT:instance/ID` with a 12-digit account, read on bytes; `nil` for
  /// anything else, which ``classifyARN(_:context:)`` then reads and explains.
  ///
  /// Everything this accepts, the general reading accepts with the same result.
  private static func instanceARN(_ value: String, previous: inout ResourceScope?) -> (
    InstanceID, ResourceScope
  )? {
    ByteText.withBytes(of: value) { bytes -> (InstanceID, ResourceScope)? in
      // ARNs longer than this are refused by ARN(parsing:), so they are left to it.
      guard bytes.count <= 2048, ByteText.matches(bytes, at: 0, "arn:"),
        let partitionEnd = bytes[4...].firstIndex(of: UInt8(ascii: ":")),
        ByteText.matches(bytes, at: partitionEnd, ":ec2:"),
        let regionEnd = bytes[(partitionEnd + 5)...].firstIndex(of: UInt8(ascii: ":")),
        regionEnd + 1 + 12 + 10 <= bytes.count
      else { return nil }
      let accountStart = regionEnd + 1
      let typeStart = accountStart + 12
      let idStart = typeStart + 10
      guard
        bytes[accountStart..<typeStart].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
        ByteText.matches(bytes, at: typeStart, ":instance/")
          || ByteText.matches(bytes, at: typeStart, ":instance:")
      else { return nil }
      guard ARN.isPartition(bytes[4..<partitionEnd]), RegionName.isValid(bytes[partitionEnd + 5..<regionEnd]),
        InstanceID.hasInstanceIDShape(bytes[idStart...])
      else { return nil }
      func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
      }
      let id = InstanceID(checkedRawValue: text(idStart..<bytes.count))
      // Events name instances of one scope or a few: the scope of the previous ARN is usually this one's.
      if let previous, ByteText.equals(previous.region, bytes[partitionEnd + 5..<regionEnd]),
        ByteText.equals(previous.accountID, bytes[accountStart..<typeStart]),
        ByteText.equals(previous.partition, bytes[4..<partitionEnd])
      {
        return (id, previous)
      }
      let scope = ResourceScope(
        partition: text(4..<partitionEnd), accountID: text(accountStart..<typeStart),
        region: text(partitionEnd + 5..<regionEnd))
      previous = scope
      return (id, scope)
    }
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
