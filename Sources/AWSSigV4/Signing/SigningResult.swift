/// A signed request together with what each SigV4 stage produced, for inspection, debugging and tests.
public struct SigningResult: Sendable, Hashable {
  /// The request with the signature added (headers, or query parameters for a presigned request).
  public let request: HTTPRequestParts

  /// The canonical request (stage 1).
  public let canonicalRequest: CanonicalRequest

  /// The string to sign (stage 2).
  public let stringToSign: String

  /// The signature, 64 lowercase hex digits (stage 4).
  public let signature: String

  /// Bundles a signing's outputs.
  ///
  /// - Parameters:
  ///   - request: the signed request.
  ///   - canonicalRequest: the canonical request.
  ///   - stringToSign: the string to sign.
  ///   - signature: the hex signature.
  public init(
    request: HTTPRequestParts, canonicalRequest: CanonicalRequest, stringToSign: String, signature: String
  ) {
    self.request = request
    self.canonicalRequest = canonicalRequest
    self.stringToSign = stringToSign
    self.signature = signature
  }
}
