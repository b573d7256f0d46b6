import LambdaRuntime

/// The invocation did not finish its work (nothing could be done, or people were not told), so it is
/// reported to Lambda as failed: the asynchronous retry and the dead-letter queue then take over.
public struct RemediationIncompleteError: Error, LambdaReportableError, CustomStringConvertible {
  /// The report's summary.
  public let summary: String

  /// Creates the error.
  ///
  /// - Parameter summary: the report's summary.
  public init(summary: String) {
    self.summary = summary
  }

  /// `HealthRemediation.Incomplete`, the error type Lambda records.
  public var lambdaErrorType: String { "HealthRemediation.Incomplete" }

  /// The summary.
  public var description: String { summary }
}
