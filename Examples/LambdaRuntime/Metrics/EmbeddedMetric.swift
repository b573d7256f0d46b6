/// One metric value in an embedded-metric-format line: its name, unit and value.
public struct EmbeddedMetric: Hashable, Sendable {
  /// The metric name, 1 to 255 characters.
  public var name: String
  /// The unit CloudWatch stores with the value.
  public var unit: MetricUnit
  /// The value; it must be finite.
  public var value: Double

  /// Creates a metric value.
  ///
  /// - Parameters:
  ///   - name: the metric name.
  ///   - unit: the unit.
  ///   - value: the value.
  public init(name: String, unit: MetricUnit, value: Double) {
    self.name = name
    self.unit = unit
    self.value = value
  }

  /// A metric that counts something.
  ///
  /// - Parameters:
  ///   - name: the metric name.
  ///   - value: the count.
  /// - Returns: the metric with unit ``MetricUnit/count``.
  public static func count(_ name: String, _ value: Int) -> EmbeddedMetric {
    EmbeddedMetric(name: name, unit: .count, value: Double(value))
  }
}
