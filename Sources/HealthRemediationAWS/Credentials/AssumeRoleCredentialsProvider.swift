import AWSSigV4

/// Credentials of a role, obtained from STS `AssumeRole` with a source's credentials, on every call.
///
/// Wrap it in a ``RefreshingCredentialsProvider`` to reuse the credentials until shortly before they expire.
public struct AssumeRoleCredentialsProvider: CredentialsProvider {
  /// The role to assume.
  public let role: RoleARN
  /// The session name shown in CloudTrail.
  public let sessionName: String
  /// The external ID the role's trust policy requires, if any.
  public let externalID: String?
  /// How long the credentials should last.
  public let duration: Duration?
  private let sts: STSClient

  /// Creates the provider.
  ///
  /// - Parameters:
  ///   - role: the role to assume.
  ///   - sessionName: the session name.
  ///   - externalID: the external ID, if required.
  ///   - duration: how long the credentials should last.
  ///   - sts: the STS client, signed with the source credentials.
  public init(
    role: RoleARN, sessionName: String, externalID: String? = nil, duration: Duration? = nil, sts: STSClient
  ) {
    self.role = role
    self.sessionName = sessionName
    self.externalID = externalID
    self.duration = duration
    self.sts = sts
  }

  /// Assumes the role.
  ///
  /// - Returns: the role's temporary credentials.
  /// - Throws: what ``STSClient/assumeRole(_:sessionName:externalID:duration:)`` throws.
  public func resolveCredentials() async throws -> AWSCredentials {
    try await sts.assumeRole(role, sessionName: sessionName, externalID: externalID, duration: duration)
      .credentials
  }
}
