import AWSSigV4
import Dispatch
import Foundation
import Synchronization

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The real transport: `URLSession`, with one session shared by the whole process.
///
/// Creating and tearing down sessions per request has crashed on Linux, so every instance uses the same
/// session. The request's timeout bounds the whole exchange, not just the time between bytes.
/// The `Host` header of a request is not passed to `URLSession`, which derives the same value from the URL.
public struct URLSessionTransport: HTTPTransport {
  private static let session: URLSession = {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.httpCookieStorage = nil
    configuration.urlCache = nil
    configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
    configuration.httpShouldSetCookies = false
    return URLSession(configuration: configuration)
  }()

  /// Creates the transport; all instances share one `URLSession`.
  public init() {}

  /// Sends the request with the shared session.
  ///
  /// - Parameter request: the request to send.
  /// - Returns: the response, whatever its status.
  /// - Throws: ``HTTPTransportError`` on timeout or connection failure, `CancellationError` when the
  ///   task was cancelled.
  public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    let host = request.url.host ?? "unknown host"
    var urlRequest = URLRequest(url: request.url)
    urlRequest.httpMethod = request.method
    // Foundation on Linux truncates its timeout to whole seconds (0.3 s times out at once), so it only
    // backs up the exact watchdog below.
    urlRequest.timeoutInterval = request.timeout.timeInterval.rounded(.up) + 5
    urlRequest.cachePolicy = .reloadIgnoringLocalCacheData
    for header in request.headers where header.name.lowercased() != "host" {
      urlRequest.addValue(header.value, forHTTPHeaderField: header.name)
    }
    if !request.body.isEmpty || request.method == "POST" || request.method == "PUT" {
      urlRequest.httpBody = Data(request.body)
    }

    let exchange = PendingExchange()
    return try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { continuation in
        let task = Self.session.dataTask(with: urlRequest) { data, response, error in
          let ending = exchange.finish()
          if let error {
            switch ending {
            case .cancelledByCaller: continuation.resume(throwing: CancellationError())
            case .timedOut:
              continuation.resume(
                throwing: HTTPTransportError(
                  kind: .timedOut, host: host, detail: "no response within \(request.timeout)"))
            case .completed: continuation.resume(throwing: Self.transportError(error, host: host))
            }
            return
          }
          guard let http = response as? HTTPURLResponse else {
            continuation.resume(
              throwing: HTTPTransportError(
                kind: .invalidResponse, host: host, detail: "the response is not an HTTP response"))
            return
          }
          var headers: [HTTPHeader] = []
          for (name, value) in http.allHeaderFields {
            headers.append(HTTPHeader(name: String(describing: name), value: String(describing: value)))
          }
          continuation.resume(
            returning: HTTPResponse(
              status: http.statusCode, headers: headers, body: Array(data ?? Data())))
        }
        exchange.start(task)
        DispatchQueue.global().asyncAfter(deadline: .now() + request.timeout.timeInterval) {
          exchange.timeOut()
        }
      }
    } onCancel: {
      exchange.cancelByCaller()
    }
  }

  private static func transportError(_ error: any Error, host: String) -> HTTPTransportError {
    if let urlError = error as? URLError, urlError.code == .timedOut {
      return HTTPTransportError(kind: .timedOut, host: host, detail: urlError.localizedDescription)
    }
    return HTTPTransportError(
      kind: .connectionFailed, host: host, detail: (error as NSError).localizedDescription)
  }
}

extension Duration {
  /// The duration in seconds, as Foundation's APIs take it.
  var timeInterval: TimeInterval {
    let (seconds, attoseconds) = components
    return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
  }
}
