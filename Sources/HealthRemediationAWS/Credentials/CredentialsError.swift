import HealthRemediation

/// Why credentials could not be had from a source. It names the source and the setting, never a secret.
public struct CredentialsError: Error, Hashable, Sendable, CustomStringConvertible,
  OperationFailureConvertible
{
  /// The kinds of failure, which decide whether a chain moves on to the next source.
  public enum Kind: String, Hashable, Sendable {
    /// The source is not set up here (no variables, no file, not on EC2): a chain tries the next one.
    case notConfigured
    /// The source is set up but wrongly (half a key pair, a profile that does not exist, a bad URL).
    case invalidConfiguration
    /// The source is set up but did not deliver (the endpoint answered with an error or garbage).
    case unavailable
  }

  /// What kind of failure it was.
  public let kind: Kind
  /// The source, for example `environment` or `profile "prod"`.
  public let source: String
  /// What went wrong, naming settings but never their secret values.
  public let reason: String

  /// Creates the error.
  ///
  /// - Parameters:
  ///   - kind: what kind of failure it was.
  ///   - source: the source.
  ///   - reason: what went wrong.
  public init(kind: Kind, source: String, reason: String) {
    self.kind = kind
    self.source = source
    self.reason = reason
  }

  /// `credentials from SOURCE: reason`.
  public var description: String { "credentials from \(source): \(reason)" }

  /// The error as the report records it, with code `CredentialsNotFound` or `InvalidCredentialsSource`.
  public var operationFailure: OperationFailure {
    let code =
      switch kind {
      case .notConfigured: "CredentialsNotFound"
      case .invalidConfiguration: "InvalidCredentialsConfiguration"
      case .unavailable: "CredentialsUnavailable"
      }
    return OperationFailure(code: code, message: description)
  }
}
