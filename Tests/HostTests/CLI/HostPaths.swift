import Foundation

/// Paths the host tests use: the repository's example files and the built executables.
enum HostPaths {
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func example(_ relative: String) -> String { repositoryRoot.appendingPathComponent(relative).path }

  static var exampleEvent: String { example("Examples/Events/abuse-dos-report.json") }
  static var exampleFleet: String { example("Examples/fleet.json") }

  /// The directory of the built products: the test bundle lives beside the executables.
  static var productsDirectory: URL {
    let bundle = Bundle.main.bundleURL
    return bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
  }

  /// Writes `text` to a fresh temporary file and returns its path.
  static func temporaryFile(_ text: String, suffix: String = ".json") throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "host-\(UUID().uuidString)\(suffix)")
    try Data(text.utf8).write(to: url)
    return url.path
  }
}
