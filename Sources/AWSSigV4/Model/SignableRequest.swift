import Foundation

/// An HTTP request to sign: what a transport will send, described by its URL.
///
/// The `Host` header is taken from the URL and need not be listed; set every other header you want
/// signed (for example `Content-Type`) before signing, because the signature covers them.
public struct SignableRequest: Sendable, Hashable {
  /// The HTTP method, for example `POST`.
  public var method: String

  /// The full URL; its path and query must already be percent-encoded as they go on the wire.
  public var url: URL

  /// The header fields, in order.
  public var headers: [HTTPHeader]

  /// The body bytes; SigV4 signs their SHA-256.
  public var body: [UInt8]

  /// Creates a request to sign.
  ///
  /// - Parameters:
  ///   - method: the HTTP method.
  ///   - url: the full URL, percent-encoded.
  ///   - headers: the header fields to send and sign.
  ///   - body: the body bytes.
  public init(method: String, url: URL, headers: [HTTPHeader] = [], body: [UInt8] = []) {
    self.method = method
    self.url = url
    self.headers = headers
    self.body = body
  }
}
