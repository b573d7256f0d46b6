import Foundation
import HealthRemediationAWS
import Synchronization

/// Files held in memory, by path.
struct InMemoryFileReader: FileReader {
  var files: [String: String]

  func contentsOfFile(atPath path: String) throws -> String? { files[path] }
}
