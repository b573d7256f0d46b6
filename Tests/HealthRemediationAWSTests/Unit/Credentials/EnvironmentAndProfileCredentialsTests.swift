import AWSSigV4
import Foundation
import HealthRemediationAWS
import Testing

@Suite("Credentials from the environment and the shared files")
struct EnvironmentAndProfileCredentialsTests {
  private let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"

  @Test("reads the key pair and session token Lambda sets")
  func environment() async throws {
    let provider = EnvironmentCredentialsProvider(environment: [
      "AWS_ACCESS_KEY_ID": "ASIAEXAMPLE", "AWS_SECRET_ACCESS_KEY": secret, "AWS_SESSION_TOKEN": "token",
    ])
    let credentials = try await provider.resolveCredentials()
    #expect(credentials.accessKeyID == "ASIAEXAMPLE")
    #expect(credentials.secretAccessKey == secret)
    #expect(credentials.sessionToken == "token")
  }

  @Test("is not configured without variables, and wrongly configured with half a pair")
  func environmentErrors() async throws {
    let none = await #expect(throws: CredentialsError.self) {
      _ = try await EnvironmentCredentialsProvider(environment: [:]).resolveCredentials()
    }
    #expect(none?.kind == .notConfigured)
    let half = await #expect(throws: CredentialsError.self) {
      _ = try await EnvironmentCredentialsProvider(environment: ["AWS_SECRET_ACCESS_KEY": secret])
        .resolveCredentials()
    }
    #expect(half?.kind == .invalidConfiguration)
    #expect(half.map { String(describing: $0) }?.contains(secret) == false)
  }

  @Test("merges [profile NAME] of config with [NAME] of credentials, the credentials file winning")
  func sharedConfiguration() throws {
    let files = InMemoryFileReader(files: [
      "/custom/credentials": "[dev]\naws_access_key_id = FROM_CREDENTIALS\n",
      "/home/u/.aws/config": "[profile dev]\naws_access_key_id = FROM_CONFIG\nregion = ap-south-1\n",
    ])
    let configuration = try SharedConfiguration.load(
      environment: [
        "HOME": "/home/u", "AWS_SHARED_CREDENTIALS_FILE": "/custom/credentials", "AWS_PROFILE": "dev",
      ],
      fileReader: files)
    #expect(configuration.selectedProfile == "dev")
    #expect(configuration.profileWasNamed)
    #expect(
      configuration.profile(named: "dev") == [
        "aws_access_key_id": "FROM_CREDENTIALS", "region": "ap-south-1",
      ])
    #expect(configuration.profile(named: "other") == nil)
    #expect(
      try RegionResolution.region(environment: ["AWS_PROFILE": "dev"], sharedConfiguration: configuration)?
        .name
        == "ap-south-1")
  }

  @Test("takes AWS_REGION over AWS_DEFAULT_REGION over the profile, and refuses a malformed one")
  func regionOrder() throws {
    #expect(
      try RegionResolution.region(environment: ["AWS_REGION": "eu-west-1", "AWS_DEFAULT_REGION": "us-east-2"]
      )?
      .name == "eu-west-1")
    #expect(
      try RegionResolution.region(environment: ["AWS_DEFAULT_REGION": "us-east-2"])?.name == "us-east-2")
    #expect(try RegionResolution.region(environment: [:]) == nil)
    #expect(throws: AWSValidationError.self) {
      try RegionResolution.region(environment: ["AWS_REGION": "eu-west-1.attacker.example"])
    }
  }

  @Test("reads a profile's keys")
  func profileKeys() async throws {
    let files = InMemoryFileReader(files: [
      "/h/.aws/credentials": "[default]\naws_access_key_id = AKID\naws_secret_access_key = \(secret)\n"
    ])
    let provider = ProfileCredentialsProvider(
      environment: ["HOME": "/h"], context: TestClients.context(RecordingTransport { _ in .xml(500, "") }),
      fileReader: files)
    let credentials = try await provider.resolveCredentials()
    #expect(credentials.accessKeyID == "AKID")
    #expect(credentials.secretAccessKey == secret)
  }

  @Test("a missing default profile passes to the next source, a missing named one is an error")
  func missingProfiles() async throws {
    let context = TestClients.context(RecordingTransport { _ in .xml(500, "") })
    let unnamed = await #expect(throws: CredentialsError.self) {
      _ = try await ProfileCredentialsProvider(
        environment: ["HOME": "/h"], context: context, fileReader: InMemoryFileReader(files: [:])
      ).resolveCredentials()
    }
    #expect(unnamed?.kind == .notConfigured)
    let named = await #expect(throws: CredentialsError.self) {
      _ = try await ProfileCredentialsProvider(
        environment: ["HOME": "/h", "AWS_PROFILE": "prod"], context: context,
        fileReader: InMemoryFileReader(files: [:])
      ).resolveCredentials()
    }
    #expect(named?.kind == .invalidConfiguration)
    #expect(named?.source == "profile \"prod\"")
  }

  @Test("assumes role_arn with the source_profile's keys, honouring external_id, duration and region")
  func profileRole() async throws {
    let transport = RecordingTransport { _ in
      .xml(
        200,
        EC2Responses.assumeRole(
          accessKeyID: "ASIAROLE", secret: "role-secret", token: "role-token",
          expiration: "2030-01-01T00:00:00Z"))
    }
    let files = InMemoryFileReader(files: [
      "/h/.aws/credentials": "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = \(secret)\n",
      "/h/.aws/config": """
      [profile ops]
      role_arn = arn:aws:iam::210987654321:role/path/Ops
      source_profile = base
      external_id = ext-1
      duration_seconds = 1800
      role_session_name = me
      region = eu-north-1
      """,
    ])
    let provider = ProfileCredentialsProvider(
      environment: ["HOME": "/h", "AWS_PROFILE": "ops"], context: TestClients.context(transport),
      fileReader: files)
    let credentials = try await provider.resolveCredentials()
    #expect(credentials.accessKeyID == "ASIAROLE")
    #expect(credentials.sessionToken == "role-token")
    #expect(credentials.expiration == Date(timeIntervalSince1970: 1_893_456_000))

    let request = try #require(transport.requests.first)
    let form = FormBody(request.body)
    #expect(form.action == "AssumeRole")
    #expect(form["RoleArn"] == "arn:aws:iam::210987654321:role/path/Ops")
    #expect(form["RoleSessionName"] == "me")
    #expect(form["ExternalId"] == "ext-1")
    #expect(form["DurationSeconds"] == "1800")
    #expect(request.header(named: "Authorization")?.contains("Credential=AKIDBASE/") == true)
    #expect(request.header(named: "Authorization")?.contains("/eu-north-1/sts/aws4_request") == true)
  }

  @Test(
    "refuses role profiles that are set up wrongly",
    arguments: [
      "[profile a]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = a\n",
      "[profile a]\nrole_arn = arn:aws:iam::210987654321:role/R\n",
      "[profile a]\nrole_arn = arn:aws:iam::210987654321:role/R\nsource_profile = b\n"
        + "[profile b]\nrole_arn = arn:aws:iam::210987654321:role/R\nsource_profile = a\n",
      "[profile a]\nrole_arn = arn:aws:iam::210987654321:role/R\nsource_profile = missing\n",
      "[profile a]\nrole_arn = arn:aws:iam::210987654321:role/R\ncredential_source = Moon\n",
      "[profile a]\nrole_arn = arn:aws:iam::210987654321:role/R\ncredential_source = Environment\n",
    ])
  func badRoleProfiles(config: String) async throws {
    let transport = RecordingTransport { _ in .xml(500, "") }
    let provider = ProfileCredentialsProvider(
      environment: ["HOME": "/h", "AWS_PROFILE": "a"], context: TestClients.context(transport),
      fileReader: InMemoryFileReader(files: ["/h/.aws/config": config]))
    let error = await #expect(throws: CredentialsError.self) { _ = try await provider.resolveCredentials() }
    #expect(error?.kind == .invalidConfiguration)
    #expect(transport.requests.isEmpty)
  }

  @Test("a broken shared file names its line and never shows the secret on it")
  func brokenFile() async throws {
    let provider = ProfileCredentialsProvider(
      environment: ["HOME": "/h"], context: TestClients.context(RecordingTransport { _ in .xml(500, "") }),
      fileReader: InMemoryFileReader(files: [
        "/h/.aws/credentials": "[default]\naws_secret_access_key \(secret)\n"
      ]))
    let error = await #expect(throws: CredentialsError.self) { _ = try await provider.resolveCredentials() }
    #expect(error?.kind == .invalidConfiguration)
    #expect(error?.reason.contains("/h/.aws/credentials:2") == true)
    #expect(error.map { String(describing: $0) }?.contains(secret) == false)
    #expect(error.map { String(reflecting: $0) }?.contains(secret) == false)
  }
}
