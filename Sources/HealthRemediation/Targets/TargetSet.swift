/// The instances an event names, grouped by scope, and everything else it names.
public struct TargetSet: Hashable, Sendable, Codable {
  /// The instances to evaluate, deduplicated, in a deterministic order.
  public var targets: [RemediationTarget]
  /// The entities that are not EC2 instances this library can act on, each with the reason.
  public var notActionable: [NotActionableEntity]

  /// Creates a target set.
  ///
  /// - Parameters:
  ///   - targets: the instances to evaluate.
  ///   - notActionable: the entities that cannot be acted on.
  public init(targets: [RemediationTarget], notActionable: [NotActionableEntity]) {
    self.targets = targets
    self.notActionable = notActionable
  }

  /// The targets grouped by (partition, account, region), scopes in order.
  public var byScope: [(scope: ResourceScope, ids: [InstanceID])] {
    // TargetExtractor sorts targets by scope, then ID, so one pass over runs of equal scopes suffices;
    // targets built in another order are grouped the general way.
    let isSorted = zip(targets, targets.dropFirst()).allSatisfy { lhs, rhs in
      lhs.scope < rhs.scope || (lhs.scope == rhs.scope && lhs.id < rhs.id)
    }
    guard isSorted else {
      return Dictionary(grouping: targets, by: \.scope)
        .map { (scope: $0.key, ids: $0.value.map(\.id).sorted()) }
        .sorted { $0.scope < $1.scope }
    }
    var groups: [(scope: ResourceScope, ids: [InstanceID])] = []
    for target in targets {
      if groups.last?.scope == target.scope {
        groups[groups.count - 1].ids.append(target.id)
      } else {
        groups.append((target.scope, [target.id]))
      }
    }
    return groups
  }
}
