import HealthRemediation

/// The CLI's text output: the message people get, and what happened to the notification.
enum ReportText {
  static func render(_ report: RemediationReport, simulatedNotification: RemediationNotification?) -> String {
    let renderer = NotificationRenderer()
    var text = renderer.message(for: report) + "\n\n"
    if let simulatedNotification {
      text += "Notification (simulated, not published): \(simulatedNotification.subject)\n"
    } else {
      switch report.notification.status {
      case .sent:
        text +=
          "Notification sent: \(report.notification.subject ?? "") (message id \(report.notification.messageID ?? "?"))\n"
      case .failed:
        text += "Notification FAILED: \(report.notification.failure?.description ?? "unknown error")\n"
      case .notSent:
        text += "Notification not sent: \(report.notification.reason ?? "")\n"
      }
    }
    return text
  }
}
