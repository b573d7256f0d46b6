/// Reads the error answers of Query-protocol services into ``AWSServiceError``.
///
/// Three shapes exist: EC2's `<Response><Errors><Error>…</Error></Errors><RequestID/>`, SNS's and STS's
/// `<ErrorResponse><Error>…</Error><RequestId/>`, and the `<ErrorResponse><Errors><Error>` that moto uses
/// for authentication failures of every service. A body in none of them (a proxy's HTML page) still gives
/// an error with the HTTP status as its code.
public enum AWSErrorResponse {
  /// Decodes an error answer.
  ///
  /// - Parameters:
  ///   - response: the non-2xx response.
  ///   - service: the service that was called.
  ///   - action: the action that was called.
  /// - Returns: the error, with the request ID from the body or from the `x-amzn-RequestId` header.
  public static func decode(_ response: HTTPResponse, service: String, action: String) -> AWSServiceError {
    let headerRequestID =
      response.header(named: "x-amzn-RequestId") ?? response.header(named: "x-amz-request-id")
    guard let root = try? AWSXMLDocument.parse(response.body) else {
      return fallback(response, service: service, action: action, requestID: headerRequestID)
    }
    let error =
      root.element(at: "Errors", "Error") ?? root.child("Error")
      ?? root.descendants(named: "Error").first
    guard let error, let code = error.child("Code")?.text.trimmed, !code.isEmpty else {
      return fallback(response, service: service, action: action, requestID: headerRequestID)
    }
    let message = (error.child("Message") ?? error.child("message"))?.text.trimmed ?? ""
    let bodyRequestID = (root.child("RequestID") ?? root.child("RequestId"))?.text.trimmed
    let requestID = bodyRequestID.flatMap { $0.isEmpty ? nil : $0 } ?? headerRequestID
    return AWSServiceError(
      service: service, action: action, code: code, message: message, requestID: requestID,
      httpStatus: response.status)
  }

  private static func fallback(
    _ response: HTTPResponse, service: String, action: String, requestID: String?
  ) -> AWSServiceError {
    let code = response.status == 429 ? "TooManyRequestsException" : "HTTP\(response.status)"
    let excerpt = String(decoding: response.body.prefix(200), as: UTF8.self)
      .unicodeScalars.map { $0.properties.generalCategory == .control ? " " : String($0) }.joined()
    return AWSServiceError(
      service: service, action: action, code: code,
      message: excerpt.isEmpty ? "HTTP status \(response.status) without a body" : excerpt,
      requestID: requestID, httpStatus: response.status)
  }
}

extension AWSXMLElement {
  /// Every element below this one with the name, depth first.
  func descendants(named name: String) -> [AWSXMLElement] {
    var found: [AWSXMLElement] = []
    for child in children {
      if child.name == name { found.append(child) }
      found += child.descendants(named: name)
    }
    return found
  }
}

extension String {
  /// The string without leading and trailing white space.
  var trimmed: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
