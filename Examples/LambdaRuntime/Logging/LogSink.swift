/// Where finished log lines go: the I/O seam that tests replace with a sink that keeps the lines.
public protocol LogSink: Sendable {
  /// Writes one line; the sink adds the line break.
  ///
  /// - Parameter line: a complete JSON object without a line break.
  func write(line: String)
}
