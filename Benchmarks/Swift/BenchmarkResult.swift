import Foundation

/// One measured figure.
struct BenchmarkResult: Sendable {
  /// A stable identifier that scripts match on, for example `sha256_1mib_mbps`.
  let figure: String

  /// The measured value.
  let value: Double

  /// The unit of ``value``, for example `MB/s` or `signs/s`.
  let unit: String

  /// What was measured, in words.
  let description: String

  /// The line scripts parse: `RESULT`, then figure, value, unit and description separated by tabs.
  var machineLine: String {
    "RESULT\t\(figure)\t\(String(format: "%.3f", value))\t\(unit)\t\(description)"
  }
}
