#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The CPU time of the whole process, every thread: what concurrent work costs, whatever the wall clock
/// says on a machine shared with other work.
enum ProcessCPUTime {
  /// User and system CPU time the process has used so far, in milliseconds.
  static func milliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1e3 + Double(time.tv_nsec) / 1e6
  }
}
