/// The answer of an ``IdempotencyStore`` to a claim.
public enum IdempotencyClaim: Hashable, Sendable, Codable {
  /// The key was free and is now held by the caller, who must complete or release it.
  case claimed
  /// The key was already completed: this delivery is a duplicate and must change nothing.
  case alreadyCompleted
  /// Another delivery holds the key and has not finished: this one must change nothing.
  case inProgress
}
