/// Writes one JSON object per line: `timestamp`, `level`, `message`, `requestId`, then extra string fields.
///
/// The first keys match Lambda's own JSON log format, so CloudWatch Logs Insights reads them without
/// configuration. There is no swift-log here; this is the whole logging system. Loggers are values:
/// ``with(requestID:)`` makes a copy for an invocation.
public struct LambdaLogger: Sendable {
  /// The keys the logger writes itself; an extra field with one of these names is written as `field.<name>`.
  public static let reservedKeys: Set<String> = ["timestamp", "level", "message", "requestId"]

  /// Lines below this level are not written.
  public var minimumLevel: LogLevel
  /// The request ID written on every line, when there is one.
  public private(set) var requestID: String?
  /// Fields written on every line; a field given to one call wins over a field of the same name here.
  public var metadata: [String: String]
  private let sink: any LogSink
  private let clock: any LambdaClock

  /// Creates a logger.
  ///
  /// - Parameters:
  ///   - sink: where lines go; standard output by default.
  ///   - clock: the clock that stamps the lines.
  ///   - minimumLevel: lines below this level are not written.
  ///   - metadata: fields written on every line.
  public init(
    sink: any LogSink = StandardOutputLogSink.shared,
    clock: any LambdaClock = SystemLambdaClock(),
    minimumLevel: LogLevel = .info,
    metadata: [String: String] = [:]
  ) {
    self.sink = sink
    self.clock = clock
    self.minimumLevel = minimumLevel
    self.metadata = metadata
  }

  /// A copy of the logger that writes `requestID` on every line.
  ///
  /// - Parameter requestID: the request ID, or nil for lines outside an invocation.
  /// - Returns: the copy.
  public func with(requestID: String?) -> LambdaLogger {
    var copy = self
    copy.requestID = requestID
    return copy
  }

  /// Writes a line when `level` is at least ``minimumLevel``; the message and fields are only built then.
  ///
  /// - Parameters:
  ///   - level: the line's level.
  ///   - message: what happened; it must not contain secrets.
  ///   - fields: extra string fields; they must not contain secrets.
  public func log(
    _ level: LogLevel, _ message: @autoclosure () -> String,
    fields: @autoclosure () -> [String: String] = [:]
  ) {
    guard level >= minimumLevel else { return }
    sink.write(line: line(level: level, message: message(), fields: fields()))
  }

  /// Writes a ``LogLevel/debug`` line; see ``log(_:_:fields:)``.
  ///
  /// - Parameters:
  ///   - message: what happened.
  ///   - fields: extra string fields.
  public func debug(_ message: @autoclosure () -> String, fields: @autoclosure () -> [String: String] = [:]) {
    log(.debug, message(), fields: fields())
  }

  /// Writes a ``LogLevel/info`` line; see ``log(_:_:fields:)``.
  ///
  /// - Parameters:
  ///   - message: what happened.
  ///   - fields: extra string fields.
  public func info(_ message: @autoclosure () -> String, fields: @autoclosure () -> [String: String] = [:]) {
    log(.info, message(), fields: fields())
  }

  /// Writes a ``LogLevel/warning`` line; see ``log(_:_:fields:)``.
  ///
  /// - Parameters:
  ///   - message: what happened.
  ///   - fields: extra string fields.
  public func warning(
    _ message: @autoclosure () -> String, fields: @autoclosure () -> [String: String] = [:]
  ) {
    log(.warning, message(), fields: fields())
  }

  /// Writes a ``LogLevel/error`` line; see ``log(_:_:fields:)``.
  ///
  /// - Parameters:
  ///   - message: what happened.
  ///   - fields: extra string fields.
  public func error(_ message: @autoclosure () -> String, fields: @autoclosure () -> [String: String] = [:]) {
    log(.error, message(), fields: fields())
  }

  /// The JSON line the logger would write, without the line break and regardless of ``minimumLevel``.
  ///
  /// Extra fields follow the fixed keys in key order, so equal input gives an equal line.
  /// - Parameters:
  ///   - level: the line's level.
  ///   - message: what happened.
  ///   - fields: extra string fields.
  /// - Returns: one JSON object.
  public func line(level: LogLevel, message: String, fields: [String: String] = [:]) -> String {
    var line = "{\"timestamp\":"
    line += JSONText.quoted(ISO8601Timestamp.string(millisecondsSince1970: clock.millisecondsSince1970()))
    line += ",\"level\":" + JSONText.quoted(level.rawValue)
    line += ",\"message\":" + JSONText.quoted(message)
    if let requestID { line += ",\"requestId\":" + JSONText.quoted(requestID) }
    let extra = Self.extraFields(metadata: metadata, fields: fields)
    for key in extra.keys.sorted() {
      line += "," + JSONText.quoted(key) + ":" + JSONText.quoted(extra[key] ?? "")
    }
    line += "}"
    return line
  }

  private static func extraFields(metadata: [String: String], fields: [String: String]) -> [String: String] {
    let merged = metadata.merging(fields) { _, perCall in perCall }
    var result: [String: String] = [:]
    for (key, value) in merged where !reservedKeys.contains(key) { result[key] = value }
    for (key, value) in merged where reservedKeys.contains(key) {
      var renamed = "field." + key
      while result[renamed] != nil { renamed = "field." + renamed }
      result[renamed] = value
    }
    return result
  }
}
