import HealthRemediation
import Testing

@Suite("all, any and not compose rules and combine their children's reasons")
struct CompositionTests {
  private let notProd = PolicyRule.tagNotEquals(key: "Stage", value: "Prod")
  private let running = PolicyRule.stateIn([.running])
  private let owned = PolicyRule.tagExists(key: "Owner")

  @Test("all acts when every rule holds, giving every fact")
  func allActs() throws {
    let decision = PolicyRule.all([notProd, running]).evaluate(try PolicyFixtures.instance(["Stage": "Dev"]))
    #expect(
      decision
        == PolicyDecision(
          verdict: .act, reason: "tag Stage is \"Dev\", not \"Prod\" and state is \"running\""))
  }

  @Test("all skips when a rule fails, giving only the failing facts")
  func allSkips() throws {
    let decision = PolicyRule.all([notProd, running, owned]).evaluate(
      try PolicyFixtures.instance(["Stage": "Dev"], state: .stopped))
    #expect(
      decision
        == PolicyDecision(
          verdict: .skip, reason: "state is \"stopped\", not \"running\" and tag Owner is absent"))
  }

  @Test("any acts when one rule holds, giving the facts that hold")
  func anyActs() throws {
    let decision = PolicyRule.any([owned, running]).evaluate(
      try PolicyFixtures.instance([:], state: .running))
    #expect(decision == PolicyDecision(verdict: .act, reason: "state is \"running\""))
  }

  @Test("any skips when no rule holds, giving every fact")
  func anySkips() throws {
    let decision = PolicyRule.any([owned, running]).evaluate(
      try PolicyFixtures.instance([:], state: .stopped))
    #expect(
      decision
        == PolicyDecision(
          verdict: .skip, reason: "tag Owner is absent and state is \"stopped\", not \"running\""))
  }

  @Test("not flips the verdict and keeps the facts")
  func notFlips() throws {
    let instance = try PolicyFixtures.instance(["Stage": "Prod"])
    #expect(
      PolicyRule.not(.tagEquals(key: "Stage", value: "Prod")).evaluate(instance)
        == PolicyDecision(verdict: .skip, reason: "tag Stage is \"Prod\""))
    #expect(
      PolicyRule.not(.tagEquals(key: "Stage", value: "Dev")).evaluate(instance)
        == PolicyDecision(verdict: .act, reason: "tag Stage is \"Prod\", not \"Dev\""))
  }

  @Test("a repeated fact is stated once")
  func factsAreNotRepeated() throws {
    let rule = PolicyRule.any([
      .tagEquals(key: "Stage", value: "Dev"), .tagIn(key: "Stage", values: ["Test"]),
    ])
    #expect(rule.evaluate(try PolicyFixtures.instance([:])).reason == "tag Stage is absent")
  }

  @Test("nested rules decide by the usual logic")
  func nestedRules() throws {
    let rule = PolicyRule.all([notProd, .any([running, .not(owned)])])
    #expect(rule.evaluate(try PolicyFixtures.instance(["Stage": "Dev"], state: .stopped)).verdict == .act)
    #expect(
      rule.evaluate(try PolicyFixtures.instance(["Stage": "Dev", "Owner": "a"], state: .stopped)).verdict
        == .skip)
    #expect(rule.evaluate(try PolicyFixtures.instance(["Stage": "Prod"], state: .running)).verdict == .skip)
  }

  @Test("an empty all or any decides nothing, so it skips, even negated")
  func emptyCompositesSkip() throws {
    let instance = try PolicyFixtures.instance(["Stage": "Dev"])
    for rule in [
      PolicyRule.all([]), .any([]), .not(.all([])), .not(.any([])), .any([.all([]), .not(running)]),
    ] {
      #expect(rule.evaluate(instance).verdict == .skip, "\(rule)")
    }
    #expect(PolicyRule.not(.all([])).evaluate(instance).reason == "an empty \"all\" rule decides nothing")
    #expect(PolicyRule.any([.all([]), running]).evaluate(instance).verdict == .act)
  }

  @Test("a rule reads as a condition, with nested groups in parentheses")
  func descriptions() {
    #expect(PolicyRule.workshopDefault.description == "tag Stage is not \"Prod\"")
    #expect(
      PolicyRule.not(.tagEquals(key: "Stage", value: "Prod")).description == "tag Stage is not \"Prod\"")
    #expect(
      PolicyRule.all([notProd, .any([running, .not(owned)]), .tagIn(key: "Team", values: ["a", "b"])])
        .description
        == "tag Stage is not \"Prod\" and (state is \"running\" or tag Owner is absent) and tag Team is one of \"a\", \"b\""
    )
    #expect(
      PolicyRule.not(.any([running, owned])).description
        == "not (state is \"running\" or tag Owner is present)")
    #expect(
      PolicyRule.not(.stateIn([.stopped, .stopping])).description
        == "state is not one of \"stopped\", \"stopping\"")
    #expect(
      PolicyRule.all([.any([running, owned])]).description == "state is \"running\" or tag Owner is present")
    #expect(PolicyRule.not(.all([])).description == "not (an empty \"all\", which decides nothing)")
    #expect(PolicyRule.not(.any([owned])).description == "tag Owner is absent")
    #expect(
      PolicyRule.not(.not(.all([running, owned]))).description
        == "state is \"running\" and tag Owner is present")
    #expect(
      PolicyRule.any([.not(.not(.all([running, owned]))), owned]).description
        == "(state is \"running\" and tag Owner is present) or tag Owner is present")
    #expect(PolicyRule.stateIn([.running, .running]).description == "state is \"running\"")
  }
}
