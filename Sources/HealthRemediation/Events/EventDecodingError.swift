/// Why an event could not be decoded: the JSON path and the problem, for example
/// `detail.affectedEntities[1].entityValue: expected a string`.
public struct EventDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The JSON path of the offending value (`detail.resources[0]`); `$` for the document itself.
  public let path: String
  /// What is wrong there, in words a person reads.
  public let problem: String

  /// Creates the error.
  ///
  /// - Parameters:
  ///   - path: the JSON path of the offending value.
  ///   - problem: what is wrong there.
  public init(path: String, problem: String) {
    self.path = path
    self.problem = problem
  }

  /// `path: problem`.
  public var description: String { "\(path): \(problem)" }
}

extension EventDecodingError: OperationFailureConvertible {
  /// The error as the report records it, with code `InvalidEvent`.
  public var operationFailure: OperationFailure {
    OperationFailure(code: "InvalidEvent", message: description)
  }
}
