import AWSSigV4
import Foundation
import HealthRemediation
import HealthRemediationAWS
import Synchronization
import Testing

@Suite("Credentials chain and cache")
struct CredentialsChainTests {
  @Test("follows the SDK order: the environment wins over the shared files")
  func environmentFirst() async throws {
    let transport = RecordingTransport { _ in .xml(500, "") }
    let chain = CredentialsProviderChain.standard(
      environment: ["AWS_ACCESS_KEY_ID": "FROM_ENV", "AWS_SECRET_ACCESS_KEY": "s", "HOME": "/h"],
      context: TestClients.context(transport),
      fileReader: InMemoryFileReader(files: [
        "/h/.aws/credentials": "[default]\naws_access_key_id = FROM_FILE\naws_secret_access_key = s\n"
      ]))
    #expect(try await chain.resolveCredentials().accessKeyID == "FROM_ENV")
    #expect(transport.requests.isEmpty)
  }

  @Test(
    "falls through to the container endpoint, then IMDS, and lists every reason when none has credentials")
  func fallsThrough() async throws {
    let transport = RecordingTransport { request in
      throw HTTPTransportError(kind: .timedOut, host: request.url.host ?? "", detail: "no answer")
    }
    let chain = CredentialsProviderChain.standard(
      environment: ["HOME": "/h"], context: TestClients.context(transport),
      fileReader: InMemoryFileReader(files: [:]))
    let error = await #expect(throws: CredentialsError.self) { _ = try await chain.resolveCredentials() }
    #expect(error?.kind == .notConfigured)
    #expect(error?.reason.contains("environment") == true)
    #expect(error?.reason.contains("profile") == true)
    #expect(error?.reason.contains("container endpoint") == true)
    #expect(error?.reason.contains("instance metadata") == true)
    #expect(transport.requests.map(\.url.host) == ["169.254.169.254"])
  }

  @Test("stops at a source that is set up wrongly instead of using another identity")
  func stopsAtBrokenSource() async throws {
    let fallback = CountingProvider(expiration: nil)
    let chain = CredentialsProviderChain([
      FailingProvider(error: CredentialsError(kind: .invalidConfiguration, source: "x", reason: "broken")),
      fallback,
    ])
    let error = await #expect(throws: CredentialsError.self) { _ = try await chain.resolveCredentials() }
    #expect(error?.kind == .invalidConfiguration)
    #expect(fallback.callCount == 0)
  }

  @Test("reuses credentials until five minutes before they expire, then fetches new ones")
  func refreshesBeforeExpiry() async throws {
    let clock = ManualClock()
    let base = CountingProvider(expiration: clock.now().addingTimeInterval(3_600))
    let cache = RefreshingCredentialsProvider(wrapping: base, clock: clock)
    #expect(try await cache.resolveCredentials().accessKeyID == "AKID1")
    clock.advance(by: 3_000)
    #expect(try await cache.resolveCredentials().accessKeyID == "AKID1")
    clock.advance(by: 400)
    #expect(try await cache.resolveCredentials().accessKeyID == "AKID2")
    #expect(base.callCount == 2)
  }

  @Test("shares one fetch among concurrent callers and keeps credentials without expiry")
  func coalescesConcurrentFetches() async throws {
    let base = CountingProvider(expiration: nil, delay: .milliseconds(50))
    let cache = RefreshingCredentialsProvider(wrapping: base)
    let keys = try await withThrowingTaskGroup(of: String.self) { group in
      for _ in 0..<20 { group.addTask { try await cache.resolveCredentials().accessKeyID } }
      return try await group.reduce(into: Set<String>()) { $0.insert($1) }
    }
    #expect(keys == ["AKID1"])
    #expect(base.callCount == 1)
    await cache.invalidate()
    #expect(try await cache.resolveCredentials().accessKeyID == "AKID2")
  }

  @Test("credentials and signers never print the secret or the session token")
  func redaction() {
    let credentials = AWSCredentials(
      accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG", sessionToken: "FwoGZXIvYXdzEJr")
    let texts = [
      String(describing: credentials), String(reflecting: credentials), "\(credentials)",
      String(describing: SigV4Signer(credentials: credentials, region: "eu-west-1", service: "ec2")),
    ]
    for text in texts {
      #expect(!text.contains("wJalrXUtnFEMI"))
      #expect(!text.contains("FwoGZXIvYXdzEJr"))
    }
  }
}
