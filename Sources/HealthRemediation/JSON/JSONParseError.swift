/// Why bytes are not an acceptable JSON document, with where, so that each reader words it its own way.
enum JSONParseError: Error, Hashable, Sendable {
  /// The input is empty or only white space.
  case empty
  /// The input is not JSON at byte `offset`.
  case syntax(offset: Int, detail: String)
  /// A container at byte `offset` and at `path` (from the root) nests deeper than `limit`.
  case nestedTooDeeply(offset: Int, path: [JSONPathComponent], limit: Int)
  /// The object at `path` has `key` twice; the second occurrence starts at byte `offset`.
  case duplicateKey(String, offset: Int, path: [JSONPathComponent])

  /// The same error seen from one level closer to the root: path errors get `component` in front.
  func inside(_ component: JSONPathComponent) -> JSONParseError {
    switch self {
    case .nestedTooDeeply(let offset, let path, let limit):
      .nestedTooDeeply(offset: offset, path: [component] + path, limit: limit)
    case .duplicateKey(let key, let offset, let path):
      .duplicateKey(key, offset: offset, path: [component] + path)
    case .empty, .syntax:
      self
    }
  }
}
