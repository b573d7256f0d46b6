import AWSSigV4
import Foundation
import HealthRemediation

/// The STS calls this library needs: `AssumeRole` to act in another account, `GetCallerIdentity` to know
/// which account the credentials belong to.
public struct STSClient: Sendable {
  /// The Query client for STS in one region.
  public let client: AWSQueryClient

  /// Creates the client.
  ///
  /// - Parameter client: a Query client for ``AWSService/sts``.
  public init(client: AWSQueryClient) {
    self.client = client
  }

  /// Assumes a role.
  ///
  /// - Parameters:
  ///   - role: the role to assume.
  ///   - sessionName: the session name (2 to 64 of `A-Z a-z 0-9 + = , . @ _ -`); it shows in CloudTrail.
  ///   - externalID: the external ID the role's trust policy requires, if any.
  ///   - duration: how long the credentials last (STS accepts 15 minutes to the role's maximum).
  /// - Returns: the temporary credentials and the session's ARN.
  /// - Throws: ``AWSValidationError`` for a bad session name, ``AWSServiceError`` when STS refuses,
  ///   ``AWSResponseDecodingError`` when the answer lacks the credentials.
  public func assumeRole(
    _ role: RoleARN, sessionName: String, externalID: String? = nil, duration: Duration? = nil
  ) async throws -> AssumedRole {
    guard Self.isValidSessionName(sessionName) else {
      throw AWSValidationError(
        field: "role session name", value: sessionName,
        reason: "a session name has 2 to 64 of the characters A-Z a-z 0-9 + = , . @ _ -")
    }
    var parameters = QueryParameters()
    parameters.append("RoleArn", role.rawValue)
    parameters.append("RoleSessionName", sessionName)
    if let externalID { parameters.append("ExternalId", externalID) }
    if let duration { parameters.append("DurationSeconds", String(duration.components.seconds)) }
    let root = try await client.send("AssumeRole", parameters)
    guard let result = root.child("AssumeRoleResult"),
      let accessKeyID = result.text(at: "Credentials", "AccessKeyId")?.trimmed, !accessKeyID.isEmpty,
      let secret = result.text(at: "Credentials", "SecretAccessKey")?.trimmed, !secret.isEmpty,
      let token = result.text(at: "Credentials", "SessionToken")?.trimmed, !token.isEmpty
    else {
      throw AWSResponseDecodingError(
        service: "sts", action: "AssumeRole", reason: "the answer has no complete Credentials element")
    }
    let expiration = result.text(at: "Credentials", "Expiration").flatMap {
      HealthRemediation.ISO8601Timestamp($0.trimmed)?.date
    }
    return AssumedRole(
      credentials: AWSCredentials(
        accessKeyID: accessKeyID, secretAccessKey: secret, sessionToken: token, expiration: expiration),
      assumedRoleARN: result.text(at: "AssumedRoleUser", "Arn")?.trimmed ?? role.rawValue)
  }

  /// Asks who the credentials belong to.
  ///
  /// - Returns: the account, ARN and user ID.
  /// - Throws: ``AWSServiceError`` when STS refuses (for example wrong credentials),
  ///   ``AWSResponseDecodingError`` when the answer lacks the account.
  public func callerIdentity() async throws -> CallerIdentity {
    let root = try await client.send("GetCallerIdentity")
    guard let result = root.child("GetCallerIdentityResult"),
      let account = result.text(at: "Account")?.trimmed, !account.isEmpty
    else {
      throw AWSResponseDecodingError(
        service: "sts", action: "GetCallerIdentity", reason: "the answer has no Account element")
    }
    return CallerIdentity(
      accountID: account, arn: result.text(at: "Arn")?.trimmed ?? "",
      userID: result.text(at: "UserId")?.trimmed ?? "")
  }

  /// Whether a role session name is acceptable to STS.
  ///
  /// - Parameter name: the candidate.
  public static func isValidSessionName(_ name: String) -> Bool {
    IAMName.isValid(name, lengths: 2...64)
  }
}
