/// The one-sentence explanation of a report, shared by the report, the subject and the message.
enum ReportSummary {
  /// `Remediated: stopped 1, skipped 1.` and the like.
  static func sentence(for report: RemediationReport) -> String {
    let counts = report.counts
    let prefix: String
    switch report.outcome {
    case .remediated: prefix = "Remediated"
    case .dryRun: prefix = "Dry run, nothing was changed"
    case .nothingToDo: prefix = "Nothing to stop"
    case .partialFailure: prefix = "Partial failure"
    case .refused:
      return
        "Refused: \(report.blastRadius.selected) instances selected, more than the blast-radius limit of "
        + "\(report.blastRadius.limit ?? 0) per event; nothing was stopped (\(tally(counts)))."
    case .failed: prefix = "Failed"
    case .ignored: prefix = "Ignored"
    case .duplicate: prefix = "Duplicate"
    case .inProgress: prefix = "In progress elsewhere"
    }
    var sentence = "\(prefix): \(tally(counts))."
    if report.notification.status == .failed { sentence += " The notification could not be sent." }
    return sentence
  }

  /// `stopped 1, skipped 1, missing 1`: only the non-zero counts, or `no instances found`.
  static func tally(_ counts: ReportCounts) -> String {
    let parts: [(String, Int)] = [
      ("stopped", counts.stopped), ("would stop", counts.wouldStop),
      ("already stopped", counts.alreadyStopped),
      ("skipped", counts.skipped), ("refused", counts.refused), ("failed", counts.failed),
      ("missing", counts.missing), ("not actionable", counts.notActionable),
    ]
    let shown = parts.filter { $0.1 > 0 }.map { "\($0.0) \($0.1)" }
    return shown.isEmpty ? "no instances named" : shown.joined(separator: ", ")
  }
}
