import Foundation

/// The seam for the current time, which signatures and credential expiry depend on.
public protocol WallClock: Sendable {
  /// The current time.
  func now() -> Date
}
