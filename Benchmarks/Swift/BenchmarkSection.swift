/// A named group of measurements that `health-remediation-bench` can run on its own.
///
/// Sections are listed in `main.swift`; adding a section means writing a type that conforms and adding it
/// to that list.
protocol BenchmarkSection {
  /// The name used on the command line, for example `sha256`.
  var name: String { get }

  /// What the section measures, for `--list`.
  var summary: String { get }

  /// Runs the measurements.
  ///
  /// - Parameter settings: how much work to do.
  /// - Returns: one result per figure.
  func run(settings: BenchmarkSettings) async -> [BenchmarkResult]
}
