import AWSSigV4
import Foundation
import HealthRemediation

/// Sends signed Query-protocol requests (form-encoded POST, XML answers) to one service in one region.
///
/// Every attempt is signed afresh with the provider's current credentials, retried under the
/// ``RetryPolicy`` (standard mode), and answered with the parsed XML root or a typed error. The clients for
/// EC2, SNS and STS are built on it; a host or test may use it for any other Query action.
public struct AWSQueryClient: Sendable {
  /// The service called.
  public let service: AWSService
  /// The region signed for (the endpoint may be an override that serves every region).
  public let region: AWSRegion
  /// The URL requests are sent to.
  public let endpoint: URL
  /// Where each attempt's credentials come from.
  public let credentials: any CredentialsProvider
  /// What sends the requests.
  public let transport: any HTTPTransport
  /// How failures are retried.
  public let retryPolicy: RetryPolicy
  /// The time signatures are made for.
  public let clock: any WallClock

  /// Creates a client.
  ///
  /// - Parameters:
  ///   - service: the service to call.
  ///   - region: the region to sign for.
  ///   - endpoint: the URL to send to; ``EndpointResolver`` finds it.
  ///   - credentials: where credentials come from.
  ///   - transport: what sends the requests.
  ///   - retryPolicy: how failures are retried.
  ///   - clock: the time signatures are made for.
  public init(
    service: AWSService, region: AWSRegion, endpoint: URL, credentials: any CredentialsProvider,
    transport: any HTTPTransport, retryPolicy: RetryPolicy = RetryPolicy(),
    clock: any WallClock = SystemWallClock()
  ) {
    self.service = service
    self.region = region
    self.endpoint = endpoint
    self.credentials = credentials
    self.transport = transport
    self.retryPolicy = retryPolicy
    self.clock = clock
  }

  /// Calls an action.
  ///
  /// - Parameters:
  ///   - action: the action, for example `DescribeInstances`.
  ///   - parameters: its parameters (without `Action` and `Version`, which are added first).
  /// - Returns: the root element of the successful answer.
  /// - Throws: ``AWSServiceError`` for a non-retryable error answer, ``RetriesExhaustedError`` when retryable
  ///   failures outlasted the policy, ``AWSResponseDecodingError`` for an unreadable success answer, the
  ///   provider's error when there are no credentials, `CancellationError` when cancelled.
  public func send(_ action: String, _ parameters: QueryParameters = QueryParameters()) async throws
    -> AWSXMLElement
  {
    var form = QueryParameters([("Action", action), ("Version", service.apiVersion)])
    for pair in parameters.pairs { form.append(pair.name, pair.value) }
    let body = Array(form.formEncoded.utf8)

    let start = ContinuousClock.now
    var attempt = 1
    var lastRetryCost: Int?
    var refreshedCredentials = false
    while true {
      try Task.checkCancellation()
      let remaining = retryPolicy.callTimeout - (ContinuousClock.now - start)
      let request = try await signedRequest(
        body: body, timeout: min(retryPolicy.attemptTimeout, max(remaining, .milliseconds(1))))

      let failure: any Error
      let classification: RetryClassification
      var retryAfter: Duration?
      do {
        let response = try await transport.send(request)
        if response.isSuccess {
          let root = try decodeSuccess(response, action: action)
          retryPolicy.quota.recordSuccess(lastRetryCost: lastRetryCost)
          return root
        }
        let error = AWSErrorResponse.decode(response, service: service.name, action: action)
        // Cached temporary credentials can expire between the cache's check and AWS's: fetch new ones
        // once, outside the retry budget, since no amount of retrying would revive the old ones.
        if Self.expiredTokenCodes.contains(error.code), !refreshedCredentials,
          let refreshable = credentials as? any RefreshableCredentialsProvider
        {
          refreshedCredentials = true
          await refreshable.invalidate()
          continue
        }
        failure = error
        classification = RetryClassification.classify(code: error.code, status: error.httpStatus)
        retryAfter = Self.retryAfter(response)
      } catch let error as HTTPTransportError {
        failure = error
        classification = RetryClassification.classify(error)
      }

      guard classification.isRetryable else { throw failure }
      guard attempt < retryPolicy.maximumAttempts else {
        throw RetriesExhaustedError(
          service: service.name, action: action, attempts: attempt, reason: .maximumAttemptsReached,
          lastError: failure)
      }
      let delay = retryPolicy.backoff(afterAttempt: attempt, retryAfter: retryAfter)
      guard ContinuousClock.now - start + delay < retryPolicy.callTimeout else {
        throw RetriesExhaustedError(
          service: service.name, action: action, attempts: attempt, reason: .callTimeoutReached,
          lastError: failure)
      }
      guard let cost = retryPolicy.quota.acquireRetry(afterTimeout: classification == .timeout) else {
        throw RetriesExhaustedError(
          service: service.name, action: action, attempts: attempt, reason: .retryQuotaExhausted,
          lastError: failure)
      }
      lastRetryCost = cost
      try await retryPolicy.sleeper.sleep(for: delay)
      attempt += 1
    }
  }

  /// The codes services use for credentials that expired.
  static let expiredTokenCodes: Set<String> = ["ExpiredToken", "ExpiredTokenException"]

  private func signedRequest(body: [UInt8], timeout: Duration) async throws -> HTTPRequest {
    let resolved = try await credentials.resolveCredentials()
    // The signer covers exactly these headers; URLSession would add a different Content-Type otherwise.
    let unsigned = SignableRequest(
      method: "POST", url: endpoint,
      headers: [
        HTTPHeader(name: "Host", value: Self.hostHeader(for: endpoint)),
        HTTPHeader(name: "Content-Type", value: "application/x-www-form-urlencoded; charset=utf-8"),
      ],
      body: body)
    let signer = SigV4Signer(
      credentials: resolved, region: region.name, service: service.name, options: SigV4Options())
    let signed = signer.signedRequest(unsigned, date: clock.now())
    return HTTPRequest(
      method: signed.method, url: signed.url, headers: signed.headers, body: signed.body, timeout: timeout)
  }

  private func decodeSuccess(_ response: HTTPResponse, action: String) throws -> AWSXMLElement {
    do {
      return try AWSXMLDocument.parse(response.body)
    } catch {
      throw AWSResponseDecodingError(service: service.name, action: action, reason: error.reason)
    }
  }

  /// `host` or `host:port` when the port is not the scheme's default, as HTTP clients send it.
  static func hostHeader(for url: URL) -> String {
    let host = url.host ?? ""
    guard let port = url.port else { return host }
    let scheme = url.scheme?.lowercased()
    if (scheme == "https" && port == 443) || (scheme == "http" && port == 80) { return host }
    return "\(host):\(port)"
  }

  private static func retryAfter(_ response: HTTPResponse) -> Duration? {
    guard let text = response.header(named: "Retry-After"), let seconds = Int(text.trimmed), seconds >= 0
    else { return nil }
    return .seconds(seconds)
  }
}
