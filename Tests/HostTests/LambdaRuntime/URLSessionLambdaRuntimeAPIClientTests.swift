import Foundation
import LambdaRuntime
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

@Suite("URLSession Runtime API client")
struct URLSessionLambdaRuntimeAPIClientTests {
  @Test(
    "accepts host:port addresses as Lambda passes them",
    arguments: ["127.0.0.1:9001", "localhost:80", "runtime.internal:65535", "[::1]:9001"])
  func acceptsAddresses(address: String) {
    #expect(throws: Never.self) { _ = try URLSessionLambdaRuntimeAPIClient(runtimeAPI: address) }
  }

  @Test(
    "refuses addresses that are not host:port",
    arguments: [
      "", "127.0.0.1", "127.0.0.1:", ":9001", "127.0.0.1:0", "127.0.0.1:65536", "127.0.0.1:90a1",
      "http://127.0.0.1:9001", "host/path:9001", "user@host:9001", "[::1:9001", "ho st:1",
    ])
  func refusesAddresses(address: String) {
    #expect(throws: LambdaRuntimeAPIError.invalidRuntimeAPIAddress(address)) {
      _ = try URLSessionLambdaRuntimeAPIClient(runtimeAPI: address)
    }
  }

  @Test("names the missing AWS_LAMBDA_RUNTIME_API variable")
  func missingEnvironmentVariable() {
    #expect(throws: LambdaRuntimeAPIError.missingEnvironmentVariable(name: "AWS_LAMBDA_RUNTIME_API")) {
      _ = try URLSessionLambdaRuntimeAPIClient(environment: ["AWS_REGION": "us-east-1"])
    }
  }

  @Test("fetches events and posts a response and an error to a loopback Runtime API")
  func nextResponseNextError() async throws {
    let standIn = try await RuntimeAPIStandIn.launch(events: [#"{"n":1}"#, #"{"n":2}"#])
    defer { standIn.terminate() }
    let client = try URLSessionLambdaRuntimeAPIClient(
      environment: ["AWS_LAMBDA_RUNTIME_API": standIn.runtimeAPI])

    let before = SystemLambdaClock().millisecondsSince1970()
    let first = try await client.next()
    #expect(first.body == Array(#"{"n":1}"#.utf8))
    #expect(first.invokedFunctionARN.hasPrefix("arn:aws:lambda:"))
    #expect(first.traceID?.hasPrefix("Root=") == true)
    #expect(first.deadlineMillisecondsSince1970 > before)
    try await client.postResponse(requestID: first.requestID, body: Array(#"{"stopped":["i-1"]}"#.utf8))

    let second = try await client.next()
    #expect(second.body == Array(#"{"n":2}"#.utf8))
    #expect(second.requestID != first.requestID)
    let report = LambdaErrorReport(errorType: "Remediation.Failed", errorMessage: "EC2 said \"no\"")
    try await client.postError(requestID: second.requestID, error: report)

    let (status, results) = try await standIn.results()
    #expect(status == RuntimeAPIStandIn.exitComplete, "\(standIn.log)")
    #expect(results.complete)
    #expect(results.protocolErrors.isEmpty)
    try #require(results.invocations.count == 2)
    #expect(results.invocations[0].requestId == first.requestID)
    #expect(results.invocations[0].outcome == "response")
    #expect(results.invocations[0].body == #"{"stopped":["i-1"]}"#)
    #expect(results.invocations[1].requestId == second.requestID)
    #expect(results.invocations[1].outcome == "error")
    #expect(results.invocations[1].errorTypeHeader == "Remediation.Failed")
    #expect(
      results.invocations[1].error
        == RuntimeAPIStandInErrorBody(errorType: "Remediation.Failed", errorMessage: "EC2 said \"no\""))
  }

  @Test("posts an initialisation error with its type header to a loopback Runtime API")
  func initError() async throws {
    let standIn = try await RuntimeAPIStandIn.launch(events: [])
    defer { standIn.terminate() }
    let client = try URLSessionLambdaRuntimeAPIClient(runtimeAPI: standIn.runtimeAPI)
    try await client.postInitError(
      LambdaErrorReport(errorType: "Configuration.Invalid", errorMessage: "SNS_TOPIC_ARN is not set"))

    let (status, results) = try await standIn.results()
    #expect(status == RuntimeAPIStandIn.exitInitError, "\(standIn.log)")
    let initError = try #require(results.initError)
    #expect(initError.errorTypeHeader == "Configuration.Invalid")
    #expect(
      initError.error
        == RuntimeAPIStandInErrorBody(
          errorType: "Configuration.Invalid", errorMessage: "SNS_TOPIC_ARN is not set"))
  }

  @Test("runs the whole loop against a loopback Runtime API: response, handler error, response")
  func runLoopEndToEnd() async throws {
    let standIn = try await RuntimeAPIStandIn.launch(events: ["ok-1", "fail", "ok-2"])
    defer { standIn.terminate() }
    let client = try URLSessionLambdaRuntimeAPIClient(runtimeAPI: standIn.runtimeAPI)
    let handler = LambdaClosureHandler { event, _ in
      if event == Array("fail".utf8) {
        throw CodedFailure(code: "Test.Failure", description: "asked to fail")
      }
      return Array(("done:" + String(decoding: event, as: UTF8.self)).utf8)
    }
    let options = LambdaRunOptions(maxInvocations: 3, logger: LambdaLogger(sink: CapturingLogSink()))
    let summary = try await LambdaRunLoop.run(client: client, handler: handler, options: options)
    #expect(summary == LambdaRunSummary(invocations: 3, failedInvocations: 1))

    let (status, results) = try await standIn.results()
    #expect(status == RuntimeAPIStandIn.exitComplete, "\(standIn.log)")
    #expect(results.invocations.map(\.outcome) == ["response", "error", "response"])
    #expect(
      results.invocations.map(\.body) == [
        "done:ok-1", #"{"errorType":"Test.Failure","errorMessage":"asked to fail"}"#, "done:ok-2",
      ])
  }

  @Test("keeps waiting for the next invocation beyond the session's request timeout")
  func longPollOutlastsRequestTimeout() async throws {
    let standIn = try await RuntimeAPIStandIn.launch(events: ["late"], nextDelaySeconds: 2)
    defer { standIn.terminate() }
    let configuration = URLSessionConfiguration.default
    configuration.timeoutIntervalForRequest = 1
    let client = try URLSessionLambdaRuntimeAPIClient(
      runtimeAPI: standIn.runtimeAPI, session: URLSession(configuration: configuration))
    let invocation = try await client.next()
    #expect(invocation.body == Array("late".utf8))
    try await client.postResponse(requestID: invocation.requestID, body: [])
    let (status, _) = try await standIn.results()
    #expect(status == RuntimeAPIStandIn.exitComplete, "\(standIn.log)")
  }

  @Test("percent-encodes the request ID so that it cannot reach another Runtime API path")
  func requestIDCannotChangePath() async throws {
    let standIn = try await RuntimeAPIStandIn.launch(events: ["e"])
    defer { standIn.terminate() }
    let client = try URLSessionLambdaRuntimeAPIClient(runtimeAPI: standIn.runtimeAPI)
    let invocation = try await client.next()
    let hostile = "../../init/error"
    do {
      try await client.postResponse(requestID: hostile, body: [])
      Issue.record("the stand-in accepted a response for an unknown request ID")
    } catch {
      guard case .unexpectedStatus(let path, 400, let body) = error else {
        Issue.record("expected HTTP 400, got \(error)")
        return
      }
      #expect(path == "/runtime/invocation/%2E%2E%2F%2E%2E%2Finit%2Ferror/response")
      #expect(body.contains("InvalidRequestID"))
    }
    try await client.postResponse(requestID: invocation.requestID, body: Array("fine".utf8))
    let (status, results) = try await standIn.results()
    #expect(status == RuntimeAPIStandIn.exitComplete, "\(standIn.log)")
    #expect(results.initError == nil)
    #expect(results.invocations.map(\.outcome) == ["response"])
    #expect(results.protocolErrors == ["response for unknown request id '../../init/error'"])
  }

  @Test("reports a refused connection as a transport error naming the path")
  func connectionRefused() async throws {
    let client = try URLSessionLambdaRuntimeAPIClient(runtimeAPI: "127.0.0.1:1")
    await #expect {
      try await client.postInitError(LambdaErrorReport(errorType: "T", errorMessage: "m"))
    } throws: { error in
      guard case .transport(let path, _) = error as? LambdaRuntimeAPIError else { return false }
      return path == "/runtime/init/error"
    }
  }
}
