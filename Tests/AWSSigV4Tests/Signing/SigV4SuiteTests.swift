import AWSSigV4
import Foundation
import Testing

@Suite("Official SigV4 test suite")
struct SigV4SuiteTests {
  @Test("the suite is present beside the repository, with all its cases")
  func suiteIsPresent() {
    #expect(
      !SigV4TestSuite.caseNames.contains(SigV4TestSuite.missingSuiteMarker),
      "looked in \(SigV4TestSuite.directory.path)")
    #expect(SigV4TestSuite.caseNames.count >= 38)
  }

  @Test("header signing reproduces every stage and the signed request", arguments: SigV4TestSuite.caseNames)
  func headerSigning(caseName: String) throws {
    let testCase = try SigV4TestCase(name: caseName)
    let signer = SigV4Signer(
      credentials: testCase.credentials, region: testCase.region, service: testCase.service,
      options: testCase.headerOptions, keyCache: SigningKeyCache())
    let result = signer.signHeaders(testCase.request, date: testCase.date)
    #expect(result.canonicalRequest.text == (try testCase.expected("header-canonical-request.txt")))
    #expect(result.stringToSign == (try testCase.expected("header-string-to-sign.txt")))
    #expect(result.signature == (try testCase.expected("header-signature.txt")))
    #expect(SigV4TestCase.render(result.request) == (try testCase.expected("header-signed-request.txt")))
  }

  @Test(
    "query signing (presigning) reproduces every stage and the signed request",
    arguments: SigV4TestSuite.caseNames)
  func querySigning(caseName: String) throws {
    let testCase = try SigV4TestCase(name: caseName)
    let signer = SigV4Signer(
      credentials: testCase.credentials, region: testCase.region, service: testCase.service,
      options: testCase.headerOptions, keyCache: SigningKeyCache())
    let result = signer.signQuery(testCase.request, date: testCase.date, expires: testCase.expiresInSeconds)
    #expect(result.canonicalRequest.text == (try testCase.expected("query-canonical-request.txt")))
    #expect(result.stringToSign == (try testCase.expected("query-string-to-sign.txt")))
    #expect(result.signature == (try testCase.expected("query-signature.txt")))
    #expect(SigV4TestCase.render(result.request) == (try testCase.expected("query-signed-request.txt")))
  }

  @Test(
    "each stage function, fed the suite's previous stage, gives the suite's next stage",
    arguments: SigV4TestSuite.caseNames)
  func stagesOneByOne(caseName: String) throws {
    let testCase = try SigV4TestCase(name: caseName)
    let signer = SigV4Signer(
      credentials: testCase.credentials, region: testCase.region, service: testCase.service,
      options: testCase.headerOptions)
    let canonical = try testCase.expected("header-canonical-request.txt")
    let stringToSign = try testCase.expected("header-string-to-sign.txt")
    #expect(signer.stringToSign(canonicalRequest: canonical, date: testCase.date) == stringToSign)
    #expect(
      signer.signature(stringToSign: stringToSign, signingKey: signer.signingKey(date: testCase.date))
        == (try testCase.expected("header-signature.txt")))
  }
}
