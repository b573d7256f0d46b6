import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The Lambda Runtime API over HTTP, on one shared `URLSession`.
///
/// The session is created once and reused for every call: creating sessions per request has crashed on
/// Linux, and the Runtime API is a single local endpoint. The `next` long poll carries a timeout of a year
/// because the Runtime API holds it open for as long as the function is idle; every other call times out
/// after ``postTimeout``.
public struct URLSessionLambdaRuntimeAPIClient: LambdaRuntimeAPIClient {
  /// The environment variable in which Lambda passes the Runtime API's `host:port`.
  public static let environmentVariable = "AWS_LAMBDA_RUNTIME_API"
  /// The timeout of the `next` long poll: in effect none, yet small enough for libcurl's millisecond timer.
  public static let longPollTimeout: TimeInterval = 365 * 24 * 60 * 60
  /// The timeout of the calls that post a result or an error to the local Runtime API.
  public static let postTimeout: TimeInterval = 30

  private static let versionPath = "/2018-06-01"

  private let baseURL: String
  private let session: URLSession

  /// Creates a client for the Runtime API at `host:port`.
  ///
  /// - Parameters:
  ///   - runtimeAPI: the address as Lambda passes it: `host:port`, where host is a name, an IPv4 address or
  ///     a bracketed IPv6 address.
  ///   - session: the session to reuse for every call; by default one made by ``makeSession()``.
  /// - Throws: ``LambdaRuntimeAPIError/invalidRuntimeAPIAddress(_:)`` when the address is not `host:port`.
  public init(
    runtimeAPI: String,
    session: URLSession = URLSessionLambdaRuntimeAPIClient.makeSession()
  ) throws(LambdaRuntimeAPIError) {
    guard Self.isValidAddress(runtimeAPI) else { throw .invalidRuntimeAPIAddress(runtimeAPI) }
    self.baseURL = "http://\(runtimeAPI)\(Self.versionPath)"
    self.session = session
  }

  /// Creates a client for the Runtime API named by `AWS_LAMBDA_RUNTIME_API`.
  ///
  /// - Parameters:
  ///   - environment: the process environment.
  ///   - session: the session to reuse for every call; by default one made by ``makeSession()``.
  /// - Throws: ``LambdaRuntimeAPIError/missingEnvironmentVariable(name:)`` when the variable is not set,
  ///   ``LambdaRuntimeAPIError/invalidRuntimeAPIAddress(_:)`` when it is not `host:port`.
  public init(
    environment: [String: String],
    session: URLSession = URLSessionLambdaRuntimeAPIClient.makeSession()
  ) throws(LambdaRuntimeAPIError) {
    guard let address = environment[Self.environmentVariable], !address.isEmpty else {
      throw .missingEnvironmentVariable(name: Self.environmentVariable)
    }
    try self.init(runtimeAPI: address, session: session)
  }

  /// Makes the session the client shares across calls: no cache, no cookies, and a resource timeout that
  /// lets the long poll wait.
  ///
  /// - Returns: a new session; make it once per process.
  public static func makeSession() -> URLSession {
    let configuration = URLSessionConfiguration.default
    configuration.timeoutIntervalForRequest = postTimeout
    configuration.timeoutIntervalForResource = longPollTimeout
    configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
    configuration.urlCache = nil
    configuration.httpCookieStorage = nil
    configuration.httpShouldSetCookies = false
    return URLSession(configuration: configuration)
  }

  /// Waits for the next invocation; see ``LambdaRuntimeAPIClient/next()``.
  ///
  /// - Returns: the invocation.
  /// - Throws: ``LambdaRuntimeAPIError``: `.transport`, `.cancelled`, `.unexpectedStatus` unless HTTP 200,
  ///   `.invalidInvocation` when the request ID, deadline or function ARN header is missing or unreadable.
  public func next() async throws(LambdaRuntimeAPIError) -> LambdaInvocation {
    let path = "/runtime/invocation/next"
    let (body, response) = try await send(
      method: "GET", path: path, body: nil, headers: [:], timeout: Self.longPollTimeout)
    guard response.statusCode == 200 else {
      throw .unexpectedStatus(path: path, statusCode: response.statusCode, body: Self.excerpt(body))
    }
    guard let requestID = header("Lambda-Runtime-Aws-Request-Id", of: response), !requestID.isEmpty else {
      throw .invalidInvocation(
        path: path, requestID: nil, header: "Lambda-Runtime-Aws-Request-Id", reason: "missing or empty")
    }
    guard let deadlineText = header("Lambda-Runtime-Deadline-Ms", of: response) else {
      throw .invalidInvocation(
        path: path, requestID: requestID, header: "Lambda-Runtime-Deadline-Ms", reason: "missing")
    }
    guard let deadline = Int64(deadlineText.trimmingCharacters(in: .whitespaces)), deadline > 0 else {
      throw .invalidInvocation(
        path: path, requestID: requestID, header: "Lambda-Runtime-Deadline-Ms",
        reason: "not a positive number of milliseconds")
    }
    guard let functionARN = header("Lambda-Runtime-Invoked-Function-Arn", of: response), !functionARN.isEmpty
    else {
      throw .invalidInvocation(
        path: path, requestID: requestID, header: "Lambda-Runtime-Invoked-Function-Arn",
        reason: "missing or empty")
    }
    let traceID = header("Lambda-Runtime-Trace-Id", of: response).flatMap { $0.isEmpty ? nil : $0 }
    return LambdaInvocation(
      requestID: requestID, deadlineMillisecondsSince1970: deadline, invokedFunctionARN: functionARN,
      traceID: traceID, body: Array(body))
  }

