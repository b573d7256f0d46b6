/// Command-line settings of the benchmark binary.
struct BenchmarkSettings: Sendable {
  /// Multiplies every section's default iteration count; CI uses a tiny scale to check that the binary
  /// runs, not to measure.
  var iterationsScale = 1.0

  /// The sections to run, by name; empty means all.
  var sectionNames: [String] = []

  /// Whether to list the sections instead of running them.
  var listOnly = false

  /// Scales a default iteration count, never below one.
  ///
  /// - Parameter base: the count at scale 1.
  /// - Returns: the count to run.
  func iterations(_ base: Int) -> Int {
    max(1, Int((Double(base) * iterationsScale).rounded()))
  }

  /// Parses `--iterations-scale X`, `--list` and section names.
  ///
  /// - Parameter arguments: the arguments after the program name.
  /// - Returns: the settings, or a message explaining what is wrong.
  static func parse(_ arguments: [String]) -> Result<BenchmarkSettings, BenchmarkUsageError> {
    var settings = BenchmarkSettings()
    var remaining = arguments[...]
    while let argument = remaining.popFirst() {
      switch argument {
      case "--iterations-scale":
        guard let text = remaining.popFirst(), let scale = Double(text), scale > 0, scale.isFinite else {
          return .failure(BenchmarkUsageError(message: "--iterations-scale needs a positive number"))
        }
        settings.iterationsScale = scale
      case "--quick":
        settings.iterationsScale = 0.01
      case "--list":
        settings.listOnly = true
      case "--help", "-h":
        return .failure(BenchmarkUsageError(message: ""))
      default:
        guard !argument.hasPrefix("-") else {
          return .failure(BenchmarkUsageError(message: "unknown option \(argument)"))
        }
        settings.sectionNames.append(argument)
      }
    }
    return .success(settings)
  }
}
