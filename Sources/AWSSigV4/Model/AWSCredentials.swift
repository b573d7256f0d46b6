import Foundation

/// AWS access credentials: a long-term access key, or temporary credentials with a session token.
///
/// The secret access key and the session token never appear in `description`, `debugDescription` or
/// `dump` output, so credentials that end up in a log line or an error message do not leak.
public struct AWSCredentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
  CustomReflectable
{
  /// The access key ID (`AKIA...` or `ASIA...`); not secret, it names the key in the credential scope.
  public let accessKeyID: String

  /// The secret access key used to derive signing keys. Never printed.
  public let secretAccessKey: String

  /// The session token of temporary credentials, sent as `X-Amz-Security-Token`. Never printed.
  public let sessionToken: String?

  /// When temporary credentials stop working, if known.
  public let expiration: Date?

  /// Creates credentials.
  ///
  /// - Parameters:
  ///   - accessKeyID: the access key ID.
  ///   - secretAccessKey: the secret access key.
  ///   - sessionToken: the session token of temporary credentials, if any.
  ///   - expiration: when temporary credentials expire, if known.
  public init(
    accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil
  ) {
    self.accessKeyID = accessKeyID
    self.secretAccessKey = secretAccessKey
    self.sessionToken = sessionToken
    self.expiration = expiration
  }

  /// Shows the access key ID and whether there is a session token; the secret and token are redacted.
  public var description: String {
    var text = "AWSCredentials(accessKeyID: \(accessKeyID), secretAccessKey: <redacted>"
    text += sessionToken == nil ? ", sessionToken: none" : ", sessionToken: <redacted>"
    if let expiration {
      text += ", expiration: \(expiration.formatted(.iso8601))"
    }
    return text + ")"
  }

  /// The same redacted text as ``description``.
  public var debugDescription: String { description }

  /// A mirror that redacts the secret and the token, so that `dump` and reflection-based printing are safe.
  public var customMirror: Mirror {
    Mirror(
      self,
      children: [
        "accessKeyID": accessKeyID,
        "secretAccessKey": "<redacted>",
        "sessionToken": sessionToken == nil ? "none" : "<redacted>",
        "expiration": expiration as Any,
      ],
      displayStyle: .struct)
  }
}
