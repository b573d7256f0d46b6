/// Where a JSON document is wrong and how, in words a person reads: `detail.resources[0]: expected a string`.
///
/// Shared by every JSON input of the library (events, fleets, configuration) so that errors read alike.
public struct JSONProblem: Hashable, Sendable, CustomStringConvertible {
  /// The JSON path of the offending value; `$` for the document itself.
  public let path: String
  /// What is wrong there.
  public let problem: String

  /// Describes any error thrown while decoding JSON.
  ///
  /// - Parameter error: a `DecodingError`, or any other error (reported at `$`).
  public init(decoding error: any Error) {
    if let error = error as? DecodingError {
      (path, problem) = JSONPath.describe(error)
    } else {
      path = "$"
      problem = "not valid JSON (\(error))"
    }
  }

  /// `path: problem`.
  public var description: String { "\(path): \(problem)" }
}
