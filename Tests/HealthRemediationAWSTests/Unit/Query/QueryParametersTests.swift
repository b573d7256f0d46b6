import HealthRemediationAWS
import Testing

@Suite("Query form encoding")
struct QueryParametersTests {
  @Test("encodes exactly like Python's urlencode (the reference moto re-encodes with)")
  func matchesPythonUrlencode() {
    let parameters = QueryParameters([
      ("Subject", "a&b=c+d e"),
      ("Message", "line1\nline2\r\t"),
      ("U", "é€😀~-._*'()!/?#[]@:;,$"),
    ])
    // Produced by Python 3: urllib.parse.urlencode of the same pairs.
    #expect(
      parameters.formEncoded
        == "Subject=a%26b%3Dc%2Bd+e&Message=line1%0Aline2%0D%09&U=%C3%A9%E2%82%AC%F0%9F%98%80~-._%2A%27%28%29%21"
        + "%2F%3F%23%5B%5D%40%3A%3B%2C%24")
  }

  @Test(
    "a value with separators, line breaks or unicode stays one parameter with the same value",
    arguments: [
      "x&Action=TerminateInstances", "a=b", "1+1", "two\nlines", "cr\r\nlf", "€ and 😀", "%41", "; DROP",
      "InstanceId.2=i-0123456789abcdef0",
    ])
  func injectionAttemptsStayInsideTheirParameter(value: String) {
    var parameters = QueryParameters()
    parameters.append("Action", "DescribeInstances")
    parameters.append("Filter.1.Value.1", value)
    parameters.append("Version", "2016-11-15")
    let decoded = FormBody(Array(parameters.formEncoded.utf8))
    #expect(decoded.names == ["Action", "Filter.1.Value.1", "Version"])
    #expect(decoded["Filter.1.Value.1"] == value)
    #expect(decoded["Action"] == "DescribeInstances")
  }

  @Test("keeps only unreserved characters, +, % and hex digits on the wire")
  func encodedTextUsesOnlySafeCharacters() {
    let everyASCII = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
    let encoded = QueryParameters.encode(everyASCII)
    let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+%")
    #expect(encoded.allSatisfy { allowed.contains($0) })
    #expect(!encoded.contains("%2d") && encoded.contains("%2F"))
  }

  @Test("numbers list entries from 1")
  func appendsNumberedLists() {
    var parameters = QueryParameters()
    parameters.appendList("InstanceId", ["i-1", "i-2"])
    #expect(parameters.formEncoded == "InstanceId.1=i-1&InstanceId.2=i-2")
    #expect(parameters["InstanceId.2"] == "i-2")
  }
}
