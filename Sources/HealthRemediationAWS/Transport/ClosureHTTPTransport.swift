/// A transport that answers with a closure: for tests and for hosts that route requests themselves.
public struct ClosureHTTPTransport: HTTPTransport {
  private let handler: @Sendable (HTTPRequest) async throws -> HTTPResponse

  /// Creates a transport that calls `handler` for every request.
  ///
  /// - Parameter handler: answers a request with a response, or throws as a transport would.
  public init(_ handler: @escaping @Sendable (HTTPRequest) async throws -> HTTPResponse) {
    self.handler = handler
  }

  /// Calls the handler.
  ///
  /// - Parameter request: the request.
  /// - Returns: the handler's response.
  /// - Throws: whatever the handler throws.
  public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    try await handler(request)
  }
}
