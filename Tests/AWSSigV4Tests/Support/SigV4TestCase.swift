import AWSSigV4
import Foundation

/// One case of the official SigV4 test suite: its context, its request and the expected outputs.
struct SigV4TestCase {
  /// Why a case folder could not be read.
  struct LoadError: Error, CustomStringConvertible {
    let caseName: String
    let reason: String
    var description: String { "SigV4 test case \(caseName): \(reason)" }
  }

  let name: String
  let request: HTTPRequestParts
  let credentials: AWSCredentials
  let region: String
  let service: String
  let date: Date
  let expiresInSeconds: Int
  let normalize: Bool
  let signBody: Bool
  let omitSessionToken: Bool
  private let folder: URL

  /// Loads a case folder.
  ///
  /// - Throws: ``LoadError`` naming the case and the file or field that is wrong.
  init(name: String) throws {
    self.name = name
    folder = SigV4TestSuite.directory.appendingPathComponent(name)
    guard name != SigV4TestSuite.missingSuiteMarker else {
      throw LoadError(caseName: name, reason: "no readable case folders in \(SigV4TestSuite.directory.path)")
    }

    let contextData = try Data(contentsOf: folder.appendingPathComponent("context.json"))
    guard let context = try JSONSerialization.jsonObject(with: contextData) as? [String: Any],
      let credentials = context["credentials"] as? [String: Any],
      let accessKeyID = credentials["access_key_id"] as? String,
      let secret = credentials["secret_access_key"] as? String,
      let region = context["region"] as? String,
      let service = context["service"] as? String,
      let timestamp = context["timestamp"] as? String,
      let date = try? Date(timestamp, strategy: .iso8601)
    else {
      throw LoadError(caseName: name, reason: "context.json lacks credentials, region, service or timestamp")
    }
    self.credentials = AWSCredentials(
      accessKeyID: accessKeyID, secretAccessKey: secret, sessionToken: credentials["token"] as? String)
    self.region = region
    self.service = service
    self.date = date
    expiresInSeconds = context["expiration_in_seconds"] as? Int ?? 3600
    normalize = context["normalize"] as? Bool ?? true
    signBody = context["sign_body"] as? Bool ?? false
    omitSessionToken = context["omit_session_token"] as? Bool ?? false
    request = try SigV4TestCase.parseRequest(
      try String(contentsOf: folder.appendingPathComponent("request.txt"), encoding: .utf8), caseName: name)
  }

  /// Reads an expected output file, for example `header-signature.txt`.
  func expected(_ file: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
  }

  /// The signer options this case asks for.
  var headerOptions: SigV4Options {
    SigV4Options(
      normalizePath: normalize, includeContentSHA256Header: signBody,
      omitSessionTokenFromSignature: omitSessionToken)
  }

  /// Renders a request as the suite's `*-signed-request.txt` files show it.
  static func render(_ request: HTTPRequestParts) -> String {
    var text = "\(request.method) \(request.path)"
    if let query = request.query { text += "?\(query)" }
    text += " HTTP/1.1\n"
    for header in request.headers { text += "\(header.name):\(header.value)\n" }
    return text + "\n" + String(decoding: request.body, as: UTF8.self)
  }

  /// Parses a `request.txt`: the request line, header lines (a line starting with whitespace continues the
  /// previous value, keeping the line break), a blank line, and the body.
  static func parseRequest(_ text: String, caseName: String) throws -> HTTPRequestParts {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard !lines.isEmpty else { throw LoadError(caseName: caseName, reason: "request.txt is empty") }
    let requestLine = lines.removeFirst()
    // The target may contain spaces (`/example space/`): the method ends at the first space, the version
    // starts after the last one.
    guard let firstSpace = requestLine.firstIndex(of: " "), let lastSpace = requestLine.lastIndex(of: " "),
      firstSpace < lastSpace
    else {
      throw LoadError(caseName: caseName, reason: "malformed request line \(requestLine)")
    }
    let method = String(requestLine[..<firstSpace])
    let target = String(requestLine[requestLine.index(after: firstSpace)..<lastSpace])
    let path: String
    let query: String?
    if let mark = target.firstIndex(of: "?") {
      path = String(target[..<mark])
      query = String(target[target.index(after: mark)...])
    } else {
      path = target
      query = nil
    }

    var headers: [HTTPHeader] = []
    var bodyLines: [String] = []
    var inBody = false
    for line in lines {
      if inBody {
        bodyLines.append(line)
      } else if line.isEmpty {
        inBody = true
      } else if line.first == " " || line.first == "\t" {
        guard !headers.isEmpty else {
          throw LoadError(caseName: caseName, reason: "continuation line before any header")
        }
        headers[headers.count - 1].value += "\n" + line
      } else if let colon = line.firstIndex(of: ":") {
        headers.append(
          HTTPHeader(name: String(line[..<colon]), value: String(line[line.index(after: colon)...])))
      } else {
        throw LoadError(caseName: caseName, reason: "malformed header line \(line)")
      }
    }
    return HTTPRequestParts(
      method: method, path: path, query: query, headers: headers,
      body: Array(bodyLines.joined(separator: "\n").utf8))
  }
}
