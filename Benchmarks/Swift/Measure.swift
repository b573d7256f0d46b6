/// Repeats a measurement and keeps the fastest repetition.
///
/// On a machine shared with other work, interference only ever slows a run down, so the fastest of
/// several repetitions is the figure closest to what the code itself costs. The peers are measured the
/// same way by `scripts/bench.sh`.
enum Measure {
  /// Runs `body` `repetitions` times and returns the best rate.
  ///
  /// - Parameters:
  ///   - repetitions: how many times to run `body`.
  ///   - operations: how many operations one call of `body` performs.
  ///   - body: the work to time.
  /// - Returns: the highest operations per CPU second seen.
  static func bestRate(repetitions: Int, operations: Int, _ body: () -> Void) -> Double {
    var best = 0.0
    for _ in 0..<max(1, repetitions) {
      let stopwatch = Stopwatch()
      body()
      let seconds = stopwatch.elapsedSeconds
      if seconds > 0 { best = max(best, Double(operations) / seconds) }
    }
    return best
  }
}
