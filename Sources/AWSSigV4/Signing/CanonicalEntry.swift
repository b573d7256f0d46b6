/// A name/value pair of a canonical request (a header or a query parameter), stored as ranges into the
/// builder's scratch buffer so that collecting and sorting pairs allocates nothing per pair.
struct CanonicalEntry {
  /// Where the canonical name lies in the scratch buffer.
  var name: Range<Int>

  /// Where the canonical value lies in the scratch buffer.
  var value: Range<Int>

  /// The position the pair was added at: equal header names keep their request order.
  var order: Int
}
