/// The members of a parsed JSON object: keys in document order and lookup by key.
struct PolicyJSONMembers {
  /// The keys in document order.
  let keys: [String]
  private let values: [String: PolicyJSONValue]

  /// Wraps an object's members, whose keys the parser has made unique.
  init(_ members: [(key: String, value: PolicyJSONValue)]) {
    keys = members.map(\.key)
    values = Dictionary(members, uniquingKeysWith: { first, _ in first })
  }

  /// The value of `key`, if the object has it.
  subscript(key: String) -> PolicyJSONValue? { values[key] }
}
