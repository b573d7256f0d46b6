import Foundation

/// Header signing and query (presigned) signing, on requests given by their wire parts.
extension SigV4Signer {
  /// Signs a request given by its wire parts in its headers, and reports every stage.
  ///
  /// - Parameters:
  ///   - request: the request, with its `Host` header.
  ///   - date: the signing time.
  /// - Returns: the signed request (see ``signedRequest(_:date:)`` for the headers added) and the stages.
  public func signHeaders(_ request: HTTPRequestParts, date: Date) -> SigningResult {
    var path = request.path
    var query = request.query
    let signed = path.withUTF8 { path in
      withOptionalUTF8(&query) { query in
        signHeaders(
          method: request.method, path: path, query: query, headers: request.headers, impliedHost: nil,
          body: request.body, date: AMZDate(date))
      }
    }
    var result = request
    result.headers = signed.headers
    return SigningResult(request: result, computation: signed.computation)
  }

  /// Presigns a request given by its wire parts: the signature goes into the query.
  ///
  /// - Parameters:
  ///   - request: the request, with its `Host` header.
  ///   - date: the signing time.
  ///   - expires: how many seconds the signature stays valid (AWS accepts 1 to 604800).
  /// - Returns: the request with the signing parameters appended to its query, and the stages.
  public func signQuery(_ request: HTTPRequestParts, date: Date, expires: Int) -> SigningResult {
    var path = request.path
    var query = request.query
    let signed = path.withUTF8 { path in
      withOptionalUTF8(&query) { query in
        signQuery(
          method: request.method, path: path, query: query, headers: request.headers, impliedHost: nil,
          body: request.body, date: AMZDate(date), expires: expires)
      }
    }
    var result = request
    result.query = String(decoding: signed.query, as: UTF8.self)
    result.headers = request.headers.filter {
      HeaderDisposition.of($0.name, signerAddsContentHash: false) != .replaced
    }
    return SigningResult(request: result, computation: signed.computation)
  }

  // MARK: Shared core

  /// Header signing on bytes: the one implementation behind every header-signing API.
  func signHeaders(
    method: String,
    path: UnsafeBufferPointer<UInt8>,
    query: UnsafeBufferPointer<UInt8>?,
    headers: [HTTPHeader],
    impliedHost: UnsafeBufferPointer<UInt8>?,
    body: [UInt8],
    date: AMZDate
  ) -> (headers: [HTTPHeader], computation: SigningComputation) {
    let token = credentials.sessionToken
    var builder = CanonicalRequestBuilder(
      scratchCapacity: 192 + (token?.utf8.count ?? 0) + (query?.count ?? 0) * 2,
      headerCount: headers.count + 4)
    var output: [HTTPHeader] = []
    output.reserveCapacity(headers.count + 4)
    let hasHost = collectHeaders(
      headers, into: &builder, keeping: &output, signerAddsContentHash: options.includeContentSHA256Header)
    if !hasHost, let impliedHost {
      builder.addHeader(name: "host", value: UnsafeRawBufferPointer(impliedHost))
    }
    date.withTimestamp { builder.addHeader(name: "x-amz-date", value: $0) }
    if let token, !options.omitSessionTokenFromSignature {
      builder.addHeader(name: "x-amz-security-token", value: token)
    }
    let payloadHash = payloadHashBytes(of: body)
    if options.includeContentSHA256Header {
      payloadHash.withUnsafeBytes { builder.addHeader(name: "x-amz-content-sha256", value: $0) }
    }
    if let query { builder.addRawQuery(query) }
    builder.finishHeaders()
    let computation = computeSignature(
      builder: &builder, method: method, path: path, payloadHash: payloadHash, date: date)

    if let token { output.append(HTTPHeader(name: "X-Amz-Security-Token", value: token)) }
    output.append(HTTPHeader(name: "X-Amz-Date", value: date.timestamp))
    if options.includeContentSHA256Header {
      output.append(
        HTTPHeader(name: "x-amz-content-sha256", value: String(decoding: payloadHash, as: UTF8.self)))
    }
    output.append(HTTPHeader(name: "Authorization", value: authorization(computation)))
    return (output, computation)
  }

