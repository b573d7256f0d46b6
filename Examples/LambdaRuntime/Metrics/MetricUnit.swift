/// A CloudWatch metric unit, spelled as CloudWatch spells it.
public enum MetricUnit: String, Sendable, Hashable, CaseIterable {
  /// `Seconds`.
  case seconds = "Seconds"
  /// `Microseconds`.
  case microseconds = "Microseconds"
  /// `Milliseconds`.
  case milliseconds = "Milliseconds"
  /// `Bytes`.
  case bytes = "Bytes"
  /// `Kilobytes`.
  case kilobytes = "Kilobytes"
  /// `Megabytes`.
  case megabytes = "Megabytes"
  /// `Gigabytes`.
  case gigabytes = "Gigabytes"
  /// `Terabytes`.
  case terabytes = "Terabytes"
  /// `Bits`.
  case bits = "Bits"
  /// `Kilobits`.
  case kilobits = "Kilobits"
  /// `Megabits`.
  case megabits = "Megabits"
  /// `Gigabits`.
  case gigabits = "Gigabits"
  /// `Terabits`.
  case terabits = "Terabits"
  /// `Percent`.
  case percent = "Percent"
  /// `Count`.
  case count = "Count"
  /// `Bytes/Second`.
  case bytesPerSecond = "Bytes/Second"
  /// `Kilobytes/Second`.
  case kilobytesPerSecond = "Kilobytes/Second"
  /// `Megabytes/Second`.
  case megabytesPerSecond = "Megabytes/Second"
  /// `Gigabytes/Second`.
  case gigabytesPerSecond = "Gigabytes/Second"
  /// `Terabytes/Second`.
  case terabytesPerSecond = "Terabytes/Second"
  /// `Bits/Second`.
  case bitsPerSecond = "Bits/Second"
  /// `Kilobits/Second`.
  case kilobitsPerSecond = "Kilobits/Second"
  /// `Megabits/Second`.
  case megabitsPerSecond = "Megabits/Second"
  /// `Gigabits/Second`.
  case gigabitsPerSecond = "Gigabits/Second"
  /// `Terabits/Second`.
  case terabitsPerSecond = "Terabits/Second"
  /// `Count/Second`.
  case countPerSecond = "Count/Second"
  /// `None`: a value without a unit.
  case none = "None"
}
