import Foundation
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

/// A sleeper that records the waits and returns at once.
final class RecordingSleeper: Sleeper {
  private let recorded = Mutex<[Duration]>([])

  var sleeps: [Duration] { recorded.withLock { $0 } }

  func sleep(for duration: Duration) async throws {
    recorded.withLock { $0.append(duration) }
    try Task.checkCancellation()
  }
}

/// A random source that always gives the same number.
struct FixedRandom: RandomSource {
  let value: Double

  func nextUnitInterval() -> Double { value }
}

/// Files held in memory, by path.
struct InMemoryFileReader: FileReader {
  var files: [String: String]

  func contentsOfFile(atPath path: String) throws -> String? { files[path] }
}
