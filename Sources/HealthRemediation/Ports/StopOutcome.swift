/// What happened to one instance that was asked to stop.
public enum StopOutcome: Hashable, Sendable, Codable {
  /// The stop was accepted: the instance went from `previous` to `current` (`stopping` or `stopped`).
  case stopped(previous: InstanceState, current: InstanceState)
  /// A dry run said the stop would have succeeded; nothing changed.
  case wouldStop
  /// The stop failed for this instance; the others in the same request may still have stopped.
  case failed(OperationFailure)
}
