import LambdaRuntime

/// A scripted Runtime API: hands out the scripted invocations (or failures) in order and records answers.
actor FakeLambdaRuntimeAPIClient: LambdaRuntimeAPIClient {
  private var script: [Result<LambdaInvocation, LambdaRuntimeAPIError>]
  private let responseFailures: [String: LambdaRuntimeAPIError]
  private(set) var answers: [FakeRuntimeAnswer] = []
  private(set) var initErrors: [LambdaErrorReport] = []
  private(set) var nextCalls = 0

  init(
    script: [Result<LambdaInvocation, LambdaRuntimeAPIError>],
    responseFailures: [String: LambdaRuntimeAPIError] = [:]
  ) {
    self.script = script
    self.responseFailures = responseFailures
  }

  func next() async throws(LambdaRuntimeAPIError) -> LambdaInvocation {
    nextCalls += 1
    guard !script.isEmpty else {
      throw .transport(path: "/runtime/invocation/next", message: "the fake's script is exhausted")
    }
    return try script.removeFirst().get()
  }

  func postResponse(requestID: String, body: [UInt8]) async throws(LambdaRuntimeAPIError) {
    if let failure = responseFailures[requestID] { throw failure }
    answers.append(.response(requestID: requestID, body: body))
  }

  func postError(requestID: String, error: LambdaErrorReport) async throws(LambdaRuntimeAPIError) {
    answers.append(.error(requestID: requestID, report: error))
  }

  func postInitError(_ error: LambdaErrorReport) async throws(LambdaRuntimeAPIError) {
    initErrors.append(error)
  }
}
