import HealthRemediation
import Testing

@Suite("A bad policy document is rejected with the JSON path and the problem")
struct PolicyDocumentErrorTests {
  private static let ruleKeys = ["tag", "stateIn", "all", "any", "not"]
  private static let tagKeys = ["equals", "notEquals", "in", "exists"]

  /// Wraps a rule in an otherwise valid document.
  private static func document(actWhen rule: String) -> String {
    #"{"version": 1, "actWhen": "# + rule + "}"
  }

  private static let cases: [PolicyDocumentErrorCase] = [
    .init("empty input", "", path: "", .emptyInput),
    .init("only white space", " \n\t ", path: "", .emptyInput),
    .init(
      "not JSON", "version=1", path: "", .notJSON(line: 1, column: 1, detail: "unexpected character \"v\"")),
    .init(
      "a misspelt literal", #"{"version": 1, "caseInsensitive": ture}"#, path: "",
      .notJSON(line: 1, column: 36, detail: "unexpected character \"u\"")),
    .init(
      "a trailing comma, on its line and column", "{\n  \"version\": 1,\n}", path: "",
      .notJSON(line: 3, column: 1, detail: "a comma before \"}\" is not allowed")),
    .init(
      "text after the document", #"{"version": 1} {}"#, path: "",
      .notJSON(line: 1, column: 16, detail: "unexpected text after the end of the document")),
    .init(
      "an unterminated string", #"{"version"#, path: "",
      .notJSON(line: 1, column: 10, detail: "unterminated string")),
    .init(
      "a truncated document", #"{"version": 1, "actWhen": {"#, path: "",
      .notJSON(line: 1, column: 28, detail: "expected a string key or \"}\"")),
    .init(
      "an invalid escape", #"{"v\x": 1}"#, path: "",
      .notJSON(line: 1, column: 5, detail: #"invalid escape; expected one of \" \\ \/ \b \f \n \r \t \u"#)),
    .init(
      "a lone low surrogate", #"{"\uDC00": 1}"#, path: "",
      .notJSON(line: 1, column: 9, detail: "a low surrogate \\u escape must follow a high one")),
    .init(
      "a raw line break in a string", "{\"a\nb\": 1}", path: "",
      .notJSON(line: 1, column: 4, detail: "a control character in a string must be escaped")),
    .init(
      "a leading zero", #"{"version": 01}"#, path: "",
      .notJSON(line: 1, column: 14, detail: "expected \",\" or \"}\" after a value")),
    .init(
      "invalid UTF-8", bytes: Array(#"{"version": 1, "x": ""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8),
      path: "", .notUTF8(byteOffset: 21)),
    .init(
      "a document too large", bytes: Array(repeating: 0x20, count: 70_000), path: "",
      .tooLarge(byteCount: 70_000, limit: 65_536)),
    .init("an array document", "[1]", path: "", .wrongType(expected: .object, found: .array)),
    .init("a string document", #""policy""#, path: "", .wrongType(expected: .object, found: .string)),
    .init("no version", #"{"actWhen": {"tag": "Stage", "exists": true}}"#, path: "", .missingKey("version")),
    .init(
      "an unknown version", #"{"version": 2, "actWhen": {}, "newKey": 1}"#, path: "version",
      .unsupportedVersion(found: "2", supported: [1])),
    .init(
      "a version as a string", #"{"version": "1"}"#, path: "version",
      .wrongType(expected: .number, found: .string)),
    .init("no rule", #"{"version": 1}"#, path: "", .missingKey("actWhen")),
    .init(
      "an unknown document key", #"{"version": 1, "actwhen": {}}"#, path: "",
      .unknownKey("actwhen", expected: ["version", "caseInsensitive", "actWhen"])),
    .init(
      "a duplicate key", #"{"version": 1, "version": 1}"#, path: "", .duplicateKey("version")),
    .init(
      "caseInsensitive as a string", #"{"version": 1, "caseInsensitive": "yes", "actWhen": {}}"#,
      path: "caseInsensitive", .wrongType(expected: .boolean, found: .string)),
    .init(
      "caseInsensitive as a number", #"{"version": 1, "caseInsensitive": 1, "actWhen": {}}"#,
      path: "caseInsensitive", .wrongType(expected: .boolean, found: .number)),
    .init(
      "a rule that is an array", document(actWhen: "[]"), path: "actWhen",
      .wrongType(expected: .object, found: .array)),
    .init(
      "a rule that is null", document(actWhen: "null"), path: "actWhen",
      .wrongType(expected: .object, found: .null)),
    .init("an empty rule", document(actWhen: "{}"), path: "actWhen", .missingOperator(expected: ruleKeys)),
    .init(
      "an unknown rule key deep in all",
      document(
        actWhen:
          #"{"all": [{"tag": "A", "exists": true}, {"stateIn": ["running"]}, {"tagg": "Stage", "equals": "Prod"}]}"#
      ),
      path: "actWhen.all[2]", .unknownRuleKey("tagg", expected: ruleKeys)),
    .init(
      "a tag key that is not a string", document(actWhen: #"{"tag": 5, "equals": "Prod"}"#),
      path: "actWhen.tag",
      .wrongType(expected: .string, found: .number)),
    .init("an empty all", document(actWhen: #"{"all": []}"#), path: "actWhen.all", .emptyList),
    .init("an empty any", document(actWhen: #"{"any": []}"#), path: "actWhen.any", .emptyList),
    .init(
      "any that is not an array", document(actWhen: #"{"any": {"tag": "A", "exists": true}}"#),
      path: "actWhen.any",
      .wrongType(expected: .array, found: .object)),
    .init(
      "two operators", document(actWhen: #"{"all": [], "any": []}"#), path: "actWhen",
      .conflictingKeys(["all", "any"])),
    .init(
      "a tag rule with another operator", document(actWhen: #"{"tag": "A", "not": {}}"#), path: "actWhen",
      .conflictingKeys(["tag", "not"])),
    .init(
      "a tag rule without a comparison", document(actWhen: #"{"tag": "Stage"}"#), path: "actWhen",
      .missingOperator(expected: tagKeys)),
    .init(
      "a tag rule with two comparisons", document(actWhen: #"{"tag": "Stage", "equals": "a", "in": ["b"]}"#),
      path: "actWhen", .conflictingKeys(["equals", "in"])),
    .init(
      "a misspelt comparison", document(actWhen: #"{"tag": "Stage", "equal": "Prod"}"#), path: "actWhen",
      .unknownKey("equal", expected: ["tag"] + tagKeys)),
    .init(
      "a comparison without a tag", document(actWhen: #"{"equals": "Prod"}"#), path: "actWhen",
      .comparisonWithoutTag("equals")),
    .init(
      "an empty tag key", document(actWhen: #"{"tag": "", "exists": true}"#), path: "actWhen.tag",
      .emptyTagKey),
    .init(
      "a tag key too long",
      document(actWhen: #"{"tag": ""# + String(repeating: "k", count: 129) + #"", "exists": true}"#),
      path: "actWhen.tag", .tooLong(length: 129, limit: 128)),
    .init(
      "a tag value too long",
      document(actWhen: #"{"tag": "A", "equals": ""# + String(repeating: "v", count: 257) + #""}"#),
      path: "actWhen.equals", .tooLong(length: 257, limit: 256)),
    .init(
      "notEquals that is not a string", document(actWhen: #"{"tag": "A", "notEquals": ["x"]}"#),
      path: "actWhen.notEquals", .wrongType(expected: .string, found: .array)),
    .init("an empty in", document(actWhen: #"{"tag": "A", "in": []}"#), path: "actWhen.in", .emptyList),
    .init(
      "a number in in", document(actWhen: #"{"tag": "A", "in": ["a", 3]}"#), path: "actWhen.in[1]",
      .wrongType(expected: .string, found: .number)),
    .init(
      "exists that is not true or false", document(actWhen: #"{"tag": "A", "exists": "yes"}"#),
      path: "actWhen.exists", .wrongType(expected: .boolean, found: .string)),
    .init(
      "a state spelt differently from EC2", document(actWhen: #"{"stateIn": ["running", "Running"]}"#),
      path: "actWhen.stateIn[1]",
      .unknownState(
        "Running", expected: ["pending", "running", "stopping", "stopped", "shutting-down", "terminated"])),
    .init("an empty stateIn", document(actWhen: #"{"stateIn": []}"#), path: "actWhen.stateIn", .emptyList),
    .init(
      "not that is not a rule", document(actWhen: #"{"not": "Prod"}"#), path: "actWhen.not",
      .wrongType(expected: .object, found: .string)),
    .init(
      "a deep path",
      document(actWhen: #"{"not": {"any": [{"stateIn": ["running"]}, {"tag": true, "exists": true}]}}"#),
      path: "actWhen.not.any[1].tag", .wrongType(expected: .string, found: .boolean)),
    .init(
      "a duplicate key in a rule", document(actWhen: #"{"tag": "Stage", "tag": "Env", "exists": true}"#),
      path: "actWhen", .duplicateKey("tag")),
  ]

  @Test("each bad document names its path and problem", arguments: cases)
  func rejected(badCase: PolicyDocumentErrorCase) {
    #expect(throws: PolicyDocumentError(path: badCase.path, problem: badCase.problem)) {
      try PolicyDocument(json: badCase.input)
    }
  }

  @Test("the error reads as path, colon, problem")
  func errorDescriptions() throws {
    let unknown = #expect(throws: PolicyDocumentError.self) {
      try PolicyDocument(
        json: Self.document(actWhen: #"{"all": [{"tag": "A", "exists": true}, {"tagg": "S"}]}"#))
    }
    #expect(
      unknown?.description
        == #"actWhen.all[1]: unknown rule key "tagg"; expected one of "tag", "stateIn", "all", "any", "not""#)
    let wrongType = #expect(throws: PolicyDocumentError.self) {
      try PolicyDocument(json: Self.document(actWhen: #"{"tag": 1, "exists": true}"#))
    }
    #expect(wrongType?.description == "actWhen.tag: expected a string, found a number")
    let empty = #expect(throws: PolicyDocumentError.self) { try PolicyDocument(json: "") }
    #expect(empty?.description == "document: the document is empty")
    let version = #expect(throws: PolicyDocumentError.self) { try PolicyDocument(json: #"{"version": 3}"#) }
    #expect(version?.description == "version: unsupported version 3; this library reads version 1")
  }

  @Test("a huge unknown key is cut short in the description but kept whole in the problem")
  func hugeKeyIsCutShort() {
    let key = String(repeating: "k", count: 5_000)
    let error = #expect(throws: PolicyDocumentError.self) {
      try PolicyDocument(json: #"{"version": 1, ""# + key + #"": 1}"#)
    }
    #expect(error?.problem == .unknownKey(key, expected: ["version", "caseInsensitive", "actWhen"]))
    #expect(
      error?.description.hasPrefix("document: unknown key \"" + String(repeating: "k", count: 80) + "\"...;")
        == true)
  }

  @Test("nesting deeper than the limit is rejected before it can exhaust the stack")
  func deepNesting() throws {
    let depth = 5_000
    let json = document(depth: depth)
    let error = #expect(throws: PolicyDocumentError.self) { try PolicyDocument(json: json) }
    #expect(error?.problem == .nestedTooDeeply(limit: 64))
    #expect(error?.path.hasPrefix("actWhen.not.not.") == true)
    // The document, 63 negations and the tag rule make 65 levels; one negation fewer is allowed.
    #expect(throws: PolicyDocumentError.self) { try PolicyDocument(json: document(depth: 63)) }
    let deepest = try PolicyDocument(json: document(depth: 61))
    #expect(deepest.evaluate(try PolicyFixtures.instance(["Stage": "Dev"])).verdict == .act)
    #expect(throws: Never.self) { try PolicyDocument(json: document(depth: 62)) }
  }

  @Test("a key that is not an identifier is quoted in the path")
  func awkwardKeyInPath() {
    let json =
      #"{"version": 1, "actWhen": {"odd key": {"\u0000": ["# + String(repeating: "[", count: 70) + "}}"
    let error = #expect(throws: PolicyDocumentError.self) { try PolicyDocument(json: json) }
    #expect(error?.path.hasPrefix(#"actWhen["odd key"]["\u{0}"][0][0]"#) == true)
  }

  /// `{"not": ... {"tag": "Stage", "equals": "Prod"} ...}` with `depth` negations.
  private func document(depth: Int) -> String {
    Self.document(
      actWhen: String(repeating: #"{"not": "#, count: depth) + #"{"tag": "Stage", "equals": "Prod"}"#
        + String(repeating: "}", count: depth))
  }
}
