import AWSSigV4
import Foundation

/// An HTTP request as a transport sends it: method, URL, headers, body and a timeout.
public struct HTTPRequest: Sendable, Hashable {
  /// The HTTP method, for example `POST`.
  public var method: String
  /// The absolute URL.
  public var url: URL
  /// The headers, in the order they are sent; names are compared without regard to case.
  public var headers: [HTTPHeader]
  /// The body bytes.
  public var body: [UInt8]
  /// How long the transport waits for the whole response before it gives up with a timeout.
  public var timeout: Duration

  /// Creates a request.
  ///
  /// - Parameters:
  ///   - method: the HTTP method.
  ///   - url: the absolute URL.
  ///   - headers: the headers to send.
  ///   - body: the body bytes.
  ///   - timeout: how long to wait for the response.
  public init(
    method: String, url: URL, headers: [HTTPHeader] = [], body: [UInt8] = [],
    timeout: Duration = .seconds(10)
  ) {
    self.method = method
    self.url = url
    self.headers = headers
    self.body = body
    self.timeout = timeout
  }

  /// The value of the first header with this name (compared without regard to case), if any.
  ///
  /// - Parameter name: the header name.
  public func header(named name: String) -> String? {
    headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
  }
}
