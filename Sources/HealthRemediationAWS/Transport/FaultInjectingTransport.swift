import AWSSigV4
import Synchronization

/// Wraps a transport and makes chosen requests fail: throttling, server errors, timeouts, connection
/// failures, and added latency. Shipped so that hosts and benchmarks can test their behaviour under
/// failure against a real endpoint.
///
/// Faults are queued and used up in order, one per request that ``init(wrapping:faults:latency:sleeper:affects:)``'s
/// `affects` accepts; when the queue is empty, requests go through. Error answers are written in the
/// shape of the service called (EC2's `Response/Errors`, otherwise `ErrorResponse`).
public final class FaultInjectingTransport: HTTPTransport {
  private struct State {
    var faults: [InjectedFault]
    var injected = 0
    var forwarded = 0
  }

  private let base: any HTTPTransport
  private let latency: Duration
  private let sleeper: any Sleeper
  private let affects: @Sendable (HTTPRequest) -> Bool
  private let state: Mutex<State>

  /// Creates the wrapper.
  ///
  /// - Parameters:
  ///   - base: the transport that sends the requests that are not failed.
  ///   - faults: the faults to produce, in order.
  ///   - latency: a delay added before every request.
  ///   - sleeper: what waits for the latency.
  ///   - affects: which requests may be failed (all by default); others always go through.
  public init(
    wrapping base: any HTTPTransport, faults: [InjectedFault] = [], latency: Duration = .zero,
    sleeper: any Sleeper = TaskSleeper(), affects: @escaping @Sendable (HTTPRequest) -> Bool = { _ in true }
  ) {
    self.base = base
    self.latency = latency
    self.sleeper = sleeper
    self.affects = affects
    self.state = Mutex(State(faults: faults))
  }

  /// Queues a fault to be produced `times` times after those already queued.
  ///
  /// - Parameters:
  ///   - fault: the fault.
  ///   - times: how many requests it fails.
  public func enqueue(_ fault: InjectedFault, times: Int = 1) {
    state.withLock { $0.faults += Array(repeating: fault, count: max(0, times)) }
  }

  /// How many faults were produced so far.
  public var injectedCount: Int { state.withLock { $0.injected } }
  /// How many requests went through to the wrapped transport.
  public var forwardedCount: Int { state.withLock { $0.forwarded } }
  /// How many queued faults are left.
  public var pendingFaultCount: Int { state.withLock { $0.faults.count } }

  /// Waits for the latency, then fails the request with the next fault or forwards it.
  ///
  /// - Parameter request: the request.
  /// - Returns: the fault's answer or the wrapped transport's.
  /// - Throws: ``HTTPTransportError`` for timeout and connection faults, or the wrapped transport's error.
  public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    if latency > .zero { try await sleeper.sleep(for: latency) }
    let applies = affects(request)
    let next = state.withLock { state -> (fault: InjectedFault, number: Int)? in
      guard applies, !state.faults.isEmpty else {
        state.forwarded += 1
        return nil
      }
      state.injected += 1
      return (state.faults.removeFirst(), state.injected)
    }
    guard let next else { return try await base.send(request) }
    let host = request.url.host ?? "unknown host"
    let requestID = "fault-injected-\(next.number)"
    switch next.fault {
    case .throttling(let code, let status):
      return Self.errorResponse(
        request, status: status, code: code, message: "Rate exceeded", requestID: requestID)
    case .serverError(let status):
      return Self.errorResponse(
        request, status: status, code: status == 503 ? "ServiceUnavailable" : "InternalError",
        message: "injected server error", requestID: requestID)
    case .timeout:
      throw HTTPTransportError(kind: .timedOut, host: host, detail: "injected timeout")
    case .connectionFailure:
      throw HTTPTransportError(kind: .connectionFailed, host: host, detail: "injected connection failure")
    }
  }

  private static func errorResponse(
    _ request: HTTPRequest, status: Int, code: String, message: String, requestID: String
  ) -> HTTPResponse {
    let isEC2 = String(decoding: request.body, as: UTF8.self).contains("Version=\(AWSService.ec2.apiVersion)")
    let code = String(
      code.unicodeScalars.filter { $0.properties.isAlphabetic || $0 == "." || $0 == "_" }.map(Character.init))
    let body =
      isEC2
      ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Errors><Error><Code>\(code)</Code>"
        + "<Message>\(message)</Message></Error></Errors><RequestID>\(requestID)</RequestID></Response>"
      : "<ErrorResponse><Error><Type>Receiver</Type><Code>\(code)</Code><Message>\(message)</Message></Error>"
        + "<RequestId>\(requestID)</RequestId></ErrorResponse>"
    return HTTPResponse(
      status: status, headers: [HTTPHeader(name: "Content-Type", value: "text/xml")], body: Array(body.utf8))
  }
}
