/// The port that makes at-least-once delivery safe: each event key is acted on once.
///
/// The engine claims the key before acting, completes it after, and releases it when it gave up
/// before acting so that a retry can proceed.
public protocol IdempotencyStore: Sendable {
  /// Claims a key.
  ///
  /// - Parameter key: the event's key.
  /// - Returns: whether the caller now holds it, or why not.
  /// - Throws: an error when the store cannot be reached; the engine then changes nothing.
  func claim(_ key: IdempotencyKey) async throws -> IdempotencyClaim

  /// Marks a claimed key as done, so that later deliveries are duplicates.
  ///
  /// - Parameter key: the key the caller claimed.
  /// - Throws: an error when the store cannot be reached.
  func complete(_ key: IdempotencyKey) async throws

  /// Gives a claimed key back without completing it, so that a later delivery may act.
  ///
  /// - Parameter key: the key the caller claimed.
  /// - Throws: an error when the store cannot be reached.
  func release(_ key: IdempotencyKey) async throws
}
