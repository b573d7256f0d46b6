import AWSSigV4

/// A source of AWS credentials: the environment, the shared files, a container or instance endpoint, STS.
public protocol CredentialsProvider: Sendable {
  /// The credentials to sign the next request with.
  ///
  /// - Returns: credentials, possibly temporary (with a session token and an expiry).
  /// - Throws: ``CredentialsError`` (kind ``CredentialsError/Kind/notConfigured`` when this source is
  ///   simply not set up, so that a chain tries the next one), or the error of a call it made.
  func resolveCredentials() async throws -> AWSCredentials
}
