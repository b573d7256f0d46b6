/// Turns a parsed JSON value into a ``PolicyDocument``, rejecting anything the format does not define
/// with the path where it is.
enum PolicyDocumentDecoder {
  /// Decodes a whole document.
  static func document(from value: PolicyJSONValue) throws(PolicyDocumentError) -> PolicyDocument {
    let path = PolicyDocumentPath.document
    let members = try object(value, at: path)
    // The version comes first so that a newer document reports its version, not its new keys.
    guard let version = members["version"] else {
      throw PolicyDocumentError(at: path, .missingKey("version"))
    }
    try checkVersion(version, at: path.appending(key: "version"))
    for key in members.keys where !PolicyDocumentKeys.document.contains(key) {
      throw PolicyDocumentError(at: path, .unknownKey(key, expected: PolicyDocumentKeys.document))
    }
    var matching = TagMatching.exact
    if let flag = members["caseInsensitive"] {
      guard case .boolean(let isOn) = flag else {
        throw PolicyDocumentError(
          at: path.appending(key: "caseInsensitive"), .wrongType(expected: .boolean, found: flag.kind))
      }
      matching = isOn ? .caseInsensitive : .exact
    }
    guard let actWhen = members["actWhen"] else {
      throw PolicyDocumentError(at: path, .missingKey("actWhen"))
    }
    return PolicyDocument(
      actWhen: try rule(from: actWhen, at: path.appending(key: "actWhen")), tagMatching: matching)
  }

  /// Decodes one rule object.
  static func rule(from value: PolicyJSONValue, at path: PolicyDocumentPath) throws(PolicyDocumentError)
    -> PolicyRule
  {
    let members = try object(value, at: path)
    let keys = members.keys
    let operators = keys.filter { PolicyDocumentKeys.rule.contains($0) }
    let comparisons = keys.filter { PolicyDocumentKeys.tagComparison.contains($0) }
    if operators.contains("tag") {
      return try tagRule(members, at: path)
    }
    if let unknown = keys.first(where: {
      !PolicyDocumentKeys.rule.contains($0) && !PolicyDocumentKeys.tagComparison.contains($0)
    }) {
      throw PolicyDocumentError(at: path, .unknownRuleKey(unknown, expected: PolicyDocumentKeys.rule))
    }
    if let comparison = comparisons.first {
      throw PolicyDocumentError(at: path, .comparisonWithoutTag(comparison))
    }
    guard operators.count <= 1 else { throw PolicyDocumentError(at: path, .conflictingKeys(operators)) }
    guard let key = operators.first, let operand = members[key] else {
      throw PolicyDocumentError(at: path, .missingOperator(expected: PolicyDocumentKeys.rule))
    }
    let operandPath = path.appending(key: key)
    switch key {
    case "stateIn":
      return .stateIn(
        try nonEmptyArray(operand, at: operandPath).enumerated().map {
          (index, element) throws(PolicyDocumentError) in
          try state(element, at: operandPath.appending(index: index))
        })
    case "all", "any":
      let rules = try nonEmptyArray(operand, at: operandPath).enumerated().map {
        (index, element) throws(PolicyDocumentError) in
        try rule(from: element, at: operandPath.appending(index: index))
      }
      return key == "all" ? .all(rules) : .any(rules)
    default:
      return .not(try rule(from: operand, at: operandPath))
    }
  }

