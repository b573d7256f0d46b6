/// The seam for reading the shared configuration files and token files, so that tests need no disk.
public protocol FileReader: Sendable {
  /// The file's text.
  ///
  /// - Parameter path: the absolute path.
  /// - Returns: the UTF-8 text, or `nil` when there is no file at the path.
  /// - Throws: an error when the file exists but cannot be read.
  func contentsOfFile(atPath path: String) throws -> String?
}
