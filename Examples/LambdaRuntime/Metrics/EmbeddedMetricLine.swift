/// One CloudWatch Embedded Metric Format log line: metrics that CloudWatch Logs extracts from the function's
/// output without any API call.
///
/// The line has the metadata member `_aws` (`Timestamp`, and one `CloudWatchMetrics` directive with
/// `Namespace`, one dimension set and the metric definitions `{Name, Unit}`), and at the top level every
/// dimension's value, every metric's value, and any extra string properties (searchable in Logs Insights,
/// but not dimensions).
public struct EmbeddedMetricLine: Hashable, Sendable {
  /// The CloudWatch namespace of the metrics.
  public var namespace: String
  /// The dimensions of every metric in the line, as one dimension set; may be empty.
  public var dimensions: [String: String]
  /// The metric values.
  public var metrics: [EmbeddedMetric]
  /// Extra top-level string members that are not dimensions (a request ID, an event ARN...).
  public var properties: [String: String]
  /// The time the metrics describe, in milliseconds since 1970-01-01T00:00:00Z.
  public var timestampMillisecondsSince1970: Int64

  /// Creates a line.
  ///
  /// - Parameters:
  ///   - namespace: the CloudWatch namespace.
  ///   - dimensions: the dimensions of every metric.
  ///   - metrics: the metric values.
  ///   - properties: extra string members that are not dimensions.
  ///   - timestampMillisecondsSince1970: the time the metrics describe.
  public init(
    namespace: String,
    dimensions: [String: String] = [:],
    metrics: [EmbeddedMetric],
    properties: [String: String] = [:],
    timestampMillisecondsSince1970: Int64
  ) {
    self.namespace = namespace
    self.dimensions = dimensions
    self.metrics = metrics
    self.properties = properties
    self.timestampMillisecondsSince1970 = timestampMillisecondsSince1970
  }

  /// The line as one JSON object, without a line break; keys are in a stable order.
  ///
  /// - Returns: the JSON text to write to standard output.
  /// - Throws: ``EmbeddedMetricError`` when CloudWatch would reject the line: a bad namespace, metric name
  ///   or dimension, a non-finite value, too many metrics or dimensions, or a key used twice.
  public func rendered() throws(EmbeddedMetricError) -> String {
    try validate()
    let dimensionNames = dimensions.keys.sorted()
    var line = "{\"_aws\":{\"Timestamp\":\(timestampMillisecondsSince1970),\"CloudWatchMetrics\":[{"
    line += "\"Namespace\":" + JSONText.quoted(namespace)
    line += ",\"Dimensions\":[[" + dimensionNames.map(JSONText.quoted).joined(separator: ",") + "]]"
    line += ",\"Metrics\":["
    line += metrics.map {
      "{\"Name\":\(JSONText.quoted($0.name)),\"Unit\":\(JSONText.quoted($0.unit.rawValue))}"
    }
    .joined(separator: ",")
    line += "]}]}"
    for name in dimensionNames {
      line += "," + JSONText.quoted(name) + ":" + JSONText.quoted(dimensions[name] ?? "")
    }
    for metric in metrics {
      line += "," + JSONText.quoted(metric.name) + ":" + JSONText.number(metric.value)
    }
    for key in properties.keys.sorted() {
      line += "," + JSONText.quoted(key) + ":" + JSONText.quoted(properties[key] ?? "")
    }
    line += "}"
    return line
  }

  private func validate() throws(EmbeddedMetricError) {
    guard (1...255).contains(namespace.count) else { throw .invalidNamespace(namespace) }
    guard !metrics.isEmpty else { throw .noMetrics }
    guard metrics.count <= 100 else { throw .tooManyMetrics(count: metrics.count) }
    guard dimensions.count <= 30 else { throw .tooManyDimensions(count: dimensions.count) }
    var keys: Set<String> = ["_aws"]
    for (name, value) in dimensions {
      guard (1...255).contains(name.count), (1...1024).contains(value.count) else {
        throw .invalidDimension(name: name)
      }
      guard keys.insert(name).inserted else { throw .duplicateKey(name) }
    }
    for metric in metrics {
      guard (1...255).contains(metric.name.count) else { throw .invalidMetricName(metric.name) }
      guard metric.value.isFinite else { throw .nonFiniteValue(metric: metric.name) }
      guard keys.insert(metric.name).inserted else { throw .duplicateKey(metric.name) }
    }
    for key in properties.keys.sorted() {
      guard keys.insert(key).inserted else { throw .duplicateKey(key) }
    }
  }
}
