import Foundation

/// Decodes EventBridge events from JSON bytes, with errors that name the JSON path and the problem.
public struct HealthEventDecoder: Sendable {
  /// The largest event accepted; EventBridge events are at most 256 KB, so anything far larger is not one.
  public var maximumSize: Int

  /// Creates a decoder.
  ///
  /// - Parameter maximumSize: the largest input accepted, in bytes (default 1 MiB).
  public init(maximumSize: Int = 1 << 20) {
    self.maximumSize = maximumSize
  }

  /// Decodes an event.
  ///
  /// - Parameter data: the JSON text of the event.
  /// - Returns: the event.
  /// - Throws: ``EventDecodingError`` for empty input, input that is not JSON or is truncated, a missing
  ///   `detail`, a member of the wrong type, or a time that cannot be parsed.
  public func decode(_ data: Data) throws(EventDecodingError) -> HealthEvent {
    guard data.contains(where: { !Self.isJSONWhitespace($0) }) else {
      throw EventDecodingError(path: "$", problem: "empty input: expected a JSON object")
    }
    guard data.count <= maximumSize else {
      throw EventDecodingError(
        path: "$",
        problem: "input is \(data.count) bytes; events larger than \(maximumSize) bytes are refused")
    }
    do {
      return try JSONDecoder().decode(HealthEvent.self, from: data)
    } catch {
      let problem = JSONProblem(decoding: error, input: data)
      throw EventDecodingError(path: problem.path, problem: problem.problem)
    }
  }

  /// Decodes an event from bytes.
  ///
  /// - Parameter bytes: the JSON text of the event.
  /// - Returns: the event.
  /// - Throws: ``EventDecodingError`` as ``decode(_:)-(Data)`` does.
  public func decode(_ bytes: [UInt8]) throws(EventDecodingError) -> HealthEvent {
    try decode(Data(bytes))
  }

  private static func isJSONWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }
}
