import AWSSigV4
import Foundation
import HealthRemediationAWS
import Testing

/// The container and instance metadata providers, over a recording transport: no request leaves the process.
@Suite("Credentials from the container endpoint and IMDSv2")
struct EndpointCredentialsTests {
  private let document = """
    {"Code": "Success", "AccessKeyId": "ASIACONTAINER", "SecretAccessKey": "very-secret-value",
     "Token": "session-token", "Expiration": "2030-01-01T00:00:00Z"}
    """

  @Test("resolves a relative URI on 169.254.170.2 and sends the token from the token file first")
  func containerRelative() async throws {
    let transport = RecordingTransport { [document] _ in .xml(200, document) }
    let provider = ContainerCredentialsProvider(
      environment: [
        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/credentials/abc",
        "AWS_CONTAINER_AUTHORIZATION_TOKEN": "from-variable",
        "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": "/var/run/token",
      ],
      transport: transport, fileReader: InMemoryFileReader(files: ["/var/run/token": "from-file\n"]))
    let credentials = try await provider.resolveCredentials()
    #expect(credentials.accessKeyID == "ASIACONTAINER")
    #expect(credentials.sessionToken == "session-token")
    #expect(credentials.expiration == Date(timeIntervalSince1970: 1_893_456_000))
    let request = try #require(transport.requests.first)
    #expect(request.url.absoluteString == "http://169.254.170.2/v2/credentials/abc")
    #expect(request.method == "GET")
    #expect(request.header(named: "Authorization") == "from-file")
    #expect(request.timeout <= .seconds(2))
  }

  @Test("accepts a full URI on loopback with the token variable")
  func containerFull() async throws {
    let transport = RecordingTransport { [document] _ in .xml(200, document) }
    let provider = ContainerCredentialsProvider(
      environment: [
        "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.1:51679/creds",
        "AWS_CONTAINER_AUTHORIZATION_TOKEN": "tok",
      ],
      transport: transport)
    _ = try await provider.resolveCredentials()
    #expect(transport.requests.first?.url.absoluteString == "http://127.0.0.1:51679/creds")
    #expect(transport.requests.first?.header(named: "Authorization") == "tok")
  }

  @Test(
    "refuses a full URI over plain HTTP to another host, and a token with a line break",
    arguments: [
      ["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://169.254.169.254/latest"],
      ["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://example.com/creds"],
      ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "no-leading-slash"],
      [
        "AWS_CONTAINER_CREDENTIALS_FULL_URI": "https://example.com/creds",
        "AWS_CONTAINER_AUTHORIZATION_TOKEN": "a\r\nX-Injected: 1",
      ],
    ])
  func containerRefusals(environment: [String: String]) async throws {
    let transport = RecordingTransport { [document] _ in .xml(200, document) }
    let error = await #expect(throws: CredentialsError.self) {
      _ = try await ContainerCredentialsProvider(environment: environment, transport: transport)
        .resolveCredentials()
    }
    #expect(error?.kind == .invalidConfiguration)
    #expect(transport.requests.isEmpty)
  }

  @Test("is not configured without either variable, and unavailable when the endpoint fails")
  func containerStates() async throws {
    let notSet = await #expect(throws: CredentialsError.self) {
      _ = try await ContainerCredentialsProvider(
        environment: [:], transport: RecordingTransport { _ in .xml(200, "") }
      )
      .resolveCredentials()
    }
    #expect(notSet?.kind == .notConfigured)
    let failing = await #expect(throws: CredentialsError.self) {
      _ = try await ContainerCredentialsProvider(
        environment: ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/x"],
        transport: RecordingTransport { _ in .xml(500, "{\"SecretAccessKey\": \"leak-me\"}") }
      ).resolveCredentials()
    }
    #expect(failing?.kind == .unavailable)
    let garbage = await #expect(throws: CredentialsError.self) {
      _ = try await ContainerCredentialsProvider(
        environment: ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/x"],
        transport: RecordingTransport { _ in .xml(200, "{\"SecretAccessKey\": \"leak-me\"}") }
      ).resolveCredentials()
    }
    #expect(garbage?.kind == .unavailable)
    #expect(garbage.map { String(describing: $0) }?.contains("leak-me") == false)
  }

  @Test("asks IMDSv2 for a token, then the role, then its credentials, sending the token each time")
  func instanceMetadata() async throws {
    let transport = RecordingTransport { [document] (request: HTTPRequest) -> HTTPResponse in
      let base = "http://169.254.169.254"
      return switch (request.method, request.url.absoluteString) {
      case ("PUT", base + "/latest/api/token"): .xml(200, "imds-token")
      case ("GET", base + "/latest/meta-data/iam/security-credentials/"): .xml(200, "web-role\n")
      case ("GET", base + "/latest/meta-data/iam/security-credentials/web-role"): .xml(200, document)
      default: .xml(404, "")
      }
    }
    let credentials = try await InstanceMetadataCredentialsProvider(environment: [:], transport: transport)
      .resolveCredentials()
    #expect(credentials.accessKeyID == "ASIACONTAINER")
    let requests = transport.requests
    #expect(requests.count == 3)
    #expect(requests[0].url.absoluteString == "http://169.254.169.254/latest/api/token")
    #expect(requests[0].header(named: "X-aws-ec2-metadata-token-ttl-seconds") == "21600")
    #expect(requests.dropFirst().allSatisfy { $0.header(named: "X-aws-ec2-metadata-token") == "imds-token" })
    #expect(requests.allSatisfy { $0.timeout <= .seconds(1) })
  }

  @Test("moves on quickly off EC2, when disabled, or without an instance profile")
  func instanceMetadataAbsent() async throws {
    let unreachable = RecordingTransport { request in
      throw HTTPTransportError(kind: .connectionFailed, host: request.url.host ?? "", detail: "no route")
    }
    let offEC2 = await #expect(throws: CredentialsError.self) {
      _ = try await InstanceMetadataCredentialsProvider(environment: [:], transport: unreachable)
        .resolveCredentials()
    }
    #expect(offEC2?.kind == .notConfigured)
    #expect(unreachable.requests.count == 1)

    let disabledTransport = RecordingTransport { _ in .xml(200, "") }
    let disabled = await #expect(throws: CredentialsError.self) {
      _ = try await InstanceMetadataCredentialsProvider(
        environment: ["AWS_EC2_METADATA_DISABLED": "true"], transport: disabledTransport
      ).resolveCredentials()
    }
    #expect(disabled?.kind == .notConfigured)
    #expect(disabledTransport.requests.isEmpty)

    let noRole = RecordingTransport { request in
      request.method == "PUT" ? .xml(200, "token") : .xml(404, "")
    }
    let withoutProfile = await #expect(throws: CredentialsError.self) {
      _ = try await InstanceMetadataCredentialsProvider(environment: [:], transport: noRole)
        .resolveCredentials()
    }
    #expect(withoutProfile?.kind == .notConfigured)
  }

  @Test("uses the configured or IPv6 metadata endpoint")
  func instanceMetadataEndpoint() throws {
    let transport = RecordingTransport { _ in .xml(200, "") }
    #expect(
      try InstanceMetadataCredentialsProvider(
        environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE": "IPv6"], transport: transport
      ).endpoint().absoluteString == "http://[fd00:ec2::254]")
    #expect(
      try InstanceMetadataCredentialsProvider(
        environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": "http://127.0.0.1:1338"], transport: transport
      ).endpoint().absoluteString == "http://127.0.0.1:1338")
  }
}
