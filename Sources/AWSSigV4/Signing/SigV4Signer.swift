import Foundation

/// Signs HTTP requests with AWS Signature Version 4, in headers or as presigned URLs.
///
/// The signer follows the stages of the AWS documentation, each a small function you can call on its
/// own: ``canonicalRequest(for:payloadHash:)``, ``stringToSign(canonicalRequest:date:)``,
/// ``signingKey(date:)`` and ``signature(stringToSign:signingKey:)``. Signing keys are cached per
/// (secret, day, region, service) in a ``SigningKeyCache`` shared by all signers, so creating a signer per
/// request is cheap. The signer never prints its secret: its `description` shows the redacted credentials.
public struct SigV4Signer: Sendable, CustomStringConvertible {
  /// The credentials that sign.
  public let credentials: AWSCredentials

  /// The region of the credential scope, for example `us-east-1`.
  public let region: String

  /// The signing name of the service, for example `ec2` or `sns`.
  public let service: String

  /// Service-specific signing variations.
  public let options: SigV4Options

  /// Where derived signing keys are kept.
  let keyCache: SigningKeyCache

  /// Identifies this signer's keys in the cache without holding the secret.
  let cacheIdentity: SHA256Digest

  /// `/region/service/aws4_request`: the credential scope after its date stamp.
  let scopeSuffix: [UInt8]

  /// Creates a signer that shares the process-wide signing-key cache.
  ///
  /// - Parameters:
  ///   - credentials: the credentials that sign.
  ///   - region: the region of the credential scope.
  ///   - service: the signing name of the service.
  ///   - options: service-specific variations; the defaults suit every service but S3.
  public init(
    credentials: AWSCredentials, region: String, service: String, options: SigV4Options = SigV4Options()
  ) {
    self.init(credentials: credentials, region: region, service: service, options: options, keyCache: .shared)
  }

  /// Creates a signer with its own signing-key cache.
  ///
  /// - Parameters:
  ///   - credentials: the credentials that sign.
  ///   - region: the region of the credential scope.
  ///   - service: the signing name of the service.
  ///   - options: service-specific variations.
  ///   - keyCache: where derived signing keys are kept.
  public init(
    credentials: AWSCredentials, region: String, service: String, options: SigV4Options,
    keyCache: SigningKeyCache
  ) {
    self.credentials = credentials
    self.region = region
    self.service = service
    self.options = options
    self.keyCache = keyCache
    scopeSuffix = Array("/\(region)/\(service)/aws4_request".utf8)
    var identity = SHA256()
    // Length-prefixed fields, so that no two (secret, region, service) triples hash the same bytes.
    for field in [credentials.secretAccessKey, region, service] {
      var length = UInt64(field.utf8.count).bigEndian
      withUnsafeBytes(of: &length) { identity.update(bufferPointer: $0) }
      identity.update(string: field)
    }
    cacheIdentity = identity.finalize()
  }

  /// Names the scope and the redacted credentials.
  public var description: String {
    "SigV4Signer(region: \(region), service: \(service), credentials: \(credentials))"
  }

  /// Signs a request in its headers.
  ///
  /// The `Host` header is signed from the URL unless the request lists one. Headers that proxies or the
  /// HTTP stack may change (`User-Agent`, `Expect`, `X-Amzn-Trace-Id`, `Connection`) are kept but not
  /// signed; `Authorization`, `X-Amz-Date` and `X-Amz-Security-Token` already present are replaced, so a
  /// retried request can simply be signed again.
  ///
  /// - Parameters:
  ///   - request: the request to sign; set every header to be signed (such as `Content-Type`) first.
  ///   - date: the signing time; AWS rejects signatures more than 5 minutes off its clock.
  /// - Returns: the request with `X-Amz-Date`, `X-Amz-Security-Token` (for temporary credentials) and
  ///   `Authorization` added (and `x-amz-content-sha256` when the options ask for it).
  public func signedRequest(_ request: SignableRequest, date: Date) -> SignableRequest {
    var text = request.url.absoluteString
    let headers = text.withUTF8 { text in
      let url = WireURL(text)
      return signHeaders(
        method: request.method,
        path: UnsafeBufferPointer(rebasing: text[url.path]),
        query: url.query.map { UnsafeBufferPointer(rebasing: text[$0]) },
        headers: request.headers,
        impliedHost: UnsafeBufferPointer(rebasing: text[url.host]),
        body: request.body,
        date: AMZDate(date)
      ).headers
    }
    var result = request
    result.headers = headers
    return result
  }

  /// Creates a presigned URL: the signature travels in the query, so the URL alone grants the request.
  ///
  /// - Parameters:
  ///   - request: the request the URL stands for; its headers (besides `Host`) are signed, so whoever uses
  ///     the URL must send them unchanged.
  ///   - date: the signing time, from which the URL is valid.
  ///   - expires: how many seconds the URL stays valid after `date`; AWS accepts 1 to 604800 (7 days) and
  ///     rejects the URL otherwise.
  /// - Returns: the URL with `X-Amz-Algorithm`, `X-Amz-Credential`, `X-Amz-Date`, `X-Amz-SignedHeaders`,
  ///   `X-Amz-Expires`, `X-Amz-Security-Token` (for temporary credentials) and `X-Amz-Signature` appended
  ///   to its query.
  public func presignedURL(_ request: SignableRequest, date: Date, expires: Int) -> URL {
    var text = request.url.absoluteString
    let presigned = text.withUTF8 { text in
      let url = WireURL(text)
      let signed = signQuery(
        method: request.method,
        path: UnsafeBufferPointer(rebasing: text[url.path]),
        query: url.query.map { UnsafeBufferPointer(rebasing: text[$0]) },
        headers: request.headers,
        impliedHost: UnsafeBufferPointer(rebasing: text[url.host]),
        body: request.body,
        date: AMZDate(date),
        expires: expires)
      var presigned = Array(text[..<url.path.upperBound])
      presigned.append(UInt8(ascii: "?"))
      presigned.append(contentsOf: signed.query)
      return String(decoding: presigned, as: UTF8.self)
    }
    // Every byte added is unreserved or a %XX escape and the rest comes from a valid URL, so parsing
    // cannot fail; the original URL is returned only to avoid a trap if Foundation ever disagrees.
    return URL(string: presigned) ?? request.url
  }
}