  /// Sends the handler's result; see ``LambdaRuntimeAPIClient/postResponse(requestID:body:)``.
  ///
  /// - Parameters:
  ///   - requestID: the request ID of the invocation being answered; it is percent-encoded into the path.
  ///   - body: the result.
  /// - Throws: ``LambdaRuntimeAPIError``: `.transport`, `.cancelled`, or `.unexpectedStatus` unless 2xx.
  public func postResponse(requestID: String, body: [UInt8]) async throws(LambdaRuntimeAPIError) {
    try await post(
      path: "/runtime/invocation/\(Self.pathSegment(requestID))/response", body: body,
      headers: ["Content-Type": "application/octet-stream"])
  }

  /// Reports a failed invocation; see ``LambdaRuntimeAPIClient/postError(requestID:error:)``.
  ///
  /// - Parameters:
  ///   - requestID: the request ID of the invocation that failed; it is percent-encoded into the path.
  ///   - error: the report, sent as JSON and its type in `Lambda-Runtime-Function-Error-Type`.
  /// - Throws: ``LambdaRuntimeAPIError``: `.transport`, `.cancelled`, or `.unexpectedStatus` unless 2xx.
  public func postError(requestID: String, error: LambdaErrorReport) async throws(LambdaRuntimeAPIError) {
    try await post(
      path: "/runtime/invocation/\(Self.pathSegment(requestID))/error", body: error.jsonBytes,
      headers: Self.errorHeaders(error))
  }

  /// Reports a failed initialisation; see ``LambdaRuntimeAPIClient/postInitError(_:)``.
  ///
  /// - Parameter error: the report, sent as JSON and its type in `Lambda-Runtime-Function-Error-Type`.
  /// - Throws: ``LambdaRuntimeAPIError``: `.transport`, `.cancelled`, or `.unexpectedStatus` unless 2xx.
  public func postInitError(_ error: LambdaErrorReport) async throws(LambdaRuntimeAPIError) {
    try await post(path: "/runtime/init/error", body: error.jsonBytes, headers: Self.errorHeaders(error))
  }

  private func post(path: String, body: [UInt8], headers: [String: String])
    async throws(LambdaRuntimeAPIError)
  {
    let (answer, response) = try await send(
      method: "POST", path: path, body: Data(body), headers: headers, timeout: Self.postTimeout)
    guard (200...299).contains(response.statusCode) else {
      throw .unexpectedStatus(path: path, statusCode: response.statusCode, body: Self.excerpt(answer))
    }
  }

  private func send(
    method: String, path: String, body: Data?, headers: [String: String], timeout: TimeInterval
  ) async throws(LambdaRuntimeAPIError) -> (Data, HTTPURLResponse) {
    guard let url = URL(string: baseURL + path) else {
      throw .transport(path: path, message: "the URL \(baseURL + path) cannot be formed")
    }
    var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData)
    // Assigned through the setter on purpose: on Linux only the setter marks the request's timeout as set;
    // the initialiser's value is ignored in favour of the session's timeoutIntervalForRequest.
    request.timeoutInterval = timeout
    request.httpMethod = method
    request.httpBody = body
    for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
    let data: Data
    let response: URLResponse
    do {
      (data, response) = try await session.data(for: request)
    } catch let error as URLError where error.code == .cancelled {
      throw .cancelled(path: path)
    } catch is CancellationError {
      throw .cancelled(path: path)
    } catch {
      throw .transport(path: path, message: Self.describe(error))
    }
    guard let http = response as? HTTPURLResponse else {
      throw .transport(path: path, message: "the answer is not an HTTP response")
    }
    return (data, http)
  }

  private func header(_ name: String, of response: HTTPURLResponse) -> String? {
    response.value(forHTTPHeaderField: name)
  }

  private static func errorHeaders(_ error: LambdaErrorReport) -> [String: String] {
    ["Content-Type": "application/json", "Lambda-Runtime-Function-Error-Type": error.errorType]
  }

  /// Encodes everything but ASCII letters, digits, `-`, `_` and `~`, so that a request ID cannot add path
  /// segments, dot segments, a query or a fragment.
  private static func pathSegment(_ value: String) -> String {
    var encoded = ""
    for byte in value.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "~"):
        encoded.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        encoded += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return encoded
  }

  private static func isValidAddress(_ address: String) -> Bool {
    guard let colon = address.lastIndex(of: ":") else { return false }
    let host = address[..<colon]
    let port = address[address.index(after: colon)...]
    guard !port.isEmpty, port.count <= 5, port.allSatisfy({ $0.isASCII && $0.isNumber }),
      let portNumber = Int(port), (1...65535).contains(portNumber)
    else { return false }
    if host.hasPrefix("[") {
      guard host.hasSuffix("]"), host.count > 2 else { return false }
      return host.dropFirst().dropLast().allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
    }
    guard !host.isEmpty, host.count <= 253 else { return false }
    return host.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "." }
  }

  private static func excerpt(_ data: Data) -> String {
    let text = String(decoding: data.prefix(512), as: UTF8.self)
    return data.count > 512 ? text + "…" : text
  }

  private static func describe(_ error: any Error) -> String {
    if let urlError = error as? URLError {
      return "URLError \(urlError.code.rawValue): \(urlError.localizedDescription)"
    }
    return String(describing: error)
  }
}
