import HealthRemediation

/// A failure an ``InMemoryFleet`` injects, to test how wiring and policies behave when AWS misbehaves.
public enum FleetFault: Hashable, Sendable {
  /// Every describe call in the scope fails.
  case describeFails(ResourceScope, OperationFailure)
  /// Every stop call in the scope fails as a whole.
  case stopFails(ResourceScope, OperationFailure)
  /// Stopping this one instance fails; the others in the same call still stop.
  case instanceStopFails(InstanceID, OperationFailure)
  /// Every tag call in the scope fails.
  case tagFails(ResourceScope, OperationFailure)
}
