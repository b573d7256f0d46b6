import Foundation
import HealthRemediation

/// `health-remediate validate EVENT_FILE`: decode an event and show what would be targeted, with no AWS call.
enum ValidateCommand {
  static let help = """
    USAGE
      health-remediate validate EVENT_FILE [--region REGION] [--output text|json]

    Decodes the event and shows the instances it names, grouped by account and region, and everything
    it names that cannot be acted on. Makes no AWS call. Use - to read the event from standard input.

    OPTIONS
      --region REGION       region for bare instance IDs when the event's region is global
      --output text|json    text for people (default) or JSON for programs

    """

  static func main(_ words: [String], io: CommandIO) throws -> CommandExitCode {
    let parsed = try ArgumentParser(
      valueOptions: ["region", "output"], flags: ["help"], maximumPositionals: 1
    )
    .parse(words)
    if parsed.flags.contains("help") {
      io.writeOutput(help)
      return .success
    }
    guard let path = parsed.positionals.first else {
      throw UsageError("validate needs an EVENT_FILE (or - for standard input)")
    }
    let json = try OutputFormat.parse(parsed.values["output"]) == .json
    let region = try HostSettings.region(parsed.values["region"], setting: "--region")
    let event = try HealthEventDecoder().decode(
      try HealthRemediateCommand.readInput(path, io: io, what: "event"))
    let targets = TargetExtractor(defaultRegion: region).targets(of: event)
    let mismatch = EventMatcher.abuseEvents.mismatch(event)
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let body = ValidationResult(event: EventIdentity(event), ignoredBecause: mismatch, targets: targets)
      io.writeOutput(String(decoding: try encoder.encode(body), as: UTF8.self) + "\n")
      return .success
    }
    var lines = [
      "Event \(event.detail.eventTypeCode) (\(event.source), service \(event.detail.service)) decodes.",
      mismatch.map { "It would be ignored: \($0)." }
        ?? "It is an AWS Health abuse event: it would be acted on.",
      "",
      "Instances (\(targets.targets.count)):",
    ]
    for group in targets.byScope {
      lines.append("  \(group.scope): \(group.ids.map(\.rawValue).joined(separator: ", "))")
    }
    if targets.notActionable.isEmpty {
      lines.append("Everything the event names is an EC2 instance.")
    } else {
      lines.append("Not actionable (\(targets.notActionable.count)):")
      for entity in targets.notActionable {
        lines.append("  \"\(entity.value.prefix(120))\" (\(entity.source)): \(entity.reason)")
      }
    }
    io.writeOutput(lines.joined(separator: "\n") + "\n")
    return .success
  }

  private struct ValidationResult: Encodable {
    let event: EventIdentity
    let ignoredBecause: String?
    let targets: TargetSet
  }
}
