/// How the signer treats a header of the request it is given.
enum HeaderDisposition {
  /// Signed and kept.
  case signed
  /// The `Host` header: signed and kept, and the URL's host is not added.
  case host
  /// Kept but not signed: proxies and HTTP stacks may change or add it on the way (`User-Agent`,
  /// `Expect`, `X-Amzn-Trace-Id`, `Connection`), which would break the signature.
  case unsigned
  /// Dropped, because the signer sets it itself: `Authorization`, `X-Amz-Date`, `X-Amz-Security-Token`,
  /// and `X-Amz-Content-SHA256` when the signer adds it. Re-signing a request therefore replaces them.
  case replaced

  /// Classifies a header name, ignoring ASCII case.
  ///
  /// - Parameters:
  ///   - name: the header name as given.
  ///   - signerAddsContentHash: whether the signer adds `x-amz-content-sha256` itself.
  static func of(_ name: String, signerAddsContentHash: Bool) -> HeaderDisposition {
    switch name.utf8.count {
    case 4 where matches(name, "host"): return .host
    case 6 where matches(name, "expect"): return .unsigned
    case 10 where matches(name, "user-agent"): return .unsigned
    case 10 where matches(name, "connection"): return .unsigned
    case 10 where matches(name, "x-amz-date"): return .replaced
    case 13 where matches(name, "authorization"): return .replaced
    case 15 where matches(name, "x-amzn-trace-id"): return .unsigned
    case 20 where matches(name, "x-amz-security-token"): return .replaced
    case 20 where signerAddsContentHash && matches(name, "x-amz-content-sha256"): return .replaced
    default: return .signed
    }
  }

  /// Whether `name` equals the lowercase ASCII `lowercased`, ignoring ASCII case.
  private static func matches(_ name: String, _ lowercased: StaticString) -> Bool {
    let expected = UnsafeBufferPointer(start: lowercased.utf8Start, count: lowercased.utf8CodeUnitCount)
    var index = 0
    for byte in name.utf8 {
      guard index < expected.count else { return false }
      let folded = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
      guard folded == expected[index] else { return false }
      index += 1
    }
    return index == expected.count
  }
}
