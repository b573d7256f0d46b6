/// Writes random EventBridge Health events as JSON text, for properties that compare two readers.
///
/// Events have every optional member present, absent or null at random, unknown members with nested
/// values at every level, numbers written in several forms, and strings with escapes, surrogate pairs
/// and text outside ASCII. With `corrupt`, one known member gets a value of the wrong kind.
struct RandomEventJSON {
  private var random: SplitMix64

  init(seed: UInt64) { random = SplitMix64(seed: seed) }

  /// Number literals whose reading (integer or floating point) the two readers must agree on.
  static let numbers = [
    "0", "-0", "7", "-12", "2.5", "2.0", "1e2", "1E-2", "100e-2", "-2.5e-3", "6.02e23", "0.1e1",
    "9223372036854775807", "-9223372036854775808", "99999999999999999999", "9007199254740993.0",
  ]

  /// Strings as they are written in JSON, escapes included.
  static let strings = [
    #""""#, #""plain""#, #""caf\u00e9""#, "\"caf\u{E9}\"", #""\ud83d\ude00 grin""#, "\"\u{1F600}\"",
    #""tab\tnew\nline""#, #""quote \" and \\ backslash""#, #""\/slash""#, #""e\u0301""#,
  ]

  mutating func event(corrupt: Bool = false) -> String {
    var envelope: [(String, String)] = [
      ("detail-type", #""AWS Health Abuse Event""#), ("source", #""aws.health""#),
      ("account", #""123456789012""#),
    ]
    optional(&envelope, "version", #""0""#)
    optional(&envelope, "id", #""7bf73129-1428-4cd3-a780-95db273d1602""#)
    optional(&envelope, "time", pick([#""2022-11-28T06:27:57Z""#, #""2023-02-07T10:00:00.250+01:00""#]))
    optional(&envelope, "region", #""global""#)
    optional(&envelope, "resources", "[" + (0..<int(3)).map { _ in arn() }.joined(separator: ",") + "]")
    envelope.append(("detail", detail()))
    unknown(&envelope)
    if corrupt { corruptOne(&envelope) }
    return object(envelope.shuffled(using: &random))
  }

  private mutating func detail() -> String {
    var members: [(String, String)] = [
      ("eventArn", #""arn:aws:health:global::event/AWS_ABUSE_DOS_REPORT_1""#), ("service", #""ABUSE""#),
      ("eventTypeCode", #""AWS_ABUSE_DOS_REPORT""#),
    ]
    optional(&members, "eventTypeCategory", #""issue""#)
    optional(&members, "eventScopeCode", #""ACCOUNT_SPECIFIC""#)
    optional(&members, "communicationId", #""c-1""#)
    for key in ["startTime", "endTime", "lastUpdatedTime"] {
      optional(&members, key, pick([#""Wed, 28 Nov 2023 06:27:57 GMT""#, #""7 Feb 2017 06:27:57 UTC""#]))
    }
    optional(&members, "statusCode", #""open""#)
    optional(&members, "eventRegion", pick([#""global""#, #""eu-west-1""#]))
    optional(
      &members, "eventDescription",
      #"[{"language":"en_US","latestDescription":"#
        + pick(Self.strings) + #","ignored":1},{"latestDescription":"x"}]"#)
    optional(&members, "eventMetadata", #"{"a":"b","c":"# + pick(Self.strings) + "}")
    optional(
      &members, "affectedEntities", "[" + (0..<int(4)).map { _ in entity() }.joined(separator: ",") + "]")
    optional(&members, "affectedAccount", #""210987654321""#)
    optional(&members, "page", pick(["1", "2.0", #""1""#, #""3""#]))
    optional(&members, "totalPages", pick(["3", #""3""#]))
    unknown(&members)
    return object(members.shuffled(using: &random))
  }

  private mutating func entity() -> String {
    var members: [(String, String)] = [
      ("entityValue", pick([arn(), #""i-0123456789abcdef0""#, #""203.0.113.7""#]))
    ]
    optional(&members, "lastUpdatedTime", #""Thu, 1 Feb 2024 00:00:00 GMT""#)
    optional(&members, "status", #""IMPAIRED""#)
    optional(&members, "tags", #"{"Stage":"# + pick(Self.strings) + #","Name":"web"}"#)
    unknown(&members)
    return object(members.shuffled(using: &random))
  }

  /// Present, absent or null, at random.
  private mutating func optional(_ members: inout [(String, String)], _ key: String, _ value: String) {
    switch int(5) {
    case 0: return
    case 1: members.append((key, "null"))
    default: members.append((key, value))
    }
  }

  private mutating func unknown(_ members: inout [(String, String)]) {
    for index in 0..<int(3) { members.append(("future\(index)", value(depth: 0))) }
  }

  /// Replaces a known member's value with one of the wrong kind.
  private mutating func corruptOne(_ members: inout [(String, String)]) {
    let index = int(members.count)
    members[index].1 = pick(["7", "true", "[1]", #"{"x":1}"#, #""text""#, "null"])
  }

  private mutating func value(depth: Int) -> String {
    switch int(depth > 2 ? 4 : 6) {
    case 0: return pick(["null", "true", "false"])
    case 1, 2: return pick(Self.numbers)
    case 3: return pick(Self.strings)
    case 4: return "[" + (0..<int(4)).map { _ in value(depth: depth + 1) }.joined(separator: ", ") + "]"
    default:
      return object((0..<int(4)).map { ("k\($0)", value(depth: depth + 1)) })
    }
  }

  private mutating func arn() -> String {
    #""arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcde"# + String(int(16), radix: 16) + "f\""
  }

  private func object(_ members: [(String, String)]) -> String {
    "{" + members.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
  }

  private mutating func int(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }

  private mutating func pick(_ choices: [String]) -> String { choices[int(choices.count)] }
}
