import Foundation
import LambdaRuntime
import Testing

@Suite("JSON-lines logger")
struct LambdaLoggerTests {
  private static func logger(at now: Int64 = 1_709_296_496_789, sink: CapturingLogSink = CapturingLogSink())
    -> LambdaLogger
  {
    LambdaLogger(sink: sink, clock: FixedLambdaClock(now: now), minimumLevel: .debug)
  }

  private static func object(_ line: String) throws -> [String: String] {
    let parsed = try JSONSerialization.jsonObject(with: Data(line.utf8))
    return try #require(parsed as? [String: String], "not a flat object of strings: \(line)")
  }

  @Test("writes timestamp, level, message and request ID first, then the fields in key order")
  func fixedKeysThenSortedFields() {
    let line = Self.logger().with(requestID: "r-1")
      .line(level: .warning, message: "slow", fields: ["zeta": "1", "alpha": "2"])
    #expect(
      line
        == #"{"timestamp":"2024-03-01T12:34:56.789Z","level":"WARN","message":"slow","requestId":"r-1","#
        + #""alpha":"2","zeta":"1"}"#)
  }

  @Test(
    "escapes every character that would break the JSON line, and the line parses back to the same text",
    arguments: [
      "quote \" and backslash \\",
      "line\nbreak, carriage\rreturn, tab\t",
      "control \u{01}\u{08}\u{0C}\u{1F}\u{7F} characters",
      "separators \u{2028} and \u{2029}",
      "unicode: Zürich, 東京, 🚨",
      "a } closing brace and \"key\":\"value\" lookalike",
    ])
  func escapesAndRoundTrips(text: String) throws {
    let line = Self.logger().with(requestID: text).line(level: .info, message: text, fields: [text: text])
    #expect(!line.contains("\n"))
    #expect(!line.contains("\r"))
    let object = try Self.object(line)
    #expect(object["message"] == text)
    #expect(object["requestId"] == text)
    #expect(object[text] == text)
  }

  @Test("uses short escapes for common control characters and \\u escapes for the rest")
  func escapeSpelling() {
    let line = Self.logger().line(level: .info, message: "a\"b\\c\nd\u{01}e\u{2028}")
    #expect(line.contains(#""message":"a\"b\\c\nd\u0001e\u2028""#))
  }

  @Test(
    "formats the clock's time as UTC ISO 8601 with milliseconds",
    arguments: [
      (Int64(0), "1970-01-01T00:00:00.000Z"),
      (1_709_296_496_789, "2024-03-01T12:34:56.789Z"),
      (951_782_400_000, "2000-02-29T00:00:00.000Z"),
      (4_102_444_799_999, "2099-12-31T23:59:59.999Z"),
      (-1, "1969-12-31T23:59:59.999Z"),
    ])
  func timestamps(milliseconds: Int64, expected: String) throws {
    let object = try Self.object(Self.logger(at: milliseconds).line(level: .info, message: "m"))
    #expect(object["timestamp"] == expected)
  }

  @Test("writes nothing below the minimum level and everything at or above it")
  func minimumLevelFilters() throws {
    let sink = CapturingLogSink()
    var logger = Self.logger(sink: sink)
    logger.minimumLevel = .warning
    logger.debug("d")
    logger.info("i")
    logger.warning("w")
    logger.error("e")
    let levels = try sink.lines.map { try Self.object($0)["level"] }
    #expect(levels == ["WARN", "ERROR"])
  }

  @Test("does not build the message of a line below the minimum level")
  func skippedLinesAreNotBuilt() {
    var logger = Self.logger()
    logger.minimumLevel = .error
    let built = Counter()
    logger.info(built.next())
    #expect(built.count == 0)
  }

  @Test("renames fields that would overwrite the fixed keys instead of dropping them")
  func reservedKeysAreRenamed() throws {
    var logger = Self.logger().with(requestID: "r-1")
    logger.metadata = ["service": "remediation", "level": "from metadata"]
    let object = try Self.object(
      logger.line(level: .info, message: "real", fields: ["message": "fake", "service": "override"]))
    #expect(object["message"] == "real")
    #expect(object["level"] == "INFO")
    #expect(object["field.message"] == "fake")
    #expect(object["field.level"] == "from metadata")
    #expect(object["service"] == "override")
  }

  @Test("omits the request ID outside an invocation")
  func noRequestIDOutsideInvocation() throws {
    let object = try Self.object(Self.logger().line(level: .info, message: "starting"))
    #expect(object["requestId"] == nil)
    #expect(object.keys.sorted() == ["level", "message", "timestamp"])
  }

  @Test(
    "reads AWS_LAMBDA_LOG_LEVEL values in any case",
    arguments: [
      ("TRACE", LogLevel.debug), ("debug", .debug), ("Info", .info), ("WARN", .warning),
      ("warning", .warning), ("ERROR", .error), ("FATAL", .error),
    ])
  func parsesEnvironmentLevels(value: String, expected: LogLevel) {
    #expect(LogLevel(environmentValue: value) == expected)
  }

  @Test("rejects a log level it does not know")
  func rejectsUnknownLevel() {
    #expect(LogLevel(environmentValue: "LOUD") == nil)
  }
}
