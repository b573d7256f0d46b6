import HealthRemediation

/// The ``ComputeService`` port on Amazon EC2, for any number of accounts and regions.
///
/// Each ``ResourceScope`` gets its own ``EC2Client``: in the credentials' own account it uses them as they
/// are; in another account it assumes `arn:{partition}:iam::{account}:role/{roleName}` (cached per account
/// until shortly before expiry) when ``CrossAccountAccess/roleName`` is set, and fails that scope with
/// ``CrossAccountNotConfiguredError`` otherwise. Scopes are validated (partition, region shape and
/// partition, 12-digit account) before anything reaches a hostname or ARN. Safe to call concurrently.
public struct EC2ComputeService: ComputeService {
  private let cache: ScopeClientCache

  /// Creates the service.
  ///
  /// - Parameters:
  ///   - credentials: the base credentials (usually a cached ``CredentialsProviderChain``).
  ///   - context: transport, endpoints, retry policy and clock.
  ///   - callerAccountID: the base credentials' account; when `nil` it is asked from STS
  ///     `GetCallerIdentity` once, on first use.
  ///   - crossAccount: how to act in other accounts.
  ///   - homeRegion: the region for STS calls (the scope's region when `nil` or in another partition).
  public init(
    credentials: any CredentialsProvider, context: AWSClientContext, callerAccountID: AWSAccountID? = nil,
    crossAccount: CrossAccountAccess = .none, homeRegion: AWSRegion? = nil
  ) {
    cache = ScopeClientCache(
      credentials: credentials, context: context, callerAccountID: callerAccountID,
      crossAccount: crossAccount, homeRegion: homeRegion)
  }

  /// The EC2 client that serves a scope.
  ///
  /// - Parameter scope: the scope.
  /// - Throws: ``AWSValidationError`` for an invalid scope, ``CrossAccountNotConfiguredError`` for another
  ///   account without a role, or the STS error when the caller's account cannot be found.
  public func client(for scope: ResourceScope) async throws -> EC2Client {
    try await cache.client(for: scope)
  }

  /// Describes instances in a scope; see ``EC2Client/describeInstances(_:)``.
  ///
  /// - Parameters:
  ///   - ids: the instances.
  ///   - scope: where they are.
  /// - Returns: the instances found and the IDs EC2 does not know.
  /// - Throws: the scope's error or the call's error.
  public func describeInstances(_ ids: [InstanceID], in scope: ResourceScope) async throws
    -> InstanceInventory
  {
    guard !ids.isEmpty else { return InstanceInventory(instances: []) }
    return try await client(for: scope).describeInstances(ids)
  }

  /// Stops instances in a scope; see ``EC2Client/stopInstances(_:options:)``.
  ///
  /// - Parameters:
  ///   - ids: the instances.
  ///   - scope: where they are.
  ///   - options: dry run, force, hibernate.
  /// - Returns: an outcome per instance.
  /// - Throws: the scope's error, or the call's error when nothing could be done at all.
  public func stopInstances(_ ids: [InstanceID], in scope: ResourceScope, options: StopOptions) async throws
    -> [InstanceID: StopOutcome]
  {
    guard !ids.isEmpty else { return [:] }
    return try await client(for: scope).stopInstances(ids, options: options)
  }

  /// Tags instances in a scope; see ``EC2Client/createTags(_:tags:)``.
  ///
  /// - Parameters:
  ///   - ids: the instances.
  ///   - tags: the tags.
  ///   - scope: where they are.
  /// - Throws: the scope's error or the call's error.
  public func tagInstances(_ ids: [InstanceID], tags: [String: String], in scope: ResourceScope) async throws
  {
    guard !ids.isEmpty else { return }
    try await client(for: scope).createTags(ids, tags: tags)
  }
}
