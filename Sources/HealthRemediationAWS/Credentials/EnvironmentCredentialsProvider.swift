import AWSSigV4

/// Credentials from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` (what Lambda sets).
public struct EnvironmentCredentialsProvider: CredentialsProvider {
  private let environment: [String: String]

  /// Creates the provider over an environment.
  ///
  /// - Parameter environment: the process environment (injected, so that it can be tested).
  public init(environment: [String: String]) {
    self.environment = environment
  }

  /// The credentials in the environment.
  ///
  /// - Throws: ``CredentialsError`` `.notConfigured` when neither key variable is set,
  ///   `.invalidConfiguration` when only one of them is.
  public func resolveCredentials() async throws -> AWSCredentials {
    let accessKeyID = environment["AWS_ACCESS_KEY_ID"].flatMap { $0.isEmpty ? nil : $0 }
    let secret = environment["AWS_SECRET_ACCESS_KEY"].flatMap { $0.isEmpty ? nil : $0 }
    switch (accessKeyID, secret) {
    case (nil, nil):
      throw CredentialsError(
        kind: .notConfigured, source: "environment", reason: "AWS_ACCESS_KEY_ID is not set")
    case (.some, nil):
      throw CredentialsError(
        kind: .invalidConfiguration, source: "environment",
        reason: "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not")
    case (nil, .some):
      throw CredentialsError(
        kind: .invalidConfiguration, source: "environment",
        reason: "AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not")
    case (.some(let accessKeyID), .some(let secret)):
      let token = environment["AWS_SESSION_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
      return AWSCredentials(accessKeyID: accessKeyID, secretAccessKey: secret, sessionToken: token)
    }
  }
}
