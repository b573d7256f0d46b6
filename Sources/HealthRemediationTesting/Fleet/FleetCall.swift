import HealthRemediation

/// A call an ``InMemoryFleet`` received, recorded so that tests can check what was asked of it.
public enum FleetCall: Hashable, Sendable {
  /// A describe call.
  case describe([InstanceID], ResourceScope)
  /// A stop call.
  case stop([InstanceID], ResourceScope, StopOptions)
  /// A tag call.
  case tag([InstanceID], [String: String], ResourceScope)

  /// The scope the call was made in.
  public var scope: ResourceScope {
    switch self {
    case .describe(_, let scope), .stop(_, let scope, _), .tag(_, _, let scope): scope
    }
  }
}
