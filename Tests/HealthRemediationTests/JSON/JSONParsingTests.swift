import Foundation
import HealthRemediation
import Testing

/// The shared JSON parser, seen through the two readers that use it: events and policy documents.
@Suite("The shared strict JSON parser")
struct JSONParsingTests {
  /// A minimal valid event with `extra` members added to its detail.
  private func event(detail extra: String = "", envelope: String = "") -> String {
    #"{"detail-type":"x","source":"aws.health","account":"123456789012""# + envelope
      + #","detail":{"eventArn":"a","service":"ABUSE","eventTypeCode":"X""# + extra + "}}"
  }

  private func eventError(_ json: String) -> EventDecodingError? {
    eventError(Array(json.utf8))
  }

  private func eventError(_ bytes: [UInt8]) -> EventDecodingError? {
    do {
      _ = try HealthEventDecoder().decode(bytes)
      return nil
    } catch {
      return error
    }
  }

  @Test(
    "syntax errors say the line and column, counted in characters",
    arguments: [
      ("{\n  \"a\": tru\n}", "line 2, column 11: unexpected character \"\\n\""),
      ("{\"a\": 1,}", "line 1, column 9: a comma before \"}\" is not allowed"),
      ("{\"é\": [1 2]}", "line 1, column 10: expected \",\" or \"]\" after a value"),
      ("{\"a\": 01}", "line 1, column 8: expected \",\" or \"}\" after a value"),
      ("{\"a\": -}", "line 1, column 8: invalid number"),
      ("{\"a\": 1.}", "line 1, column 9: invalid number: digits must follow \".\""),
      ("{\"a\": 1e+}", "line 1, column 10: invalid number: digits must follow the exponent"),
      ("{\"a\": \"x", "line 1, column 9: unterminated string"),
      ("{\"a\": \"\u{01}\"}", "line 1, column 8: a control character in a string must be escaped"),
      ("{\"a\": \"\\x\"}", "line 1, column 9: invalid escape"),
      ("{\"a\": \"\\u12G4\"}", "line 1, column 12: \\u needs four hexadecimal digits"),
      ("{} {}", "line 1, column 4: unexpected text after the end of the document"),
      ("{\"a\" 1}", "line 1, column 6: expected \":\" after a key"),
      ("{1: 2}", "line 1, column 2: expected a string key or \"}\""),
    ])
  func syntaxErrorsHaveLineAndColumn(json: String, detail: String) throws {
    let error = try #require(eventError(json))
    #expect(error.path == "$")
    #expect(error.problem.hasPrefix("not valid JSON: " + detail), "\(error.problem)")
  }

