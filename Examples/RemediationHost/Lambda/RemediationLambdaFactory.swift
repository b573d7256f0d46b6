import HealthRemediation

/// Builds the Lambda handler from the function's environment variables.
public enum RemediationLambdaFactory {
  /// Builds the handler: settings from the environment, AWS clients, and an in-memory idempotency store
  /// that catches redeliveries to the same warm container.
  ///
  /// - Parameter environment: the function's environment.
  /// - Returns: the handler.
  /// - Throws: ``ConfigurationError`` naming the variable that is wrong, or a credentials error.
  public static func handler(environment: [String: String]) async throws -> RemediationLambdaHandler {
    let settings = try HostSettings.fromEnvironment(environment)
    let services = try await AWSWiring.services(settings: settings, environment: environment)
    let engine = RemediationEngine(
      compute: services.compute, notifier: services.notifier, policy: settings.policy,
      idempotencyStore: InMemoryIdempotencyStore(), configuration: settings.configuration)
    return RemediationLambdaHandler(engine: engine)
  }
}
