import Foundation
import LambdaRuntime
import Testing

@Suite("Lambda run loop")
struct LambdaRunLoopTests {
  private static let functionARN = "arn:aws:lambda:us-east-1:123456789012:function:remediate"

  private static func invocation(_ requestID: String, _ body: String, deadline: Int64 = 1_700_000_025_000)
    -> LambdaInvocation
  {
    LambdaInvocation(
      requestID: requestID, deadlineMillisecondsSince1970: deadline, invokedFunctionARN: functionARN,
      traceID: "Root=1-abc", body: Array(body.utf8))
  }

  private static func options(limit: Int?, sink: CapturingLogSink = CapturingLogSink()) -> LambdaRunOptions {
    let clock = FixedLambdaClock(now: 1_700_000_000_000)
    return LambdaRunOptions(
      maxInvocations: limit, clock: clock, logger: LambdaLogger(sink: sink, clock: clock))
  }

  private static let upperCasing = LambdaClosureHandler { event, _ in
    Array(String(decoding: event, as: UTF8.self).uppercased().utf8)
  }

  @Test("posts the handler's response bytes for every invocation, in order")
  func postsResponses() async throws {
    let client = FakeLambdaRuntimeAPIClient(script: [
      .success(Self.invocation("r-1", "first")), .success(Self.invocation("r-2", "second")),
    ])
    let summary = try await LambdaRunLoop.run(
      client: client, handler: Self.upperCasing, options: Self.options(limit: 2))
    #expect(summary == LambdaRunSummary(invocations: 2, failedInvocations: 0))
    #expect(
      await client.answers == [
        .response(requestID: "r-1", body: Array("FIRST".utf8)),
        .response(requestID: "r-2", body: Array("SECOND".utf8)),
      ])
  }

  @Test("posts a handler error as the invocation's error and serves the next invocation")
  func handlerErrorThenNextInvocation() async throws {
    let client = FakeLambdaRuntimeAPIClient(script: [
      .success(Self.invocation("r-1", "fail")), .success(Self.invocation("r-2", "fine")),
    ])
    let handler = LambdaClosureHandler { event, _ in
      if event == Array("fail".utf8) { throw DescribedFailure(description: "the policy is invalid") }
      return event
    }
    let sink = CapturingLogSink()
    let summary = try await LambdaRunLoop.run(
      client: client, handler: handler, options: Self.options(limit: 2, sink: sink))
    #expect(summary == LambdaRunSummary(invocations: 2, failedInvocations: 1))
    #expect(
      await client.answers == [
        .error(
          requestID: "r-1",
          report: LambdaErrorReport(errorType: "DescribedFailure", errorMessage: "the policy is invalid")),
        .response(requestID: "r-2", body: Array("fine".utf8)),
      ])
    let failureLine = try #require(sink.lines.first { $0.contains("invocation failed") })
    #expect(failureLine.contains("\"requestId\":\"r-1\""))
  }

  @Test("reports the error type that a LambdaReportableError declares")
  func reportableErrorType() async throws {
    let client = FakeLambdaRuntimeAPIClient(script: [.success(Self.invocation("r-1", "x"))])
    let handler = LambdaClosureHandler { _, _ in
      throw CodedFailure(code: "Remediation.PolicyInvalid", description: "no rule matches")
    }
    _ = try await LambdaRunLoop.run(client: client, handler: handler, options: Self.options(limit: 1))
    #expect(
      await client.answers == [
        .error(
          requestID: "r-1",
          report: LambdaErrorReport(errorType: "Remediation.PolicyInvalid", errorMessage: "no rule matches"))
      ])
  }

  @Test("posts an init error and serves nothing when the handler cannot be built")
  func initErrorWhenHandlerCannotBeBuilt() async throws {
    let client = FakeLambdaRuntimeAPIClient(script: [.success(Self.invocation("r-1", "x"))])
    await #expect(throws: DescribedFailure.self) {
      _ = try await LambdaRunLoop.run(client: client, options: Self.options(limit: 1), environment: [:]) {
        _ -> LambdaClosureHandler in
        throw DescribedFailure(description: "SNS_TOPIC_ARN is not set")
      }
    }
    #expect(
      await client.initErrors == [
        LambdaErrorReport(errorType: "DescribedFailure", errorMessage: "SNS_TOPIC_ARN is not set")
      ])
    #expect(await client.nextCalls == 0)
    #expect(await client.answers.isEmpty)
  }

  @Test("hands the environment to the handler factory and then serves invocations")
  func factoryReceivesEnvironment() async throws {
    let client = FakeLambdaRuntimeAPIClient(script: [.success(Self.invocation("r-1", "x"))])
    let summary = try await LambdaRunLoop.run(
      client: client, options: Self.options(limit: 1), environment: ["SNS_TOPIC_ARN": "arn:topic"]
    ) { context in
      let topic = context.environment["SNS_TOPIC_ARN"] ?? "missing"
      return LambdaClosureHandler { _, _ in Array(topic.utf8) }
    }
    #expect(summary.invocations == 1)
    #expect(await client.answers == [.response(requestID: "r-1", body: Array("arn:topic".utf8))])
    #expect(await client.initErrors.isEmpty)
  }

  @Test("answers an unreadable invocation with an error and keeps serving")
  func unreadableInvocation() async throws {
    let unreadable = LambdaRuntimeAPIError.invalidInvocation(
      path: "/runtime/invocation/next", requestID: "r-1", header: "Lambda-Runtime-Deadline-Ms",
      reason: "missing")
    let client = FakeLambdaRuntimeAPIClient(script: [
      .failure(unreadable), .success(Self.invocation("r-2", "ok")),
    ])
    let summary = try await LambdaRunLoop.run(
      client: client, handler: Self.upperCasing, options: Self.options(limit: 2))
    #expect(summary == LambdaRunSummary(invocations: 2, failedInvocations: 1))
    let answers = await client.answers
    #expect(answers.count == 2)
    guard case .error(let requestID, let report) = answers.first else {
      Issue.record("expected an error report first, got \(answers)")
      return
    }
    #expect(requestID == "r-1")
    #expect(report.errorType == LambdaRunLoop.invalidInvocationErrorType)
    #expect(report.errorMessage.contains("Lambda-Runtime-Deadline-Ms"))
    #expect(answers.last == .response(requestID: "r-2", body: Array("OK".utf8)))
  }

  @Test("stops with the Runtime API's error when next fails")
  func stopsWhenRuntimeAPIFails() async throws {
    let failure = LambdaRuntimeAPIError.unexpectedStatus(
      path: "/runtime/invocation/next", statusCode: 500, body: "")
    let client = FakeLambdaRuntimeAPIClient(script: [
      .success(Self.invocation("r-1", "a")), .failure(failure),
    ])
    await #expect(throws: failure) {
      _ = try await LambdaRunLoop.run(
        client: client, handler: Self.upperCasing, options: Self.options(limit: 5))
    }
    #expect(await client.answers == [.response(requestID: "r-1", body: Array("A".utf8))])
  }

  @Test("reports a response the Runtime API refuses as the invocation's error")
  func refusedResponseBecomesError() async throws {
    let refusal = LambdaRuntimeAPIError.unexpectedStatus(
      path: "/runtime/invocation/r-1/response", statusCode: 413, body: "payload too large")
    let client = FakeLambdaRuntimeAPIClient(
      script: [.success(Self.invocation("r-1", "big"))], responseFailures: ["r-1": refusal])
    let summary = try await LambdaRunLoop.run(
      client: client, handler: Self.upperCasing, options: Self.options(limit: 1))
    #expect(summary.failedInvocations == 1)
    let answers = await client.answers
    guard case .error(let requestID, let report) = answers.first, answers.count == 1 else {
      Issue.record("expected one error report, got \(answers)")
      return
    }
    #expect(requestID == "r-1")
    #expect(report.errorType == LambdaRunLoop.responseRejectedErrorType)
    #expect(report.errorMessage.contains("413"))
  }

  @Test("gives the handler the invocation's metadata and the remaining time by the injected clock")
  func contextCarriesInvocationMetadata() async throws {
    let client = FakeLambdaRuntimeAPIClient(script: [
      .success(Self.invocation("r-1", "x", deadline: 1_700_000_012_345))
    ])
    let handler = LambdaClosureHandler { _, context in
      let text = [
        context.requestID, context.invokedFunctionARN, context.traceID ?? "none",
        String(context.deadlineMillisecondsSince1970), "\(context.remainingTime)",
      ].joined(separator: "|")
      return Array(text.utf8)
    }
    _ = try await LambdaRunLoop.run(client: client, handler: handler, options: Self.options(limit: 1))
    let expected = [
      "r-1", Self.functionARN, "Root=1-abc", "1700000012345", "\(Duration.milliseconds(12_345))",
    ].joined(separator: "|")
    #expect(await client.answers == [.response(requestID: "r-1", body: Array(expected.utf8))])
  }

  @Test("reports no remaining time once the deadline has passed")
  func remainingTimeIsZeroAfterDeadline() {
    let context = LambdaContext(
      invocation: Self.invocation("r-1", "x", deadline: 1_000),
      logger: LambdaLogger(sink: CapturingLogSink()), clock: FixedLambdaClock(now: 5_000))
    #expect(context.remainingTime == .zero)
  }

  @Test("writes the handler's log lines with the invocation's request ID")
  func handlerLogsCarryRequestID() async throws {
    let client = FakeLambdaRuntimeAPIClient(script: [.success(Self.invocation("r-42", "x"))])
    let sink = CapturingLogSink()
    let handler = LambdaClosureHandler { event, context in
      context.logger.info("evaluating", fields: ["instances": "2"])
      return event
    }
    _ = try await LambdaRunLoop.run(
      client: client, handler: handler, options: Self.options(limit: 1, sink: sink))
    let line = try #require(sink.lines.first { $0.contains("evaluating") })
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
    #expect(object["requestId"] == "r-42")
    #expect(object["instances"] == "2")
  }

  @Test("stops between invocations once its task is cancelled")
  func stopsOnCancellation() async throws {
    let client = FakeLambdaRuntimeAPIClient(script: [
      .success(Self.invocation("r-1", "a")), .success(Self.invocation("r-2", "b")),
    ])
    let handler = LambdaClosureHandler { event, _ in
      withUnsafeCurrentTask { $0?.cancel() }
      return event
    }
    // A task of its own, so that cancelling it does not cancel the test.
    let loop = Task {
      try await LambdaRunLoop.run(client: client, handler: handler, options: Self.options(limit: nil))
    }
    await #expect(throws: CancellationError.self) { _ = try await loop.value }
    #expect(await client.answers == [.response(requestID: "r-1", body: Array("a".utf8))])
    #expect(await client.nextCalls == 1)
  }
}
