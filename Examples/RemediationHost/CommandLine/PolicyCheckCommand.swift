import Foundation
import HealthRemediation

/// `health-remediate policy check POLICY_FILE`: parse a policy document and explain it.
enum PolicyCheckCommand {
  static let help = """
    USAGE
      health-remediate policy check POLICY_FILE

    Parses the policy document (see Documentation/Policies.md) and explains in words when it acts.
    A document with an error is rejected with the JSON path of the problem and exit code 2.

    """

  static func main(_ words: [String], io: CommandIO) throws -> CommandExitCode {
    guard words.first == "check" else {
      if words.first == "--help" {
        io.writeOutput(help)
        return .success
      }
      throw UsageError("expected 'policy check POLICY_FILE'")
    }
    let parsed = try ArgumentParser(valueOptions: [], flags: ["help"], maximumPositionals: 1).parse(
      Array(words.dropFirst()))
    if parsed.flags.contains("help") {
      io.writeOutput(help)
      return .success
    }
    guard let path = parsed.positionals.first else { throw UsageError("policy check needs a POLICY_FILE") }
    let data = try HealthRemediateCommand.readInput(path, io: io, what: "policy file")
    do {
      let document = try PolicyDocument(json: data)
      io.writeOutput("\(path): a valid policy.\n\n\(document.explain())\n")
      return .success
    } catch {
      throw ConfigurationError(setting: path, problem: "invalid policy document: \(error)")
    }
  }
}
