/// The seam for the randomness of backoff ("jitter"), so that tests can fix it.
public protocol RandomSource: Sendable {
  /// A number in `0 ..< 1`.
  func nextUnitInterval() -> Double
}
