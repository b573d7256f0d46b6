/// How instances are stopped.
public struct StopOptions: Hashable, Sendable, Codable {
  /// Ask the service whether the stop would succeed without stopping anything.
  public var dryRun: Bool
  /// Force the stop, skipping the operating system's orderly shutdown.
  public var force: Bool
  /// Hibernate instead of stopping, where the instance supports it.
  public var hibernate: Bool

  /// Creates options; the default stops normally.
  ///
  /// - Parameters:
  ///   - dryRun: ask without stopping.
  ///   - force: skip the orderly shutdown.
  ///   - hibernate: hibernate instead of stopping.
  public init(dryRun: Bool = false, force: Bool = false, hibernate: Bool = false) {
    self.dryRun = dryRun
    self.force = force
    self.hibernate = hibernate
  }
}
