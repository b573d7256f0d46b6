import Foundation
import HealthRemediation
import Testing

@Suite("A policy document reads, writes back and explains itself")
struct PolicyDocumentRoundTripTests {
  private static let sample = PolicyDocument(
    actWhen: .all([
      .tagNotEquals(key: "Stage", value: "Prod"),
      .any([.stateIn([.running, .pending]), .tagAbsent(key: "Owner")]),
      .not(.tagIn(key: "Team", values: ["sre", "security"])),
      .tagExists(key: "Cost Center"),
      .tagEquals(key: "Quote\"d", value: "line\nbreak é \u{1F600}"),
    ]),
    tagMatching: .caseInsensitive)

  @Test("the default document is written exactly like this")
  func defaultDocumentText() {
    #expect(
      PolicyDocument.workshopDefault.encodedJSON() == """
        {
          "version": 1,
          "caseInsensitive": false,
          "actWhen": {"tag": "Stage", "notEquals": "Prod"}
        }

        """)
  }

  @Test("a composed document is written indented, one rule per line")
  func composedDocumentText() {
    let document = PolicyDocument(
      actWhen: .all([.not(.tagEquals(key: "Stage", value: "Prod")), .stateIn([.running])]))
    #expect(
      document.encodedJSON() == """
        {
          "version": 1,
          "caseInsensitive": false,
          "actWhen": {
            "all": [
              {"not": {"tag": "Stage", "equals": "Prod"}},
              {"stateIn": ["running"]}
            ]
          }
        }

        """)
  }

  @Test("every rule kind survives writing and reading back")
  func roundTrip() throws {
    let text = Self.sample.encodedJSON()
    #expect(try PolicyDocument(json: text) == Self.sample)
    #expect(try PolicyDocument(json: Array(text.utf8)) == Self.sample)
    #expect(try PolicyDocument(json: Data(text.utf8)) == Self.sample)
  }

  @Test("the example in the issue reads as expected")
  func issueExample() throws {
    let document = try PolicyDocument(
      json:
        #"{"version": 1, "caseInsensitive": true, "actWhen": {"not": {"tag": "Stage", "equals": "Prod"}}}"#)
    #expect(
      document
        == PolicyDocument(
          actWhen: .not(.tagEquals(key: "Stage", value: "Prod")), tagMatching: .caseInsensitive))
  }

  @Test("exists false reads as absent, and JSON escapes and a byte order mark are understood")
  func readingDetails() throws {
    let document = try PolicyDocument(
      json: [0xEF, 0xBB, 0xBF]
        + Array(
          #"{"actWhen": {"any": [{"tag": "Owner", "exists": false}, {"tag": "N\u00e4me", "equals": "\ud83d\ude00\t\/"}]}, "version": 1.0}"#
            .utf8))
    #expect(
      document.actWhen == .any([.tagAbsent(key: "Owner"), .tagEquals(key: "Näme", value: "\u{1F600}\t/")]))
  }

  @Test("a policy explains itself in words, one statement per line")
  func explainDefault() {
    #expect(
      PolicyDocument.workshopDefault.explain() == """
        Act on an instance when tag Stage is not "Prod".
        Tag keys and values are compared exactly.
        An instance without a tag has no value for it: "is not" holds and "is" does not.
        An instance whose tags could not be read is never acted on.
        """)
    #expect(PolicyDocument.workshopDefault.description == PolicyDocument.workshopDefault.explain())
  }

  @Test("a composed policy explains itself as an outline")
  func explainOutline() {
    #expect(
      Self.sample.explain() == """
        Act on an instance when all of:
          - tag Stage is not "Prod"
          - any of:
              - state is one of "running", "pending"
              - tag Owner is absent
          - tag Team is not one of "sre", "security"
          - tag "Cost Center" is present
          - tag "Quote\\"d" is "line\\nbreak é \u{1F600}"
        Tag keys and values are compared ignoring case ("prod" matches "Prod").
        An instance without a tag has no value for it: "is not" holds and "is" does not.
        An instance whose tags could not be read is never acted on.
        """)
  }

  @Test("decisions encode to JSON with the verdict as a word")
  func decisionCoding() throws {
    let decision = PolicyDecision(verdict: .act, reason: "tag Stage is absent")
    let data = try JSONEncoder().encode(decision)
    #expect(String(decoding: data, as: UTF8.self).contains(#""verdict":"act""#))
    #expect(try JSONDecoder().decode(PolicyDecision.self, from: data) == decision)
  }
}
