/// Builds the canonical URI of a SigV4 canonical request from the path of the request line.
enum CanonicalPath {
  /// Appends the canonical form of a wire path.
  ///
  /// - Parameters:
  ///   - path: the path as it appears in the request line; empty means `/`.
  ///   - normalize: remove `.` and `..` segments and empty segments (RFC 3986 section 5.2.4), keeping a
  ///     trailing slash.
  ///   - doubleEncode: encode the wire path once more (every service but S3: AWS encodes the path it
  ///     received, which the client had already encoded). When `false`, the path is brought to its
  ///     single, canonical encoding instead.
  ///   - output: the buffer to extend.
  static func append(
    path: UnsafeBufferPointer<UInt8>, normalize: Bool, doubleEncode: Bool, to output: inout [UInt8]
  ) {
    let slash = UInt8(ascii: "/")
    guard !path.isEmpty else {
      output.append(slash)
      return
    }
    if path.count == 1, path[0] == slash {
      output.append(slash)
      return
    }
    guard normalize else {
      appendSegment(path, doubleEncode: doubleEncode, to: &output)
      return
    }
    var segments: [Range<Int>] = []
    var start = 0
    var endsWithDirectory = false
    while start <= path.count {
      var end = start
      while end < path.count, path[end] != slash { end += 1 }
      let segment = start..<end
      let isLast = end >= path.count
      switch segment.count {
      case 0:
        endsWithDirectory = isLast && start > 0
      case 1 where path[start] == UInt8(ascii: "."):
        endsWithDirectory = isLast
      case 2 where path[start] == UInt8(ascii: ".") && path[start + 1] == UInt8(ascii: "."):
        if !segments.isEmpty { segments.removeLast() }
        endsWithDirectory = isLast
      default:
        segments.append(segment)
        endsWithDirectory = false
      }
      start = end + 1
    }
    for segment in segments {
      output.append(slash)
      appendSegment(UnsafeBufferPointer(rebasing: path[segment]), doubleEncode: doubleEncode, to: &output)
    }
    if segments.isEmpty || endsWithDirectory {
      output.append(slash)
    }
  }

  /// Encodes path text, keeping `/` as the separator it is.
  private static func appendSegment(
    _ bytes: UnsafeBufferPointer<UInt8>, doubleEncode: Bool, to output: inout [UInt8]
  ) {
    if doubleEncode {
      for byte in bytes {
        if byte == UInt8(ascii: "/") {
          output.append(byte)
        } else {
          URIEncoding.appendEncoded(byte, to: &output)
        }
      }
    } else {
      // Split on "/" so that an encoded "%2F" inside a segment stays encoded rather than becoming a separator.
      var start = 0
      for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "/") {
        URIEncoding.appendReencoding(of: UnsafeBufferPointer(rebasing: bytes[start..<index]), to: &output)
        if index < bytes.count { output.append(UInt8(ascii: "/")) }
        start = index + 1
      }
    }
  }
}
