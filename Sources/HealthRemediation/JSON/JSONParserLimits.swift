/// The bounds a ``JSONParser`` enforces before anything recurses or allocates much.
struct JSONParserLimits: Hashable, Sendable {
  /// The deepest nesting of objects and arrays accepted; the root container is at depth 1.
  var maximumDepth: Int
}
