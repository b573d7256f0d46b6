/// Wall-clock time in the unit Lambda uses for deadlines: the I/O seam that tests replace with a fixed clock.
public protocol LambdaClock: Sendable {
  /// The current time in milliseconds since 1970-01-01T00:00:00Z.
  func millisecondsSince1970() -> Int64
}
