import Foundation

/// The system's wall clock, which is what Lambda's deadlines are measured against.
public struct SystemLambdaClock: LambdaClock {
  /// Creates the system clock.
  public init() {}

  /// The current time in milliseconds since 1970-01-01T00:00:00Z.
  public func millisecondsSince1970() -> Int64 {
    Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
  }
}
