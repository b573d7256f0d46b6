import HealthRemediationAWS
import Testing

@Suite("XML answers")
struct AWSXMLDocumentTests {
  @Test("keeps nested item lists apart (tags inside instances inside reservations)")
  func parsesNestedItems() throws {
    let body = EC2Responses.describe([
      (id: "i-0123456789abcdef0", state: "running", tags: ["Stage": "Dev", "Name": "web & db"])
    ])
    let root = try AWSXMLDocument.parse(Array(body.utf8))
    let instance = try #require(root.items(of: "reservationSet").first?.items(of: "instancesSet").first)
    #expect(instance.text(at: "instanceId") == "i-0123456789abcdef0")
    #expect(instance.text(at: "instanceState", "name") == "running")
    let tags = instance.items(of: "tagSet").map { ($0.text(at: "key") ?? "", $0.text(at: "value") ?? "") }
    #expect(tags.count == 2)
    #expect(tags.contains { $0 == ("Name", "web & db") })
    #expect(instance.items(of: "groupSet").count == 1)
  }

  @Test("refuses a body that is not well-formed XML")
  func rejectsMalformedXML() {
    #expect(throws: AWSResponseDecodingError.self) {
      try AWSXMLDocument.parse(Array("<a><b></a>".utf8))
    }
  }

  @Test("does not expand external entities")
  func ignoresExternalEntities() throws {
    let body = """
      <?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r><v>&x;</v></r>
      """
    let root = try? AWSXMLDocument.parse(Array(body.utf8))
    #expect(root?.text(at: "v")?.contains("root:") != true)
  }
}
