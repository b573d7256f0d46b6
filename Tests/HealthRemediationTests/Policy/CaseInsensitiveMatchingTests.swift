import HealthRemediation
import Testing

@Suite("Case-insensitive matching compares tag keys and values ignoring case, states exactly")
struct CaseInsensitiveMatchingTests {
  @Test("values match ignoring case, and the reason shows the value as tagged")
  func valuesIgnoreCase() throws {
    let rule = PolicyRule.tagNotEquals(key: "Stage", value: "Prod")
    let decision = rule.evaluate(try PolicyFixtures.instance(["Stage": "PROD"]), matching: .caseInsensitive)
    #expect(decision == PolicyDecision(verdict: .skip, reason: "tag Stage is \"PROD\""))
    #expect(rule.evaluate(try PolicyFixtures.instance(["Stage": "PROD"]), matching: .exact).verdict == .act)
  }

  @Test("keys match ignoring case, and the reason names the key as tagged")
  func keysIgnoreCase() throws {
    let rule = PolicyRule.tagEquals(key: "Stage", value: "Dev")
    let decision = rule.evaluate(try PolicyFixtures.instance(["stage": "dev"]), matching: .caseInsensitive)
    #expect(decision == PolicyDecision(verdict: .act, reason: "tag stage is \"dev\""))
    #expect(rule.evaluate(try PolicyFixtures.instance(["stage": "dev"])).verdict == .skip)
  }

  @Test("tag in, exists and absent ignore case too")
  func otherTagRulesIgnoreCase() throws {
    let instance = try PolicyFixtures.instance(["OWNER": "Alice"])
    #expect(
      PolicyRule.tagIn(key: "owner", values: ["bob", "alice"]).evaluate(instance, matching: .caseInsensitive)
        .verdict == .act)
    #expect(PolicyRule.tagExists(key: "owner").evaluate(instance, matching: .caseInsensitive).verdict == .act)
    #expect(
      PolicyRule.tagAbsent(key: "owner").evaluate(instance, matching: .caseInsensitive).verdict == .skip)
    #expect(PolicyRule.tagAbsent(key: "owner").evaluate(instance, matching: .exact).verdict == .act)
  }

  @Test("keys differing only in case are all considered, so any protected spelling protects")
  func everySpellingOfAKeyCounts() throws {
    let instance = try PolicyFixtures.instance(["Stage": "Dev", "stage": "prod"])
    let decision = PolicyRule.workshopDefault.evaluate(instance, matching: .caseInsensitive)
    #expect(decision == PolicyDecision(verdict: .skip, reason: "tag stage is \"prod\""))
    let unprotected = try PolicyFixtures.instance(["Stage": "Dev", "STAGE": "Test"])
    #expect(
      PolicyRule.workshopDefault.evaluate(unprotected, matching: .caseInsensitive)
        == PolicyDecision(
          verdict: .act, reason: "tag STAGE is \"Test\", not \"Prod\" and tag Stage is \"Dev\", not \"Prod\"")
    )
  }

  @Test("non-ASCII values compare after Unicode lower-casing")
  func unicodeValues() throws {
    let rule = PolicyRule.tagEquals(key: "Équipe", value: "ÉTÉ")
    #expect(
      rule.evaluate(try PolicyFixtures.instance(["équipe": "été"]), matching: .caseInsensitive).verdict
        == .act)
  }

  @Test("a document's caseInsensitive flag selects the matching")
  func documentFlag() throws {
    let insensitive = try PolicyDocument(
      json: #"{"version": 1, "caseInsensitive": true, "actWhen": {"tag": "Stage", "notEquals": "Prod"}}"#)
    let sensitive = try PolicyDocument(
      json: #"{"version": 1, "actWhen": {"tag": "Stage", "notEquals": "Prod"}}"#)
    let instance = try PolicyFixtures.instance(["Stage": "prod"])
    #expect(insensitive.tagMatching == .caseInsensitive)
    #expect(insensitive.evaluate(instance).verdict == .skip)
    #expect(sensitive.tagMatching == .exact)
    #expect(sensitive.evaluate(instance).verdict == .act)
  }
}
