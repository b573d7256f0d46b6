/// A command line the benchmark binary cannot run.
struct BenchmarkUsageError: Error {
  /// What is wrong; empty when help was asked for.
  let message: String

  /// The usage text printed with the message.
  static let usage = """
    usage: health-remediation-bench [--iterations-scale X | --quick] [--list] [SECTION ...]
      --iterations-scale X  multiply every iteration count by X (CI uses a tiny scale)
      --quick               same as --iterations-scale 0.01
      --list                list the sections and exit
      SECTION               run only the named sections (default: all)
    Machine-readable lines start with RESULT, tab-separated: figure, value, unit, description.
    """
}
