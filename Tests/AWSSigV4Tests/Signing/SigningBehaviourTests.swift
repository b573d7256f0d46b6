import AWSSigV4
import Foundation
import Testing

@Suite("Signing options, URLs and dates")
struct SigningBehaviourTests {
  static let credentials = AWSCredentials(
    accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
  static let temporary = AWSCredentials(
    accessKeyID: "ASIAEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    sessionToken: "a+b/c=")
  static let date = Date(timeIntervalSince1970: 1_440_938_160)

  static func signer(_ credentials: AWSCredentials = credentials, options: SigV4Options = SigV4Options())
    -> SigV4Signer
  {
    SigV4Signer(
      credentials: credentials, region: "us-east-1", service: "service", options: options,
      keyCache: SigningKeyCache())
  }

  static func authorization(_ request: SignableRequest) -> String? {
    request.headers.first { $0.name == "Authorization" }?.value
  }

  @Test(
    "the signed host ignores user info and keeps IPv6 brackets and non-default ports",
    arguments: [
      ("https://user:secret@example.amazonaws.com/", "example.amazonaws.com"),
      ("http://[::1]:4566/", "[::1]:4566"),
      ("https://[::1]/", "[::1]"),
      ("HTTPS://example.amazonaws.com:443/", "example.amazonaws.com"),
      ("https://example.amazonaws.com:8443/", "example.amazonaws.com:8443"),
    ])
  func signedHost(url: String, host: String) throws {
    let signer = Self.signer()
    let signed = signer.signedRequest(
      SignableRequest(method: "GET", url: try #require(URL(string: url))), date: Self.date)
    let parts = HTTPRequestParts(method: "GET", path: "/", headers: [HTTPHeader(name: "Host", value: host)])
    #expect(
      Self.authorization(signed)?.hasSuffix(signer.signHeaders(parts, date: Self.date).signature) == true)
  }

  @Test("a URL without a path signs \"/\" and a fragment is not signed")
  func missingPathAndFragment() throws {
    let signer = Self.signer()
    let bare = signer.signedRequest(
      SignableRequest(method: "GET", url: try #require(URL(string: "https://example.amazonaws.com"))),
      date: Self.date)
    let withFragment = signer.signedRequest(
      SignableRequest(method: "GET", url: try #require(URL(string: "https://example.amazonaws.com/#top"))),
      date: Self.date)
    #expect(
      Self.authorization(bare)?.hasSuffix("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")
        == true)
    #expect(Self.authorization(withFragment) == Self.authorization(bare))
  }

  @Test("presigning with temporary credentials puts the encoded token in the URL and signs it")
  func presignedToken() throws {
    let request = SignableRequest(
      method: "GET", url: try #require(URL(string: "https://example.amazonaws.com/")))
    let signed = Self.signer(Self.temporary).signQuery(
      HTTPRequestParts(
        method: "GET", path: "/", headers: [HTTPHeader(name: "Host", value: "example.amazonaws.com")]),
      date: Self.date, expires: 900)
    #expect(signed.canonicalRequest.text.contains("X-Amz-Security-Token=a%2Bb%2Fc%3D"))
    let url = Self.signer(Self.temporary).presignedURL(request, date: Self.date, expires: 900)
    #expect(
      url.absoluteString.contains("&X-Amz-Security-Token=a%2Bb%2Fc%3D&X-Amz-Signature=\(signed.signature)"))
  }

  @Test("omitting the session token from the signature still sends it")
  func omittedToken() throws {
    let request = SignableRequest(
      method: "GET", url: try #require(URL(string: "https://example.amazonaws.com/")))
    let signed = Self.signer(Self.temporary, options: SigV4Options(omitSessionTokenFromSignature: true))
      .signedRequest(request, date: Self.date)
    #expect(signed.headers.contains(HTTPHeader(name: "X-Amz-Security-Token", value: "a+b/c=")))
    #expect(Self.authorization(signed)?.contains("SignedHeaders=host;x-amz-date,") == true)
  }

  @Test("an unsigned payload signs the literal UNSIGNED-PAYLOAD instead of the body hash")
  func unsignedPayload() {
    let parts = HTTPRequestParts(
      method: "PUT", path: "/key", headers: [HTTPHeader(name: "Host", value: "bucket.s3.amazonaws.com")],
      body: Array("data".utf8))
    var options = SigV4Options.s3
    options.unsignedPayload = true
    let result = Self.signer(options: options).signHeaders(parts, date: Self.date)
    #expect(result.canonicalRequest.text.hasSuffix("\nUNSIGNED-PAYLOAD"))
    #expect(
      result.request.headers.contains(HTTPHeader(name: "x-amz-content-sha256", value: "UNSIGNED-PAYLOAD")))
  }

  @Test(
    "signing times outside 1970...9999 or not finite are clamped instead of trapping",
    arguments: [
      (-5.0, "19700101T000000Z"),
      (Double.nan, "19700101T000000Z"),
      (Double.infinity, "99991231T235959Z"),
      (1e15, "99991231T235959Z"),
      (1_440_938_160.999, "20150830T123600Z"),
    ])
  func clampedDates(seconds: Double, timestamp: String) {
    let result = Self.signer().signHeaders(
      HTTPRequestParts(method: "GET", path: "/", headers: [HTTPHeader(name: "Host", value: "h")]),
      date: Date(timeIntervalSince1970: seconds))
    #expect(result.stringToSign.split(separator: "\n")[1] == Substring(timestamp))
    #expect(result.request.headers.contains(HTTPHeader(name: "X-Amz-Date", value: timestamp)))
  }

  @Test("signers used from many tasks at once share the key cache and agree")
  func concurrentSigning() async throws {
    let cache = SigningKeyCache()
    let request = SignableRequest(
      method: "GET", url: try #require(URL(string: "https://example.amazonaws.com/")))
    let signatures = await withTaskGroup(of: String?.self) { group in
      for index in 0..<64 {
        group.addTask {
          let signer = SigV4Signer(
            credentials: Self.credentials, region: "us-east-1", service: "service", options: SigV4Options(),
            keyCache: cache)
          return Self.authorization(
            signer.signedRequest(request, date: Self.date.addingTimeInterval(Double(index % 2))))
        }
      }
      var all: Set<String?> = []
      for await signature in group { all.insert(signature) }
      return all
    }
    #expect(signatures.count == 2)
    #expect(!signatures.contains(nil))
    #expect(cache.count == 1)
  }

  @Test("the key cache starts afresh when full rather than growing without bound")
  func cacheCapacity() throws {
    let cache = SigningKeyCache(capacity: 2)
    let request = SignableRequest(
      method: "GET", url: try #require(URL(string: "https://example.amazonaws.com/")))
    for day in 0..<5 {
      _ = SigV4Signer(
        credentials: Self.credentials, region: "us-east-1", service: "service", options: SigV4Options(),
        keyCache: cache
      ).signedRequest(request, date: Self.date.addingTimeInterval(Double(day) * 86_400))
      #expect(cache.count <= 2)
    }
  }

  @Test(
    "odd but parseable URLs sign without trapping, and presigning keeps them parseable",
    arguments: [
      "https://h", "https://h?", "https://h/?#", "https://@h:/", "http://h:/a?b", "https://h/%",
      "https://h/?%=%&=",
      "file:///etc/hosts", "mailto:someone@example.com", "https://h/a?b=c#d?e",
    ])
  func oddURLs(text: String) throws {
    let url = try #require(URL(string: text))
    let signer = Self.signer(Self.temporary)
    let signed = signer.signedRequest(SignableRequest(method: "GET", url: url), date: Self.date)
    #expect(
      Self.authorization(signed)?.hasPrefix("AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE/20150830/") == true)
    let presigned = signer.presignedURL(
      SignableRequest(method: "GET", url: url), date: Self.date, expires: 60)
    #expect(presigned.absoluteString.contains("X-Amz-Signature="))
  }

  @Test("odd wire parts sign without trapping")
  func oddParts() {
    let signer = Self.signer()
    for (path, query) in [("", ""), ("%", "%"), ("/%%", "=&=&&"), ("//..//../.", "a=%ZZ&%=")] {
      let parts = HTTPRequestParts(
        method: "", path: path, query: query,
        headers: [HTTPHeader(name: "", value: "\r\n"), HTTPHeader(name: "X-\u{00e9}", value: "\u{00e9}")])
      #expect(signer.signHeaders(parts, date: Self.date).signature.count == 64)
      #expect(signer.signQuery(parts, date: Self.date, expires: 1).signature.count == 64)
    }
  }

  @Test("header signing replaces a caller's x-amz-content-sha256 when it adds its own; presigning signs it")
  func contentHashHeader() {
    let parts = HTTPRequestParts(
      method: "PUT", path: "/key",
      headers: [
        HTTPHeader(name: "Host", value: "bucket.s3.amazonaws.com"),
        HTTPHeader(name: "X-Amz-Content-SHA256", value: "stale"),
      ])
    let signer = Self.signer(options: .s3)
    let headerSigned = signer.signHeaders(parts, date: Self.date)
    #expect(!headerSigned.request.headers.contains(HTTPHeader(name: "X-Amz-Content-SHA256", value: "stale")))
    #expect(headerSigned.canonicalRequest.text.contains("x-amz-content-sha256:\(signer.payloadHash(of: []))"))
    let presigned = signer.signQuery(parts, date: Self.date, expires: 60)
    #expect(presigned.canonicalRequest.signedHeaders == "host;x-amz-content-sha256")
  }
}
