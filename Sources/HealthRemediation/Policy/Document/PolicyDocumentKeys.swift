/// The keys of the policy document format, in the order documents are written and errors list them.
enum PolicyDocumentKeys {
  /// The document's keys.
  static let document = ["version", "caseInsensitive", "actWhen"]
  /// The keys that say what a rule is; each rule object has exactly one of them.
  static let rule = ["tag", "stateIn", "all", "any", "not"]
  /// The keys that say how a tag rule compares; each tag rule has exactly one of them.
  static let tagComparison = ["equals", "notEquals", "in", "exists"]
  /// The instance state names a `stateIn` rule accepts.
  static let states: [InstanceState] = [.pending, .running, .stopping, .stopped, .shuttingDown, .terminated]
  /// The longest tag key EC2 accepts, in characters.
  static let tagKeyLimit = 128
  /// The longest tag value EC2 accepts, in characters.
  static let tagValueLimit = 256
}
