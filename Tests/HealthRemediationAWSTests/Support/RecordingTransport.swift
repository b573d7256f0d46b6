import AWSSigV4
import Foundation
import HealthRemediationAWS
import Synchronization

/// A transport that records every request and answers with a closure.
final class RecordingTransport: HTTPTransport {
  private let handler: @Sendable (HTTPRequest) async throws -> HTTPResponse
  private let recorded = Mutex<[HTTPRequest]>([])

  init(_ handler: @escaping @Sendable (HTTPRequest) async throws -> HTTPResponse) {
    self.handler = handler
  }

  /// The requests sent so far.
  var requests: [HTTPRequest] { recorded.withLock { $0 } }

  /// The decoded form bodies of the requests sent so far.
  var forms: [FormBody] { requests.map { FormBody($0.body) } }

  func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    recorded.withLock { $0.append(request) }
    return try await handler(request)
  }
}

extension HTTPResponse {
  /// A response with an XML body.
  static func xml(_ status: Int, _ body: String, headers: [HTTPHeader] = []) -> HTTPResponse {
    HTTPResponse(status: status, headers: headers, body: Array(body.utf8))
  }
}
