import HealthRemediation
import Testing

@Suite("An instance whose tags could not be read is never acted on")
struct UnreadableTagsTests {
  /// Every rule kind, alone, negated and combined, including rules that hold without looking at tags.
  private static let rules: [PolicyRule] = {
    let leaves: [PolicyRule] = [
      .tagEquals(key: "Stage", value: "Dev"), .tagNotEquals(key: "Stage", value: "Prod"),
      .tagIn(key: "Stage", values: ["Dev"]), .tagExists(key: "Stage"), .tagAbsent(key: "Stage"),
      .stateIn([.running]), .stateIn([.stopped]),
    ]
    let negated = leaves.map { PolicyRule.not($0) }
    return leaves + negated + leaves.map { .not(.not($0)) } + [
      .all(leaves), .any(leaves), .not(.all(leaves)), .not(.any(leaves)), .all(negated), .any(negated),
      .any([.stateIn([.running]), .tagEquals(key: "Stage", value: "Prod")]),
      .not(.all([.stateIn([.stopped]), .tagExists(key: "Stage")])),
      .all([]), .not(.any([])),
    ]
  }()

  @Test("no rule, negated or combined, acts on unreadable tags", arguments: rules)
  func neverActed(rule: PolicyRule) throws {
    let instance = try PolicyFixtures.instance(nil, state: .running)
    for matching in TagMatching.allCases {
      let decision = rule.evaluate(instance, matching: matching)
      #expect(decision == PolicyDecision(verdict: .skip, reason: "tags could not be read"))
      let document = PolicyDocument(actWhen: rule, tagMatching: matching)
      #expect(document.evaluate(instance).verdict == .skip)
    }
  }

  @Test("a rule on the state alone that would act still skips unreadable tags")
  func stateOnlyRuleSkips() throws {
    let rule = PolicyRule.stateIn([.running])
    #expect(rule.evaluate(try PolicyFixtures.instance([:], state: .running)).verdict == .act)
    #expect(rule.evaluate(try PolicyFixtures.instance(nil, state: .running)).verdict == .skip)
  }
}
