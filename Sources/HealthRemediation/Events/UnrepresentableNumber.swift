/// A number in an unknown member that neither an `Int` nor a finite `Double` can hold, found at `path`
/// below that member.
struct UnrepresentableNumber: Error {
  /// Where below the member, from the member down.
  let path: [JSONPathComponent]
}
