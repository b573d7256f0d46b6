/// The canonical request of SigV4 (stage 1), with the list of headers it signs.
public struct CanonicalRequest: Sendable, Hashable {
  /// The canonical request text: method, canonical URI, canonical query string, canonical headers,
  /// signed headers and payload hash, separated by line feeds.
  public let text: String

  /// The lowercase names of the signed headers joined by `;`, as they appear in the `Authorization` header.
  public let signedHeaders: String

  /// Wraps a computed canonical request.
  ///
  /// - Parameters:
  ///   - text: the canonical request text.
  ///   - signedHeaders: the signed header names joined by `;`.
  public init(text: String, signedHeaders: String) {
    self.text = text
    self.signedHeaders = signedHeaders
  }
}
