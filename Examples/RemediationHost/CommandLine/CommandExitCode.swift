import HealthRemediation

/// The CLI's exit codes.
public enum CommandExitCode: Int32, Sendable {
  /// Done: everything the policy selected is stopped, or nothing was to be done.
  case success = 0
  /// Partial failure: the report says what failed.
  case partialFailure = 1
  /// Bad input or usage: nothing changed.
  case usage = 2

  /// The status a report ends a run with.
  ///
  /// - Parameter outcome: the report's outcome.
  public init(_ outcome: RemediationOutcome) {
    self = outcome.isSuccess ? .success : .partialFailure
  }
}
