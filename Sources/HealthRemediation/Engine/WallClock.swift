import Foundation

/// The source of the current time, injectable so that reports and audit tags are testable.
public protocol WallClock: Sendable {
  /// The current time.
  func now() -> Date
}
