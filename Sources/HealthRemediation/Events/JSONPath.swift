/// Renders Codable coding paths and errors as JSON paths a person can follow.
enum JSONPath {
  /// `detail.affectedEntities[1].entityValue` for a coding path; `$` for the root.
  static func render(_ path: [any CodingKey], appending last: (any CodingKey)? = nil) -> String {
    var text = ""
    for key in path + (last.map { [$0] } ?? []) {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        if !text.isEmpty { text += "." }
        text += key.stringValue
      }
    }
    return text.isEmpty ? "$" : text
  }

  /// A JSON type name for a Swift type, as a person expects to read it in an error.
  static func typeName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "a string"
    case is Bool.Type: "a boolean"
    case is Int.Type, is Double.Type, is Int64.Type, is UInt.Type: "a number"
    default:
      // Decoders report container mismatches as `Array<Any>` or `Dictionary<String, Any>`.
      String(describing: type).hasPrefix("Array") ? "an array" : "an object"
    }
  }

  /// Turns a `DecodingError` into an error naming the path and the problem.
  static func describe(_ error: DecodingError) -> (path: String, problem: String) {
    switch error {
    case .typeMismatch(let type, let context):
      return (render(context.codingPath), "expected \(typeName(type))")
    case .valueNotFound(let type, let context):
      return (render(context.codingPath), "expected \(typeName(type)), found null")
    case .keyNotFound(let key, let context):
      return (render(context.codingPath, appending: key), "required field is missing")
    case .dataCorrupted(let context):
      if context.codingPath.isEmpty {
        return (
          "$", "not valid JSON (\(context.underlyingError.map { "\($0)" } ?? context.debugDescription))"
        )
      }
      return (render(context.codingPath), context.debugDescription)
    @unknown default:
      return ("$", "\(error)")
    }
  }
}
