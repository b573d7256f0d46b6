/// What the code that builds the handler gets: the environment, a logger and the clock.
///
/// Building the handler is where configuration is read and checked; a failure there is reported to Lambda
/// as an initialisation error, before any invocation.
public struct LambdaInitializationContext: Sendable {
  /// The process environment (`SNS_TOPIC_ARN`, `AWS_REGION`, credentials...); never log it whole.
  public let environment: [String: String]
  /// The runtime's logger, without a request ID.
  public let logger: LambdaLogger
  /// The runtime's clock.
  public let clock: any LambdaClock

  /// Creates an initialisation context.
  ///
  /// - Parameters:
  ///   - environment: the process environment.
  ///   - logger: the runtime's logger.
  ///   - clock: the runtime's clock.
  public init(environment: [String: String], logger: LambdaLogger, clock: any LambdaClock) {
    self.environment = environment
    self.logger = logger
    self.clock = clock
  }
}
