import HealthRemediation
import Testing

/// ASCII text is read on bytes for speed; these cases prove that text with combining marks is still read
/// by characters, where a colon, space or dash followed by a combining mark is not a separator.
@Suite("Text outside ASCII is read by characters, as before the byte-level fast paths")
struct CharacterRulesTests {
  @Test("a colon followed by a combining mark does not separate the parts of an ARN")
  func arnColonWithCombiningMark() {
    #expect {
      try ARN(parsing: "arn:aws:ec2:us-east-1:123456789012:\u{301}instance/i-0123456789abcdef0")
    } throws: { error in
      (error as? ARNError)?.reason == "an ARN has six colon-separated parts, this has 5"
    }
  }

  @Test("a weekday with a combining mark after a space is still one field of a Health time")
  func healthTimeSpaceWithCombiningMark() throws {
    let time = try #require(HealthTimestamp("W \u{301}ed, 28 Nov 2023 06:27:57 GMT"))
    #expect(time.date.timeIntervalSince1970 == 1_701_152_877)
  }

  @Test("an ID whose dash carries a combining mark does not start with i-")
  func instanceIDDashWithCombiningMark() {
    #expect {
      try InstanceID(validating: "i-\u{301}0123456")
    } throws: { error in
      (error as? InstanceIDError)?.reason == "an instance ID starts with \"i-\""
    }
  }

  @Test("a resource type followed by a slash with a combining mark is not split there")
  func resourceSeparatorWithCombiningMark() throws {
    let arn = try ARN(parsing: "arn:aws:ec2:us-east-1:123456789012:instance/\u{301}x:i-1")
    #expect(arn.resourceType == "instance/\u{301}x")
    #expect(arn.resourceID == "i-1")
  }

  @Test("targets given in any order are grouped by scope with sorted IDs")
  func byScopeOfUnsortedTargets() {
    let targets = [
      RemediationTarget(id: Fixtures.id(3), scope: Fixtures.useast1, sources: ["a"]),
      RemediationTarget(id: Fixtures.id(2), scope: Fixtures.euwest1, sources: ["b"]),
      RemediationTarget(id: Fixtures.id(1), scope: Fixtures.useast1, sources: ["c"]),
    ]
    let groups = TargetSet(targets: targets, notActionable: []).byScope
    #expect(groups.map(\.scope) == [Fixtures.euwest1, Fixtures.useast1])
    #expect(groups.map(\.ids) == [[Fixtures.id(2)], [Fixtures.id(1), Fixtures.id(3)]])
  }
}
