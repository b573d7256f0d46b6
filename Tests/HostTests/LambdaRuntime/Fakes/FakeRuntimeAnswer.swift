import LambdaRuntime

/// What the run loop posted to the fake Runtime API for one invocation.
enum FakeRuntimeAnswer: Hashable, Sendable {
  case response(requestID: String, body: [UInt8])
  case error(requestID: String, report: LambdaErrorReport)
}
