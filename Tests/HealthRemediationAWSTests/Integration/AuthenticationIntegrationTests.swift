import AWSSigV4
import Foundation
import HealthRemediation
import HealthRemediationAWS
import MotoTestSupport
import Testing

@Suite(
  "Credentials and accounts on moto", .enabled(if: MotoServer.shouldRun, "needs moto: run scripts/test.sh"))
struct AuthenticationIntegrationTests {
  @Test("a wrong secret gets a clear AuthFailure with its request ID, and changes nothing")
  func wrongSecret() async throws {
    let moto = try MotoServer.required()
    let fixtures = MotoFixtures(moto)
    let region = "us-west-2"
    let id = try await fixtures.runInstances(region: region, tags: [["Stage": "Dev"]])[0]
    let wrong = StaticCredentialsProvider(
      AWSCredentials(accessKeyID: moto.credentials.accessKeyID, secretAccessKey: "not-the-secret-0000"))
    let service = EC2ComputeService(
      credentials: wrong, context: moto.context(),
      callerAccountID: try AWSAccountID(validating: moto.accountID))
    let scope = ResourceScope(partition: "aws", accountID: moto.accountID, region: region)

    let error = await #expect(throws: AWSServiceError.self) {
      _ = try await service.stopInstances([id], in: scope, options: StopOptions())
    }
    #expect(error?.code == "AuthFailure")
    #expect(error?.httpStatus == 401)
    #expect(error?.requestID?.isEmpty == false)
    #expect(error?.isAuthenticationFailure == true)
    #expect(error.map { String(describing: $0) }?.contains("not-the-secret") == false)
    let states = try await fixtures.states(region: region, [id])
    #expect(states[id] == .running)

    let sns = try SNSNotifier(
      topic: try SNSTopicARN(validating: "arn:aws:sns:us-west-2:\(moto.accountID):nothing"),
      credentials: wrong,
      context: moto.context())
    let snsError = await #expect(throws: AWSServiceError.self) {
      _ = try await sns.publish(RemediationNotification(subject: NotificationSubject("s"), message: "m"))
    }
    #expect(snsError?.code == "SignatureDoesNotMatch")
    #expect(snsError?.httpStatus == 403)
  }

  @Test("GetCallerIdentity names the credentials' account")
  func callerIdentity() async throws {
    let moto = try MotoServer.required()
    let services = try AWSRemediationServices(
      context: moto.context(), credentials: moto.credentialsProvider, homeRegion: nil, topic: nil)
    let identity = try await services.callerIdentity()
    #expect(identity.accountID == moto.accountID)
    #expect(identity.arn.hasSuffix(":user/health-remediation-tests"))
  }

  @Test("acts in another account through AssumeRole: sees and stops that account's instances only")
  func assumeRoleIntoAnotherAccount() async throws {
    let moto = try MotoServer.required()
    let fixtures = MotoFixtures(moto)
    let region = "ca-central-1"
    let context = moto.context()
    let sts = STSClient(
      client: context.queryClient(
        for: .sts, in: try AWSRegion(validating: region), credentials: moto.credentialsProvider))
    let role = try RoleARN(validating: "arn:aws:iam::\(moto.crossAccountID):role/\(moto.crossAccountRole)")
    let assumed = RefreshingCredentialsProvider(
      wrapping: AssumeRoleCredentialsProvider(role: role, sessionName: "fixtures", sts: sts))
    let inOtherAccount = try await fixtures.runInstances(
      region: region, tags: [["Stage": "Dev"], ["Stage": "Prod"]], credentials: assumed)
    let inOwnAccount = try await fixtures.runInstances(region: region, tags: [["Stage": "Dev"]])[0]

    let service = EC2ComputeService(
      credentials: moto.credentialsProvider, context: context,
      crossAccount: CrossAccountAccess(roleName: moto.crossAccountRole, sessionName: "remediation"))
    let otherScope = ResourceScope(partition: "aws", accountID: moto.crossAccountID, region: region)
    let ownScope = ResourceScope(partition: "aws", accountID: moto.accountID, region: region)

    let other = try await service.describeInstances(inOtherAccount + [inOwnAccount], in: otherScope)
    #expect(Set(other.instances.map(\.id)) == Set(inOtherAccount))
    #expect(other.missing == [inOwnAccount])
    let own = try await service.describeInstances(inOtherAccount + [inOwnAccount], in: ownScope)
    #expect(own.instances.map(\.id) == [inOwnAccount])

    let outcomes = try await service.stopInstances(
      [inOtherAccount[0]], in: otherScope, options: StopOptions())
    #expect(outcomes[inOtherAccount[0]] == .stopped(previous: .running, current: .stopping))
    let states = try await fixtures.states(region: region, inOtherAccount, credentials: assumed)
    #expect(states[inOtherAccount[0]] == .stopped || states[inOtherAccount[0]] == .stopping)
    #expect(states[inOtherAccount[1]] == .running)

    let refusing = EC2ComputeService(credentials: moto.credentialsProvider, context: context)
    await #expect(throws: CrossAccountNotConfiguredError.self) {
      _ = try await refusing.describeInstances(inOtherAccount, in: otherScope)
    }
  }

  @Test("a profile with role_arn and source_profile assumes the role through STS")
  func profileAssumesRole() async throws {
    let moto = try MotoServer.required()
    let files = InMemoryFileReader(files: [
      "/home/test/.aws/credentials": """
      [base]
      aws_access_key_id = \(moto.credentials.accessKeyID)
      aws_secret_access_key = \(moto.credentials.secretAccessKey)
      """,
      "/home/test/.aws/config": """
      [profile cross]
      role_arn = arn:aws:iam::\(moto.crossAccountID):role/\(moto.crossAccountRole)
      source_profile = base
      region = eu-west-1
      """,
    ])
    let environment = [
      "HOME": "/home/test", "AWS_PROFILE": "cross", "AWS_ENDPOINT_URL": moto.endpoint.absoluteString,
    ]
    let services = try AWSRemediationServices.fromEnvironment(
      environment, fileReader: files, retryPolicy: MotoServer.patientPolicy)
    #expect(services.homeRegion?.name == "eu-west-1")
    let identity = try await services.callerIdentity()
    #expect(identity.accountID == moto.crossAccountID)
    #expect(identity.arn.contains(":assumed-role/\(moto.crossAccountRole)/"))
  }
}
