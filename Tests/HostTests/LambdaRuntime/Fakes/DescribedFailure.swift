/// A handler error with a fixed description.
struct DescribedFailure: Error, CustomStringConvertible {
  var description: String
}
