/// The parts of a URL a signer needs, as ranges into its UTF-8 text, found by scanning the text once.
///
/// Parsing by hand avoids `URLComponents` in the signing hot path, allocates nothing, and keeps the path
/// and query exactly as they go on the wire (already percent-encoded).
struct WireURL {
  /// Where the URL text ends, excluding any fragment.
  let end: Int

  /// The `Host` header value: the host, with the port only when it is not the scheme's default.
  let host: Range<Int>

  /// Where the path lies (empty for `https://host`).
  let path: Range<Int>

  /// Where the query lies, without the `?`; `nil` when there is no `?`.
  let query: Range<Int>?

  /// Parses the UTF-8 text of an absolute URL.
  ///
  /// - Parameter text: the URL text, for example `https://ec2.us-east-1.amazonaws.com/?a=b`.
  init(_ text: UnsafeBufferPointer<UInt8>) {
    var end = 0
    while end < text.count, text[end] != UInt8(ascii: "#") { end += 1 }
    self.end = end

    var schemeEnd = 0
    var authorityStart = 0
    var colon = 0
    while colon < end, text[colon] != UInt8(ascii: ":"), text[colon] != UInt8(ascii: "/") { colon += 1 }
    if colon + 2 < end, text[colon] == UInt8(ascii: ":"), text[colon + 1] == UInt8(ascii: "/"),
      text[colon + 2] == UInt8(ascii: "/")
    {
      schemeEnd = colon
      authorityStart = colon + 3
    }
    var authorityEnd = authorityStart
    var hostStart = authorityStart
    while authorityEnd < end, text[authorityEnd] != UInt8(ascii: "/"), text[authorityEnd] != UInt8(ascii: "?")
    {
      if text[authorityEnd] == UInt8(ascii: "@") { hostStart = authorityEnd + 1 }
      authorityEnd += 1
    }

    // A port follows the last colon, unless that colon is inside an IPv6 literal's brackets.
    var hostEnd = authorityEnd
    var index = authorityEnd - 1
    while index >= hostStart, text[index] != UInt8(ascii: ":"), text[index] != UInt8(ascii: "]") {
      index -= 1
    }
    if index >= hostStart, text[index] == UInt8(ascii: ":") {
      let port = UnsafeBufferPointer(rebasing: text[(index + 1)..<authorityEnd])
      let scheme = UnsafeBufferPointer(rebasing: text[0..<schemeEnd])
      if port.isEmpty || (WireURL.equalsIgnoringCase(scheme, "https") && port.elementsEqual("443".utf8))
        || (WireURL.equalsIgnoringCase(scheme, "http") && port.elementsEqual("80".utf8))
      {
        hostEnd = index
      }
    }
    host = hostStart..<hostEnd

    var pathEnd = authorityEnd
    while pathEnd < end, text[pathEnd] != UInt8(ascii: "?") { pathEnd += 1 }
    path = authorityEnd..<pathEnd
    query = pathEnd < end ? (pathEnd + 1)..<end : nil
  }

  private static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ lowercase: String) -> Bool {
    bytes.count == lowercase.utf8.count
      && zip(bytes, lowercase.utf8).allSatisfy { ($0 >= 0x41 && $0 <= 0x5a ? $0 | 0x20 : $0) == $1 }
  }
}
