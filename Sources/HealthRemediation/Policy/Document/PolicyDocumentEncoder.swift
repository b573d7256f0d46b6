/// Turns a ``PolicyDocument`` or ``PolicyRule`` into the JSON value of the document format.
enum PolicyDocumentEncoder {
  /// The whole document, keys in the order the format lists them.
  static func value(of document: PolicyDocument) -> PolicyJSONValue {
    .object([
      ("version", .number(String(PolicyDocument.currentVersion))),
      ("caseInsensitive", .boolean(document.tagMatching == .caseInsensitive)),
      ("actWhen", value(of: document.actWhen)),
    ])
  }

  /// One rule object.
  static func value(of rule: PolicyRule) -> PolicyJSONValue {
    switch rule {
    case .tagEquals(let key, let value):
      .object([("tag", .string(key)), ("equals", .string(value))])
    case .tagNotEquals(let key, let value):
      .object([("tag", .string(key)), ("notEquals", .string(value))])
    case .tagIn(let key, let values):
      .object([("tag", .string(key)), ("in", .array(values.map { .string($0) }))])
    case .tagExists(let key):
      .object([("tag", .string(key)), ("exists", .boolean(true))])
    case .tagAbsent(let key):
      .object([("tag", .string(key)), ("exists", .boolean(false))])
    case .stateIn(let states):
      .object([("stateIn", .array(states.map { .string($0.name) }))])
    case .all(let rules):
      .object([("all", .array(rules.map { value(of: $0) }))])
    case .any(let rules):
      .object([("any", .array(rules.map { value(of: $0) }))])
    case .not(let rule):
      .object([("not", value(of: rule))])
    }
  }
}
