/// The seam through which every HTTP request of this library goes.
///
/// The library ships ``URLSessionTransport`` for real traffic, ``ClosureHTTPTransport`` for tests and
/// ``FaultInjectingTransport`` to exercise retries; a host may bring its own (for example one that logs).
public protocol HTTPTransport: Sendable {
  /// Sends one request and returns the response, whatever its status.
  ///
  /// - Parameter request: the request to send.
  /// - Returns: the response; non-2xx statuses are responses, not errors.
  /// - Throws: ``HTTPTransportError`` when no response arrived (timeout, connection failure), or
  ///   `CancellationError` when the task was cancelled.
  func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
