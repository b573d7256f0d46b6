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

  @Test(
    "builds the same tree as Foundation's XMLParser",
    arguments: [
      EC2Responses.describe([
        (id: "i-0123456789abcdef0", state: "running", tags: ["Stage": "Dev", "Name": "a <b> & 'c' \"d\""]),
        (id: "i-0fedcba9876543210", state: "stopped", tags: [:]),
      ]),
      EC2Responses.stop(["i-0123456789abcdef0", "i-0fedcba9876543210"]),
      EC2Responses.error("InvalidInstanceID.NotFound", "The instance IDs 'i-1, i-2' do not exist"),
      EC2Responses.queryError("Throttling", "Rate exceeded"),
      EC2Responses.callerIdentity(account: "123456789012"),
      EC2Responses.publish(messageID: "5f1c-42"),
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- before -->\n<r a=\"1\" b='x>y'>\n  <v>&#65;&#x42;&lt;&gt;&amp;&quot;&apos;</v>\n"
        + "  <w><![CDATA[<not> & markup]]></w><?pi data?><empty/><e x=\"1\" />\n</r>\n<!-- after -->",
      "<?xml version=\"1.0\"?>\n<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">\n"
        + "    <requestId>r-1</requestId>\n    <reservationSet>\n        <item>\n            <tagSet>\n"
        + "                <item>\n                    <key>Stage</key>\n                    <value> </value>\n"
        + "                </item>\n            </tagSet>\n        </item>\n    </reservationSet>\n"
        + "</DescribeInstancesResponse>\n",
      "<r>caf\u{E9} \u{1F600} \u{65E5}\u{672C}</r>",
      "<r>\r\n<a>x\r\ny\rz</a>\r\n</r>",
      "\u{FEFF}<r><a>1</a>between<b>2</b></r>",
    ])
  func matchesFoundation(document: String) throws {
    let ours = try AWSXMLDocument.parse(Array(document.utf8))
    #expect(ours == FoundationXMLReference.parse(document))
  }

  @Test("decodes entities, character references and CDATA, and ignores comments and attributes")
  func decodesCharacterData() throws {
    let root = try AWSXMLDocument.parse(
      Array(
        "<r id=\"7\"><a>&lt;x&gt; &amp; &#233;&#x1F600;</a><!-- c --><b><![CDATA[a < b && c]]></b><c/></r>"
          .utf8))
    #expect(root.text(at: "a") == "<x> & \u{E9}\u{1F600}")
    #expect(root.text(at: "b") == "a < b && c")
    #expect(root.child("c") == AWSXMLElement(name: "c"))
    #expect(root.children.map(\.name) == ["a", "b", "c"])
  }

  @Test("drops indentation between child elements and keeps whitespace that is an element's whole text")
  func dropsIndentationOnly() throws {
    let root = try AWSXMLDocument.parse(
      Array(
        "<r>\n  <a> </a>\n  <b>\n  </b>\n  <c>x <d/> y</c>\n  <e> <!-- c --> </e>\n  <f> <!-- c --> <g/> </f>\n</r>"
          .utf8))
    #expect(root.text == "")
    #expect(root.text(at: "a") == " ")
    #expect(root.text(at: "b") == "\n  ")
    #expect(root.text(at: "c") == "x  y")
    #expect(root.text(at: "e") == "  ")
    #expect(root.text(at: "f") == "")
    #expect(root.children.map(\.name) == ["a", "b", "c", "e", "f"])
  }

  @Test(
    "refuses a body that is not well-formed XML",
    arguments: [
      "<a><b></a>", "", "   ", "text", "<a>", "<a></b>", "</a>", "<a/><b/>", "<a/>trailing",
      "<a>&unknown;</a>",
      "<a>&#0;</a>", "<a>&#xD800;</a>", "<a>& b</a>", "<a b></a>", "<a b=1></a>", "<a b=\"1\"c=\"2\"></a>",
      "<a b=\"<\"></a>", "<1a></1a>", "<a><!-- open</a>", "<a><![CDATA[open</a>", "<a", "<a/ >", "<",
      "<!BOGUS><a/>", "<![CDATA[x]]><a/>",
    ])
  func rejectsMalformedXML(document: String) {
    #expect(throws: AWSResponseDecodingError.self) {
      try AWSXMLDocument.parse(Array(document.utf8))
    }
  }

  @Test("refuses invalid UTF-8 in names and text")
  func rejectsInvalidUTF8() {
    for bytes in [
      Array("<a>".utf8) + [0xC3, 0x28] + Array("</a>".utf8), [0x3C, 0xFF, 0x3E, 0x3C, 0x2F, 0xFF, 0x3E],
    ] {
      #expect(throws: AWSResponseDecodingError.self) { try AWSXMLDocument.parse(bytes) }
    }
  }

  @Test("refuses nesting deeper than the limit, and accepts it up to the limit")
  func limitsDepth() throws {
    func nested(_ depth: Int) -> [UInt8] {
      Array((String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)).utf8)
    }
    #expect(throws: AWSResponseDecodingError.self) { try AWSXMLDocument.parse(nested(257)) }
    var element = try AWSXMLDocument.parse(nested(256))
    var depth = 1
    while let child = element.children.first {
      element = child
      depth += 1
    }
    #expect(depth == 256)
  }

  @Test("refuses document type declarations, so that no entity is ever expanded")
  func refusesDocumentTypes() {
    for body in [
      "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r><v>&x;</v></r>",
      "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><r>&b;</r>",
    ] {
      #expect(throws: AWSResponseDecodingError.self) { try AWSXMLDocument.parse(Array(body.utf8)) }
    }
  }

  @Test("names the byte offset of the problem")
  func namesTheOffset() {
    #expect {
      try AWSXMLDocument.parse(Array("<a><b></a>".utf8))
    } throws: { error in
      (error as? AWSResponseDecodingError)?.reason.contains("at byte 10: </a> ends <b>") == true
    }
  }
}
