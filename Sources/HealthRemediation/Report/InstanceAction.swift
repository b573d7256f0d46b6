/// What the engine did with one instance.
public enum InstanceAction: String, Hashable, Sendable, Codable, CaseIterable {
  /// The instance was asked to stop and the service accepted.
  case stopped
  /// Dry run: the service said the stop would have succeeded; nothing changed.
  case wouldStop
  /// The policy selected it, but it was already stopped or terminated: nothing to do.
  case alreadyStopped
  /// The policy protected it, or its tags could not be read: left alone.
  case skipped
  /// The policy selected it, but the blast-radius limit refused the whole action.
  case refused
  /// Describing or stopping it failed; see the failure.
  case failed
}
