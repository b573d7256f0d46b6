import AWSSigV4

/// Tries providers in order and returns the first credentials found.
///
/// A provider that is not set up (``CredentialsError/Kind/notConfigured``) passes to the next one; any
/// other failure stops the chain, because a source that is set up but broken should be fixed, not
/// silently replaced by another identity.
public struct CredentialsProviderChain: CredentialsProvider {
  /// The providers, tried in order.
  public let providers: [any CredentialsProvider]

  /// Creates a chain.
  ///
  /// - Parameter providers: the providers, tried in order.
  public init(_ providers: [any CredentialsProvider]) {
    self.providers = providers
  }

  /// The AWS SDKs' order: the environment, the shared files, the container endpoint, then IMDSv2.
  ///
  /// - Parameters:
  ///   - environment: the process environment.
  ///   - context: the transport, endpoints and retry policy.
  ///   - fileReader: how the shared files are read.
  public static func standard(
    environment: [String: String], context: AWSClientContext, fileReader: any FileReader = LocalFileReader()
  ) -> CredentialsProviderChain {
    CredentialsProviderChain([
      EnvironmentCredentialsProvider(environment: environment),
      ProfileCredentialsProvider(environment: environment, context: context, fileReader: fileReader),
      ContainerCredentialsProvider(
        environment: environment, transport: context.transport, fileReader: fileReader),
      InstanceMetadataCredentialsProvider(environment: environment, transport: context.transport),
    ])
  }

  /// The first provider's credentials that is set up.
  ///
  /// - Throws: the first error that is not `.notConfigured`, or a ``CredentialsError`` `.notConfigured`
  ///   listing why each provider had none.
  public func resolveCredentials() async throws -> AWSCredentials {
    var reasons: [String] = []
    for provider in providers {
      do {
        return try await provider.resolveCredentials()
      } catch let error as CredentialsError where error.kind == .notConfigured {
        reasons.append(error.description)
      }
    }
    throw CredentialsError(
      kind: .notConfigured, source: "the credentials chain",
      reason: "no source has credentials (\(reasons.joined(separator: "; ")))")
  }
}
