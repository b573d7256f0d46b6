import Synchronization

/// Counts how often `next()` is called, to prove that an autoclosure was not evaluated.
final class Counter: Sendable {
  private let storage = Mutex(0)

  var count: Int { storage.withLock { $0 } }

  func next() -> String {
    storage.withLock { value in
      value += 1
      return String(value)
    }
  }
}
