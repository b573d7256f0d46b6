/// One step of the path from a document's root to a value: an object member or an array element.
enum JSONPathComponent: Hashable, Sendable {
  /// The member with this key.
  case key(String)
  /// The element at this index.
  case index(Int)
}
