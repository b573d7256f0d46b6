/// How the run loop runs: how many invocations to serve, which clock to read and which logger to use.
public struct LambdaRunOptions: Sendable {
  /// Stop after serving this many invocations; nil serves until cancelled or the Runtime API fails, which
  /// is what Lambda expects. Tests set a limit.
  public var maxInvocations: Int?
  /// The clock behind each context's remaining time.
  public var clock: any LambdaClock
  /// The logger for the loop's own lines; each invocation's context gets a copy with the request ID.
  public var logger: LambdaLogger

  /// Creates options.
  ///
  /// - Parameters:
  ///   - maxInvocations: stop after this many invocations; nil for no limit.
  ///   - clock: the clock behind each context's remaining time.
  ///   - logger: the logger for the loop and, with a request ID, for each invocation.
  public init(
    maxInvocations: Int? = nil,
    clock: any LambdaClock = SystemLambdaClock(),
    logger: LambdaLogger = LambdaLogger()
  ) {
    self.maxInvocations = maxInvocations
    self.clock = clock
    self.logger = logger
  }
}
