import AWSSigV4

/// An HTTP response as a transport returns it: status, headers and body.
///
/// Its `description`, `debugDescription` and mirror show the status and body size only: a body may hold
/// credentials (the container and instance metadata endpoints return them).
public struct HTTPResponse: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
  CustomReflectable
{
  /// The HTTP status code.
  public var status: Int
  /// The response headers.
  public var headers: [HTTPHeader]
  /// The body bytes.
  public var body: [UInt8]

  /// Creates a response.
  ///
  /// - Parameters:
  ///   - status: the HTTP status code.
  ///   - headers: the response headers.
  ///   - body: the body bytes.
  public init(status: Int, headers: [HTTPHeader] = [], body: [UInt8] = []) {
    self.status = status
    self.headers = headers
    self.body = body
  }

  /// The value of the first header with this name (compared without regard to case), if any.
  ///
  /// - Parameter name: the header name.
  public func header(named name: String) -> String? {
    let lowered = name.lowercased()
    return headers.first { $0.name.lowercased() == lowered }?.value
  }

  /// Whether the status is in the 2xx range.
  public var isSuccess: Bool { (200..<300).contains(status) }

  /// `HTTP 200, 1234 bytes`.
  public var description: String { "HTTP \(status), \(body.count) bytes" }

  /// The same as ``description``.
  public var debugDescription: String { description }

  /// A mirror that shows only ``description``.
  public var customMirror: Mirror { Mirror(self, children: ["summary": description]) }
}
