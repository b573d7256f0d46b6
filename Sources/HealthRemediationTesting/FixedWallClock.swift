import Foundation
import HealthRemediation

/// A clock that always says the same time, for reproducible reports.
public struct FixedWallClock: WallClock {
  /// The time it says.
  public let date: Date

  /// Creates the clock.
  ///
  /// - Parameter date: the time it says.
  public init(_ date: Date) {
    self.date = date
  }

  /// The fixed time.
  public func now() -> Date { date }
}
