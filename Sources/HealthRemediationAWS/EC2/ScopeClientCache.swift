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
    let partition = try AWSPartition.named(scope.partition)
    let region = try AWSRegion(validating: scope.region)
    guard region.partition == partition else {
      throw AWSValidationError(
        field: "region", value: scope.region, reason: "the region is not in partition \(partition.id)")
    }
    let account = try AWSAccountID(validating: scope.accountID)
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
