import AWSSigV4
import Foundation
import HealthRemediation
import HealthRemediationAWS
import Testing

@Suite("Query client: expired credentials")
struct AWSQueryClientExpiredTokenTests {
  @Test("fetches new credentials once when the service says the token expired")
  func refreshesOnce() async throws {
    let transport = RecordingTransport { request in
      request.header(named: "Authorization")?.contains("Credential=ASIA1/") == true
        ? .xml(
          400,
          EC2Responses.queryError("ExpiredToken", "The security token included in the request is expired"))
        : .xml(200, EC2Responses.publish(messageID: "m"))
    }
    let base = NumberedProvider()
    let client = AWSQueryClient(
      service: .sns, region: try TestClients.region,
      endpoint: try #require(URL(string: "https://sns.example/")),
      credentials: RefreshingCredentialsProvider(wrapping: base, clock: ManualClock()), transport: transport,
      retryPolicy: RetryPolicy(sleeper: RecordingSleeper()), clock: ManualClock())
    _ = try await client.send("Publish")
    #expect(base.fetchCount == 2)
    #expect(transport.requests.count == 2)
  }

  @Test("does not loop when fresh credentials are refused as expired too")
  func refreshesOnlyOnce() async throws {
    let transport = RecordingTransport { _ in .xml(400, EC2Responses.queryError("ExpiredToken", "expired")) }
    let client = AWSQueryClient(
      service: .sns, region: try TestClients.region,
      endpoint: try #require(URL(string: "https://sns.example/")),
      credentials: RefreshingCredentialsProvider(wrapping: NumberedProvider(), clock: ManualClock()),
      transport: transport, retryPolicy: RetryPolicy(sleeper: RecordingSleeper()), clock: ManualClock())
    let error = await #expect(throws: AWSServiceError.self) { _ = try await client.send("Publish") }
    #expect(error?.code == "ExpiredToken")
    #expect(transport.requests.count == 2)
  }
}
