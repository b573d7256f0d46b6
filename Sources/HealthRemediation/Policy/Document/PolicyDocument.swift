/// A remediation policy as hosts configure it: a rule and how it compares tags, read from and written
/// to a small JSON document, so that a host changes its policy without being recompiled.
///
/// ```json
/// {
///   "version": 1,
///   "caseInsensitive": false,
///   "actWhen": {"tag": "Stage", "notEquals": "Prod"}
/// }
/// ```
///
/// `Documentation/Policies.md` describes the format. Like every built-in policy, a document never acts
/// on an instance whose tags could not be read.
public struct PolicyDocument: RemediationPolicy, Hashable, Sendable, CustomStringConvertible {
  /// The format version this library reads and writes.
  public static let currentVersion = 1

  /// The workshop's policy: act unless tag `Stage` is exactly `Prod`; untagged instances are acted on.
  public static let workshopDefault = PolicyDocument(actWhen: .workshopDefault, tagMatching: .exact)

  /// The condition under which remediation acts on an instance.
  public var actWhen: PolicyRule
  /// How tag keys and values are compared.
  public var tagMatching: TagMatching

  /// Creates a document from a rule built in Swift.
  ///
  /// - Parameters:
  ///   - actWhen: the condition under which remediation acts on an instance.
  ///   - tagMatching: how tag keys and values are compared; exactly unless asked otherwise.
  public init(actWhen: PolicyRule, tagMatching: TagMatching = .exact) {
    self.actWhen = actWhen
    self.tagMatching = tagMatching
  }

  /// Reads a document from JSON bytes (UTF-8, such as a file's contents).
  ///
  /// - Parameter json: the document.
  /// - Throws: ``PolicyDocumentError`` naming the JSON path and the problem: empty input, not JSON,
  ///   an unknown version, key or state, a value of the wrong kind, an empty list, a rule with no or
  ///   several operators, or a tag key or value EC2 would not accept.
  public init(json: some Collection<UInt8>) throws(PolicyDocumentError) {
    self = try PolicyDocumentDecoder.document(from: try PolicyJSONReader.parse(json))
  }

  /// Reads a document from JSON text.
  ///
  /// - Parameter json: the document.
  /// - Throws: ``PolicyDocumentError`` naming the JSON path and the problem, as for bytes.
  public init(json: String) throws(PolicyDocumentError) {
    try self.init(json: Array(json.utf8))
  }

  /// Decides with the document's rule and tag matching.
  ///
  /// - Parameter instance: what the compute service knows about the instance.
  /// - Returns: `act` when the rule holds, `skip` otherwise, with the facts that decided it.
  public func evaluate(_ instance: InstanceDescription) -> PolicyDecision {
    actWhen.evaluate(instance, matching: tagMatching)
  }

  /// The document as indented JSON text ending with a line feed, which `init(json:)` reads back to an
  /// equal document.
  ///
  /// Every key is written, `caseInsensitive` included, so that the file says what it means. A rule
  /// built in Swift that the format rejects (an empty `all`, an unknown state) is written as it is and
  /// rejected when read.
  public func encodedJSON() -> String {
    PolicyJSONWriter.write(PolicyDocumentEncoder.value(of: self))
  }

  /// The policy in words, one statement per line, as `health-remediate policy check` prints it.
  ///
  /// - Returns: for the workshop default:
  ///   ```
  ///   Act on an instance when tag Stage is not "Prod".
  ///   Tag keys and values are compared exactly.
  ///   An instance without a tag has no value for it: "is not" holds and "is" does not.
  ///   An instance whose tags could not be read is never acted on.
  ///   ```
  public func explain() -> String {
    let outline = actWhen.outline()
    var lines: [String]
    if outline.count == 1 {
      lines = ["Act on an instance when \(actWhen.description)."]
    } else {
      lines = ["Act on an instance when " + outline[0]] + outline.dropFirst()
    }
    switch tagMatching {
    case .exact:
      lines.append("Tag keys and values are compared exactly.")
    case .caseInsensitive:
      lines.append("Tag keys and values are compared ignoring case (\"prod\" matches \"Prod\").")
    }
    lines.append("An instance without a tag has no value for it: \"is not\" holds and \"is\" does not.")
    lines.append("An instance whose tags could not be read is never acted on.")
    return lines.joined(separator: "\n")
  }

  /// The policy in words, as ``explain()`` renders it.
  public var description: String { explain() }
}
