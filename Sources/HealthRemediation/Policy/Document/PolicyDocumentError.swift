/// Why a policy document was rejected, and where in it.
///
/// The description reads `actWhen.all[2]: unknown rule key "tagg"; expected one of ...`; problems with
/// the document as a whole (empty input, not JSON) say `document:` instead of a path.
public struct PolicyDocumentError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Where the problem is, like `actWhen.all[2].tag`; empty for the document as a whole.
  public let path: String
  /// What the problem is.
  public let problem: PolicyDocumentProblem

  /// Creates the error.
  ///
  /// - Parameters:
  ///   - path: where the problem is, like `actWhen.all[2].tag`; empty for the document as a whole.
  ///   - problem: what the problem is.
  public init(path: String, problem: PolicyDocumentProblem) {
    self.path = path
    self.problem = problem
  }

  /// Creates the error at a parsed path.
  init(at path: PolicyDocumentPath, _ problem: PolicyDocumentProblem) {
    self.init(path: path.text, problem: problem)
  }

  /// The path (or `document`) and the problem.
  public var description: String { "\(path.isEmpty ? "document" : path): \(problem)" }
}
