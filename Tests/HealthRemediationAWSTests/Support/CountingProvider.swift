import AWSSigV4
import Foundation
import HealthRemediationAWS
import Synchronization

/// Counts the calls and answers with credentials that expire at a set time.
final class CountingProvider: CredentialsProvider {
  private let calls = Mutex(0)
  private let expiration: Date?
  private let delay: Duration

  init(expiration: Date?, delay: Duration = .zero) {
    self.expiration = expiration
    self.delay = delay
  }

  var callCount: Int { calls.withLock { $0 } }

  func resolveCredentials() async throws -> AWSCredentials {
    let call = calls.withLock { count in
      count += 1
      return count
    }
    if delay > .zero { try await Task.sleep(for: delay) }
    return AWSCredentials(
      accessKeyID: "AKID\(call)", secretAccessKey: "secret", sessionToken: "t", expiration: expiration)
  }
}
