import AWSSigV4
import Foundation
import HealthRemediation
import HealthRemediationAWS
import Synchronization
import Testing

@Suite("Query client: signing, retries, timeouts and cancellation")
struct AWSQueryClientRetryTests {
  private func client(
    _ transport: any HTTPTransport, sleeper: RecordingSleeper = RecordingSleeper(),
    quota: RetryQuota = RetryQuota(),
    maximumAttempts: Int = 3, callTimeout: Duration = .seconds(30)
  ) throws -> AWSQueryClient {
    AWSQueryClient(
      service: .ec2, region: try TestClients.region,
      endpoint: try #require(URL(string: "https://ec2.example:8443/")),
      credentials: StaticCredentialsProvider(TestClients.credentials), transport: transport,
      retryPolicy: RetryPolicy(
        maximumAttempts: maximumAttempts, callTimeout: callTimeout, quota: quota,
        random: FixedRandom(value: 0.5),
        sleeper: sleeper),
      clock: ManualClock())
  }

  @Test("signs a form POST with Host and Content-Type set before signing, and no User-Agent signed")
  func signsTheRequest() async throws {
    let transport = RecordingTransport { _ in .xml(200, EC2Responses.createTags) }
    _ = try await client(transport).send("CreateTags", QueryParameters([("ResourceId.1", "i-12345678")]))
    let request = try #require(transport.requests.first)
    #expect(request.method == "POST")
    #expect(request.header(named: "Host") == "ec2.example:8443")
    #expect(request.header(named: "Content-Type") == "application/x-www-form-urlencoded; charset=utf-8")
    let authorization = try #require(request.header(named: "Authorization"))
    #expect(
      authorization.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20231114/eu-west-1/ec2/aws4_request"))
    #expect(authorization.contains("SignedHeaders=content-type;host;x-amz-date,"))
    #expect(!authorization.contains(TestClients.credentials.secretAccessKey))
    #expect(
      String(decoding: request.body, as: UTF8.self)
        == "Action=CreateTags&Version=2016-11-15&ResourceId.1=i-12345678")
  }

  @Test("retries throttling with backoff and signs every attempt afresh")
  func retriesThrottling() async throws {
    let calls = Mutex(0)
    let transport = RecordingTransport { _ in
      let call = calls.withLock { count in
        count += 1
        return count
      }
      return call < 3
        ? .xml(503, EC2Responses.error("RequestLimitExceeded", "Request limit exceeded."))
        : .xml(200, EC2Responses.createTags)
    }
    let sleeper = RecordingSleeper()
    let quota = RetryQuota()
    _ = try await client(transport, sleeper: sleeper, quota: quota).send("CreateTags")
    #expect(transport.requests.count == 3)
    #expect(sleeper.sleeps == [.milliseconds(500), .seconds(1)])
    #expect(quota.availableTokens == 495)
  }

  @Test("gives up after three attempts with the last error's code and request ID")
  func maximumAttempts() async throws {
    let transport = RecordingTransport { _ in
      .xml(500, EC2Responses.error("InternalError", "boom", requestID: "r-5"))
    }
    let error = await #expect(throws: RetriesExhaustedError.self) {
      _ = try await client(transport).send("DescribeInstances")
    }
    #expect(transport.requests.count == 3)
    #expect(error?.reason == .maximumAttemptsReached)
    #expect(error?.attempts == 3)
    #expect(error?.operationFailure.code == "InternalError")
    #expect(error?.operationFailure.requestID == "r-5")
    #expect(error?.operationFailure.httpStatus == 500)
  }

  @Test("does not retry an error that retrying cannot fix")
  func noRetryForClientErrors() async throws {
    let transport = RecordingTransport { _ in .xml(400, EC2Responses.error("UnauthorizedOperation", "no")) }
    let error = await #expect(throws: AWSServiceError.self) {
      _ = try await client(transport).send("StopInstances")
    }
    #expect(error?.code == "UnauthorizedOperation")
    #expect(transport.requests.count == 1)
  }

  @Test("a timeout costs 10 tokens, and an empty quota stops the retries")
  func timeoutsDrainTheQuota() async throws {
    let transport = RecordingTransport { request in
      throw HTTPTransportError(kind: .timedOut, host: request.url.host ?? "", detail: "slow")
    }
    let quota = RetryQuota(capacity: 15)
    let error = await #expect(throws: RetriesExhaustedError.self) {
      _ = try await client(transport, quota: quota, maximumAttempts: 5).send("DescribeInstances")
    }
    #expect(error?.reason == .retryQuotaExhausted)
    #expect(error?.attempts == 2)
    #expect(error?.operationFailure.code == "RequestTimeout")
    #expect(quota.availableTokens == 5)
  }

  @Test("stops retrying when the next wait would pass the call's time limit")
  func callTimeout() async throws {
    let transport = RecordingTransport { _ in
      .xml(503, EC2Responses.error("RequestLimitExceeded", "slow down"))
    }
    let error = await #expect(throws: RetriesExhaustedError.self) {
      _ = try await client(transport, callTimeout: .milliseconds(100)).send("DescribeInstances")
    }
    #expect(error?.reason == .callTimeoutReached)
    #expect(transport.requests.count == 1)
  }

  @Test("gives each attempt the attempt timeout, never more than the call has left")
  func attemptTimeout() async throws {
    let transport = RecordingTransport { _ in .xml(200, EC2Responses.createTags) }
    _ = try await client(transport, callTimeout: .seconds(4)).send("CreateTags")
    let timeout = try #require(transport.requests.first?.timeout)
    #expect(timeout <= .seconds(4) && timeout > .seconds(3))
  }

  @Test("a cancelled call stops at once, without retrying")
  func cancellation() async throws {
    let transport = RecordingTransport { _ in
      .xml(503, EC2Responses.error("RequestLimitExceeded", "slow down"))
    }
    let queryClient = try client(transport)
    let task = Task {
      withUnsafeCurrentTask { $0?.cancel() }
      return try await queryClient.send("DescribeInstances")
    }
    await #expect(throws: CancellationError.self) { _ = try await task.value }
    #expect(transport.requests.count <= 1)
  }

  @Test("an unreadable success answer is a decoding error naming the action")
  func unreadableSuccess() async throws {
    let transport = RecordingTransport { _ in .xml(200, "not xml") }
    let error = await #expect(throws: AWSResponseDecodingError.self) {
      _ = try await client(transport).send("DescribeInstances")
    }
    #expect(error?.action == "DescribeInstances")
  }
}
