/// A command line that cannot be run: unknown option, missing value, bad number... Nothing was changed.
public struct UsageError: Error, Hashable, Sendable, CustomStringConvertible {
  /// One line saying what is wrong.
  public let message: String

  /// Creates the error.
  ///
  /// - Parameter message: one line saying what is wrong.
  public init(_ message: String) {
    self.message = message
  }

  /// The message.
  public var description: String { message }
}
