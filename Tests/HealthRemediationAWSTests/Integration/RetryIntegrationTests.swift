import Foundation
import HealthRemediation
import HealthRemediationAWS
import MotoTestSupport
import Testing

@Suite("Retries against moto", .enabled(if: MotoServer.shouldRun, "needs moto: run scripts/test.sh"))
struct RetryIntegrationTests {
  @Test("throttling twice is retried with backoff, and the third attempt reaches moto")
  func throttlingThenSuccess() async throws {
    let moto = try MotoServer.required()
    let region = "sa-east-1"
    let id = try await MotoFixtures(moto).runInstances(region: region, tags: [["Stage": "Dev"]])[0]
    let faults = FaultInjectingTransport(
      wrapping: URLSessionTransport(), faults: [.ec2Throttling, .ec2Throttling])
    let sleeper = RecordingSleeper()
    let quota = RetryQuota()
    let context = moto.context(
      transport: faults,
      retryPolicy: RetryPolicy(
        attemptTimeout: .seconds(60), callTimeout: .seconds(180), quota: quota,
        random: FixedRandom(value: 0.5), sleeper: sleeper))
    let service = EC2ComputeService(
      credentials: moto.credentialsProvider, context: context,
      callerAccountID: try AWSAccountID(validating: moto.accountID))

    let inventory = try await service.describeInstances(
      [id], in: ResourceScope(partition: "aws", accountID: moto.accountID, region: region))
    #expect(inventory.instances.map(\.id) == [id])
    #expect(faults.injectedCount == 2)
    #expect(faults.forwardedCount == 1)
    #expect(sleeper.sleeps == [.milliseconds(500), .seconds(1)])
    // Two retries took 5 tokens each; the success gave back what the last retry cost.
    #expect(quota.availableTokens == 495)
  }

  @Test("server errors are retried, then the stop succeeds")
  func serverErrorsThenSuccess() async throws {
    let moto = try MotoServer.required()
    let region = "ap-northeast-1"
    let id = try await MotoFixtures(moto).runInstances(region: region, tags: [["Stage": "Dev"]])[0]
    let faults = FaultInjectingTransport(
      wrapping: URLSessionTransport(), faults: [.serverError(status: 500), .serverError(status: 503)])
    let context = moto.context(
      transport: faults,
      retryPolicy: RetryPolicy(
        attemptTimeout: .seconds(60), callTimeout: .seconds(180), random: FixedRandom(value: 0),
        sleeper: RecordingSleeper()))
    let service = EC2ComputeService(
      credentials: moto.credentialsProvider, context: context,
      callerAccountID: try AWSAccountID(validating: moto.accountID))
    let outcomes = try await service.stopInstances(
      [id], in: ResourceScope(partition: "aws", accountID: moto.accountID, region: region),
      options: StopOptions())
    #expect(outcomes[id] == .stopped(previous: .running, current: .stopping))
    #expect(faults.injectedCount == 2)
  }

  @Test("gives up with a clear error once the retry quota is spent, having changed nothing")
  func quotaExhausted() async throws {
    let moto = try MotoServer.required()
    let fixtures = MotoFixtures(moto)
    let region = "eu-north-1"
    let id = try await fixtures.runInstances(region: region, tags: [["Stage": "Dev"]])[0]
    let faults = FaultInjectingTransport(wrapping: URLSessionTransport())
    faults.enqueue(.ec2Throttling, times: 20)
    let quota = RetryQuota(capacity: 10)
    let context = moto.context(
      transport: faults,
      retryPolicy: RetryPolicy(
        maximumAttempts: 10, attemptTimeout: .seconds(60), callTimeout: .seconds(180), quota: quota,
        random: FixedRandom(value: 0), sleeper: RecordingSleeper()))
    let service = EC2ComputeService(
      credentials: moto.credentialsProvider, context: context,
      callerAccountID: try AWSAccountID(validating: moto.accountID))

    let error = await #expect(throws: RetriesExhaustedError.self) {
      _ = try await service.stopInstances(
        [id], in: ResourceScope(partition: "aws", accountID: moto.accountID, region: region),
        options: StopOptions())
    }
    #expect(error?.reason == .retryQuotaExhausted)
    #expect(error?.attempts == 3)
    let failure = try #require(error?.operationFailure)
    #expect(failure.code == "RequestLimitExceeded")
    #expect(failure.requestID == "fault-injected-3")
    #expect(failure.message.contains("retry quota exhausted"))
    #expect(faults.forwardedCount == 0)
    #expect(try await fixtures.states(region: region, [id])[id] == .running)
  }
}
