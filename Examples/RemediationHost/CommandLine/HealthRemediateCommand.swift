import Foundation
import HealthRemediation

/// The `health-remediate` command line: `run`, `validate` and `policy check`.
public enum HealthRemediateCommand {
  /// The top-level help text.
  public static let help = """
    health-remediate: remediate AWS Health abuse events on EC2.

    USAGE
      health-remediate run [EVENT_FILE | -] [options]     act on an event (see run --help)
      health-remediate validate EVENT_FILE                decode, show what would be targeted; no AWS call
      health-remediate policy check POLICY_FILE           parse a policy document and explain it

    EXIT CODES
      0  done: everything the policy selected is stopped, or nothing was to be done
      1  partial failure: the report says what failed
      2  bad input or usage: nothing changed

    """

  /// Runs the command line.
  ///
  /// - Parameters:
  ///   - arguments: the words after the program name.
  ///   - environment: the process environment.
  ///   - io: where to read and write.
  /// - Returns: the exit status.
  public static func main(arguments: [String], environment: [String: String], io: CommandIO) async
    -> CommandExitCode
  {
    guard let command = arguments.first else {
      io.writeError(help)
      return .usage
    }
    let rest = Array(arguments.dropFirst())
    do {
      switch command {
      case "run":
        return try await RunCommand.main(rest, environment: environment, io: io)
      case "validate":
        return try ValidateCommand.main(rest, io: io)
      case "policy":
        return try PolicyCheckCommand.main(rest, io: io)
      case "--help", "-h", "help":
        io.writeOutput(help)
        return .success
      default:
        throw UsageError("unknown command '\(command.prefix(40))'; expected run, validate or policy check")
      }
    } catch let error as UsageError {
      io.writeError("health-remediate: \(error.message) (see --help)\n")
    } catch let error as ConfigurationError {
      io.writeError("health-remediate: \(error)\n")
    } catch let error as EventDecodingError {
      io.writeError("health-remediate: invalid event: \(error)\n")
    } catch {
      io.writeError("health-remediate: \(String(describing: error))\n")
    }
    return .usage
  }

  /// Reads an event from a file, or from standard input for `-`.
  static func readInput(_ path: String, io: CommandIO, what: String) throws(UsageError) -> Data {
    if path == "-" { return io.readStandardInput() }
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw UsageError("cannot read the \(what) '\(path)': \(error.localizedDescription)")
    }
  }
}
