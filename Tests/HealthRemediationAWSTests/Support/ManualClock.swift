import Foundation
import HealthRemediation
import HealthRemediationAWS
import Synchronization

/// A clock that shows a time the test sets.
final class ManualClock: WallClock {
  private let current: Mutex<Date>

  init(_ date: Date = Date(timeIntervalSince1970: 1_700_000_000)) {
    current = Mutex(date)
  }

  func now() -> Date { current.withLock { $0 } }

  func advance(by seconds: TimeInterval) {
    current.withLock { $0 = $0.addingTimeInterval(seconds) }
  }
}
