import Foundation

/// The real file reader: the local file system.
public struct LocalFileReader: FileReader {
  /// Creates the reader.
  public init() {}

  /// Reads a file as UTF-8.
  ///
  /// - Parameter path: the absolute path.
  /// - Returns: the text, or `nil` when there is no file at the path.
  /// - Throws: the file system's error when the file exists but cannot be read.
  public func contentsOfFile(atPath path: String) throws -> String? {
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return String(decoding: data, as: UTF8.self)
  }
}
