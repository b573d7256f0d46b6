/// The kinds of JSON value, named in ``PolicyDocumentProblem`` when a document has the wrong one.
public enum PolicyJSONKind: String, Hashable, Sendable, CustomStringConvertible {
  /// `{...}`.
  case object
  /// `[...]`.
  case array
  /// `"..."`.
  case string
  /// `1`, `-2.5e3`.
  case number
  /// `true` or `false`.
  case boolean
  /// `null`.
  case null

  /// The kind with its article, as it reads in an error: `an object`, `a string`, `true or false`.
  public var description: String {
    switch self {
    case .object: "an object"
    case .array: "an array"
    case .string: "a string"
    case .number: "a number"
    case .boolean: "true or false"
    case .null: "null"
    }
  }
}
