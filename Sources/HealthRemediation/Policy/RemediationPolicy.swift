/// Decides, one instance at a time, whether remediation acts on an instance.
///
/// A custom policy is any Swift type that conforms. The built-in ones are ``PolicyRule`` (a composable
/// rule tree) and ``PolicyDocument`` (a rule tree plus matching options, loaded from JSON).
/// Implementations must be pure: the same description always gives the same decision.
public protocol RemediationPolicy: Sendable {
  /// Decides what to do with one described instance.
  ///
  /// - Parameter instance: what the compute service knows about the instance.
  /// - Returns: the verdict and a reason a person can read in a notification.
  func evaluate(_ instance: InstanceDescription) -> PolicyDecision
}
