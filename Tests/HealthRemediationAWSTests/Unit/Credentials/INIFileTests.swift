import HealthRemediationAWS
import Testing

@Suite("INI parser for the shared files")
struct INIFileTests {
  @Test("reads sections, keys in lower case, comments, inline comments and sub-properties")
  func parsesTheAWSDialect() throws {
    let text = """
      # a comment
      ignored = before any section
      [default]
      aws_access_key_id = AKIDEXAMPLE ; the key
      Region=eu-west-1
      ; another comment
      [profile dev]   # trailing comment
      role_arn = arn:aws:iam::123456789012:role/Dev
      s3 =
        max_concurrent_requests = 10
      output = json#not a comment
      \r
      """
    let file = try INIFile(parsing: text, path: "/config")
    #expect(file[section: "default"] == ["aws_access_key_id": "AKIDEXAMPLE", "region": "eu-west-1"])
    #expect(file[section: "profile dev"]?["role_arn"] == "arn:aws:iam::123456789012:role/Dev")
    #expect(file[section: "profile dev"]?["s3.max_concurrent_requests"] == "10")
    #expect(file[section: "profile dev"]?["output"] == "json#not a comment")
    #expect(file.sections.count == 2)
  }

  @Test("reads files with Windows line ends")
  func windowsLineEnds() throws {
    let file = try INIFile(parsing: "[default]\r\nregion = eu-west-1\r\n\r\n[b]\r\nk = v\r\n", path: "/f")
    #expect(file[section: "default"] == ["region": "eu-west-1"])
    #expect(file[section: "b"] == ["k": "v"])
  }

  @Test("the last of duplicate keys and sections wins")
  func duplicates() throws {
    let file = try INIFile(parsing: "[a]\nk = 1\n[b]\nk = x\n[a]\nk = 2\nj = 3", path: "/f")
    #expect(file[section: "a"] == ["k": "2", "j": "3"])
  }

  @Test(
    "names the file and line of a broken line without quoting it",
    arguments: [
      ("[default]\nwJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", 2),
      ("[default\nkey = value", 1),
      ("[]\n", 1),
      ("[default]\n  indented = without parent", 2),
      ("[a] trailing text", 1),
    ])
  func reportsBrokenLines(text: String, line: Int) {
    let error = #expect(throws: INIParseError.self) {
      try INIFile(parsing: text, path: "/home/u/.aws/credentials")
    }
    #expect(error?.line == line)
    #expect(error?.path == "/home/u/.aws/credentials")
    #expect(error.map { String(describing: $0) }?.contains("wJalrXUtnFEMI") == false)
  }
}
