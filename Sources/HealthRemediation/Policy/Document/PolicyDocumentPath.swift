/// Where in a policy document something is, written like `actWhen.all[2].tag`.
struct PolicyDocumentPath: Hashable, Sendable, CustomStringConvertible {
  /// The path to the document itself.
  static let document = PolicyDocumentPath(text: "")

  /// The rendered path; empty for the document itself.
  let text: String

  /// The path of member `key` of the object here.
  func appending(key: String) -> PolicyDocumentPath {
    let isIdentifier =
      !key.isEmpty
      && key.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
      }
    if !isIdentifier { return PolicyDocumentPath(text: text + "[" + RuleWording.quoted(key) + "]") }
    return PolicyDocumentPath(text: text.isEmpty ? key : text + "." + key)
  }

  /// The path of element `index` of the array here.
  func appending(index: Int) -> PolicyDocumentPath {
    PolicyDocumentPath(text: text + "[\(index)]")
  }

  /// The rendered path.
  var description: String { text }
}
