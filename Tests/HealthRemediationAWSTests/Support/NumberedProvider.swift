import AWSSigV4
import Foundation
import HealthRemediationAWS
import Synchronization

/// Hands out numbered credentials, counting the fetches.
final class NumberedProvider: CredentialsProvider {
  private let fetches = Mutex(0)

  var fetchCount: Int { fetches.withLock { $0 } }

  func resolveCredentials() async throws -> AWSCredentials {
    let number = fetches.withLock { count in
      count += 1
      return count
    }
    return AWSCredentials(
      accessKeyID: "ASIA\(number)", secretAccessKey: "s", sessionToken: "t",
      expiration: Date(timeIntervalSince1970: 1_900_000_000))
  }
}
