import Foundation

/// Encodes reports as JSON for programs: stable key order so that reports diff cleanly.
public struct RemediationReportEncoder: Sendable {
  /// Whether to indent the JSON for people.
  public var prettyPrinted: Bool

  /// Creates an encoder.
  ///
  /// - Parameter prettyPrinted: whether to indent the JSON.
  public init(prettyPrinted: Bool = true) {
    self.prettyPrinted = prettyPrinted
  }

  /// Encodes a report.
  ///
  /// - Parameter report: the report.
  /// - Returns: its JSON text.
  /// - Throws: `EncodingError` (not expected: every member is encodable).
  public func encode(_ report: RemediationReport) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      prettyPrinted
      ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(report)
  }
}
