import HealthRemediation
import Testing

/// A bad policy document and the error it must produce.
struct PolicyDocumentErrorCase: Sendable, CustomTestStringConvertible {
  /// What is wrong, as the test's name shows it.
  let name: String
  /// The document's bytes.
  let input: [UInt8]
  /// The path the error must name.
  let path: String
  /// The problem the error must name.
  let problem: PolicyDocumentProblem

  init(_ name: String, _ json: String, path: String, _ problem: PolicyDocumentProblem) {
    self.init(name, bytes: Array(json.utf8), path: path, problem)
  }

  init(_ name: String, bytes: [UInt8], path: String, _ problem: PolicyDocumentProblem) {
    self.name = name
    self.input = bytes
    self.path = path
    self.problem = problem
  }

  var testDescription: String { name }
}
