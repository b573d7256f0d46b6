import HealthRemediation

/// What every client of this library shares: the transport, the endpoints, the retry policy and the clock.
///
/// One context per process keeps one retry quota and one HTTP session for every client built from it.
public struct AWSClientContext: Sendable {
  /// What sends requests.
  public var transport: any HTTPTransport
  /// Where each service is.
  public var endpoints: EndpointResolver
  /// How failures are retried; its quota is shared by all clients of this context.
  public var retryPolicy: RetryPolicy
  /// The time signatures and credential expiry are measured against.
  public var clock: any WallClock

  /// Creates a context.
  ///
  /// - Parameters:
  ///   - transport: what sends requests; the shared `URLSession` by default.
  ///   - endpoints: where each service is; the public AWS endpoints by default.
  ///   - retryPolicy: how failures are retried.
  ///   - clock: the current time.
  public init(
    transport: any HTTPTransport = URLSessionTransport(), endpoints: EndpointResolver = EndpointResolver(),
    retryPolicy: RetryPolicy = RetryPolicy(), clock: any WallClock = SystemWallClock()
  ) {
    self.transport = transport
    self.endpoints = endpoints
    self.retryPolicy = retryPolicy
    self.clock = clock
  }

  /// A Query client for a service in a region with these credentials.
  ///
  /// - Parameters:
  ///   - service: the service.
  ///   - region: the region.
  ///   - credentials: where the credentials come from.
  public func queryClient(
    for service: AWSService, in region: AWSRegion, credentials: any CredentialsProvider
  ) -> AWSQueryClient {
    AWSQueryClient(
      service: service, region: region, endpoint: endpoints.endpoint(for: service, in: region),
      credentials: credentials, transport: transport, retryPolicy: retryPolicy, clock: clock)
  }
}
