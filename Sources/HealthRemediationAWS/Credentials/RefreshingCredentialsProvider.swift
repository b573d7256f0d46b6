import AWSSigV4
import Foundation
import HealthRemediation

/// Caches another provider's credentials until shortly before they expire.
///
/// Credentials without an expiry are kept for good. Concurrent callers share one fetch, so a burst of
/// requests makes one `AssumeRole` call, not one each.
public actor RefreshingCredentialsProvider: RefreshableCredentialsProvider {
  private let base: any CredentialsProvider
  private let clock: any WallClock
  private let refreshWindow: TimeInterval
  private var cached: AWSCredentials?
  private var pending: Task<AWSCredentials, any Error>?

  /// Creates the cache.
  ///
  /// - Parameters:
  ///   - base: the provider to cache.
  ///   - clock: the current time (injectable for tests).
  ///   - refreshBefore: how long before expiry the credentials are fetched again (5 minutes by default).
  public init(
    wrapping base: any CredentialsProvider, clock: any WallClock = SystemWallClock(),
    refreshBefore: Duration = .seconds(300)
  ) {
    self.base = base
    self.clock = clock
    self.refreshWindow = refreshBefore.timeInterval
  }

  /// The cached credentials while they are fresh, otherwise newly fetched ones.
  ///
  /// - Throws: the base provider's error; nothing is cached then, so the next call tries again.
  public func resolveCredentials() async throws -> AWSCredentials {
    if let cached, isFresh(cached) { return cached }
    if let pending { return try await pending.value }
    let base = self.base
    let task = Task { try await base.resolveCredentials() }
    pending = task
    defer { pending = nil }
    let credentials = try await task.value
    cached = credentials
    return credentials
  }

  /// Forgets the cached credentials, for example after the service said they expired.
  public func invalidate() {
    cached = nil
  }

  private func isFresh(_ credentials: AWSCredentials) -> Bool {
    guard let expiration = credentials.expiration else { return true }
    return clock.now().addingTimeInterval(refreshWindow) < expiration
  }
}
