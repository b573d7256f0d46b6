/// The parts of a URL a signer needs, found by scanning its UTF-8 text once.
///
/// Parsing by hand avoids `URLComponents` in the signing hot path and keeps the path and query exactly as
/// they go on the wire (already percent-encoded).
struct WireURL {
  /// The URL text up to, but excluding, any fragment.
  let text: [UInt8]

  /// The `Host` header value: the host, with the port only when it is not the scheme's default.
  let hostHeader: [UInt8]

  /// Where the path lies in ``text`` (empty for `https://host`).
  let path: Range<Int>

  /// Where the query lies in ``text``, without the `?`; `nil` when there is no `?`.
  let query: Range<Int>?

  /// Parses a URL's absolute string.
  ///
  /// - Parameter absoluteString: the URL text, for example `https://ec2.us-east-1.amazonaws.com/?a=b`.
  init(absoluteString: String) {
    var bytes = Array(absoluteString.utf8)
    if let fragment = bytes.firstIndex(of: UInt8(ascii: "#")) {
      bytes.removeSubrange(fragment...)
    }
    text = bytes

    var schemeEnd = 0
    var authorityStart = 0
    if let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon + 2 < bytes.count,
      bytes[colon + 1] == UInt8(ascii: "/"), bytes[colon + 2] == UInt8(ascii: "/")
    {
      schemeEnd = colon
      authorityStart = colon + 3
    }
    var authorityEnd = authorityStart
    while authorityEnd < bytes.count, bytes[authorityEnd] != UInt8(ascii: "/"),
      bytes[authorityEnd] != UInt8(ascii: "?")
    {
      authorityEnd += 1
    }
    var hostStart = authorityStart
    if let at = bytes[authorityStart..<authorityEnd].lastIndex(of: UInt8(ascii: "@")) {
      hostStart = at + 1
    }
    var host = Array(bytes[hostStart..<authorityEnd])
    // A port after the last colon, unless that colon is inside an IPv6 literal's brackets.
    if let colon = host.lastIndex(of: UInt8(ascii: ":")), !host[colon...].contains(UInt8(ascii: "]")) {
      let port = host[(colon + 1)...]
      let scheme = String(decoding: bytes[0..<schemeEnd], as: UTF8.self).lowercased()
      let isDefault =
        port.isEmpty || (scheme == "https" && port.elementsEqual("443".utf8))
        || (scheme == "http" && port.elementsEqual("80".utf8))
      if isDefault { host.removeSubrange(colon...) }
    }
    hostHeader = host

    var pathEnd = authorityEnd
    while pathEnd < bytes.count, bytes[pathEnd] != UInt8(ascii: "?") { pathEnd += 1 }
    path = authorityEnd..<pathEnd
    query = pathEnd < bytes.count ? (pathEnd + 1)..<bytes.count : nil
  }
}