  @Test("unicode escapes decode, surrogate pairs included, and match raw UTF-8")
  func unicodeEscapes() throws {
    let json = event(
      detail: #","escaped":"caf\u00e9 \ud83d\ude00 \u0041\n\t\"\\\/","raw":"café 😀 A"# + "\\n\\t\\\"\\\\/\"")
    let fields = try HealthEventDecoder().decode(Data(json.utf8)).detail.additionalFields
    #expect(fields["escaped"] == .string("café 😀 A\n\t\"\\/"))
    #expect(fields["escaped"] == fields["raw"])
  }

  @Test(
    "lone or mismatched surrogates are refused",
    arguments: [
      (#""\ud83d""#, "a high surrogate \\u escape must be followed by a low one"),
      (#""\ud83d\u0041""#, "a high surrogate \\u escape must be followed by a low one"),
      (#""\ude00""#, "a low surrogate \\u escape must follow a high one"),
    ])
  func loneSurrogates(value: String, detail: String) throws {
    let error = try #require(eventError(event(detail: #","s":"# + value)))
    #expect(error.problem.contains(detail), "\(error.problem)")
  }

  @Test("bytes that are not UTF-8 inside a string are refused, wherever the string is")
  func invalidUTF8() throws {
    for bad: [UInt8] in [[0xFF], [0xC3], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]] {
      let json = Array(event(detail: #","ignored":"x"#).utf8) + bad + Array("\"}}".utf8)
      let error = try #require(eventError(json))
      #expect(error.problem.contains("a string is not valid UTF-8"))
    }
  }

  @Test("numbers keep their kind: integers, whole numbers written as decimals, and the rest")
  func numbers() throws {
    let json = event(
      detail: #","n":[0,-0,42,-7,2.0,1e2,100e-2,2.5,-2.5e-3,9223372036854775807,99999999999999999999]"#)
    let fields = try HealthEventDecoder().decode(Data(json.utf8)).detail.additionalFields
    #expect(
      fields["n"]
        == .array([
          .integer(0), .integer(0), .integer(42), .integer(-7), .integer(2), .integer(100), .integer(1),
          .number(2.5), .number(-0.0025), .integer(Int.max), .number(1e20),
        ]))
  }

  @Test("a number no Double holds is refused where it is")
  func hugeNumber() throws {
    let error = try #require(eventError(event(detail: #","future":{"x":[1,1e400]}"#)))
    #expect(error.path == "detail.future.x[1]")
  }

  @Test("events nest at most 512 levels deep, and the parser does not overflow its stack beyond")
  func eventDepthLimit() throws {
    let deep = { (levels: Int) in
      self.event(
        detail: #","deep":"# + String(repeating: "[", count: levels) + String(repeating: "]", count: levels))
    }
    // The event object and its detail are two levels.
    #expect(throws: Never.self) { try HealthEventDecoder().decode(Data(deep(510).utf8)) }
    let error = try #require(eventError(deep(511)))
    #expect(error.problem.contains("values nest more than 512 levels deep"))
    #expect(eventError(deep(100_000))?.problem.contains("values nest more than 512 levels deep") == true)
  }

  @Test("policy documents nest at most 64 levels deep, with the path of the container too deep")
  func policyDepthLimit() throws {
    // The document is one level, each "not" one more, and the innermost rule the last.
    let rule =
      String(repeating: #"{"not": "#, count: 62) + #"{"tag": "Stage", "exists": true}"#
      + String(repeating: "}", count: 62)
    #expect(throws: Never.self) { try PolicyDocument(json: #"{"version": 1, "actWhen": "# + rule + "}") }
    let tooDeep = #"{"version": 1, "actWhen": {"not": "# + rule + "}}"
    #expect {
      try PolicyDocument(json: tooDeep)
    } throws: { error in
      let error = try #require(error as? PolicyDocumentError)
      return error.problem == .nestedTooDeeply(limit: 64) && error.path.hasPrefix("actWhen.not.not")
    }
  }

  @Test(
    "an event with a key twice in one object is refused with the object's path, wherever the object is",
    arguments: [
      (#"{"source":"a","source":"b"}"#, "$", "source"),
      (#"{"detail":{"eventArn":"a","eventArn":"b"}}"#, "detail", "eventArn"),
      (
        #"{"detail":{"affectedEntities":[{},{"entityValue":"a","entityValue":"b"}]}}"#,
        "detail.affectedEntities[1]", "entityValue"
      ),
      (#"{"detail":{"x":{"y":[{"z":1,"z":1}]}}}"#, "detail.x.y[0]", "z"),
      (#"{"s\u006furce":"a","source":"b"}"#, "$", "source"),
      ("{\"caf\u{E9}\":1,\"cafe\u{301}\":2}", "$", "café"),
    ])
  func duplicateKeysInEvents(json: String, path: String, key: String) throws {
    let error = try #require(eventError(json))
    #expect(error.path == path)
    #expect(error.problem == "key \"\(key)\" appears more than once")
  }

  @Test("duplicates are found in large objects too")
  func duplicateKeysInLargeObjects() throws {
    let members = (0..<200).map { #""k\#($0)": \#($0)"# } + [#""k150": 0"#]
    let error = try #require(eventError(event(detail: #","big":{"# + members.joined(separator: ",") + "}")))
    #expect(error.path == "detail.big")
    #expect(error.problem == #"key "k150" appears more than once"#)
    let unique = (0..<200).map { #""k\#($0)": \#($0)"# }
    #expect(eventError(event(detail: #","big":{"# + unique.joined(separator: ",") + "}")) == nil)
  }

  @Test("a UTF-8 byte order mark is skipped, and only white space is empty input")
  func byteOrderMarkAndEmptiness() throws {
    let withMark = [0xEF, 0xBB, 0xBF] + Array(event().utf8)
    #expect(try HealthEventDecoder().decode(withMark).source == "aws.health")
    #expect(eventError(" \t\r\n")?.problem == "empty input: expected a JSON object")
  }
}
