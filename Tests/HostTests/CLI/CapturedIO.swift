import Foundation
import RemediationHost
import Synchronization

/// Standard input, output and error kept in memory, so commands run in process.
final class CapturedIO: Sendable {
  private let output = Mutex("")
  private let errors = Mutex("")
  private let input: Data

  init(input: String = "") { self.input = Data(input.utf8) }

  var io: CommandIO {
    CommandIO(
      readStandardInput: { [input] in input },
      writeOutput: { text in self.output.withLock { $0 += text } },
      writeError: { text in self.errors.withLock { $0 += text } })
  }

  var standardOutput: String { output.withLock { $0 } }
  var standardError: String { errors.withLock { $0 } }
}
