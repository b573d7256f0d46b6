import Foundation

/// The real clock: the system's time.
public struct SystemWallClock: WallClock {
  /// Creates the clock.
  public init() {}

  /// The system's current time.
  public func now() -> Date { Date() }
}
