/// Renders a report as the message a person reads in an e-mail: what happened and why, one line per
/// instance, the event ARN and description.
///
/// It renders after acting, from the report, so the message can only say what actually happened.
public struct NotificationRenderer: Hashable, Sendable {
  /// The product name at the start of the subject.
  public var subjectPrefix: String

  /// Creates a renderer.
  ///
  /// - Parameter subjectPrefix: the text the subject starts with.
  public init(subjectPrefix: String = "AWS abuse report") {
    self.subjectPrefix = subjectPrefix
  }

  /// The notification for a report: subject, message and filterable attributes.
  ///
  /// - Parameter report: the report.
  /// - Returns: the notification; its subject is valid for SNS by construction.
  public func notification(for report: RemediationReport) -> RemediationNotification {
    var attributes = [
      "eventTypeCode": report.event.eventTypeCode,
      "account": report.event.affectedAccount ?? report.event.account,
      "outcome": report.outcome.rawValue,
    ]
    if report.dryRun { attributes["dryRun"] = "true" }
    return RemediationNotification(
      subject: subject(for: report), message: message(for: report), attributes: attributes)
  }

  /// The subject line, for example `AWS abuse report AWS_ABUSE_DOS_REPORT (123456789012): stopped 1, skipped 1`.
  ///
  /// - Parameter report: the report.
  /// - Returns: the cleaned subject.
  public func subject(for report: RemediationReport) -> NotificationSubject {
    let dryRun = report.dryRun ? "[DRY RUN] " : ""
    let account = report.event.affectedAccount ?? report.event.account
    let what: String
    switch report.outcome {
    case .refused: what = "REFUSED, nothing stopped"
    case .partialFailure: what = "FAILURES: " + ReportSummary.tally(report.counts)
    default: what = ReportSummary.tally(report.counts)
    }
    return NotificationSubject(
      "\(dryRun)\(subjectPrefix) \(report.event.eventTypeCode) (\(account)): \(what)")
  }

  /// The plain-text message.
  ///
  /// - Parameter report: the report.
  /// - Returns: the message a person reads.
  public func message(for report: RemediationReport) -> String {
    let event = report.event
    var lines: [String] = []
    lines.append("HealthRemediation handled an AWS Health abuse event.")
    if report.dryRun {
      lines.append("DRY RUN: nothing was changed; the lines below say what would have been done.")
    }
    lines.append("")
    lines.append("Outcome:     \(report.summary)")
    lines.append(
      "Event type:  \(clean(event.eventTypeCode)) (\(clean(event.eventTypeCategory ?? "no category")))")
    lines.append("Event ARN:   \(clean(event.eventARN))")
    if let affected = event.affectedAccount, affected != event.account {
      lines.append("Account:     \(clean(affected)) (reported to \(clean(event.account)))")
    } else {
      lines.append("Account:     \(clean(event.account))")
    }
    if let page = event.page {
      lines.append("Page:        \(clean(page)) of \(clean(event.totalPages ?? "?"))")
    }
    lines.append("Handled at:  \(report.handledAt)")
    lines.append("")

    lines.append("Instances (\(report.instances.count)):")
    if report.instances.isEmpty { lines.append("  none found") }
    for instance in report.instances { lines.append("  " + line(for: instance)) }
    if !report.missing.isEmpty {
      lines.append("")
      lines.append("Missing: named in the event but not found (\(report.missing.count)):")
      for missing in report.missing {
        lines.append("  \(missing.id) in \(missing.scope.region), account \(missing.scope.accountID)")
      }
    }
    if !report.notActionable.isEmpty {
      lines.append("")
      lines.append(
        "Not actionable: named in the event but not EC2 instances (\(report.notActionable.count)):")
      for entity in report.notActionable {
        lines.append("  \"\(clean(entity.value, limit: 200))\" (\(entity.source)): \(clean(entity.reason))")
      }
    }
    if !report.warnings.isEmpty {
      lines.append("")
      lines.append("Warnings:")
      for warning in report.warnings { lines.append("  \(clean(warning))") }
    }
    if let description = event.eventDescription {
      lines.append("")
      lines.append("Description from AWS:")
      lines.append(PlainText.clean(description, multiline: true, limit: 20_000))
    }
    lines.append("")
    lines.append("This message was sent after acting and reports what actually happened.")
    return lines.joined(separator: "\n")
  }

  private func line(for instance: InstanceReport) -> String {
    let label: String
    switch instance.action {
    case .stopped: label = "STOPPED"
    case .wouldStop: label = "WOULD STOP"
    case .alreadyStopped: label = "NO ACTION"
    case .skipped: label = "SKIPPED"
    case .refused: label = "REFUSED"
    case .failed: label = "FAILED"
    }
    var text =
      "\(label.padding(toLength: 10, withPad: " ", startingAt: 0)) \(instance.id) (\(instance.scope.region), account \(instance.scope.accountID))"
    switch (instance.previousState, instance.newState) {
    case (let previous?, let new?): text += " \(previous) -> \(new)"
    case (let previous?, nil): text += " \(previous)"
    default: break
    }
    text += ": \(clean(instance.reason))"
    if let failure = instance.failure { text += " [\(clean(failure.description))]" }
    if let failure = instance.auditTagFailure {
      text += " [audit tags not written: \(clean(failure.description))]"
    }
    return text
  }

  private func clean(_ text: String, limit: Int = 1_000) -> String { PlainText.clean(text, limit: limit) }
}