  /// Query signing on bytes: the one implementation behind every presigning API.
  ///
  /// - Returns: the complete new query (the original parameters, then the signing ones) and the stages.
  func signQuery(
    method: String,
    path: UnsafeBufferPointer<UInt8>,
    query: UnsafeBufferPointer<UInt8>?,
    headers: [HTTPHeader],
    impliedHost: UnsafeBufferPointer<UInt8>?,
    body: [UInt8],
    date: AMZDate,
    expires: Int
  ) -> (query: [UInt8], computation: SigningComputation) {
    let token = credentials.sessionToken
    var builder = CanonicalRequestBuilder(
      scratchCapacity: 320 + (token?.utf8.count ?? 0) * 3 + (query?.count ?? 0) * 2,
      headerCount: headers.count + 1)
    var ignored: [HTTPHeader] = []
    // Presigning adds no x-amz-content-sha256, so one the caller set is signed like any header.
    let hasHost = collectHeaders(headers, into: &builder, keeping: &ignored, signerAddsContentHash: false)
    if !hasHost, let impliedHost {
      builder.addHeader(name: "host", value: UnsafeRawBufferPointer(impliedHost))
    }
    builder.finishHeaders()

    var credential = Array(credentials.accessKeyID.utf8)
    credential.append(UInt8(ascii: "/"))
    date.withDateStamp { credential.append(contentsOf: $0) }
    credential.append(contentsOf: scopeSuffix)
    let expiresText = Array(String(expires).utf8)
    let algorithm = SigV4Signer.algorithm
    let algorithmBytes = UnsafeRawBufferPointer(
      start: algorithm.utf8Start, count: algorithm.utf8CodeUnitCount)
    let signedHeaders = builder.signedHeaders
    let tokenBytes = token.map { Array($0.utf8) }

    if let query { builder.addRawQuery(query) }
    builder.addQueryParameter(name: "X-Amz-Algorithm", value: algorithmBytes)
    credential.withUnsafeBytes { builder.addQueryParameter(name: "X-Amz-Credential", value: $0) }
    date.withTimestamp { builder.addQueryParameter(name: "X-Amz-Date", value: $0) }
    expiresText.withUnsafeBytes { builder.addQueryParameter(name: "X-Amz-Expires", value: $0) }
    signedHeaders.withUnsafeBytes { builder.addQueryParameter(name: "X-Amz-SignedHeaders", value: $0) }
    if let tokenBytes, !options.omitSessionTokenFromSignature {
      tokenBytes.withUnsafeBytes { builder.addQueryParameter(name: "X-Amz-Security-Token", value: $0) }
    }
    let payloadHash = payloadHashBytes(of: body)
    let computation = computeSignature(
      builder: &builder, method: method, path: path, payloadHash: payloadHash, date: date)

    var output: [UInt8] = []
    if let query, !query.isEmpty {
      output.append(contentsOf: query)
      output.append(UInt8(ascii: "&"))
    }
    func appendParameter(_ name: String, _ value: UnsafeRawBufferPointer, separator: Bool = true) {
      output.append(contentsOf: name.utf8)
      output.append(UInt8(ascii: "="))
      URIEncoding.appendEncoding(of: value, to: &output)
      if separator { output.append(UInt8(ascii: "&")) }
    }
    appendParameter("X-Amz-Algorithm", algorithmBytes)
    credential.withUnsafeBytes { appendParameter("X-Amz-Credential", $0) }
    date.withTimestamp { appendParameter("X-Amz-Date", $0) }
    signedHeaders.withUnsafeBytes { appendParameter("X-Amz-SignedHeaders", $0) }
    expiresText.withUnsafeBytes { appendParameter("X-Amz-Expires", $0) }
    if let tokenBytes {
      tokenBytes.withUnsafeBytes { appendParameter("X-Amz-Security-Token", $0) }
    }
    computation.signature.withUnsafeBytes { appendParameter("X-Amz-Signature", $0, separator: false) }
    return (output, computation)
  }

