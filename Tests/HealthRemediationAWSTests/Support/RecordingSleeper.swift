import Foundation
import HealthRemediationAWS
import Synchronization

/// A sleeper that records the waits and returns at once.
final class RecordingSleeper: Sleeper {
  private let recorded = Mutex<[Duration]>([])

  var sleeps: [Duration] { recorded.withLock { $0 } }

  func sleep(for duration: Duration) async throws {
    recorded.withLock { $0.append(duration) }
    try Task.checkCancellation()
  }
}
