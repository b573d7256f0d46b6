import Foundation

/// The system's clock.
public struct SystemWallClock: WallClock {
  /// Creates the clock.
  public init() {}

  /// The current time.
  public func now() -> Date { Date() }
}
