/// A line of a shared configuration file that is not INI. It never quotes the line, which may hold a secret.
public struct INIParseError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file's path.
  public let path: String
  /// The 1-based line number.
  public let line: Int
  /// What is wrong with the line.
  public let reason: String

  /// Creates the error.
  ///
  /// - Parameters:
  ///   - path: the file's path.
  ///   - line: the 1-based line number.
  ///   - reason: what is wrong with the line.
  public init(path: String, line: Int, reason: String) {
    self.path = path
    self.line = line
    self.reason = reason
  }

  /// `path:line: reason`.
  public var description: String { "\(path):\(line): \(reason)" }
}
