/// What the run loop did before it stopped at its invocation limit.
public struct LambdaRunSummary: Hashable, Sendable {
  /// Invocations answered, successfully or with an error report.
  public var invocations: Int
  /// Invocations answered with an error report.
  public var failedInvocations: Int

  /// Creates a summary.
  ///
  /// - Parameters:
  ///   - invocations: invocations answered.
  ///   - failedInvocations: invocations answered with an error report.
  public init(invocations: Int = 0, failedInvocations: Int = 0) {
    self.invocations = invocations
    self.failedInvocations = failedInvocations
  }
}
