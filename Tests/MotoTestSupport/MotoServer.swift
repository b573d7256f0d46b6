import AWSSigV4
import Foundation
import HealthRemediationAWS

/// The moto server started by `scripts/moto.sh` (through `scripts/test.sh`), read from the environment.
///
/// The suites run when `MOTO_ENDPOINT` is set, and also when `HEALTH_REMEDIATION_REQUIRE_MOTO=1` is set
/// without it, so that they fail instead of being skipped when the server was meant to be there.
public struct MotoServer: Sendable {
  /// The server's URL, serving every service and region.
  public let endpoint: URL
  /// An IAM user's keys, valid under signature verification.
  public let credentials: AWSCredentials
  /// The account those keys belong to.
  public let accountID: String
  /// A second account, reached through ``crossAccountRole``.
  public let crossAccountID: String
  /// The role in the second account that the first may assume.
  public let crossAccountRole: String

  static let environment = ProcessInfo.processInfo.environment

  /// The server, when the environment names one.
  public static let current: MotoServer? = {
    guard let text = environment["MOTO_ENDPOINT"], !text.isEmpty, let endpoint = URL(string: text),
      let accessKeyID = environment["MOTO_ACCESS_KEY_ID"], let secret = environment["MOTO_SECRET_ACCESS_KEY"]
    else { return nil }
    return MotoServer(
      endpoint: endpoint,
      credentials: AWSCredentials(accessKeyID: accessKeyID, secretAccessKey: secret),
      accountID: environment["MOTO_ACCOUNT_ID"] ?? "123456789012",
      crossAccountID: environment["MOTO_CROSS_ACCOUNT_ID"] ?? "210987654321",
      crossAccountRole: environment["MOTO_CROSS_ACCOUNT_ROLE"] ?? "HealthRemediationCrossAccount")
  }()

  /// Whether the integration suites should run (and fail without a server).
  public static let shouldRun = current != nil || environment["HEALTH_REMEDIATION_REQUIRE_MOTO"] == "1"

  /// The server, or an error that fails the test when it is required but missing.
  public static func required() throws -> MotoServer {
    guard let current else { throw MotoServerMissing() }
    return current
  }

  /// Generous limits: moto on a loaded two-core machine can take seconds to answer, and these tests prove
  /// behaviour, not speed.
  public static var patientPolicy: RetryPolicy {
    RetryPolicy(attemptTimeout: .seconds(60), callTimeout: .seconds(180))
  }

  /// A context that sends to this server with real HTTP and patient time limits.
  public func context(
    transport: any HTTPTransport = URLSessionTransport(), retryPolicy: RetryPolicy = MotoServer.patientPolicy
  ) -> AWSClientContext {
    AWSClientContext(
      transport: transport, endpoints: EndpointResolver(globalOverride: endpoint), retryPolicy: retryPolicy)
  }

  /// The base credentials as a provider.
  public var credentialsProvider: StaticCredentialsProvider { StaticCredentialsProvider(credentials) }
}
