/// Command-line words sorted into positionals, options with values and flags.
public struct ParsedArguments: Hashable, Sendable {
  /// The words that are not options, in order.
  public var positionals: [String] = []
  /// The options that take a value, by name (`--topic-arn` → `topic-arn`); the last one given wins.
  public var values: [String: String] = [:]
  /// The flags given (`--dry-run` → `dry-run`).
  public var flags: Set<String> = []

  /// Creates an empty set of arguments.
  public init() {}
}
