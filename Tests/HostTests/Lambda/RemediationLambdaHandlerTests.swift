import Foundation
import HealthRemediation
import HealthRemediationTesting
import LambdaRuntime
import RemediationHost
import Testing

@Suite("The Lambda handler, on the in-memory fakes")
struct RemediationLambdaHandlerTests {
  let logs = CapturingLogSink()
  let metrics = CapturingLogSink()

  func handler(notifier: RecordingNotifier = RecordingNotifier()) throws -> (
    RemediationLambdaHandler, InMemoryFleet
  ) {
    let fleet = try InMemoryFleet(contentsOf: URL(fileURLWithPath: HostPaths.exampleFleet))
    let engine = RemediationEngine(
      compute: fleet, notifier: notifier, policy: PolicyDocument.workshopDefault,
      idempotencyStore: InMemoryIdempotencyStore())
    return (RemediationLambdaHandler(engine: engine, metricSink: metrics), fleet)
  }

  var context: LambdaContext {
    LambdaContext(
      invocation: LambdaInvocation(
        requestID: "req-42", deadlineMillisecondsSince1970: 4_102_444_800_000,
        invokedFunctionARN: "arn:aws:lambda:us-east-1:123456789012:function:remediate", traceID: nil, body: []
      ),
      logger: LambdaLogger(sink: logs), clock: SystemLambdaClock())
  }

  var exampleEvent: [UInt8] {
    get throws { Array(try Data(contentsOf: URL(fileURLWithPath: HostPaths.exampleEvent))) }
  }

  @Test("the workshop event is answered with the JSON report, one log line and one metric line")
  func workshopEventAnswered() async throws {
    let (handler, fleet) = try handler()
    let body = try await handler.handle(try exampleEvent, context: context)
    let report = try JSONDecoder().decode(RemediationReport.self, from: Data(body))
    #expect(report.outcome == .remediated)
    #expect(fleet.instances.filter { $0.state == .stopped }.count == 1)
    #expect(logs.lines.count == 1)
    #expect(logs.lines.first?.contains("\"requestId\":\"req-42\"") == true)
    let metric = try #require(metrics.lines.first)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(metric.utf8)) as? [String: Any])
    #expect(object["InstancesStopped"] as? Double == 1)
    #expect(object["InstancesSkipped"] as? Double == 1)
    #expect(object["InstancesFailed"] as? Double == 0)
    #expect(object["_aws"] != nil)
  }

  @Test("a bad event is answered with an error and changes nothing")
  func badEventThrows() async throws {
    let (handler, fleet) = try handler()
    await #expect(throws: EventDecodingError.self) {
      try await handler.handle(Array("{}".utf8), context: context)
    }
    #expect(fleet.calls.isEmpty)
  }

  @Test("a failed notification fails the invocation so that Lambda retries it")
  func failedNotificationThrows() async throws {
    let (handler, _) = try handler(
      notifier: RecordingNotifier(failing: OperationFailure(code: "Throttled", message: "x")))
    await #expect(throws: RemediationIncompleteError.self) {
      try await handler.handle(try exampleEvent, context: context)
    }
  }

  @Test("a bad configuration names the variable")
  func badConfiguration() async throws {
    #expect {
      try HostSettings.fromEnvironment(["HEALTH_REMEDIATION_MAX_INSTANCES": "many"])
    } throws: { error in
      (error as? ConfigurationError)?.setting == "HEALTH_REMEDIATION_MAX_INSTANCES"
    }
    #expect(throws: ConfigurationError.self) {
      try HostSettings.fromEnvironment(["HEALTH_REMEDIATION_POLICY": "{\"version\": 9}"])
    }
    #expect(throws: ConfigurationError.self) {
      try HostSettings.fromEnvironment(["SNS_TOPIC_ARN": "arn:aws:s3:::bucket"])
    }
    #expect(throws: ConfigurationError.self) {
      try HostSettings.fromEnvironment(["HEALTH_REMEDIATION_DRY_RUN": "maybe"])
    }
  }

  @Test("the environment configures policy, dry run, blast radius, role and audit tags")
  func environmentSettings() throws {
    let settings = try HostSettings.fromEnvironment([
      "SNS_TOPIC_ARN": "arn:aws:sns:us-east-1:123456789012:abuse", "HEALTH_REMEDIATION_DRY_RUN": "true",
      "HEALTH_REMEDIATION_MAX_INSTANCES": "7", "HEALTH_REMEDIATION_ROLE_NAME": "Remediator",
      "HEALTH_REMEDIATION_AUDIT_TAGS": "1",
      "HEALTH_REMEDIATION_POLICY": #"{"version":1,"actWhen":{"tag":"Stage","equals":"Dev"}}"#,
    ])
    #expect(settings.topicARN == "arn:aws:sns:us-east-1:123456789012:abuse")
    #expect(settings.dryRun && settings.auditTags)
    #expect(settings.maximumInstances == 7)
    #expect(settings.roleName == "Remediator")
    #expect(settings.policy.actWhen == .tagEquals(key: "Stage", value: "Dev"))
  }
}
