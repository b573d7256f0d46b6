import AWSSigV4

/// The answer to STS `AssumeRole`: temporary credentials and the session's ARN.
public struct AssumedRole: Hashable, Sendable {
  /// The temporary credentials, with session token and expiry.
  public let credentials: AWSCredentials
  /// The ARN of the assumed-role session.
  public let assumedRoleARN: String

  /// Creates the answer.
  ///
  /// - Parameters:
  ///   - credentials: the temporary credentials.
  ///   - assumedRoleARN: the session's ARN.
  public init(credentials: AWSCredentials, assumedRoleARN: String) {
    self.credentials = credentials
    self.assumedRoleARN = assumedRoleARN
  }
}
