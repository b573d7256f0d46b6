/// Why a string is not a valid EC2 instance ID.
public struct InstanceIDError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The rejected value.
  public let value: String
  /// What is wrong with it, in words a person reads.
  public let reason: String

  /// Creates the error.
  ///
  /// - Parameters:
  ///   - value: the rejected value.
  ///   - reason: what is wrong with it.
  public init(value: String, reason: String) {
    self.value = value
    self.reason = reason
  }

  /// The value, quoted, and the reason.
  public var description: String { "\"\(value.prefix(80))\" is not an EC2 instance ID: \(reason)" }
}
