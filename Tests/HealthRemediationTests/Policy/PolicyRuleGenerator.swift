import HealthRemediation

/// Random rule trees and instances drawn from small pools, so that rules and tags often meet.
struct PolicyRuleGenerator {
  private static let keys = ["Stage", "stage", "Owner", "Cost Center"]
  private static let values = ["Prod", "prod", "Dev", ""]
  private static let states: [InstanceState] = [
    .pending, .running, .stopping, .stopped, .shuttingDown, .terminated,
  ]

  private var random: PolicySplitMix64

  /// A generator whose trees and instances are fixed by `seed`.
  init(seed: UInt64) {
    random = PolicySplitMix64(seed: seed)
  }

  /// A rule at most `depth` levels deep; `allowEmpty` lets `all` and `any` have no children, which
  /// Swift allows but the document format rejects.
  mutating func rule(depth: Int, allowEmpty: Bool) -> PolicyRule {
    let kinds = depth > 0 ? 9 : 6
    switch Int.random(in: 0..<kinds, using: &random) {
    case 0: return .tagEquals(key: key(), value: value())
    case 1: return .tagNotEquals(key: key(), value: value())
    case 2:
      return .tagIn(key: key(), values: (0..<Int.random(in: 1...3, using: &random)).map { _ in value() })
    case 3: return .tagExists(key: key())
    case 4: return .tagAbsent(key: key())
    case 5:
      return .stateIn(
        (0..<Int.random(in: 1...3, using: &random)).map { _ in Self.pick(Self.states, using: &random) })
    case 6: return .all(children(depth: depth, allowEmpty: allowEmpty))
    case 7: return .any(children(depth: depth, allowEmpty: allowEmpty))
    default: return .not(rule(depth: depth - 1, allowEmpty: allowEmpty))
    }
  }

  /// An instance in a random state with a random subset of the key pool, or unreadable tags one time
  /// in four.
  mutating func instance() throws -> InstanceDescription {
    let state = Self.pick(Self.states, using: &random)
    guard Int.random(in: 0..<4, using: &random) != 0 else {
      return try PolicyFixtures.instance(nil, state: state)
    }
    var tags: [String: String] = ["Name": "web"]
    for key in Self.keys where Bool.random(using: &random) {
      tags[key] = value()
    }
    return try PolicyFixtures.instance(tags, state: state)
  }

  private mutating func children(depth: Int, allowEmpty: Bool) -> [PolicyRule] {
    let count = Int.random(in: (allowEmpty ? 0 : 1)...3, using: &random)
    return (0..<count).map { _ in rule(depth: depth - 1, allowEmpty: allowEmpty) }
  }

  private mutating func key() -> String { Self.pick(Self.keys, using: &random) }

  private mutating func value() -> String { Self.pick(Self.values, using: &random) }

  /// An element of a non-empty pool.
  private static func pick<Element>(_ pool: [Element], using random: inout PolicySplitMix64) -> Element {
    pool[Int.random(in: 0..<pool.count, using: &random)]
  }
}
