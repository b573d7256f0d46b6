import Synchronization

/// Keeps benchmark results observable so that the optimizer cannot delete the work that produced them.
enum BenchmarkSink {
  private static let accumulator = Atomic<UInt64>(0)

  /// Folds a value into a global the optimizer must assume is read.
  ///
  /// - Parameter value: a byte derived from the benchmarked work.
  @inline(never)
  static func consume(_ value: UInt8) {
    accumulator.wrappingAdd(UInt64(value), ordering: .relaxed)
  }

  /// The folded value, printed at the end of a run.
  static var value: UInt64 { accumulator.load(ordering: .relaxed) }
}
