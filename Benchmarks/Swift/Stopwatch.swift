#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Measures the CPU time the calling thread spends, like `openssl speed` (which divides by user CPU
/// time unless given `-elapsed`) and like the Python peer script (`time.thread_time`).
///
/// CPU time keeps the figures comparable on a machine shared with other work, where wall-clock time
/// would also count the time other processes held the core.
struct Stopwatch {
  private let start: Double

  /// Starts measuring.
  init() {
    start = Stopwatch.threadCPUSeconds()
  }

  /// CPU seconds the thread has spent since the stopwatch started.
  var elapsedSeconds: Double {
    Stopwatch.threadCPUSeconds() - start
  }

  private static func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
