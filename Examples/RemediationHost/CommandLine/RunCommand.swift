import Foundation
import HealthRemediation
import HealthRemediationTesting

/// `health-remediate run`: act on an event, against AWS or against a simulated fleet.
enum RunCommand {
  static let help = """
    USAGE
      health-remediate run [EVENT_FILE | -] [options]

    Finds the instances the event names, decides with the policy, stops what it selects, notifies the
    SNS topic, and prints the report. Use - to read the event from standard input.

    OPTIONS
      --topic-arn ARN         SNS topic to notify (default: $SNS_TOPIC_ARN; none: no notification)
      --dry-run               describe and evaluate everything, change nothing
      --policy FILE           policy document (default: act unless tag Stage is Prod)
      --max-instances N       blast-radius limit per event (default 50; 'none' for no limit)
      --role-name NAME        role to assume in accounts other than the caller's
      --region REGION         region for AWS calls and for bare instance IDs in global events
      --audit-tags            tag stopped instances with the event ARN and the time
      --force                 force the stop (no orderly shutdown)
      --hibernate             hibernate instead of stopping, where supported
      --output text|json      text for people (default) or the JSON report for programs
      --simulate FLEET_FILE   act on an in-memory fleet loaded from FLEET_FILE instead of AWS

    Credentials, region and endpoints come from the standard AWS environment (AWS_ACCESS_KEY_ID,
    AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL...).

    EXIT CODES
      0 done; 1 partial failure (the report says what failed); 2 bad input or usage, nothing changed

    """

  static func main(_ words: [String], environment: [String: String], io: CommandIO) async throws
    -> CommandExitCode
  {
    let parser = ArgumentParser(
      valueOptions: ["topic-arn", "policy", "max-instances", "role-name", "region", "output", "simulate"],
      flags: ["dry-run", "audit-tags", "force", "hibernate", "help"], maximumPositionals: 1)
    let parsed = try parser.parse(words)
    if parsed.flags.contains("help") {
      io.writeOutput(help)
      return .success
    }
    guard let eventPath = parsed.positionals.first else {
      throw UsageError("run needs an EVENT_FILE (or - for standard input)")
    }
    let format = try OutputFormat.parse(parsed.values["output"])
    let settings = try settings(from: parsed, environment: environment)
    let event = try HealthEventDecoder().decode(
      try HealthRemediateCommand.readInput(eventPath, io: io, what: "event"))

    let report: RemediationReport
    var simulatedNotification: RemediationNotification?
    if let fleetPath = parsed.values["simulate"] {
      let fleet: InMemoryFleet
      do {
        fleet = try InMemoryFleet(contentsOf: URL(fileURLWithPath: fleetPath))
      } catch {
        throw ConfigurationError(setting: "--simulate", problem: error.description)
      }
      let notifier = RecordingNotifier()
      let engine = RemediationEngine(
        compute: fleet, notifier: notifier, policy: settings.policy, idempotencyStore: nil,
        configuration: settings.configuration)
      report = await engine.remediate(event)
      simulatedNotification = notifier.published.first
    } else {
      let services = try await AWSWiring.services(settings: settings, environment: environment)
      let engine = RemediationEngine(
        compute: services.compute, notifier: services.notifier, policy: settings.policy,
        idempotencyStore: nil,
        configuration: settings.configuration)
      report = await engine.remediate(event)
    }

    switch format {
    case .json:
      io.writeOutput(String(decoding: try RemediationReportEncoder().encode(report), as: UTF8.self) + "\n")
    case .text:
      io.writeOutput(ReportText.render(report, simulatedNotification: simulatedNotification))
    }
    return CommandExitCode(report.outcome)
  }

  static func settings(from parsed: ParsedArguments, environment: [String: String]) throws -> HostSettings {
    var settings = HostSettings()
    settings.topicARN = try HostSettings.topicARN(
      parsed.values["topic-arn"] ?? environment["SNS_TOPIC_ARN"],
      setting: parsed.values["topic-arn"] == nil ? "SNS_TOPIC_ARN" : "--topic-arn")
    settings.dryRun = parsed.flags.contains("dry-run")
    settings.auditTags = parsed.flags.contains("audit-tags")
    settings.force = parsed.flags.contains("force")
    settings.hibernate = parsed.flags.contains("hibernate")
    if let text = parsed.values["max-instances"] {
      settings.maximumInstances = try HostSettings.maximumInstances(text, setting: "--max-instances")
    }
    settings.roleName = try HostSettings.roleName(parsed.values["role-name"], setting: "--role-name")
    settings.region = try HostSettings.region(parsed.values["region"], setting: "--region")
    if let path = parsed.values["policy"] {
      settings.policy = try HostSettings.policy(
        from: path.hasPrefix("{") ? "./\(path)" : path, setting: "--policy")
    }
    return settings
  }
}
