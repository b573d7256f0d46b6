import AWSSigV4
import Foundation
import Testing

@Suite("Canonical request details beyond the official suite")
struct CanonicalizationTests {
  static let signer = SigV4Signer(
    credentials: AWSCredentials(
      accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
    region: "us-east-1", service: "service", options: SigV4Options(), keyCache: SigningKeyCache())
  static let host = HTTPHeader(name: "Host", value: "example.amazonaws.com")
  static let emptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

  /// The canonical request's lines: method, URI, query, headers..., "", signed headers, payload hash.
  static func lines(
    path: String = "/", query: String? = nil, headers: [HTTPHeader] = [host], signer: SigV4Signer = signer
  ) -> [String] {
    let request = HTTPRequestParts(method: "GET", path: path, query: query, headers: headers)
    return signer.canonicalRequest(for: request, payloadHash: emptyHash).text
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test(
    "query parameters are decoded, re-encoded with SigV4's rules and sorted by name then value",
    arguments: [
      ("b=2&a=1", "a=1&b=2"),
      ("a=2&a=1", "a=1&a=2"),
      ("a=b=c", "a=b%3Dc"),
      ("flag", "flag="),
      ("a&&b=1&", "a=&b=1"),
      ("a+b=c d", "a%2Bb=c%20d"),
      ("k=%2f%7e%41", "k=%2F~A"),
      ("k=%zz%", "k=%25zz%25"),
      ("Action=DescribeInstances&InstanceId.1=i-0abc", "Action=DescribeInstances&InstanceId.1=i-0abc"),
    ])
  func queryCanonicalization(query: String, expected: String) {
    #expect(Self.lines(query: query)[2] == expected)
  }

  @Test(
    "paths are normalized as RFC 3986 removes dot segments, keeping a trailing slash",
    arguments: [
      ("/a/b/../c/./d", "/a/c/d"),
      ("/a/.", "/a/"),
      ("/a/b/..", "/a/"),
      ("/../..", "/"),
      ("", "/"),
      ("a/b", "/a/b"),
      ("/a//b///", "/a/b/"),
    ])
  func pathNormalization(path: String, expected: String) {
    #expect(Self.lines(path: path)[1] == expected)
  }

  @Test("without normalization the path keeps its dot segments and repeated slashes")
  func pathWithoutNormalization() {
    let signer = SigV4Signer(
      credentials: Self.signer.credentials, region: "us-east-1", service: "s3", options: .s3,
      keyCache: SigningKeyCache())
    #expect(Self.lines(path: "/a/./b//../c", signer: signer)[1] == "/a/./b//../c")
  }

  @Test("an encoded slash stays encoded: once for S3, twice for other services")
  func encodedSlash() {
    let s3 = SigV4Signer(
      credentials: Self.signer.credentials, region: "us-east-1", service: "s3", options: .s3,
      keyCache: SigningKeyCache())
    #expect(Self.lines(path: "/bucket/a%2Fb%20c", signer: s3)[1] == "/bucket/a%2Fb%20c")
    #expect(Self.lines(path: "/bucket/a%2fb c", signer: s3)[1] == "/bucket/a%2Fb%20c")
    #expect(Self.lines(path: "/bucket/a%2Fb")[1] == "/bucket/a%252Fb")
  }

  @Test("header values are trimmed and their whitespace runs, tabs and folded lines become one space")
  func headerWhitespace() {
    let lines = Self.lines(headers: [
      Self.host,
      HTTPHeader(name: "X-Folded", value: "one\r\n\ttwo  \t three "),
      HTTPHeader(name: "X-Quoted", value: "  \"a  b\"  "),
      HTTPHeader(name: "X-Empty", value: "   "),
    ])
    #expect(lines.contains("x-folded:one two three"))
    #expect(lines.contains("x-quoted:\"a b\""))
    #expect(lines.contains("x-empty:"))
  }

  @Test("header names are lowercased and sorted; repeated names join their values in request order")
  func headerNamesAndRepeats() {
    let lines = Self.lines(headers: [
      HTTPHeader(name: "X-B", value: "2"), Self.host, HTTPHeader(name: "x-a", value: "1"),
      HTTPHeader(name: "X-B", value: "1"),
    ])
    #expect(Array(lines[3...5]) == ["host:example.amazonaws.com", "x-a:1", "x-b:2,1"])
    #expect(lines[7] == "host;x-a;x-b")
  }

  @Test("User-Agent, Expect, X-Amzn-Trace-Id and Connection are never signed")
  func unsignedHeaders() {
    let lines = Self.lines(headers: [
      Self.host, HTTPHeader(name: "User-Agent", value: "a"),
      HTTPHeader(name: "expect", value: "100-continue"),
      HTTPHeader(name: "X-Amzn-Trace-Id", value: "t"), HTTPHeader(name: "Connection", value: "close"),
    ])
    #expect(lines[lines.count - 2] == "host")
  }
}
