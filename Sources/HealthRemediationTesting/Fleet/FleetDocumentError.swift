/// Why a fleet file could not be loaded: the file and the JSON path of the problem.
public struct FleetDocumentError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file that was read.
  public let file: String
  /// The JSON path of the problem, `$` for the whole document.
  public let path: String
  /// What is wrong.
  public let problem: String

  /// Creates the error.
  ///
  /// - Parameters:
  ///   - file: the file that was read.
  ///   - path: the JSON path of the problem.
  ///   - problem: what is wrong.
  public init(file: String, path: String, problem: String) {
    self.file = file
    self.path = path
    self.problem = problem
  }

  /// `file: path: problem`.
  public var description: String { "\(file): \(path): \(problem)" }
}
