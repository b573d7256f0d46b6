/// Why an embedded-metric-format line cannot be written; CloudWatch would reject or misread it.
public enum EmbeddedMetricError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The namespace is empty or longer than 255 characters.
  case invalidNamespace(String)
  /// The line has no metric.
  case noMetrics
  /// A metric name is empty or longer than 255 characters.
  case invalidMetricName(String)
  /// A metric's value is NaN or infinite, which JSON cannot carry.
  case nonFiniteValue(metric: String)
  /// A dimension's name is empty or longer than 255 characters, or its value empty or longer than 1024.
  case invalidDimension(name: String)
  /// More dimensions than the 30 CloudWatch allows in one dimension set.
  case tooManyDimensions(count: Int)
  /// More metrics than the 100 CloudWatch allows in one directive.
  case tooManyMetrics(count: Int)
  /// Two members of the line would have the same key (a metric, a dimension, a property, or `_aws`).
  case duplicateKey(String)

  /// The problem in words, naming the offending key.
  public var description: String {
    switch self {
    case .invalidNamespace(let namespace):
      return "the metric namespace '\(namespace)' must have 1 to 255 characters"
    case .noMetrics:
      return "an embedded metric line needs at least one metric"
    case .invalidMetricName(let name):
      return "the metric name '\(name)' must have 1 to 255 characters"
    case .nonFiniteValue(let metric):
      return "the value of metric '\(metric)' is not a finite number"
    case .invalidDimension(let name):
      return "the dimension '\(name)' needs a name of 1 to 255 and a value of 1 to 1024 characters"
    case .tooManyDimensions(let count):
      return "\(count) dimensions exceed the 30 that CloudWatch allows"
    case .tooManyMetrics(let count):
      return "\(count) metrics exceed the 100 that CloudWatch allows in one line"
    case .duplicateKey(let key):
      return "the key '\(key)' is used twice in the metric line"
    }
  }
}
