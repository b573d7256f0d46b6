/// The kind of one value on a ``JSONTape``.
enum JSONTokenKind: UInt8, Sendable {
  /// `{...}`; its members follow as key, value, key, value...
  case object
  /// `[...]`; its elements follow.
  case array
  /// `"..."`.
  case string
  /// `1`, `-2.5e3`.
  case number
  /// `true`.
  case `true`
  /// `false`.
  case `false`
  /// `null`.
  case null
}
