import HealthRemediation

/// The AWS side of the remediation, built from the environment: what a host (Lambda, CLI, service) needs.
///
/// ```swift
/// let services = try AWSRemediationServices.fromEnvironment(ProcessInfo.processInfo.environment)
/// let compute: any ComputeService = services.compute
/// let notifier: (any Notifier)? = services.notifier
/// ```
///
/// Credentials come from the standard chain (environment, shared files, container endpoint, IMDSv2),
/// cached until shortly before they expire; endpoints honour `AWS_ENDPOINT_URL…`; the notifier publishes
/// to `SNS_TOPIC_ARN`; other accounts are reached through the role named by
/// `HEALTH_REMEDIATION_ROLE_NAME` (with `HEALTH_REMEDIATION_EXTERNAL_ID`), if set.
public struct AWSRemediationServices: Sendable {
  /// The environment variable naming the SNS topic.
  public static let topicVariable = "SNS_TOPIC_ARN"
  /// The environment variable naming the role to assume in other accounts.
  public static let crossAccountRoleVariable = "HEALTH_REMEDIATION_ROLE_NAME"
  /// The environment variable holding the external ID for that role.
  public static let externalIDVariable = "HEALTH_REMEDIATION_EXTERNAL_ID"

  /// The shared transport, endpoints, retry policy and clock.
  public let context: AWSClientContext
  /// The base credentials (the cached standard chain, unless given).
  public let credentials: any CredentialsProvider
  /// The region the process runs in, if configured; STS calls use it.
  public let homeRegion: AWSRegion?
  /// The compute port on EC2.
  public let compute: EC2ComputeService
  /// The notification port on SNS, when a topic is configured.
  public let notifier: SNSNotifier?

  /// Creates the services from parts.
  ///
  /// - Parameters:
  ///   - context: transport, endpoints, retry policy and clock.
  ///   - credentials: the base credentials.
  ///   - homeRegion: the process's region.
  ///   - topic: the SNS topic, if notifications are wanted.
  ///   - crossAccount: how to act in other accounts.
  ///   - callerAccountID: the credentials' account, when known (otherwise STS is asked once).
  /// - Throws: ``AWSValidationError`` for a FIFO topic.
  public init(
    context: AWSClientContext, credentials: any CredentialsProvider, homeRegion: AWSRegion?,
    topic: SNSTopicARN?, crossAccount: CrossAccountAccess = .none, callerAccountID: AWSAccountID? = nil
  ) throws(AWSValidationError) {
    self.context = context
    self.credentials = credentials
    self.homeRegion = homeRegion
    self.compute = EC2ComputeService(
      credentials: credentials, context: context, callerAccountID: callerAccountID,
      crossAccount: crossAccount,
      homeRegion: homeRegion)
    self.notifier = try topic.map { topic throws(AWSValidationError) in
      try SNSNotifier(topic: topic, credentials: credentials, context: context)
    }
  }

  /// Builds the services from the environment.
  ///
  /// - Parameters:
  ///   - environment: the process environment (pass `ProcessInfo.processInfo.environment`).
  ///   - transport: what sends requests; the shared `URLSession` by default.
  ///   - fileReader: how the shared files are read.
  ///   - retryPolicy: how failures are retried.
  ///   - clock: the current time.
  ///   - credentials: credentials to use instead of the standard chain.
  ///   - topicARN: the topic to use instead of `SNS_TOPIC_ARN`.
  ///   - crossAccount: the cross-account settings to use instead of the environment's.
  /// - Returns: the services; ``notifier`` is `nil` when no topic is configured.
  /// - Throws: ``AWSValidationError`` for a malformed region, endpoint, topic or role name;
  ///   ``CredentialsError`` when the shared files cannot be parsed.
  public static func fromEnvironment(
    _ environment: [String: String], transport: any HTTPTransport = URLSessionTransport(),
    fileReader: any FileReader = LocalFileReader(), retryPolicy: RetryPolicy = RetryPolicy(),
    clock: any WallClock = SystemWallClock(), credentials: (any CredentialsProvider)? = nil,
    topicARN: String? = nil, crossAccount: CrossAccountAccess? = nil
  ) throws -> AWSRemediationServices {
    let context = AWSClientContext(
      transport: transport, endpoints: try EndpointResolver(environment: environment),
      retryPolicy: retryPolicy,
      clock: clock)
    let shared = try SharedConfiguration.load(environment: environment, fileReader: fileReader)
    let region = try RegionResolution.region(environment: environment, sharedConfiguration: shared)
    let baseCredentials =
      credentials
      ?? RefreshingCredentialsProvider(
        wrapping: CredentialsProviderChain.standard(
          environment: environment, context: context, fileReader: fileReader),
        clock: clock)
    let topicText = topicARN ?? environment[topicVariable].flatMap { $0.isEmpty ? nil : $0 }
    let topic = try topicText.map { text throws(AWSValidationError) in try SNSTopicARN(validating: text) }
    var access = crossAccount ?? .none
    if crossAccount == nil, let roleName = environment[crossAccountRoleVariable], !roleName.isEmpty {
      access.roleName = roleName
      access.externalID = environment[externalIDVariable].flatMap { $0.isEmpty ? nil : $0 }
    }
    if let roleName = access.roleName {
      // Checked now, with a placeholder account, so that a bad name fails at start-up, not mid-event.
      _ = try RoleARN(validating: "arn:aws:iam::000000000000:role/\(roleName)")
    }
    return try AWSRemediationServices(
      context: context, credentials: baseCredentials, homeRegion: region, topic: topic, crossAccount: access)
  }

  /// An STS client with the base credentials, in the home region (or `us-east-1`).
  public var sts: STSClient {
    STSClient(
      client: context.queryClient(
        for: .sts, in: homeRegion ?? AWSPartition.aws.defaultRegion, credentials: credentials))
  }

  /// Who the base credentials belong to (STS `GetCallerIdentity`), as the CLI shows it.
  ///
  /// - Throws: the STS or credentials error.
  public func callerIdentity() async throws -> CallerIdentity {
    try await sts.callerIdentity()
  }
}
