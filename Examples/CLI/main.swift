import Foundation
import RemediationHost

let status = await HealthRemediateCommand.main(
  arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment,
  io: .standard)
exit(status.rawValue)
