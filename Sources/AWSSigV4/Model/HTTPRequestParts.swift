/// An HTTP request given by its parts exactly as they appear on the wire, without a URL.
///
/// This is the level the official SigV4 test suite works at: the path and query are the literal text of
/// the request line, which a `URL` could not always hold (the suite signs `/example space/` and raw
/// UTF-8). The `Host` header must be among ``headers``.
public struct HTTPRequestParts: Sendable, Hashable {
  /// The HTTP method, for example `GET`.
  public var method: String

  /// The path of the request line, for example `/` or `/a%20b`.
  public var path: String

  /// The query of the request line without the `?`, or `nil` when the request line has none.
  public var query: String?

  /// The header fields, in order, including `Host`.
  public var headers: [HTTPHeader]

  /// The body bytes.
  public var body: [UInt8]

  /// Creates a request from its wire parts.
  ///
  /// - Parameters:
  ///   - method: the HTTP method.
  ///   - path: the path of the request line.
  ///   - query: the query without `?`, or `nil`.
  ///   - headers: the header fields, including `Host`.
  ///   - body: the body bytes.
  public init(method: String, path: String, query: String? = nil, headers: [HTTPHeader], body: [UInt8] = []) {
    self.method = method
    self.path = path
    self.query = query
    self.headers = headers
    self.body = body
  }
}
