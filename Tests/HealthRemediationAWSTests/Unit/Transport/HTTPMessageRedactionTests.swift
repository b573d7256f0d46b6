import AWSSigV4
import Foundation
import HealthRemediationAWS
import Testing

@Suite("Requests and responses keep their secrets out of logs")
struct HTTPMessageRedactionTests {
  @Test("a signed request prints neither its token, its signature nor its body")
  func requestDescription() throws {
    let credentials = AWSCredentials(
      accessKeyID: "ASIAEXAMPLE", secretAccessKey: "secret-key-value", sessionToken: "session-token-value")
    let signer = SigV4Signer(credentials: credentials, region: "eu-west-1", service: "sts")
    let signed = signer.signedRequest(
      SignableRequest(
        method: "POST",
        url: try #require(URL(string: "https://sts.eu-west-1.amazonaws.com/?X-Amz-Signature=abc")),
        headers: [
          HTTPHeader(name: "Content-Type", value: "application/x-www-form-urlencoded; charset=utf-8")
        ],
        body: Array("Action=AssumeRole&ExternalId=external-secret".utf8)),
      date: Date(timeIntervalSince1970: 1_700_000_000))
    let request = HTTPRequest(
      method: signed.method, url: signed.url, headers: signed.headers, body: signed.body)
    var dumped = ""
    dump(request, to: &dumped)
    for text in [String(describing: request), String(reflecting: request), "\(request)", dumped] {
      #expect(!text.contains("session-token-value"))
      #expect(!text.contains("secret-key-value"))
      #expect(!text.contains("external-secret"))
      #expect(!text.contains("Signature="))
      #expect(!text.contains("X-Amz-Signature"))
      #expect(text.contains("POST https://sts.eu-west-1.amazonaws.com/"))
    }
  }

  @Test("a response prints its status and size, not its body")
  func responseDescription() {
    let response = HTTPResponse.xml(200, "{\"SecretAccessKey\": \"from-imds\"}")
    var dumped = ""
    dump(response, to: &dumped)
    for text in [String(describing: response), String(reflecting: response), dumped] {
      #expect(!text.contains("from-imds"))
    }
    #expect(String(describing: response) == "HTTP 200, 32 bytes")
  }
}