  /// Adds the request's signable headers to the builder and the ones to keep to `output`.
  ///
  /// - Returns: whether the request has its own `Host` header.
  private func collectHeaders(
    _ headers: [HTTPHeader], into builder: inout CanonicalRequestBuilder, keeping output: inout [HTTPHeader],
    signerAddsContentHash: Bool
  ) -> Bool {
    var hasHost = false
    for header in headers {
      switch HeaderDisposition.of(header.name, signerAddsContentHash: signerAddsContentHash) {
      case .replaced:
        continue
      case .unsigned:
        output.append(header)
      case .host:
        hasHost = true
        builder.addHeader(name: header.name, value: header.value)
        output.append(header)
      case .signed:
        builder.addHeader(name: header.name, value: header.value)
        output.append(header)
      }
    }
    return hasHost
  }

  /// Runs stages 1 to 4 once the builder holds every header and query parameter.
  private func computeSignature(
    builder: inout CanonicalRequestBuilder,
    method: String,
    path: UnsafeBufferPointer<UInt8>,
    payloadHash: [UInt8],
    date: AMZDate
  ) -> SigningComputation {
    var method = method
    let canonicalRequest = method.withUTF8 { method in
      payloadHash.withUnsafeBytes {
        builder.build(method: method, path: path, options: options, payloadHash: $0)
      }
    }
    let stringToSign = stringToSignBytes(canonicalRequest: canonicalRequest, date: date)
    return SigningComputation(
      canonicalRequest: canonicalRequest,
      signedHeaders: builder.signedHeaders,
      stringToSign: stringToSign,
      signature: signatureBytes(stringToSign: stringToSign, date: date),
      date: date)
  }

  /// `AWS4-HMAC-SHA256 Credential=KEY/scope, SignedHeaders=..., Signature=...`.
  private func authorization(_ computation: SigningComputation) -> String {
    var accessKeyID = credentials.accessKeyID
    return accessKeyID.withUTF8 { accessKeyID in
      let algorithm = SigV4Signer.algorithm
      let capacity =
        algorithm.utf8CodeUnitCount + accessKeyID.count + scopeSuffix.count + computation.signedHeaders.count
        + computation.signature.count + 50
      return String(unsafeUninitializedCapacity: capacity) { output in
        var count = 0
        func append<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
          count += UnsafeMutableBufferPointer(rebasing: output[count...]).initialize(fromContentsOf: bytes)
        }
        append(UnsafeBufferPointer(start: algorithm.utf8Start, count: algorithm.utf8CodeUnitCount))
        append(" Credential=".utf8)
        append(accessKeyID)
        append(CollectionOfOne(UInt8(ascii: "/")))
        computation.date.withDateStamp { append($0) }
        append(scopeSuffix)
        append(", SignedHeaders=".utf8)
        append(computation.signedHeaders)
        append(", Signature=".utf8)
        append(computation.signature)
        return count
      }
    }
  }

  /// Calls `body` with the UTF-8 bytes of an optional string, or `nil`.
  private func withOptionalUTF8<R>(_ text: inout String?, _ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
    guard var unwrapped = text else { return body(nil) }
    return unwrapped.withUTF8 { body($0) }
  }
}

extension SigningResult {
  /// Converts the byte-level stages into the public result.
  init(request: HTTPRequestParts, computation: SigningComputation) {
    self.init(
      request: request,
      canonicalRequest: CanonicalRequest(
        text: String(decoding: computation.canonicalRequest, as: UTF8.self),
        signedHeaders: String(decoding: computation.signedHeaders, as: UTF8.self)),
      stringToSign: String(decoding: computation.stringToSign, as: UTF8.self),
      signature: String(decoding: computation.signature, as: UTF8.self))
  }
}
