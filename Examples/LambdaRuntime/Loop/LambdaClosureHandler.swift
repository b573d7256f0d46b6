/// A ``LambdaHandler`` made from a closure, for handlers that need no state of their own.
public struct LambdaClosureHandler: LambdaHandler {
  private let body: @Sendable ([UInt8], LambdaContext) async throws -> [UInt8]

  /// Creates a handler that calls `body` for every invocation.
  ///
  /// - Parameter body: answers one invocation; see ``LambdaHandler/handle(_:context:)``.
  public init(_ body: @escaping @Sendable ([UInt8], LambdaContext) async throws -> [UInt8]) {
    self.body = body
  }

  /// Calls the closure.
  ///
  /// - Parameters:
  ///   - event: the event.
  ///   - context: the invocation's context.
  /// - Returns: what the closure returns.
  /// - Throws: what the closure throws.
  public func handle(_ event: [UInt8], context: LambdaContext) async throws -> [UInt8] {
    try await body(event, context)
  }
}
