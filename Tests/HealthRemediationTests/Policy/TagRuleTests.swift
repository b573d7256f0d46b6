import HealthRemediation
import Testing

@Suite("Each built-in rule acts when its condition holds and says why")
struct TagRuleTests {
  @Test("tag equals acts on the matching value")
  func tagEqualsActs() throws {
    let decision = PolicyRule.tagEquals(key: "Stage", value: "Dev").evaluate(
      try PolicyFixtures.instance(["Stage": "Dev"]))
    #expect(decision == PolicyDecision(verdict: .act, reason: "tag Stage is \"Dev\""))
  }

  @Test("tag equals skips another value and an absent tag")
  func tagEqualsSkips() throws {
    let rule = PolicyRule.tagEquals(key: "Stage", value: "Dev")
    #expect(
      rule.evaluate(try PolicyFixtures.instance(["Stage": "Prod"]))
        == PolicyDecision(verdict: .skip, reason: "tag Stage is \"Prod\", not \"Dev\""))
    #expect(
      rule.evaluate(try PolicyFixtures.instance(["Owner": "alice"]))
        == PolicyDecision(verdict: .skip, reason: "tag Stage is absent"))
  }

  @Test("tag equals compares exactly by default")
  func tagEqualsIsExact() throws {
    let rule = PolicyRule.tagEquals(key: "Stage", value: "Dev")
    #expect(rule.evaluate(try PolicyFixtures.instance(["Stage": "dev"])).verdict == .skip)
    #expect(rule.evaluate(try PolicyFixtures.instance(["stage": "Dev"])).verdict == .skip)
  }

  @Test("tag not equals acts on another value and on an absent tag")
  func tagNotEqualsActs() throws {
    let rule = PolicyRule.tagNotEquals(key: "Stage", value: "Prod")
    #expect(
      rule.evaluate(try PolicyFixtures.instance(["Stage": "Dev"]))
        == PolicyDecision(verdict: .act, reason: "tag Stage is \"Dev\", not \"Prod\""))
    #expect(
      rule.evaluate(try PolicyFixtures.instance([:]))
        == PolicyDecision(verdict: .act, reason: "tag Stage is absent"))
  }

  @Test("tag not equals skips the protected value")
  func tagNotEqualsSkips() throws {
    let decision = PolicyRule.tagNotEquals(key: "Stage", value: "Prod").evaluate(
      try PolicyFixtures.instance(["Stage": "Prod"]))
    #expect(decision == PolicyDecision(verdict: .skip, reason: "tag Stage is \"Prod\""))
  }

  @Test("tag in acts on any listed value")
  func tagInActs() throws {
    let rule = PolicyRule.tagIn(key: "Stage", values: ["Dev", "Test"])
    #expect(
      rule.evaluate(try PolicyFixtures.instance(["Stage": "Test"]))
        == PolicyDecision(verdict: .act, reason: "tag Stage is \"Test\""))
    #expect(rule.evaluate(try PolicyFixtures.instance(["Stage": "Dev"])).verdict == .act)
  }

  @Test("tag in skips an unlisted value and an absent tag, naming the list")
  func tagInSkips() throws {
    let rule = PolicyRule.tagIn(key: "Stage", values: ["Dev", "Test"])
    #expect(
      rule.evaluate(try PolicyFixtures.instance(["Stage": "Prod"]))
        == PolicyDecision(verdict: .skip, reason: "tag Stage is \"Prod\", not one of \"Dev\", \"Test\""))
    #expect(
      rule.evaluate(try PolicyFixtures.instance([:]))
        == PolicyDecision(verdict: .skip, reason: "tag Stage is absent"))
  }

  @Test("tag exists acts on any value, even an empty one")
  func tagExistsActs() throws {
    let rule = PolicyRule.tagExists(key: "Owner")
    #expect(
      rule.evaluate(try PolicyFixtures.instance(["Owner": "alice"]))
        == PolicyDecision(verdict: .act, reason: "tag Owner is \"alice\""))
    #expect(
      rule.evaluate(try PolicyFixtures.instance(["Owner": ""]))
        == PolicyDecision(verdict: .act, reason: "tag Owner is \"\""))
  }

  @Test("tag exists skips an instance without the tag")
  func tagExistsSkips() throws {
    let decision = PolicyRule.tagExists(key: "Owner").evaluate(try PolicyFixtures.instance(["Stage": "Dev"]))
    #expect(decision == PolicyDecision(verdict: .skip, reason: "tag Owner is absent"))
  }

  @Test("tag absent acts on an instance without the tag")
  func tagAbsentActs() throws {
    let decision = PolicyRule.tagAbsent(key: "Owner").evaluate(try PolicyFixtures.instance(["Stage": "Dev"]))
    #expect(decision == PolicyDecision(verdict: .act, reason: "tag Owner is absent"))
  }

  @Test("tag absent skips an instance with the tag, whatever its value")
  func tagAbsentSkips() throws {
    let rule = PolicyRule.tagAbsent(key: "Owner")
    #expect(
      rule.evaluate(try PolicyFixtures.instance(["Owner": ""]))
        == PolicyDecision(verdict: .skip, reason: "tag Owner is \"\""))
  }

  @Test("state in acts on a listed state")
  func stateInActs() throws {
    let rule = PolicyRule.stateIn([.pending, .running])
    #expect(
      rule.evaluate(try PolicyFixtures.instance([:], state: .running))
        == PolicyDecision(verdict: .act, reason: "state is \"running\""))
  }

  @Test("state in skips an unlisted state, naming the list")
  func stateInSkips() throws {
    #expect(
      PolicyRule.stateIn([.pending, .running]).evaluate(try PolicyFixtures.instance([:], state: .terminated))
        == PolicyDecision(
          verdict: .skip, reason: "state is \"terminated\", not one of \"pending\", \"running\""))
    #expect(
      PolicyRule.stateIn([.running]).evaluate(try PolicyFixtures.instance([:], state: .shuttingDown))
        == PolicyDecision(verdict: .skip, reason: "state is \"shutting-down\", not \"running\""))
  }

  @Test("keys with spaces are quoted and values cannot break a reason's line")
  func reasonsQuoteAwkwardText() throws {
    let decision = PolicyRule.tagEquals(key: "Cost Center", value: "x").evaluate(
      try PolicyFixtures.instance(["Cost Center": "a\"b\nc\u{202E}"]))
    #expect(decision.reason == #"tag "Cost Center" is "a\"b\nc\u{202E}", not "x""#)
  }
}
