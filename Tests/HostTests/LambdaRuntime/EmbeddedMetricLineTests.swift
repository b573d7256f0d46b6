import Foundation
import LambdaRuntime
import Testing

@Suite("CloudWatch embedded metric format lines")
struct EmbeddedMetricLineTests {
  private static let remediationLine = EmbeddedMetricLine(
    namespace: "HealthRemediation",
    dimensions: ["FunctionName": "remediate", "EventTypeCode": "AWS_ABUSE_DOS_REPORT"],
    metrics: [
      .count("InstancesStopped", 2), .count("InstancesSkipped", 1), .count("InstancesFailed", 0),
      EmbeddedMetric(name: "Duration", unit: .milliseconds, value: 12.5),
    ],
    properties: ["requestId": "r-1"],
    timestampMillisecondsSince1970: 1_700_000_000_000)

  private static func parse(_ line: String) throws -> [String: Any] {
    let parsed = try JSONSerialization.jsonObject(with: Data(line.utf8))
    return try #require(parsed as? [String: Any], "not a JSON object: \(line)")
  }

  @Test("has the _aws metadata with timestamp, namespace, one dimension set and the metric definitions")
  func metadataShape() throws {
    let root = try Self.parse(try Self.remediationLine.rendered())
    let aws = try #require(root["_aws"] as? [String: Any])
    #expect((aws["Timestamp"] as? NSNumber)?.int64Value == 1_700_000_000_000)
    let directives = try #require(aws["CloudWatchMetrics"] as? [[String: Any]])
    #expect(directives.count == 1)
    let directive = try #require(directives.first)
    #expect(directive["Namespace"] as? String == "HealthRemediation")
    #expect(directive["Dimensions"] as? [[String]] == [["EventTypeCode", "FunctionName"]])
    let definitions = try #require(directive["Metrics"] as? [[String: String]])
    #expect(
      definitions == [
        ["Name": "InstancesStopped", "Unit": "Count"], ["Name": "InstancesSkipped", "Unit": "Count"],
        ["Name": "InstancesFailed", "Unit": "Count"], ["Name": "Duration", "Unit": "Milliseconds"],
      ])
  }

  @Test("puts every dimension, metric value and property at the top level")
  func targetMembers() throws {
    let root = try Self.parse(try Self.remediationLine.rendered())
    #expect(root["FunctionName"] as? String == "remediate")
    #expect(root["EventTypeCode"] as? String == "AWS_ABUSE_DOS_REPORT")
    #expect((root["InstancesStopped"] as? NSNumber)?.intValue == 2)
    #expect((root["InstancesSkipped"] as? NSNumber)?.intValue == 1)
    #expect((root["InstancesFailed"] as? NSNumber)?.intValue == 0)
    #expect((root["Duration"] as? NSNumber)?.doubleValue == 12.5)
    #expect(root["requestId"] as? String == "r-1")
    #expect(root.count == 8)
  }

  @Test("writes whole numbers without a fraction and keeps the line on one line")
  func compactNumbers() throws {
    let line = try Self.remediationLine.rendered()
    #expect(line.contains(#""InstancesStopped":2,"#))
    #expect(line.contains(#""Duration":12.5"#))
    #expect(!line.contains("\n"))
  }

  @Test("declares one empty dimension set when the metrics have no dimensions")
  func noDimensions() throws {
    let line = EmbeddedMetricLine(
      namespace: "N", metrics: [.count("C", 1)], timestampMillisecondsSince1970: 1)
    let aws = try #require(try Self.parse(try line.rendered())["_aws"] as? [String: Any])
    let directive = try #require((aws["CloudWatchMetrics"] as? [[String: Any]])?.first)
    #expect(directive["Dimensions"] as? [[String]] == [[]])
  }

  @Test("escapes names and values like any JSON string")
  func escapesStrings() throws {
    let line = EmbeddedMetricLine(
      namespace: "Name\"space", dimensions: ["Dim\n": "va\\lue"], metrics: [.count("Met\"ric", 3)],
      timestampMillisecondsSince1970: 1)
    let root = try Self.parse(try line.rendered())
    #expect(root["Dim\n"] as? String == "va\\lue")
    #expect((root["Met\"ric"] as? NSNumber)?.intValue == 3)
  }

  @Test(
    "refuses lines CloudWatch would reject",
    arguments: [
      (
        EmbeddedMetricLine(namespace: "", metrics: [.count("C", 1)], timestampMillisecondsSince1970: 1),
        EmbeddedMetricError.invalidNamespace("")
      ),
      (
        EmbeddedMetricLine(namespace: "N", metrics: [], timestampMillisecondsSince1970: 1),
        .noMetrics
      ),
      (
        EmbeddedMetricLine(
          namespace: "N", metrics: [EmbeddedMetric(name: "C", unit: .count, value: .nan)],
          timestampMillisecondsSince1970: 1),
        .nonFiniteValue(metric: "C")
      ),
      (
        EmbeddedMetricLine(
          namespace: "N", metrics: [EmbeddedMetric(name: "C", unit: .count, value: .infinity)],
          timestampMillisecondsSince1970: 1),
        .nonFiniteValue(metric: "C")
      ),
      (
        EmbeddedMetricLine(
          namespace: "N", metrics: [.count("C", 1), .count("C", 2)], timestampMillisecondsSince1970: 1),
        .duplicateKey("C")
      ),
      (
        EmbeddedMetricLine(
          namespace: "N", dimensions: ["C": "x"], metrics: [.count("C", 1)], timestampMillisecondsSince1970: 1
        ),
        .duplicateKey("C")
      ),
      (
        EmbeddedMetricLine(
          namespace: "N", metrics: [.count("C", 1)], properties: ["_aws": "x"],
          timestampMillisecondsSince1970: 1),
        .duplicateKey("_aws")
      ),
      (
        EmbeddedMetricLine(
          namespace: "N", dimensions: ["D": ""], metrics: [.count("C", 1)], timestampMillisecondsSince1970: 1),
        .invalidDimension(name: "D")
      ),
      (
        EmbeddedMetricLine(namespace: "N", metrics: [.count("", 1)], timestampMillisecondsSince1970: 1),
        .invalidMetricName("")
      ),
      (
        EmbeddedMetricLine(
          namespace: "N", metrics: (0..<101).map { .count("M\($0)", $0) }, timestampMillisecondsSince1970: 1),
        .tooManyMetrics(count: 101)
      ),
    ])
  func rejectsInvalidLines(line: EmbeddedMetricLine, expected: EmbeddedMetricError) {
    #expect(throws: expected) { _ = try line.rendered() }
  }
}
