import Synchronization

/// A thread-safe cache of derived SigV4 signing keys, one per (secret, day, region, service).
///
/// Deriving a signing key costs four HMACs; a signer reuses it for every request of the same UTC day.
/// Entries are keyed by a SHA-256 of the secret, never by the secret itself, and hold HMAC states already
/// primed with the key, so a cache hit costs one dictionary lookup under a lock.
public final class SigningKeyCache: Sendable, CustomStringConvertible, CustomReflectable {
  /// The cache every signer uses unless given another, so that signers created per request still share keys.
  public static let shared = SigningKeyCache()

  /// The most entries kept; beyond it the cache starts afresh, which is simpler than LRU bookkeeping and
  /// costs at most one extra derivation per (credentials, region, service) a day.
  public let capacity: Int

  private let entries: Mutex<[SigningKeyCacheKey: HMAC<SHA256>]>

  /// Creates an empty cache.
  ///
  /// - Parameter capacity: the most entries kept (at least 1).
  public init(capacity: Int = 128) {
    self.capacity = Swift.max(1, capacity)
    entries = Mutex([:])
  }

  /// The number of signing keys currently cached.
  public var count: Int {
    entries.withLock { $0.count }
  }

  /// Shows how many keys are cached, never the keys.
  public var description: String { "SigningKeyCache(\(count) of \(capacity) keys)" }

  /// A mirror that shows the count and capacity only.
  public var customMirror: Mirror {
    Mirror(self, children: ["count": count, "capacity": capacity], displayStyle: .class)
  }

  /// Forgets every cached key, for example after credentials were revoked.
  public func removeAll() {
    entries.withLock { $0.removeAll() }
  }

  /// Returns the cached prepared key, or derives, stores and returns it.
  ///
  /// - Parameters:
  ///   - key: which signing key.
  ///   - derive: computes the prepared key on a miss; called outside the lock.
  func preparedKey(for key: SigningKeyCacheKey, derive: () -> HMAC<SHA256>) -> HMAC<SHA256> {
    if let cached = entries.withLock({ $0[key] }) {
      return cached
    }
    let derived = derive()
    entries.withLock { entries in
      if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
      entries[key] = derived
    }
    return derived
  }
}
