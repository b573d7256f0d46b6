import Foundation

/// The four stages of SigV4 as the AWS documentation names them. The public text-based functions let
/// callers and tests check each stage; the signing paths use the byte-based ones underneath.
extension SigV4Signer {
  /// The algorithm identifier at the head of the string to sign and of the `Authorization` header.
  static let algorithm: StaticString = "AWS4-HMAC-SHA256"

  // MARK: Stage 1: canonical request

  /// Creates the canonical request of a request whose signing headers (`X-Amz-Date`, and
  /// `X-Amz-Security-Token` if any) are already among its headers.
  ///
  /// - Parameters:
  ///   - request: the request; every header is signed except `User-Agent`, `Expect`, `X-Amzn-Trace-Id`
  ///     and `Connection`.
  ///   - payloadHash: the hex SHA-256 of the body (see ``payloadHash(of:)``) or `UNSIGNED-PAYLOAD`.
  /// - Returns: the canonical request and its signed header names.
  public func canonicalRequest(for request: HTTPRequestParts, payloadHash: String) -> CanonicalRequest {
    var builder = CanonicalRequestBuilder(scratchCapacity: 256, headerCount: request.headers.count)
    for header in request.headers
    where HeaderDisposition.of(header.name, signerAddsContentHash: false) != .unsigned {
      builder.addHeader(name: header.name, value: header.value)
    }
    if var query = request.query {
      query.withUTF8 { builder.addRawQuery($0) }
    }
    builder.finishHeaders()
    var method = request.method
    var path = request.path
    var hash = payloadHash
    let bytes = method.withUTF8 { method in
      path.withUTF8 { path in
        hash.withUTF8 {
          builder.build(method: method, path: path, options: options, payloadHash: UnsafeRawBufferPointer($0))
        }
      }
    }
    return CanonicalRequest(
      text: String(decoding: bytes, as: UTF8.self),
      signedHeaders: String(decoding: builder.signedHeaders, as: UTF8.self))
  }

  /// The hex SHA-256 of a body, as the canonical request's last line carries it.
  ///
  /// - Parameter body: the body bytes.
  /// - Returns: 64 lowercase hex digits.
  public func payloadHash(of body: [UInt8]) -> String {
    String(decoding: payloadHashBytes(of: body), as: UTF8.self)
  }

  /// The payload hash bytes: the body's hex SHA-256, or `UNSIGNED-PAYLOAD` when the options say so.
  func payloadHashBytes(of body: [UInt8]) -> [UInt8] {
    if options.unsignedPayload {
      return Array("UNSIGNED-PAYLOAD".utf8)
    }
    let digest = body.withUnsafeBytes { SHA256.hash(bufferPointer: $0) }
    return Hex.bytes(of: digest)
  }

  // MARK: Stage 2: string to sign

  /// The credential scope, `YYYYMMDD/region/service/aws4_request`.
  ///
  /// - Parameter date: the signing time.
  /// - Returns: the scope that the `Authorization` header and the string to sign name.
  public func credentialScope(date: Date) -> String {
    var scope: [UInt8] = []
    AMZDate(date).withDateStamp { scope.append(contentsOf: $0) }
    scope.append(contentsOf: scopeSuffix)
    return String(decoding: scope, as: UTF8.self)
  }

  /// Creates the string to sign: the algorithm, the timestamp, the credential scope and the hex SHA-256 of
  /// the canonical request, one per line.
  ///
  /// - Parameters:
  ///   - canonicalRequest: the canonical request text.
  ///   - date: the signing time.
  /// - Returns: the string to sign.
  public func stringToSign(canonicalRequest: String, date: Date) -> String {
    String(
      decoding: stringToSignBytes(canonicalRequest: Array(canonicalRequest.utf8), date: AMZDate(date)),
      as: UTF8.self)
  }

