import Synchronization

#if canImport(FoundationNetworking)
  import FoundationNetworking
#else
  import Foundation
#endif

/// The state of one `URLSession` data task shared by its completion handler, the caller's cancellation
/// handler and the timeout watchdog, so that whichever comes first decides how the exchange ends.
final class PendingExchange: Sendable {
  /// How the exchange ended.
  enum Ending: Sendable {
    case completed
    case cancelledByCaller
    case timedOut
  }

  private struct State {
    var task: URLSessionDataTask?
    var ending: Ending?
    var finished = false
  }

  private let state = Mutex(State())

  /// Records the task and starts it, unless the exchange was already cancelled.
  func start(_ task: URLSessionDataTask) {
    let cancelled = state.withLock { state -> Bool in
      state.task = task
      return state.ending != nil
    }
    if cancelled { task.cancel() }
    task.resume()
  }

  /// Cancels the task because the caller's task was cancelled.
  func cancelByCaller() { end(as: .cancelledByCaller) }

  /// Cancels the task because the request's timeout passed.
  func timeOut() { end(as: .timedOut) }

  /// Marks the exchange finished and tells how it ended.
  func finish() -> Ending {
    state.withLock { state in
      state.finished = true
      return state.ending ?? .completed
    }
  }

  private func end(as ending: Ending) {
    let task = state.withLock { state -> URLSessionDataTask? in
      guard !state.finished, state.ending == nil else { return nil }
      state.ending = ending
      return state.task
    }
    task?.cancel()
  }
}
