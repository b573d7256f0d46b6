import LambdaRuntime

/// A clock that always reads the same instant.
struct FixedLambdaClock: LambdaClock {
  var now: Int64

  func millisecondsSince1970() -> Int64 { now }
}
