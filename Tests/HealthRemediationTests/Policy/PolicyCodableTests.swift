import Foundation
import HealthRemediation
import Testing

@Suite("Policies embedded in a Codable configuration are checked like documents")
struct PolicyCodableTests {
  @Test("a configuration with a policy and a rule round-trips through JSONEncoder and JSONDecoder")
  func roundTrip() throws {
    let configuration = PolicyEmbeddingConfiguration(
      topic: "alerts",
      policy: PolicyDocument(
        actWhen: .all([.tagNotEquals(key: "Stage", value: "Prod"), .stateIn([.running, .shuttingDown])]),
        tagMatching: .caseInsensitive),
      extraRule: .not(.tagIn(key: "Team", values: ["sre"])))
    let data = try JSONEncoder().encode(configuration)
    #expect(try JSONDecoder().decode(PolicyEmbeddingConfiguration.self, from: data) == configuration)
  }

  @Test("an embedded document is read in the same format as a file")
  func embeddedFormat() throws {
    let json = #"""
      {"topic": "alerts",
       "policy": {"version": 1, "caseInsensitive": true, "actWhen": {"tag": "Stage", "exists": false}},
       "extraRule": {"stateIn": ["stopped"]}}
      """#
    let configuration = try JSONDecoder().decode(PolicyEmbeddingConfiguration.self, from: Data(json.utf8))
    #expect(
      configuration.policy == PolicyDocument(actWhen: .tagAbsent(key: "Stage"), tagMatching: .caseInsensitive)
    )
    #expect(configuration.extraRule == .stateIn([.stopped]))
  }

  @Test("a bad embedded document fails decoding with the policy error underneath")
  func embeddedError() throws {
    let json = #"{"topic": "alerts", "policy": {"version": 1, "caseInsensitive": 1, "actWhen": {"all": []}}}"#
    do {
      _ = try JSONDecoder().decode(PolicyEmbeddingConfiguration.self, from: Data(json.utf8))
      Issue.record("decoding succeeded")
    } catch DecodingError.dataCorrupted(let context) {
      let underlying = try #require(context.underlyingError as? PolicyDocumentError)
      #expect(
        underlying
          == PolicyDocumentError(
            path: "caseInsensitive", problem: .wrongType(expected: .boolean, found: .number)))
      #expect(context.codingPath.map(\.stringValue) == ["policy"])
    }
  }

  @Test("a bad embedded rule fails decoding with its path inside the rule")
  func embeddedRuleError() throws {
    let json =
      #"{"topic": "t", "policy": {"version": 1, "actWhen": {"tag": "A", "exists": true}}, "extraRule": {"not": {"tag": "A", "in": []}}}"#
    do {
      _ = try JSONDecoder().decode(PolicyEmbeddingConfiguration.self, from: Data(json.utf8))
      Issue.record("decoding succeeded")
    } catch DecodingError.dataCorrupted(let context) {
      #expect(
        context.underlyingError as? PolicyDocumentError
          == PolicyDocumentError(path: "not.in", problem: .emptyList))
    }
  }
}