  /// Decodes `{"tag": key, <comparison>: operand}`.
  private static func tagRule(_ members: PolicyJSONMembers, at path: PolicyDocumentPath)
    throws(PolicyDocumentError)
    -> PolicyRule
  {
    let keys = members.keys
    let others = keys.filter { $0 != "tag" && !PolicyDocumentKeys.tagComparison.contains($0) }
    if let other = others.first {
      if PolicyDocumentKeys.rule.contains(other) {
        throw PolicyDocumentError(at: path, .conflictingKeys(["tag", other]))
      }
      throw PolicyDocumentError(
        at: path, .unknownKey(other, expected: ["tag"] + PolicyDocumentKeys.tagComparison))
    }
    let comparisons = keys.filter { PolicyDocumentKeys.tagComparison.contains($0) }
    guard comparisons.count <= 1 else { throw PolicyDocumentError(at: path, .conflictingKeys(comparisons)) }
    guard let comparison = comparisons.first, let operand = members[comparison], let tag = members["tag"]
    else {
      throw PolicyDocumentError(at: path, .missingOperator(expected: PolicyDocumentKeys.tagComparison))
    }
    let key = try tagText(tag, at: path.appending(key: "tag"), limit: PolicyDocumentKeys.tagKeyLimit)
    let operandPath = path.appending(key: comparison)
    switch comparison {
    case "equals":
      return .tagEquals(
        key: key, value: try tagText(operand, at: operandPath, limit: PolicyDocumentKeys.tagValueLimit))
    case "notEquals":
      return .tagNotEquals(
        key: key, value: try tagText(operand, at: operandPath, limit: PolicyDocumentKeys.tagValueLimit))
    case "in":
      let values = try nonEmptyArray(operand, at: operandPath).enumerated().map {
        (index, element) throws(PolicyDocumentError) in
        try tagText(element, at: operandPath.appending(index: index), limit: PolicyDocumentKeys.tagValueLimit)
      }
      return .tagIn(key: key, values: values)
    default:
      guard case .boolean(let exists) = operand else {
        throw PolicyDocumentError(at: operandPath, .wrongType(expected: .boolean, found: operand.kind))
      }
      return exists ? .tagExists(key: key) : .tagAbsent(key: key)
    }
  }

  /// A document's `version`, which must be the number 1.
  private static func checkVersion(_ value: PolicyJSONValue, at path: PolicyDocumentPath)
    throws(PolicyDocumentError)
  {
    guard case .number(let literal) = value else {
      throw PolicyDocumentError(at: path, .wrongType(expected: .number, found: value.kind))
    }
    guard Double(literal) == Double(PolicyDocument.currentVersion) else {
      throw PolicyDocumentError(
        at: path, .unsupportedVersion(found: literal, supported: [PolicyDocument.currentVersion]))
    }
  }

  /// A tag key (which may not be empty) or value, within EC2's length limit.
  private static func tagText(_ value: PolicyJSONValue, at path: PolicyDocumentPath, limit: Int)
    throws(PolicyDocumentError) -> String
  {
    guard case .string(let text) = value else {
      throw PolicyDocumentError(at: path, .wrongType(expected: .string, found: value.kind))
    }
    if limit == PolicyDocumentKeys.tagKeyLimit && text.isEmpty {
      throw PolicyDocumentError(at: path, .emptyTagKey)
    }
    let length = text.unicodeScalars.count
    guard length <= limit else { throw PolicyDocumentError(at: path, .tooLong(length: length, limit: limit)) }
    return text
  }

  /// One of EC2's instance state names, spelled as EC2 spells them.
  private static func state(_ value: PolicyJSONValue, at path: PolicyDocumentPath) throws(PolicyDocumentError)
    -> InstanceState
  {
    guard case .string(let name) = value else {
      throw PolicyDocumentError(at: path, .wrongType(expected: .string, found: value.kind))
    }
    guard let state = PolicyDocumentKeys.states.first(where: { $0.name == name }) else {
      throw PolicyDocumentError(
        at: path, .unknownState(name, expected: PolicyDocumentKeys.states.map(\.name)))
    }
    return state
  }

  /// An array with at least one element.
  private static func nonEmptyArray(_ value: PolicyJSONValue, at path: PolicyDocumentPath)
    throws(PolicyDocumentError) -> [PolicyJSONValue]
  {
    guard case .array(let elements) = value else {
      throw PolicyDocumentError(at: path, .wrongType(expected: .array, found: value.kind))
    }
    guard !elements.isEmpty else { throw PolicyDocumentError(at: path, .emptyList) }
    return elements
  }

  /// An object's members, looked up by key but listed in document order.
  private static func object(_ value: PolicyJSONValue, at path: PolicyDocumentPath)
    throws(PolicyDocumentError)
    -> PolicyJSONMembers
  {
    guard case .object(let members) = value else {
      throw PolicyDocumentError(at: path, .wrongType(expected: .object, found: value.kind))
    }
    return PolicyJSONMembers(members)
  }
}
