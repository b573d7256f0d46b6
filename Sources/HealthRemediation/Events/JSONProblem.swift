import Foundation

/// Where a JSON document is wrong and how, in words a person reads: `detail.resources[0]: expected a string`.
///
/// Shared by every JSON input of the library (events, fleets, configuration) so that errors read alike.
public struct JSONProblem: Hashable, Sendable, CustomStringConvertible {
  /// The JSON path of the offending value; `$` for the document itself.
  public private(set) var path: String
  /// What is wrong there.
  public private(set) var problem: String

  /// Describes any error thrown while decoding JSON.
  ///
  /// - Parameters:
  ///   - error: a `DecodingError`, or any other error (reported at `$`).
  ///   - input: the JSON text, used to say where the syntax breaks when it is not JSON at all.
  public init(decoding error: any Error, input: Data? = nil) {
    if let error = error as? DecodingError {
      (path, problem) = JSONPath.describe(error)
    } else {
      path = "$"
      problem = "not valid JSON (\(error))"
    }
    if path == "$", problem.hasPrefix("not valid JSON"), let input, let detail = Self.syntaxError(in: input) {
      problem = "not valid JSON: \(detail)"
    }
  }

  /// JSONDecoder says only that the data is not JSON; JSONSerialization says where.
  private static func syntaxError(in input: Data) -> String? {
    do {
      _ = try JSONSerialization.jsonObject(with: input, options: [.fragmentsAllowed])
      return nil
    } catch {
      return (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
    }
  }

  /// `path: problem`.
  public var description: String { "\(path): \(problem)" }
}
