import Foundation
import HealthRemediation
import HealthRemediationAWS
import Testing

@Suite("Routing scopes to accounts and regions")
struct EC2ComputeServiceTests {
  private let id = InstanceID("i-0123456789abcdef0")

  /// A fake AWS: STS answers GetCallerIdentity and AssumeRole, EC2 describes every instance asked for.
  private func fakeAWS() -> RecordingTransport {
    RecordingTransport { request in
      let form = FormBody(request.body)
      switch form.action {
      case "GetCallerIdentity": return .xml(200, EC2Responses.callerIdentity(account: "123456789012"))
      case "AssumeRole":
        return .xml(
          200,
          EC2Responses.assumeRole(
            accessKeyID: "ASIAASSUMED", secret: "assumed-secret", token: "assumed-token",
            expiration: "2030-01-01T00:00:00Z"))
      default:
        let ids = form.list("InstanceId")
        return .xml(200, EC2Responses.describe(ids.map { (id: $0, state: "running", tags: [:]) }))
      }
    }
  }

  private func keyID(_ request: HTTPRequest) -> String? {
    request.header(named: "Authorization")?.components(separatedBy: "Credential=").last?
      .components(separatedBy: "/").first
  }

  @Test("uses the base credentials in their own account, asking STS for it once")
  func ownAccount() async throws {
    let transport = fakeAWS()
    let service = EC2ComputeService(
      credentials: StaticCredentialsProvider(TestClients.credentials), context: TestClients.context(transport)
    )
    let ids = try [#require(id)]
    async let first = service.describeInstances(
      ids, in: ResourceScope(partition: "aws", accountID: "123456789012", region: "eu-west-1"))
    async let second = service.describeInstances(
      ids, in: ResourceScope(partition: "aws", accountID: "123456789012", region: "us-east-2"))
    _ = try await (first, second)
    let actions = transport.forms.compactMap(\.action)
    #expect(actions.filter { $0 == "GetCallerIdentity" }.count == 1)
    #expect(actions.filter { $0 == "DescribeInstances" }.count == 2)
    #expect(transport.requests.allSatisfy { keyID($0) == "AKIDEXAMPLE" })
    let regions = Set(
      transport.requests.compactMap { $0.header(named: "Authorization")?.components(separatedBy: "/")[2] })
    #expect(regions == ["eu-west-1", "us-east-2"])
  }

  @Test("assumes the configured role in another account, once per account, and signs with it")
  func otherAccount() async throws {
    let transport = fakeAWS()
    let service = EC2ComputeService(
      credentials: StaticCredentialsProvider(TestClients.credentials),
      context: TestClients.context(transport),
      callerAccountID: try AWSAccountID(validating: "123456789012"),
      crossAccount: CrossAccountAccess(roleName: "Remediation", externalID: "ext"))
    let ids = try [#require(id)]
    for region in ["eu-west-1", "eu-west-2", "eu-west-1"] {
      _ = try await service.describeInstances(
        ids, in: ResourceScope(partition: "aws", accountID: "210987654321", region: region))
    }
    let assumeRoles = transport.requests.filter { FormBody($0.body).action == "AssumeRole" }
    #expect(assumeRoles.count == 1)
    let form = FormBody(try #require(assumeRoles.first).body)
    #expect(form["RoleArn"] == "arn:aws:iam::210987654321:role/Remediation")
    #expect(form["ExternalId"] == "ext")
    #expect(form["RoleSessionName"] == "health-remediation")
    let describes = transport.requests.filter { FormBody($0.body).action == "DescribeInstances" }
    #expect(describes.count == 3)
    #expect(
      describes.allSatisfy {
        keyID($0) == "ASIAASSUMED" && $0.header(named: "X-Amz-Security-Token") == "assumed-token"
      })
  }

  @Test("builds the role ARN in the scope's partition")
  func partitionOfRole() async throws {
    let transport = fakeAWS()
    let service = EC2ComputeService(
      credentials: StaticCredentialsProvider(TestClients.credentials),
      context: TestClients.context(transport),
      callerAccountID: try AWSAccountID(validating: "123456789012"),
      crossAccount: CrossAccountAccess(roleName: "R"))
    _ = try await service.describeInstances(
      [try #require(id)],
      in: ResourceScope(partition: "aws-us-gov", accountID: "210987654321", region: "us-gov-west-1"))
    let form = try #require(transport.forms.first { $0.action == "AssumeRole" })
    #expect(form["RoleArn"] == "arn:aws-us-gov:iam::210987654321:role/R")
  }

  @Test("refuses another account without a configured role, with a clear error and no request")
  func otherAccountWithoutRole() async throws {
    let transport = fakeAWS()
    let service = EC2ComputeService(
      credentials: StaticCredentialsProvider(TestClients.credentials),
      context: TestClients.context(transport),
      callerAccountID: try AWSAccountID(validating: "123456789012"))
    let error = await #expect(throws: CrossAccountNotConfiguredError.self) {
      _ = try await service.stopInstances(
        [try #require(id)],
        in: ResourceScope(partition: "aws", accountID: "210987654321", region: "eu-west-1"),
        options: StopOptions())
    }
    #expect(error?.operationFailure.code == "CrossAccountRoleNotConfigured")
    #expect(error?.description.contains("210987654321") == true)
    #expect(transport.requests.isEmpty)
  }

  @Test(
    "validates scopes before anything reaches a hostname or an ARN",
    arguments: [
      ResourceScope(partition: "aws", accountID: "123456789012", region: "global"),
      ResourceScope(partition: "aws", accountID: "123456789012", region: "evil.example.com/x"),
      ResourceScope(partition: "aws", accountID: "12345", region: "eu-west-1"),
      ResourceScope(partition: "aws", accountID: "123456789012:role/x", region: "eu-west-1"),
      ResourceScope(partition: "aws-moon", accountID: "123456789012", region: "eu-west-1"),
      ResourceScope(partition: "aws", accountID: "123456789012", region: "cn-north-1"),
    ])
  func invalidScopes(scope: ResourceScope) async throws {
    let transport = fakeAWS()
    let service = EC2ComputeService(
      credentials: StaticCredentialsProvider(TestClients.credentials),
      context: TestClients.context(transport),
      crossAccount: CrossAccountAccess(roleName: "R"))
    await #expect(throws: AWSValidationError.self) {
      _ = try await service.describeInstances([try #require(id)], in: scope)
    }
    #expect(transport.requests.isEmpty)
  }

  @Test("sends nothing for an empty list of instances")
  func emptyLists() async throws {
    let transport = fakeAWS()
    let service = EC2ComputeService(
      credentials: StaticCredentialsProvider(TestClients.credentials), context: TestClients.context(transport)
    )
    let scope = ResourceScope(partition: "aws", accountID: "123456789012", region: "eu-west-1")
    #expect(try await service.describeInstances([], in: scope) == InstanceInventory(instances: []))
    #expect(try await service.stopInstances([], in: scope, options: StopOptions()).isEmpty)
    try await service.tagInstances([], tags: ["k": "v"], in: scope)
    #expect(transport.requests.isEmpty)
  }
}
