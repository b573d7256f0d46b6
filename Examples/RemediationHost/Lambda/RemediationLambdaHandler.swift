import Foundation
import HealthRemediation
import LambdaRuntime

/// The Lambda function: an EventBridge event in, the JSON report out, one log line and one metric line
/// per invocation.
///
/// A bad event is answered with an error (nothing changed). A run that could do nothing, or whose
/// notification failed, is answered with an error too, so that Lambda's retries and the dead-letter queue
/// see it; the engine released the event's idempotency key in those cases, so a retry can act and notify.
/// A partial failure returns the report: its key is settled, and the report says what failed.
public struct RemediationLambdaHandler: LambdaHandler {
  /// The engine every invocation uses.
  public let engine: RemediationEngine
  /// Where the metric line goes (standard output, which CloudWatch Logs reads).
  public let metricSink: any LogSink
  /// The namespace of the metrics.
  public static let metricNamespace = "HealthRemediation"

  /// Creates the handler.
  ///
  /// - Parameters:
  ///   - engine: the engine.
  ///   - metricSink: where the metric line goes.
  public init(engine: RemediationEngine, metricSink: any LogSink = StandardOutputLogSink.shared) {
    self.engine = engine
    self.metricSink = metricSink
  }

  /// Remediates one event.
  ///
  /// - Parameters:
  ///   - event: the EventBridge event's JSON.
  ///   - context: the invocation's request ID, deadline and logger.
  /// - Returns: the JSON report.
  /// - Throws: ``EventDecodingError`` for a bad event; ``RemediationIncompleteError`` when a retry should act.
  public func handle(_ event: [UInt8], context: LambdaContext) async throws -> [UInt8] {
    let report: RemediationReport
    do {
      report = try await engine.remediate(eventJSON: Data(event))
    } catch {
      context.logger.error("invalid event; nothing was changed", fields: ["error": error.description])
      throw error
    }
    context.logger.info(
      report.summary,
      fields: [
        "outcome": report.outcome.rawValue, "eventArn": report.event.eventARN,
        "eventTypeCode": report.event.eventTypeCode, "dryRun": String(report.dryRun),
        "notification": report.notification.status.rawValue,
      ])
    emitMetrics(report, context: context)
    if report.outcome == .failed || report.notification.status == .failed {
      throw RemediationIncompleteError(summary: report.summary)
    }
    return Array(try RemediationReportEncoder(prettyPrinted: false).encode(report))
  }

  private func emitMetrics(_ report: RemediationReport, context: LambdaContext) {
    let counts = report.counts
    let line = EmbeddedMetricLine(
      namespace: Self.metricNamespace,
      metrics: [
        .count("InstancesStopped", counts.stopped + counts.wouldStop),
        .count("InstancesSkipped", counts.skipped + counts.alreadyStopped),
        .count("InstancesFailed", counts.failed + counts.refused),
        .count("InstancesMissing", counts.missing),
      ],
      properties: [
        "requestId": context.requestID, "eventTypeCode": report.event.eventTypeCode,
        "outcome": report.outcome.rawValue,
      ],
      timestampMillisecondsSince1970: Int64(Date().timeIntervalSince1970 * 1000))
    do {
      metricSink.write(line: try line.rendered())
    } catch {
      context.logger.warning("the metric line could not be rendered", fields: ["error": error.description])
    }
  }
}
