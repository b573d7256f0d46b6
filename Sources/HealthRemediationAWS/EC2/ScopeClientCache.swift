import HealthRemediation

/// Builds and keeps one ``EC2Client`` per scope and one assumed-role credentials cache per account.
///
/// It is an actor so that concurrent scopes share the caller-identity lookup and the assumed roles.
actor ScopeClientCache {
  private struct AccountKey: Hashable {
    var partition: String
    var accountID: AWSAccountID
  }

  private let credentials: any CredentialsProvider
  private let context: AWSClientContext
  private let crossAccount: CrossAccountAccess
  private let homeRegion: AWSRegion?
  private var callerAccountID: String?
  private var identityLookup: Task<String, any Error>?
  private var clients: [ResourceScope: EC2Client] = [:]
  private var roleCredentials: [AccountKey: RefreshingCredentialsProvider] = [:]

  init(
    credentials: any CredentialsProvider, context: AWSClientContext, callerAccountID: AWSAccountID?,
    crossAccount: CrossAccountAccess, homeRegion: AWSRegion?
  ) {
    self.credentials = credentials
    self.context = context
    self.callerAccountID = callerAccountID?.rawValue
    self.crossAccount = crossAccount
    self.homeRegion = homeRegion
  }

  /// The client for a scope, validating the scope first.
  func client(for scope: ResourceScope) async throws -> EC2Client {
    if let client = clients[scope] { return client }
    let (partition, region, account) = try validated(scope)
    let caller = try await callerAccount(probeRegion: region)

    let scopeCredentials: any CredentialsProvider
    if account.rawValue == caller {
      scopeCredentials = credentials
    } else if let roleName = crossAccount.roleName {
      scopeCredentials = try roleProvider(
        account: account, partition: partition, roleName: roleName, region: region)
    } else {
      throw CrossAccountNotConfiguredError(scope: scope, callerAccountID: caller)
    }
    let client = EC2Client(
      client: context.queryClient(for: .ec2, in: region, credentials: scopeCredentials))
    clients[scope] = client
    return client
  }

  /// A client with the base credentials for a read-only call that may start before the caller's account
  /// is known, or `nil` when that would not save anything or could pick the wrong credentials.
  ///
  /// Only without a cross-account role is the answer known in advance: every scope must then be the
  /// caller's own account, so the base credentials are the only ones that can be right. The caller must
  /// still ``confirmOwnAccount(_:)`` before it uses what the call returned.
  ///
  /// - Throws: ``AWSValidationError`` for an invalid scope.
  func provisionalClient(for scope: ResourceScope) throws -> EC2Client? {
    guard clients[scope] == nil, callerAccountID == nil, crossAccount.roleName == nil else { return nil }
    let (_, region, _) = try validated(scope)
    return EC2Client(client: context.queryClient(for: .ec2, in: region, credentials: credentials))
  }

  /// Confirms that a scope is in the caller's own account (asking STS once), so that a provisional
  /// client's answer may be used, and keeps the scope's client.
  ///
  /// - Throws: ``CrossAccountNotConfiguredError`` for another account, or the STS error.
  func confirmOwnAccount(_ scope: ResourceScope) async throws {
    _ = try await client(for: scope)
  }

  private func validated(_ scope: ResourceScope) throws -> (AWSPartition, AWSRegion, AWSAccountID) {
    let partition = try AWSPartition.named(scope.partition)
    let region = try AWSRegion(validating: scope.region)
    guard region.partition == partition else {
      throw AWSValidationError(
        field: "region", value: scope.region, reason: "the region is not in partition \(partition.id)")
    }
    return (partition, region, try AWSAccountID(validating: scope.accountID))
  }

  private func callerAccount(probeRegion: AWSRegion) async throws -> String {
    if let callerAccountID { return callerAccountID }
    if let identityLookup { return try await identityLookup.value }
    let region = homeRegion ?? probeRegion
    let sts = STSClient(client: context.queryClient(for: .sts, in: region, credentials: credentials))
    let lookup = Task { try await sts.callerIdentity().accountID }
    identityLookup = lookup
    defer { identityLookup = nil }
    let account = try await lookup.value
    callerAccountID = account
    return account
  }

  private func roleProvider(
    account: AWSAccountID, partition: AWSPartition, roleName: String, region: AWSRegion
  ) throws -> RefreshingCredentialsProvider {
    let key = AccountKey(partition: partition.id, accountID: account)
    if let provider = roleCredentials[key] { return provider }
    let role = try RoleARN(partition: partition, accountID: account, roleName: roleName)
    let stsRegion = homeRegion.flatMap { $0.partition == partition ? $0 : nil } ?? region
    let sts = STSClient(client: context.queryClient(for: .sts, in: stsRegion, credentials: credentials))
    let provider = RefreshingCredentialsProvider(
      wrapping: AssumeRoleCredentialsProvider(
        role: role, sessionName: crossAccount.sessionName, externalID: crossAccount.externalID,
        duration: crossAccount.duration, sts: sts),
      clock: context.clock)
    roleCredentials[key] = provider
    return provider
  }
}
