/// Line and column of a byte offset, as error messages show them.
enum JSONSourceLocation {
  /// The line (from 1) and the column (from 1, counted in characters, not bytes) of `offset`.
  ///
  /// - Parameters:
  ///   - offset: a byte offset into `bytes`; offsets past the end point just after the last byte.
  ///   - bytes: the document.
  /// - Returns: where a person finds the offset in an editor.
  static func lineAndColumn(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int)
  {
    let position = max(0, min(offset, bytes.count))
    let prefix = UnsafeBufferPointer(rebasing: bytes[..<position])
    let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    let line = prefix[..<lineStart].count { $0 == 0x0A } + 1
    let column =
      String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<position]), as: UTF8.self).count + 1
    return (line, column)
  }
}
