import AWSSigV4
import Foundation

/// Credentials from a profile of the shared `credentials` and `config` files.
///
/// A profile either holds keys (`aws_access_key_id`, `aws_secret_access_key`, `aws_session_token`) or
/// names a role (`role_arn`) with where the credentials to assume it come from: `source_profile` (another
/// profile, or itself when it holds keys) or `credential_source` (`Environment`, `EcsContainer`,
/// `Ec2InstanceMetadata`). `external_id`, `role_session_name`, `duration_seconds` and `region` are honoured.
public struct ProfileCredentialsProvider: CredentialsProvider {
  private let environment: [String: String]
  private let context: AWSClientContext
  private let fileReader: any FileReader
  private let profileName: String?

  /// Creates the provider.
  ///
  /// - Parameters:
  ///   - environment: the process environment (file locations, `AWS_PROFILE`, region).
  ///   - context: the transport, endpoints and retry policy for `AssumeRole`.
  ///   - fileReader: how the files are read.
  ///   - profileName: the profile to use instead of the one the environment selects.
  public init(
    environment: [String: String], context: AWSClientContext, fileReader: any FileReader = LocalFileReader(),
    profileName: String? = nil
  ) {
    self.environment = environment
    self.context = context
    self.fileReader = fileReader
    self.profileName = profileName
  }

  /// The profile's credentials.
  ///
  /// - Throws: ``CredentialsError``: `.notConfigured` when there are no files, or the default profile is
  ///   missing or holds no credentials; `.invalidConfiguration` when a named profile is missing, keys are
  ///   incomplete, or a role is set up wrongly; or the STS error when the role cannot be assumed.
  public func resolveCredentials() async throws -> AWSCredentials {
    let configuration = try SharedConfiguration.load(environment: environment, fileReader: fileReader)
    let name = profileName ?? configuration.selectedProfile
    guard let profile = configuration.profile(named: name) else {
      if profileName != nil || configuration.profileWasNamed {
        throw CredentialsError(
          kind: .invalidConfiguration, source: "profile \"\(name)\"",
          reason: "the shared credentials and config files have no such profile")
      }
      throw CredentialsError(
        kind: .notConfigured, source: "profile \"\(name)\"", reason: "no such profile in the shared files")
    }
    return try await credentials(profile: profile, named: name, configuration: configuration, visited: [])
  }

  private func credentials(
    profile: [String: String], named name: String, configuration: SharedConfiguration, visited: [String]
  ) async throws -> AWSCredentials {
    let source = "profile \"\(name)\""
    guard let roleText = profile["role_arn"], !roleText.isEmpty else {
      return try staticCredentials(profile: profile, source: source)
    }
    guard !visited.contains(name), visited.count < 8 else {
      throw CredentialsError(
        kind: .invalidConfiguration, source: source,
        reason: "source_profile loops: \((visited + [name]).joined(separator: " -> "))")
    }
    let role: RoleARN
    do {
      role = try RoleARN(validating: roleText)
    } catch {
      throw CredentialsError(kind: .invalidConfiguration, source: source, reason: "role_arn: \(error)")
    }

    let sourceCredentials: AWSCredentials
    if let sourceName = profile["source_profile"], !sourceName.isEmpty {
      if sourceName == name {
        sourceCredentials = try staticCredentials(profile: profile, source: source)
      } else {
        guard let sourceProfile = configuration.profile(named: sourceName) else {
          throw CredentialsError(
            kind: .invalidConfiguration, source: source,
            reason: "source_profile \"\(sourceName)\" does not exist")
        }
        sourceCredentials = try await credentials(
          profile: sourceProfile, named: sourceName, configuration: configuration, visited: visited + [name])
      }
    } else if let credentialSource = profile["credential_source"], !credentialSource.isEmpty {
      sourceCredentials = try await credentials(fromSource: credentialSource, profileSource: source)
    } else {
      throw CredentialsError(
        kind: .invalidConfiguration, source: source,
        reason: "role_arn needs source_profile or credential_source")
    }

    let duration: Duration?
    if let text = profile["duration_seconds"] {
      guard let seconds = Int(text), (900...43_200).contains(seconds) else {
        throw CredentialsError(
          kind: .invalidConfiguration, source: source,
          reason: "duration_seconds must be a number of seconds from 900 to 43200")
      }
      duration = .seconds(seconds)
    } else {
      duration = nil
    }
    let sessionName =
      profile["role_session_name"] ?? "health-remediation-\(Int(context.clock.now().timeIntervalSince1970))"
    let sts = STSClient(
      client: context.queryClient(
        for: .sts, in: stsRegion(profile: profile, role: role),
        credentials: StaticCredentialsProvider(sourceCredentials)))
    return try await sts.assumeRole(
      role, sessionName: sessionName, externalID: profile["external_id"], duration: duration
    ).credentials
  }

  private func staticCredentials(profile: [String: String], source: String) throws(CredentialsError)
    -> AWSCredentials
  {
    let accessKeyID = profile["aws_access_key_id"].flatMap { $0.isEmpty ? nil : $0 }
    let secret = profile["aws_secret_access_key"].flatMap { $0.isEmpty ? nil : $0 }
    switch (accessKeyID, secret) {
    case (nil, nil):
      throw CredentialsError(kind: .notConfigured, source: source, reason: "the profile holds no credentials")
    case (.some, nil):
      throw CredentialsError(
        kind: .invalidConfiguration, source: source,
        reason: "aws_access_key_id is set but aws_secret_access_key is not")
    case (nil, .some):
      throw CredentialsError(
        kind: .invalidConfiguration, source: source,
        reason: "aws_secret_access_key is set but aws_access_key_id is not")
    case (.some(let accessKeyID), .some(let secret)):
      let token = profile["aws_session_token"].flatMap { $0.isEmpty ? nil : $0 }
      return AWSCredentials(accessKeyID: accessKeyID, secretAccessKey: secret, sessionToken: token)
    }
  }

  private func credentials(fromSource credentialSource: String, profileSource: String) async throws
    -> AWSCredentials
  {
    let provider: any CredentialsProvider
    switch credentialSource {
    case "Environment": provider = EnvironmentCredentialsProvider(environment: environment)
    case "EcsContainer":
      provider = ContainerCredentialsProvider(
        environment: environment, transport: context.transport, fileReader: fileReader)
    case "Ec2InstanceMetadata":
      provider = InstanceMetadataCredentialsProvider(environment: environment, transport: context.transport)
    default:
      throw CredentialsError(
        kind: .invalidConfiguration, source: profileSource,
        reason: "credential_source must be Environment, EcsContainer or Ec2InstanceMetadata")
    }
    do {
      return try await provider.resolveCredentials()
    } catch let error as CredentialsError where error.kind == .notConfigured {
      // The profile requires this source, so its absence is a configuration error, not a reason to move on.
      throw CredentialsError(
        kind: .invalidConfiguration, source: profileSource,
        reason: "credential_source \(credentialSource): \(error.reason)")
    }
  }

  private func stsRegion(profile: [String: String], role: RoleARN) -> AWSRegion {
    let candidates = [profile["region"], environment["AWS_REGION"], environment["AWS_DEFAULT_REGION"]]
    for case let text? in candidates {
      if let region = try? AWSRegion(validating: text), region.partition == role.partition { return region }
    }
    return role.partition.defaultRegion
  }
}
