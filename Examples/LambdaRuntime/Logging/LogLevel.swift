/// How severe a log line is, named as Lambda's JSON log format names levels.
public enum LogLevel: String, Sendable, Hashable, CaseIterable, Comparable {
  /// Detail for diagnosing a problem.
  case debug = "DEBUG"
  /// Normal progress.
  case info = "INFO"
  /// Something unexpected that the code handled.
  case warning = "WARN"
  /// Something failed.
  case error = "ERROR"

  /// Reads a level as Lambda's `AWS_LAMBDA_LOG_LEVEL` spells it, in any case.
  ///
  /// `TRACE` maps to ``debug`` and `FATAL` to ``error``; `WARNING` is accepted for ``warning``.
  /// - Parameter environmentValue: the variable's value.
  /// - Returns: the level, or nil when the value names none.
  public init?(environmentValue: String) {
    switch environmentValue.trimmingCharacters(in: .whitespaces).uppercased() {
    case "TRACE", "DEBUG": self = .debug
    case "INFO": self = .info
    case "WARN", "WARNING": self = .warning
    case "ERROR", "FATAL": self = .error
    default: return nil
    }
  }

  /// Orders levels from ``debug`` to ``error``.
  ///
  /// - Parameters:
  ///   - lhs: a level.
  ///   - rhs: another level.
  /// - Returns: whether `lhs` is less severe than `rhs`.
  public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool {
    lhs.severity < rhs.severity
  }

  private var severity: Int {
    switch self {
    case .debug: return 0
    case .info: return 1
    case .warning: return 2
    case .error: return 3
    }
  }
}
