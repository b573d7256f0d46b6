import AWSSigV4
import Foundation

/// An HTTP request as a transport sends it: method, URL, headers, body and a timeout.
///
/// Its `description`, `debugDescription` and mirror show the method, the URL without its query, the header
/// names and the body size, never header values or the body, which may carry tokens and signatures.
public struct HTTPRequest: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
  CustomReflectable
{
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

  /// `POST https://host/path [host, content-type, ...] 120 bytes`, without header values or query.
  public var description: String {
    var components = URLComponents(url: url, resolvingAgainstBaseURL: false)
    components?.query = nil
    components?.user = nil
    components?.password = nil
    let location = components?.string ?? "<url>"
    let names = headers.map { $0.name.lowercased() }.joined(separator: ", ")
    return "\(method) \(location) [\(names)] \(body.count) bytes"
  }

  /// The same as ``description``.
  public var debugDescription: String { description }

  /// A mirror that shows only ``description``, so that `dump` cannot print a token either.
  public var customMirror: Mirror { Mirror(self, children: ["summary": description]) }
}
