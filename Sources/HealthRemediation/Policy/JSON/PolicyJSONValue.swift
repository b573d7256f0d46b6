/// A parsed JSON value that keeps what a policy document needs and `Codable` loses: the order of an
/// object's members, and the exact text of a number.
indirect enum PolicyJSONValue: Sendable {
  /// An object's members in document order; keys are unique (the parser rejects duplicates).
  case object([(key: String, value: PolicyJSONValue)])
  /// An array's elements.
  case array([PolicyJSONValue])
  /// A string.
  case string(String)
  /// A number, as written.
  case number(String)
  /// `true` or `false`.
  case boolean(Bool)
  /// `null`.
  case null

  /// The value's kind, for error messages.
  var kind: PolicyJSONKind {
    switch self {
    case .object: .object
    case .array: .array
    case .string: .string
    case .number: .number
    case .boolean: .boolean
    case .null: .null
    }
  }
}
