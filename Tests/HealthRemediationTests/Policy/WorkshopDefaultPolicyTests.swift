import HealthRemediation
import Testing

@Suite("The workshop's default policy stops what is not tagged Stage=Prod")
struct WorkshopDefaultPolicyTests {
  private let policies: [any RemediationPolicy] = [
    PolicyRule.workshopDefault, PolicyDocument.workshopDefault,
  ]

  @Test("a Dev instance is acted on")
  func devIsActedOn() throws {
    for policy in policies {
      #expect(
        policy.evaluate(try PolicyFixtures.instance(["Stage": "Dev"]))
          == PolicyDecision(verdict: .act, reason: "tag Stage is \"Dev\", not \"Prod\""))
    }
  }

  @Test("a Prod instance is skipped")
  func prodIsSkipped() throws {
    for policy in policies {
      #expect(
        policy.evaluate(try PolicyFixtures.instance(["Stage": "Prod"]))
          == PolicyDecision(verdict: .skip, reason: "tag Stage is \"Prod\""))
    }
  }

  @Test("an instance without a Stage tag is acted on")
  func untaggedIsActedOn() throws {
    for policy in policies {
      #expect(
        policy.evaluate(try PolicyFixtures.instance([:]))
          == PolicyDecision(verdict: .act, reason: "tag Stage is absent"))
      #expect(policy.evaluate(try PolicyFixtures.instance(PolicyFixtures.unrelatedTags)).verdict == .act)
    }
  }

  @Test("many other tags change nothing")
  func otherTagsAreIgnored() throws {
    for policy in policies {
      var prod = PolicyFixtures.unrelatedTags
      prod["Stage"] = "Prod"
      var dev = PolicyFixtures.unrelatedTags
      dev["Stage"] = "Dev"
      #expect(policy.evaluate(try PolicyFixtures.instance(prod)).verdict == .skip)
      #expect(policy.evaluate(try PolicyFixtures.instance(dev)).verdict == .act)
    }
  }

  @Test("the default compares exactly, as the workshop does")
  func defaultIsExact() throws {
    #expect(PolicyDocument.workshopDefault.tagMatching == .exact)
    #expect(
      PolicyDocument.workshopDefault.evaluate(try PolicyFixtures.instance(["Stage": "prod"])).verdict == .act)
  }

  @Test("an instance whose tags could not be read is skipped")
  func unreadableIsSkipped() throws {
    for policy in policies {
      #expect(
        policy.evaluate(try PolicyFixtures.instance(nil))
          == PolicyDecision(verdict: .skip, reason: "tags could not be read"))
    }
  }
}
