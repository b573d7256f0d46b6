import AWSSigV4

/// Credentials given directly, for tests and for hosts that obtain them themselves.
public struct StaticCredentialsProvider: CredentialsProvider {
  private let credentials: AWSCredentials

  /// Creates the provider.
  ///
  /// - Parameter credentials: the credentials to hand out.
  public init(_ credentials: AWSCredentials) {
    self.credentials = credentials
  }

  /// The given credentials.
  public func resolveCredentials() async throws -> AWSCredentials { credentials }
}
