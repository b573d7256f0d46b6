import Foundation

/// The custom-runtime loop: fetch an invocation, run the handler, post its response or its error, repeat.
///
/// The loop is generic over ``LambdaRuntimeAPIClient`` so that tests drive it with a fake. It answers every
/// invocation it receives: a handler error becomes the invocation's error report and the loop goes on to the
/// next invocation. It stops only at ``LambdaRunOptions/maxInvocations``, on cancellation, or when the
/// Runtime API itself fails, in which case Lambda restarts the process.
public enum LambdaRunLoop {
  /// The error type reported when the Runtime API sent an invocation the loop cannot read.
  public static let invalidInvocationErrorType = "Runtime.InvalidInvocation"
  /// The error type reported when the Runtime API refused the handler's response (too large, for example).
  public static let responseRejectedErrorType = "Runtime.ResponseRejected"

  /// The entry point for a `bootstrap` executable: builds the handler and serves invocations until the
  /// Runtime API goes away.
  ///
  /// It reads `AWS_LAMBDA_RUNTIME_API` and `AWS_LAMBDA_LOG_LEVEL`, logs JSON lines to standard output, and
  /// reports a failure to build the handler as an initialisation error. Use it as
  /// `exit(await LambdaRunLoop.main { context in try MyHandler(environment: context.environment) })`.
  /// - Parameters:
  ///   - environment: the process environment.
  ///   - makeHandler: builds the handler once, before the first invocation.
  /// - Returns: the process exit status: 1 when the runtime could not start or stopped on an error.
  public static func main<Handler: LambdaHandler>(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    makeHandler: (LambdaInitializationContext) async throws -> Handler
  ) async -> Int32 {
    let level = environment["AWS_LAMBDA_LOG_LEVEL"].flatMap(LogLevel.init(environmentValue:)) ?? .info
    let logger = LambdaLogger(minimumLevel: level)
    let client: URLSessionLambdaRuntimeAPIClient
    do {
      client = try URLSessionLambdaRuntimeAPIClient(environment: environment)
    } catch {
      logger.error("the runtime cannot start", fields: ["error": error.description])
      return 1
    }
    do {
      _ = try await run(
        client: client, options: LambdaRunOptions(logger: logger), environment: environment,
        makeHandler: makeHandler)
      return 0
    } catch {
      logger.error("the runtime stopped", fields: ["error": String(describing: error)])
      return 1
    }
  }

  /// Builds the handler, reporting a failure as an initialisation error, then serves invocations.
  ///
  /// - Parameters:
  ///   - client: the Runtime API.
  ///   - options: the invocation limit, clock and logger.
  ///   - environment: the environment handed to `makeHandler`.
  ///   - makeHandler: builds the handler once, before the first invocation.
  /// - Returns: what the loop did, once it reached ``LambdaRunOptions/maxInvocations``.
  /// - Throws: the error of `makeHandler` (after posting it to `/runtime/init/error`), or what
  ///   ``run(client:handler:options:)`` throws.
  public static func run<Client: LambdaRuntimeAPIClient, Handler: LambdaHandler>(
    client: Client,
    options: LambdaRunOptions = LambdaRunOptions(),
    environment: [String: String] = ProcessInfo.processInfo.environment,
    makeHandler: (LambdaInitializationContext) async throws -> Handler
  ) async throws -> LambdaRunSummary {
    let context = LambdaInitializationContext(
      environment: environment, logger: options.logger, clock: options.clock)
    let handler: Handler
    do {
      handler = try await makeHandler(context)
    } catch {
      let report = LambdaErrorReport(describing: error)
      options.logger.error(
        "initialization failed",
        fields: ["errorType": report.errorType, "errorMessage": report.errorMessage])
      do {
        try await client.postInitError(report)
      } catch let postError {
        options.logger.error(
          "the initialization failure could not be reported", fields: ["error": postError.description])
      }
      throw error
    }
    return try await run(client: client, handler: handler, options: options)
  }

  /// Serves invocations with a handler that is ready.
  ///
  /// - Parameters:
  ///   - client: the Runtime API.
  ///   - handler: answers each invocation.
  ///   - options: the invocation limit, clock and logger.
  /// - Returns: what the loop did, once it reached ``LambdaRunOptions/maxInvocations``.
  /// - Throws: `CancellationError` when the task is cancelled between invocations, and
  ///   ``LambdaRuntimeAPIError`` when the Runtime API fails (Lambda then restarts the process).
  public static func run<Client: LambdaRuntimeAPIClient, Handler: LambdaHandler>(
    client: Client,
    handler: Handler,
    options: LambdaRunOptions = LambdaRunOptions()
  ) async throws -> LambdaRunSummary {
    var summary = LambdaRunSummary()
    while options.maxInvocations.map({ summary.invocations < $0 }) ?? true {
      try Task.checkCancellation()
      let succeeded: Bool
      do {
        let invocation = try await client.next()
        succeeded = try await serve(invocation, client: client, handler: handler, options: options)
      } catch {
        guard case .invalidInvocation(_, let requestID?, _, _) = error else {
          if case .cancelled = error {
            options.logger.info("the runtime was cancelled")
          } else {
            options.logger.error("the Lambda Runtime API failed", fields: ["error": error.description])
          }
          throw error
        }
        let report = LambdaErrorReport(errorType: invalidInvocationErrorType, errorMessage: error.description)
        options.logger.with(requestID: requestID).error(
          "the invocation cannot be read", fields: ["error": error.description])
        try await client.postError(requestID: requestID, error: report)
        succeeded = false
      }
      summary.invocations += 1
      if !succeeded { summary.failedInvocations += 1 }
    }
    return summary
  }

  /// Runs the handler for one invocation and posts its outcome; returns whether the invocation succeeded.
  private static func serve<Client: LambdaRuntimeAPIClient, Handler: LambdaHandler>(
    _ invocation: LambdaInvocation, client: Client, handler: Handler, options: LambdaRunOptions
  ) async throws(LambdaRuntimeAPIError) -> Bool {
    let context = LambdaContext(invocation: invocation, logger: options.logger, clock: options.clock)
    context.logger.debug("invocation started", fields: ["invokedFunctionArn": invocation.invokedFunctionARN])
    let output: [UInt8]
    do {
      output = try await handler.handle(invocation.body, context: context)
    } catch {
      let report = LambdaErrorReport(describing: error)
      context.logger.error(
        "invocation failed", fields: ["errorType": report.errorType, "errorMessage": report.errorMessage])
      try await client.postError(requestID: invocation.requestID, error: report)
      return false
    }
    do {
      try await client.postResponse(requestID: invocation.requestID, body: output)
      return true
    } catch {
      guard case .unexpectedStatus(_, let statusCode, _) = error, (400...499).contains(statusCode) else {
        throw error
      }
      // The Runtime API refused the response (413 when it is too large) and still waits for an answer:
      // an error report tells the invoker why instead of leaving the invocation to time out.
      context.logger.error("the response was refused", fields: ["error": error.description])
      let report = LambdaErrorReport(errorType: responseRejectedErrorType, errorMessage: error.description)
      try await client.postError(requestID: invocation.requestID, error: report)
      return false
    }
  }
}
