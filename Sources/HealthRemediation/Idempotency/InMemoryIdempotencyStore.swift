import Synchronization

/// An idempotency store in process memory.
///
/// It is a real implementation, not only a fake: a warm Lambda container keeps it between invocations,
/// which catches the common case of a quick redelivery. Deliveries to other containers or regions need a
/// shared store (for example DynamoDB with a conditional put) behind the same ``IdempotencyStore`` port.
public final class InMemoryIdempotencyStore: IdempotencyStore {
  private enum Entry { case inProgress, completed }
  private let entries = Mutex<[IdempotencyKey: Entry]>([:])

  /// Creates an empty store.
  public init() {}

  /// Claims a key unless it is held or done.
  ///
  /// - Parameter key: the event's key.
  /// - Returns: whether the caller now holds it.
  public func claim(_ key: IdempotencyKey) async throws -> IdempotencyClaim {
    entries.withLock { entries in
      switch entries[key] {
      case .completed: return .alreadyCompleted
      case .inProgress: return .inProgress
      case nil:
        entries[key] = .inProgress
        return .claimed
      }
    }
  }

  /// Marks a key done.
  ///
  /// - Parameter key: the key the caller claimed.
  public func complete(_ key: IdempotencyKey) async throws {
    entries.withLock { $0[key] = .completed }
  }

  /// Frees a key so that a later delivery may act.
  ///
  /// - Parameter key: the key the caller claimed.
  public func release(_ key: IdempotencyKey) async throws {
    entries.withLock { entries in
      if entries[key] == .inProgress { entries[key] = nil }
    }
  }

  /// The keys completed so far, for tests and diagnostics.
  public var completedKeys: Set<IdempotencyKey> {
    entries.withLock { Set($0.filter { $0.value == .completed }.keys) }
  }
}