  /// The string to sign as bytes.
  func stringToSignBytes(canonicalRequest: [UInt8], date: AMZDate) -> [UInt8] {
    let algorithm = SigV4Signer.algorithm
    let digest = canonicalRequest.withUnsafeBytes { SHA256.hash(bufferPointer: $0) }
    let count = algorithm.utf8CodeUnitCount + 1 + 16 + 1 + 8 + scopeSuffix.count + 1 + 64
    return [UInt8](unsafeUninitializedCapacity: count) { output, initialized in
      var position = 0
      func append<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
        position += UnsafeMutableBufferPointer(rebasing: output[position...]).initialize(
          fromContentsOf: bytes)
      }
      append(UnsafeBufferPointer(start: algorithm.utf8Start, count: algorithm.utf8CodeUnitCount))
      append(CollectionOfOne(UInt8(ascii: "\n")))
      date.withTimestamp { append($0) }
      append(CollectionOfOne(UInt8(ascii: "\n")))
      date.withDateStamp { append($0) }
      append(scopeSuffix)
      append(CollectionOfOne(UInt8(ascii: "\n")))
      if let base = output.baseAddress {
        digest.withUnsafeBytes { Hex.encode($0, into: base + position) }
      }
      initialized = position + 64
    }
  }

  // MARK: Stage 3: signing key

  /// Derives the day's signing key: `HMAC("AWS4" + secret, date)`, then the region, the service and
  /// `aws4_request` in turn. The signing paths cache it; this function always derives it afresh.
  ///
  /// - Parameter date: the signing time; only its UTC day matters.
  /// - Returns: the signing key.
  public func signingKey(date: Date) -> SymmetricKey {
    AMZDate(date).withDateStamp { SymmetricKey(data: deriveSigningKey(dateStamp: $0)) }
  }

  /// The signing key bytes for a date stamp.
  func deriveSigningKey(dateStamp: UnsafeRawBufferPointer) -> [UInt8] {
    var secret = Array("AWS4".utf8)
    secret.append(contentsOf: credentials.secretAccessKey.utf8)
    let dateKey = HMAC<SHA256>.authenticationCode(for: Array(dateStamp), using: SymmetricKey(data: secret))
    let regionKey = HMAC<SHA256>.authenticationCode(
      for: Array(region.utf8), using: SymmetricKey(data: Array(dateKey)))
    let serviceKey = HMAC<SHA256>.authenticationCode(
      for: Array(service.utf8), using: SymmetricKey(data: Array(regionKey)))
    let signingKey = HMAC<SHA256>.authenticationCode(
      for: Array("aws4_request".utf8), using: SymmetricKey(data: Array(serviceKey)))
    return Array(signingKey)
  }

  /// The day's signing key, primed as an HMAC state, from the cache or derived into it.
  func preparedSigningKey(for date: AMZDate) -> HMAC<SHA256> {
    keyCache.preparedKey(for: SigningKeyCacheKey(identity: cacheIdentity, dayNumber: date.dayNumber)) {
      date.withDateStamp { HMAC<SHA256>(key: SymmetricKey(data: deriveSigningKey(dateStamp: $0))) }
    }
  }

  // MARK: Stage 4: signature

  /// Computes the signature: the hex HMAC-SHA256 of the string to sign under the signing key.
  ///
  /// - Parameters:
  ///   - stringToSign: the string to sign.
  ///   - signingKey: the day's signing key.
  /// - Returns: 64 lowercase hex digits.
  public func signature(stringToSign: String, signingKey: SymmetricKey) -> String {
    HMAC<SHA256>.authenticationCode(for: Array(stringToSign.utf8), using: signingKey).hexString
  }

  /// The signature bytes (64 hex digits) of a string to sign, with the cached signing key.
  func signatureBytes(stringToSign: [UInt8], date: AMZDate) -> [UInt8] {
    var mac = preparedSigningKey(for: date)
    stringToSign.withUnsafeBytes { mac.update(bufferPointer: $0) }
    return Hex.bytes(of: mac.finalize().digest)
  }
}
