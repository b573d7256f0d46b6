import Foundation

/// Locates the official SigV4 test suite, which lives beside the repository and is read in place.
enum SigV4TestSuite {
  /// `<repository root>/../shared/vectors/sigv4`, computed from this file's path.
  static let directory: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // AWSSigV4Tests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // repository root
    .appendingPathComponent("../shared/vectors/sigv4")
    .standardizedFileURL

  /// The name standing in for the cases when the suite is missing, so the parameterized test fails on it
  /// instead of running zero cases.
  static let missingSuiteMarker = "<the SigV4 test suite is missing>"

  /// The names of the case folders (those holding a `request.txt`), sorted; the missing-suite marker
  /// when the folder cannot be read.
  static let caseNames: [String] = {
    let fileManager = FileManager.default
    guard let entries = try? fileManager.contentsOfDirectory(atPath: directory.path) else {
      return [missingSuiteMarker]
    }
    let names = entries.filter {
      fileManager.fileExists(
        atPath: directory.appendingPathComponent($0).appendingPathComponent("request.txt").path)
    }
    return names.isEmpty ? [missingSuiteMarker] : names.sorted()
  }()
}
