import Foundation
import HealthRemediationAWS
import Synchronization

/// A random source that always gives the same number.
struct FixedRandom: RandomSource {
  let value: Double

  func nextUnitInterval() -> Double { value }
}
