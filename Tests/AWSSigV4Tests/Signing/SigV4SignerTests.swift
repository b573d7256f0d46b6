import AWSSigV4
import Foundation
import Testing

@Suite("SigV4 signer on URL requests")
struct SigV4SignerTests {
  static let credentials = AWSCredentials(
    accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
  /// 2015-08-30T12:36:00Z, the suite's signing time.
  static let suiteDate = Date(timeIntervalSince1970: 1_440_938_160)

  static func signer(
    _ credentials: AWSCredentials = credentials, service: String = "service",
    options: SigV4Options = SigV4Options()
  ) -> SigV4Signer {
    SigV4Signer(
      credentials: credentials, region: "us-east-1", service: service, options: options,
      keyCache: SigningKeyCache())
  }

  static func header(_ name: String, in request: SignableRequest) -> String? {
    request.headers.first { $0.name.lowercased() == name.lowercased() }?.value
  }

  @Test("signs the suite's get-vanilla request given as a URL, taking Host from the URL")
  func getVanillaFromURL() throws {
    let request = SignableRequest(
      method: "GET", url: try #require(URL(string: "https://example.amazonaws.com/")))
    let signed = Self.signer().signedRequest(request, date: Self.suiteDate)
    #expect(Self.header("X-Amz-Date", in: signed) == "20150830T123600Z")
    #expect(
      Self.header("Authorization", in: signed)
        == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
        + "SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
    )
    #expect(Self.header("Host", in: signed) == nil, "Host is left to the HTTP stack")
    #expect(Self.header("X-Amz-Security-Token", in: signed) == nil)
  }

  @Test("signs the suite's form POST with a signed x-amz-content-sha256")
  func formPostFromURL() throws {
    let request = SignableRequest(
      method: "POST", url: try #require(URL(string: "https://example.amazonaws.com/")),
      headers: [
        HTTPHeader(name: "Content-Type", value: "application/x-www-form-urlencoded"),
        HTTPHeader(name: "Content-Length", value: "13"),
      ],
      body: Array("Param1=value1".utf8))
    let signed = Self.signer(options: SigV4Options(includeContentSHA256Header: true))
      .signedRequest(request, date: Self.suiteDate)
    #expect(
      Self.header("x-amz-content-sha256", in: signed)
        == "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e")
    #expect(
      Self.header("Authorization", in: signed)?.hasSuffix(
        "SignedHeaders=content-length;content-type;host;x-amz-content-sha256;x-amz-date, "
          + "Signature=d3875051da38690788ef43de4db0d8f280229d82040bfac253562e56c3f20e0b") == true)
    #expect(signed.body == request.body)
  }

  @Test("temporary credentials add a signed X-Amz-Security-Token")
  func sessionToken() throws {
    let credentials = AWSCredentials(
      accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
      sessionToken: "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267")
    let request = SignableRequest(
      method: "GET", url: try #require(URL(string: "https://example.amazonaws.com/")))
    let signed = Self.signer(credentials).signedRequest(request, date: Self.suiteDate)
    #expect(Self.header("X-Amz-Security-Token", in: signed) == credentials.sessionToken)
    #expect(
      Self.header("Authorization", in: signed)?.hasSuffix(
        "SignedHeaders=host;x-amz-date;x-amz-security-token, "
          + "Signature=07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8") == true)
  }

  @Test("signing again replaces the previous signature headers instead of duplicating them")
  func resigning() throws {
    let request = SignableRequest(
      method: "GET", url: try #require(URL(string: "https://example.amazonaws.com/")))
    let signer = Self.signer()
    let once = signer.signedRequest(request, date: Self.suiteDate.addingTimeInterval(-3600))
    let twice = signer.signedRequest(once, date: Self.suiteDate)
    #expect(twice == signer.signedRequest(request, date: Self.suiteDate))
    #expect(twice.headers.filter { $0.name == "Authorization" }.count == 1)
  }

  @Test("User-Agent is sent but not signed, so the HTTP stack may change it")
  func userAgentUnsigned() throws {
    let url = try #require(URL(string: "https://example.amazonaws.com/"))
    let plain = SignableRequest(method: "GET", url: url)
    let withAgent = SignableRequest(
      method: "GET", url: url, headers: [HTTPHeader(name: "User-Agent", value: "x/1")])
    let signer = Self.signer()
    let signedWithAgent = signer.signedRequest(withAgent, date: Self.suiteDate)
    #expect(Self.header("User-Agent", in: signedWithAgent) == "x/1")
    #expect(
      Self.header("Authorization", in: signedWithAgent)
        == Self.header("Authorization", in: signer.signedRequest(plain, date: Self.suiteDate)))
  }

  @Test("a non-default port is part of the signed host; the scheme's default port is not")
  func hostPorts() throws {
    let signer = Self.signer()
    func authorization(_ text: String) throws -> String? {
      Self.header(
        "Authorization",
        in: signer.signedRequest(
          SignableRequest(method: "GET", url: try #require(URL(string: text))), date: Self.suiteDate))
    }
    let plain = try authorization("https://example.amazonaws.com/")
    #expect(try authorization("https://example.amazonaws.com:443/") == plain)
    #expect(try authorization("http://example.amazonaws.com:80/") == plain)
    #expect(try authorization("http://example.amazonaws.com:5000/") != plain)
    let parts = HTTPRequestParts(
      method: "GET", path: "/", headers: [HTTPHeader(name: "Host", value: "example.amazonaws.com:5000")])
    #expect(
      try authorization("http://example.amazonaws.com:5000/")?.hasSuffix(
        signer.signHeaders(parts, date: Self.suiteDate).signature) == true)
  }

  @Test("non-S3 services encode the wire path once more; S3 options encode it once")
  func doubleEncoding() {
    let parts = HTTPRequestParts(
      method: "GET", path: "/documents%20and%20settings/",
      headers: [HTTPHeader(name: "Host", value: "example.amazonaws.com")])
    let doubled = Self.signer().signHeaders(parts, date: Self.suiteDate)
    #expect(doubled.canonicalRequest.text.split(separator: "\n")[1] == "/documents%2520and%2520settings/")
    let single = Self.signer(service: "s3", options: .s3).signHeaders(parts, date: Self.suiteDate)
    #expect(single.canonicalRequest.text.split(separator: "\n")[1] == "/documents%20and%20settings/")
  }

  @Test("the URL API signs the percent-encoded path it will send")
  func urlPathIsWirePath() throws {
    let url = try #require(URL(string: "https://example.amazonaws.com/documents%20and%20settings/?b=2&a=1"))
    let signed = Self.signer().signedRequest(SignableRequest(method: "GET", url: url), date: Self.suiteDate)
    let parts = HTTPRequestParts(
      method: "GET", path: "/documents%20and%20settings/", query: "b=2&a=1",
      headers: [HTTPHeader(name: "Host", value: "example.amazonaws.com")])
    let expected = Self.signer().signHeaders(parts, date: Self.suiteDate).signature
    #expect(Self.header("Authorization", in: signed)?.hasSuffix("Signature=\(expected)") == true)
  }

  @Test("presigned URLs match the suite's get-vanilla query signing")
  func presignedURL() throws {
    let request = SignableRequest(
      method: "GET", url: try #require(URL(string: "https://example.amazonaws.com/")))
    let url = Self.signer().presignedURL(request, date: Self.suiteDate, expires: 3600)
    #expect(
      url.absoluteString
        == "https://example.amazonaws.com/?X-Amz-Algorithm=AWS4-HMAC-SHA256"
        + "&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request"
        + "&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600"
        + "&X-Amz-Signature=e93c787ed7f371d5c6b165c1b38ede9550f4dce4144713e844b25b7192d3865d")
  }

  @Test("presigning keeps the URL's own query parameters and drops its fragment")
  func presignedURLKeepsQuery() throws {
    let request = SignableRequest(
      method: "GET", url: try #require(URL(string: "https://example.amazonaws.com/?Param1=value1#part")))
    let url = Self.signer().presignedURL(request, date: Self.suiteDate, expires: 60)
    #expect(
      url.absoluteString.hasPrefix(
        "https://example.amazonaws.com/?Param1=value1&X-Amz-Algorithm=AWS4-HMAC-SHA256&"))
    #expect(!url.absoluteString.contains("#"))
    #expect(url.absoluteString.contains("X-Amz-Expires=60&"))
  }

  @Test("the credential scope carries the UTC day, including leap days and year ends")
  func credentialScopeDates() {
    let signer = Self.signer()
    #expect(
      signer.credentialScope(date: Date(timeIntervalSince1970: 0))
        == "19700101/us-east-1/service/aws4_request")
    #expect(signer.credentialScope(date: Date(timeIntervalSince1970: 1_709_251_199)).hasPrefix("20240229/"))
    #expect(signer.credentialScope(date: Date(timeIntervalSince1970: 951_868_800)).hasPrefix("20000301/"))
    #expect(signer.credentialScope(date: Date(timeIntervalSince1970: 1_735_689_599.9)).hasPrefix("20241231/"))
  }

  @Test("credentials and signers never print the secret or the session token")
  func redaction() {
    let credentials = AWSCredentials(
      accessKeyID: "AKIDEXAMPLE", secretAccessKey: "SECRETSECRET", sessionToken: "TOKENTOKEN",
      expiration: Date(timeIntervalSince1970: 0))
    let texts = [
      credentials.description, credentials.debugDescription, String(describing: credentials),
      String(reflecting: credentials), Self.signer(credentials).description,
      String(describing: Self.signer(credentials)),
    ]
    var dumped = ""
    dump(credentials, to: &dumped)
    for text in texts + [dumped] {
      #expect(text.contains("AKIDEXAMPLE"))
      #expect(!text.contains("SECRETSECRET"))
      #expect(!text.contains("TOKENTOKEN"))
    }
  }

  @Test("the signing-key cache keeps one key per secret and day, and keyed lookups give the same signature")
  func keyCache() throws {
    let cache = SigningKeyCache()
    let request = SignableRequest(
      method: "GET", url: try #require(URL(string: "https://example.amazonaws.com/")))
    let first = SigV4Signer(
      credentials: Self.credentials, region: "us-east-1", service: "service", options: SigV4Options(),
      keyCache: cache)
    let a = first.signedRequest(request, date: Self.suiteDate)
    let b = first.signedRequest(request, date: Self.suiteDate)
    #expect(a == b)
    #expect(cache.count == 1)
    _ = first.signedRequest(request, date: Self.suiteDate.addingTimeInterval(86_400))
    #expect(cache.count == 2)
    let other = SigV4Signer(
      credentials: AWSCredentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "another"),
      region: "us-east-1",
      service: "service", options: SigV4Options(), keyCache: cache)
    let c = other.signedRequest(request, date: Self.suiteDate)
    #expect(cache.count == 3)
    #expect(Self.header("Authorization", in: c) != Self.header("Authorization", in: a))
    cache.removeAll()
    #expect(cache.count == 0)
  }
}
