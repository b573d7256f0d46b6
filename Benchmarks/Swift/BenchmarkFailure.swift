/// A benchmark that could not produce its figures because the work it measures went wrong, for example
/// a remediation that did not stop the instances it should have.
///
/// `main.swift` prints it and makes the binary exit with status 1 after the other sections ran, so that
/// a broken benchmark path fails CI while a slow figure never does.
struct BenchmarkFailure: Error, CustomStringConvertible {
  /// What went wrong, in words.
  let message: String

  /// The message.
  var description: String { message }
}
