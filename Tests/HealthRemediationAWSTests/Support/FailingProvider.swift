import AWSSigV4
import HealthRemediationAWS

/// Always fails with a given error.
struct FailingProvider: CredentialsProvider {
  let error: CredentialsError

  func resolveCredentials() async throws -> AWSCredentials { throw error }
}
