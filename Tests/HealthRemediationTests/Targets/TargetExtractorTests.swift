import Foundation
import HealthRemediation
import Testing

@Suite("Finding the instances an event names")
struct TargetExtractorTests {
  let extractor = TargetExtractor()

  @Test("instance ARNs in resources and affectedEntities are deduplicated, with both sources kept")
  func deduplicatesAcrossResourcesAndEntities() {
    let a = Fixtures.id(1)
    let b = Fixtures.id(2)
    let event = Fixtures.event(
      resources: [Fixtures.arn(a, Fixtures.useast1), Fixtures.arn(b, Fixtures.useast1)],
      entities: [Fixtures.arn(a, Fixtures.useast1), Fixtures.arn(b, Fixtures.useast1)])
    let set = extractor.targets(of: event)
    #expect(set.targets.map(\.id) == [a, b])
    #expect(set.targets[0].sources == ["resources[0]", "detail.affectedEntities[0].entityValue"])
    #expect(set.notActionable.isEmpty)
  }

  @Test("a bare ID takes its region from eventRegion and its account from affectedAccount")
  func bareIDUsesEventRegionAndAffectedAccount() {
    let id = Fixtures.id(3)
    let event = Fixtures.event(
      entities: [id.rawValue], eventRegion: "eu-west-1", affectedAccount: Fixtures.otherAccount)
    let set = extractor.targets(of: event)
    #expect(
      set.targets.map(\.scope) == [
        ResourceScope(partition: "aws", accountID: Fixtures.otherAccount, region: "eu-west-1")
      ])
  }

  @Test("a bare ID takes the envelope account when there is no affectedAccount")
  func bareIDUsesEnvelopeAccount() {
    let set = extractor.targets(
      of: Fixtures.event(entities: [Fixtures.id(3).rawValue], eventRegion: "eu-west-1"))
    #expect(set.targets.first?.scope == Fixtures.euwest1)
  }

  @Test("a bare ID in a global event uses the configured default region, never global")
  func bareIDGlobalUsesDefaultRegion() {
    let event = Fixtures.event(entities: [Fixtures.id(4).rawValue], eventRegion: "global")
    #expect(
      TargetExtractor(defaultRegion: "eu-west-1").targets(of: event).targets.first?.scope.region
        == "eu-west-1")
    let withoutDefault = extractor.targets(of: event)
    #expect(withoutDefault.targets.isEmpty)
    #expect(withoutDefault.notActionable.first?.reason.contains("needs a region") == true)
  }

  @Test("targets are grouped by partition, account and region")
  func groupsByScope() {
    let china = ResourceScope(partition: "aws-cn", accountID: Fixtures.account, region: "cn-north-1")
    let other = ResourceScope(partition: "aws", accountID: Fixtures.otherAccount, region: "us-east-1")
    let event = Fixtures.event(resources: [
      Fixtures.arn(Fixtures.id(1), Fixtures.useast1), Fixtures.arn(Fixtures.id(2), china),
      Fixtures.arn(Fixtures.id(3), other), Fixtures.arn(Fixtures.id(4), Fixtures.useast1),
    ])
    let groups = extractor.targets(of: event).byScope
    #expect(groups.map(\.scope) == [Fixtures.useast1, other, china].sorted())
    #expect(groups.first { $0.scope == Fixtures.useast1 }?.ids == [Fixtures.id(1), Fixtures.id(4)])
  }

  @Test(
    "what is not an EC2 instance is reported as not actionable with the reason",
    arguments: [
      ("arn:aws:s3:::my-bucket", "s3 resource"),
      ("arn:aws:ec2:us-east-1:123456789012:volume/vol-0123456789abcdef0", "EC2 volume"),
      ("arn:aws:ec2:global:123456789012:instance/i-0123456789abcdef0", "own region"),
      ("arn:aws:ec2::123456789012:instance/i-0123456789abcdef0", "region is empty"),
      ("arn:aws:ec2:us-east-1:123456789012:instance/i-abcdef", "8 or 17"),
      ("203.0.113.7", "IP address"),
      ("2001:db8::1", "IP address"),
      ("i-ABCDEF12", "lowercase"),
      ("example.com", "neither"),
      ("arn:aws:ec2:us-east-1:123", "six colon-separated parts"),
      ("", "neither"),
    ])
  func notActionableKeepsReason(value: String, reason: String) {
    let set = extractor.targets(of: Fixtures.event(entities: [value], eventRegion: "us-east-1"))
    #expect(set.targets.isEmpty)
    #expect(set.notActionable.count == 1)
    #expect(set.notActionable.first?.value == value)
    #expect(set.notActionable.first?.source == "detail.affectedEntities[0].entityValue")
    #expect(set.notActionable.first?.reason.contains(reason) == true)
  }

  @Test("the workshop sample's six- and seven-digit IDs are reported, not dropped")
  func workshopSampleIDsAreNotActionable() throws {
    let event = try HealthEventDecoder().decode(try Data(contentsOf: Fixtures.sampleEventURL))
    let set = extractor.targets(of: event)
    #expect(set.targets.isEmpty)
    #expect(set.notActionable.count == 4)
    #expect(set.notActionable.allSatisfy { $0.reason.contains("8 or 17") })
  }

  @Test("the same instance named in two different places is kept once; the conflict is reported")
  func conflictingScopesReported() {
    let id = Fixtures.id(9)
    let set = extractor.targets(
      of: Fixtures.event(resources: [Fixtures.arn(id, Fixtures.useast1), Fixtures.arn(id, Fixtures.euwest1)]))
    #expect(set.targets.map(\.scope) == [Fixtures.useast1])
    #expect(set.notActionable.first?.reason.contains("an instance lives in one place") == true)
  }

  @Test("an event without resources or entities has no targets")
  func emptyEvent() {
    let set = extractor.targets(of: Fixtures.event())
    #expect(set.targets.isEmpty && set.notActionable.isEmpty)
  }
}
