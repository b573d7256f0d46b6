import Foundation

/// Decodes EventBridge events from JSON bytes, with errors that name the JSON path and the problem.
///
/// It reads the bytes with the library's own strict parser and builds the event directly, without
/// `JSONDecoder`, because remediation decodes every event it is sent and `Codable`'s generic machinery
/// costs several times the rest of the work. The result and the errors are those of decoding
/// ``HealthEvent`` with `JSONDecoder` (the `Codable` conformances remain), except that:
/// - an object with the same key twice is refused (`JSONDecoder` keeps the first), because JSON readers
///   disagree about which one counts, and an event read one way by a filter and another way here could
///   make remediation act on an instance nobody reviewed;
/// - the whole input must be JSON (RFC 8259): `JSONDecoder` checks a string's escapes and UTF-8 only
///   when it reads that string, and accepts a comma before `}`, so it may report a wrong type first
///   or accept an event whose ignored parts are broken;
/// - input must be UTF-8, optionally after a byte order mark; `JSONDecoder` also guesses UTF-16 and
///   UTF-32;
/// - text that is not JSON is reported with its line and column.
public struct HealthEventDecoder: Sendable {
  /// The largest event accepted; EventBridge events are at most 256 KB, so anything far larger is not one.
  public var maximumSize: Int

  /// How deeply an event's values may nest, as for `JSONDecoder`.
  static let maximumDepth = 512

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
  /// - Throws: ``EventDecodingError`` for empty input, input that is not JSON or is truncated, a key that
  ///   appears twice in one object, a missing `detail`, a member of the wrong type, or a time that
  ///   cannot be parsed.
  public func decode(_ data: Data) throws(EventDecodingError) -> HealthEvent {
    let result = data.withUnsafeBytes { raw in
      Result { () throws(EventDecodingError) in try decode(buffer: raw.assumingMemoryBound(to: UInt8.self)) }
    }
    return try result.get()
  }

  /// Decodes an event from bytes.
  ///
  /// - Parameter bytes: the JSON text of the event.
  /// - Returns: the event.
  /// - Throws: ``EventDecodingError`` as ``decode(_:)-(Data)`` does.
  public func decode(_ bytes: [UInt8]) throws(EventDecodingError) -> HealthEvent {
    let result = bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(EventDecodingError) in try decode(buffer: buffer) }
    }
    return try result.get()
  }

  private func decode(buffer input: UnsafeBufferPointer<UInt8>) throws(EventDecodingError) -> HealthEvent {
    guard input.contains(where: { !Self.isJSONWhitespace($0) }) else {
      throw EventDecodingError(path: "$", problem: "empty input: expected a JSON object")
    }
    guard input.count <= maximumSize else {
      throw EventDecodingError(
        path: "$",
        problem: "input is \(input.count) bytes; events larger than \(maximumSize) bytes are refused")
    }
    var bytes = input
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }
    let document: JSONDocument
    do {
      document = try JSONParser.parse(bytes, limits: JSONParserLimits(maximumDepth: Self.maximumDepth))
    } catch {
      throw Self.describe(error, in: bytes)
    }
    return try HealthEventReader(document: document).event()
  }

  /// A parse error in the words of ``EventDecodingError``.
  private static func describe(_ error: JSONParseError, in bytes: UnsafeBufferPointer<UInt8>)
    -> EventDecodingError
  {
    func notJSON(_ offset: Int, _ detail: String) -> EventDecodingError {
      let (line, column) = JSONSourceLocation.lineAndColumn(of: offset, in: bytes)
      return EventDecodingError(
        path: "$", problem: "not valid JSON: line \(line), column \(column): \(detail)")
    }
    switch error {
    case .empty:
      return EventDecodingError(path: "$", problem: "empty input: expected a JSON object")
    case .syntax(let offset, let detail):
      return notJSON(offset, detail)
    case .nestedTooDeeply(let offset, _, let limit):
      return notJSON(offset, "values nest more than \(limit) levels deep")
    case .duplicateKey(let key, _, let path):
      return EventDecodingError(
        path: render(path),
        problem: "key \(RuleWording.quoted(String(key.prefix(80)))) appears more than once")
    }
  }

  /// `detail.affectedEntities[1]` for a path from the root; `$` for the root.
  private static func render(_ path: [JSONPathComponent]) -> String {
    var text = ""
    for component in path {
      switch component {
      case .key(let key): text += text.isEmpty ? key : "." + key
      case .index(let index): text += "[\(index)]"
      }
    }
    return text.isEmpty ? "$" : text
  }

  private static func isJSONWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }
}
