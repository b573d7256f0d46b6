/// Reads policy documents with the shared ``JSONParser``, adding the policy format's own limits and
/// words: at most ``maximumByteCount`` bytes, UTF-8 checked before anything else, nesting at most
/// ``maximumDepth`` deep, and errors as ``PolicyDocumentError``.
enum PolicyJSONReader {
  /// The deepest nesting of objects and arrays a document may have.
  static let maximumDepth = 64
  /// The largest document, in bytes; policies are a few hundred bytes.
  static let maximumByteCount = 65_536

  /// Parses one JSON value that fills the whole input, white space aside.
  ///
  /// - Parameter input: the document's bytes, UTF-8, optionally after a byte order mark.
  /// - Throws: ``PolicyDocumentError`` for empty, oversized, non-UTF-8 or non-JSON input, duplicate
  ///   keys, and nesting deeper than ``maximumDepth``.
  static func parse(_ input: some Collection<UInt8>) throws(PolicyDocumentError) -> PolicyJSONValue {
    guard input.count <= maximumByteCount else {
      throw PolicyDocumentError(
        at: .document, .tooLarge(byteCount: input.count, limit: maximumByteCount))
    }
    var bytes = Array(input)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if let invalid = firstInvalidUTF8Offset(bytes) {
      throw PolicyDocumentError(at: .document, .notUTF8(byteOffset: invalid))
    }
    let result = bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(PolicyDocumentError) in try parse(buffer: buffer) }
    }
    return try result.get()
  }

  private static func parse(buffer: UnsafeBufferPointer<UInt8>) throws(PolicyDocumentError) -> PolicyJSONValue
  {
    let document: JSONDocument
    do {
      document = try JSONParser.parse(buffer, limits: JSONParserLimits(maximumDepth: maximumDepth))
    } catch {
      throw describe(error, in: buffer)
    }
    return value(at: 0, in: document)
  }

  /// The offset of the first byte that is not part of valid UTF-8, if any.
  private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
    var decoder = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch decoder.parseScalar(from: &iterator) {
      case .valid(let scalar): offset += scalar.count
      case .error: return offset
      case .emptyInput: return nil
      }
    }
  }

  /// The value at `index`, members in document order and numbers as written.
  private static func value(at index: Int, in document: JSONDocument) -> PolicyJSONValue {
    let token = document[index]
    switch token.kind {
    case .object:
      var members: [(key: String, value: PolicyJSONValue)] = []
      members.reserveCapacity(Int(token.count))
      var key = index + 1
      for _ in 0..<token.count {
        members.append((document.string(at: key), value(at: key + 1, in: document)))
        key = document.index(after: key + 1)
      }
      return .object(members)
    case .array:
      var elements: [PolicyJSONValue] = []
      elements.reserveCapacity(Int(token.count))
      var element = index + 1
      for _ in 0..<token.count {
        elements.append(value(at: element, in: document))
        element = document.index(after: element)
      }
      return .array(elements)
    case .string: return .string(document.string(at: index))
    case .number: return .number(document.literal(at: index))
    case .true: return .boolean(true)
    case .false: return .boolean(false)
    case .null: return .null
    }
  }

  /// A parse error in the words of ``PolicyDocumentError``.
  private static func describe(_ error: JSONParseError, in bytes: UnsafeBufferPointer<UInt8>)
    -> PolicyDocumentError
  {
    switch error {
    case .empty:
      return PolicyDocumentError(at: .document, .emptyInput)
    case .syntax(let offset, let detail):
      let (line, column) = JSONSourceLocation.lineAndColumn(of: offset, in: bytes)
      return PolicyDocumentError(at: .document, .notJSON(line: line, column: column, detail: detail))
    case .nestedTooDeeply(_, let path, let limit):
      return PolicyDocumentError(at: policyPath(path), .nestedTooDeeply(limit: limit))
    case .duplicateKey(let key, _, let path):
      return PolicyDocumentError(at: policyPath(path), .duplicateKey(key))
    }
  }

  private static func policyPath(_ components: [JSONPathComponent]) -> PolicyDocumentPath {
    var path = PolicyDocumentPath.document
    for component in components {
      switch component {
      case .key(let key): path = path.appending(key: key)
      case .index(let index): path = path.appending(index: index)
      }
    }
    return path
  }
}
