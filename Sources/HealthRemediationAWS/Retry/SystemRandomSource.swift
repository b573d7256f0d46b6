/// The real random source: the system's random number generator.
public struct SystemRandomSource: RandomSource {
  /// Creates the source.
  public init() {}

  /// A uniformly distributed number in `0 ..< 1`.
  public func nextUnitInterval() -> Double { Double.random(in: 0..<1) }
}
