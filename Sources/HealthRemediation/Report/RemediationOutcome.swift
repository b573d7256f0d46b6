/// The overall result of handling one event.
public enum RemediationOutcome: String, Hashable, Sendable, Codable {
  /// Every instance the policy selected is stopped (or was already), and people were told.
  case remediated
  /// Dry run: everything was described and evaluated, nothing changed.
  case dryRun
  /// The policy selected nothing to stop; people were told what was found.
  case nothingToDo
  /// Some instances or the notification failed; the report says which.
  case partialFailure
  /// The policy selected more instances than the blast-radius limit allows; nothing was stopped.
  case refused
  /// Nothing could be done at all (for example, the idempotency store could not be reached).
  case failed
  /// The event is not one this engine acts on (not an AWS Health abuse event, by default).
  case ignored
  /// This delivery was already handled: nothing changed, nobody was notified again.
  case duplicate
  /// Another delivery of this event is being handled right now: nothing changed.
  case inProgress

  /// Whether a host should report success: nothing the policy selected was left running by a failure.
  public var isSuccess: Bool {
    switch self {
    case .remediated, .dryRun, .nothingToDo, .ignored, .duplicate, .inProgress: true
    case .partialFailure, .refused, .failed: false
    }
  }
}
