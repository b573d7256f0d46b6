/// Collects headers and query parameters in canonical form and assembles the SigV4 canonical request.
///
/// Everything works on UTF-8 bytes in one growing scratch buffer, which keeps the signing hot path to a
/// handful of allocations whatever the number of headers.
struct CanonicalRequestBuilder {
  private var scratch: [UInt8] = []
  private var headerEntries: [CanonicalEntry] = []
  private var queryEntries: [CanonicalEntry] = []

  /// The signed header names joined by `;`; set by ``finishHeaders()``.
  private(set) var signedHeaders: [UInt8] = []

  /// Prepares a builder.
  ///
  /// - Parameters:
  ///   - scratchCapacity: the expected total size of the names and values, to avoid regrowing.
  ///   - headerCount: the expected number of headers.
  init(scratchCapacity: Int, headerCount: Int) {
    scratch.reserveCapacity(scratchCapacity)
    headerEntries.reserveCapacity(headerCount)
  }

  // MARK: Headers

  /// Adds a header to sign: the name is lowercased, the value trimmed and its whitespace runs (including
  /// the line breaks of a folded value) collapsed to single spaces.
  mutating func addHeader(name: UnsafeBufferPointer<UInt8>, value: UnsafeBufferPointer<UInt8>) {
    let nameStart = scratch.count
    for byte in name {
      scratch.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
    }
    let valueStart = scratch.count
    guard CanonicalRequestBuilder.needsWhitespaceNormalization(value) else {
      // The common case (tokens, dates, hosts): copy the value in one go.
      scratch.append(contentsOf: value)
      headerEntries.append(
        CanonicalEntry(
          name: nameStart..<valueStart, value: valueStart..<scratch.count, order: headerEntries.count))
      return
    }
    var pendingSpace = false
    for byte in value {
      if byte == 0x20 || byte == 0x09 || byte == 0x0a || byte == 0x0d {
        pendingSpace = scratch.count > valueStart
      } else {
        if pendingSpace {
          scratch.append(0x20)
          pendingSpace = false
        }
        scratch.append(byte)
      }
    }
    headerEntries.append(
      CanonicalEntry(
        name: nameStart..<valueStart, value: valueStart..<scratch.count, order: headerEntries.count))
  }

  /// Whether a value has leading or trailing whitespace, a tab or line break, or two spaces in a row,
  /// that is, whether canonicalization would change it.
  @inline(__always)
  private static func needsWhitespaceNormalization(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
    // A minimum over the bytes vectorizes; only values holding a byte at or below the space character
    // (space, tab, line breaks, controls) need the byte-by-byte check.
    var lowest: UInt8 = 0xff
    for byte in value { lowest = Swift.min(lowest, byte) }
    guard lowest <= 0x20 else { return false }
    guard let first = value.first, let last = value.last, first != 0x20, last != 0x20 else { return true }
    var previousWasSpace = false
    for byte in value {
      if byte == 0x20 {
        if previousWasSpace { return true }
        previousWasSpace = true
      } else {
        if byte == 0x09 || byte == 0x0a || byte == 0x0d { return true }
        previousWasSpace = false
      }
    }
    return false
  }

  /// Adds a header given as strings.
  mutating func addHeader(name: String, value: String) {
    var name = name
    var value = value
    name.withUTF8 { nameBytes in value.withUTF8 { addHeader(name: nameBytes, value: $0) } }
  }

  /// Adds a header whose value is raw bytes (the signer's own headers).
  mutating func addHeader(name: StaticString, value: UnsafeRawBufferPointer) {
    addHeader(
      name: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount),
      value: value.assumingMemoryBound(to: UInt8.self))
  }

  /// Sorts the headers by name (equal names keep their request order) and produces ``signedHeaders``.
  mutating func finishHeaders() {
    scratch.withUnsafeBufferPointer { bytes in
      headerEntries.sort { left, right in
        switch CanonicalRequestBuilder.compare(bytes, left.name, right.name) {
        case 0: return left.order < right.order
        case let order: return order < 0
        }
      }
      signedHeaders.reserveCapacity(headerEntries.count * 24)
      var previous: Range<Int>? = nil
      for entry in headerEntries {
        if let previous, CanonicalRequestBuilder.compare(bytes, previous, entry.name) == 0 { continue }
        if previous != nil { signedHeaders.append(UInt8(ascii: ";")) }
        signedHeaders.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[entry.name]))
        previous = entry.name
      }
    }
  }

  /// Appends `name:value\n` for each signed header in sorted order; repeated names are signed once,
  /// with their values joined by commas in request order.
  private func appendCanonicalHeaders(to output: inout [UInt8]) {
    scratch.withUnsafeBufferPointer { bytes in
      var previous: Range<Int>? = nil
      for entry in headerEntries {
        if let previous, CanonicalRequestBuilder.compare(bytes, previous, entry.name) == 0 {
          output.removeLast()
          output.append(UInt8(ascii: ","))
        } else {
          output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[entry.name]))
          output.append(UInt8(ascii: ":"))
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[entry.value]))
        output.append(UInt8(ascii: "\n"))
        previous = entry.name
      }
    }
  }

  // MARK: Query

  /// Adds every parameter of a wire query string: pairs are split on `&` and `=`, decoded, and encoded
  /// again with SigV4's rules. Empty pairs (`a&&b`) are skipped; a key without `=` gets an empty value.
  mutating func addRawQuery(_ query: UnsafeBufferPointer<UInt8>) {
    var start = 0
    while start < query.count {
      var end = start
      while end < query.count, query[end] != UInt8(ascii: "&") { end += 1 }
      if end > start {
        var equals = start
        while equals < end, query[equals] != UInt8(ascii: "=") { equals += 1 }
        let nameStart = scratch.count
        URIEncoding.appendReencoding(of: UnsafeBufferPointer(rebasing: query[start..<equals]), to: &scratch)
        let valueStart = scratch.count
        if equals < end {
          URIEncoding.appendReencoding(
            of: UnsafeBufferPointer(rebasing: query[(equals + 1)..<end]), to: &scratch)
        }
        queryEntries.append(
          CanonicalEntry(
            name: nameStart..<valueStart, value: valueStart..<scratch.count, order: queryEntries.count))
      }
      start = end + 1
    }
  }

  /// Adds a query parameter whose name needs no encoding and whose value is encoded here.
  mutating func addQueryParameter(name: StaticString, value: UnsafeRawBufferPointer) {
    let nameStart = scratch.count
    scratch.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    let valueStart = scratch.count
    URIEncoding.appendEncoding(of: value, to: &scratch)
    queryEntries.append(
      CanonicalEntry(
        name: nameStart..<valueStart, value: valueStart..<scratch.count, order: queryEntries.count))
  }

  // MARK: Assembly

  /// Assembles the canonical request:
  /// method, canonical URI, canonical query string, canonical headers, signed headers, payload hash,
  /// separated by line feeds. ``finishHeaders()`` must have run.
  ///
  /// - Parameters:
  ///   - method: the HTTP method, as sent.
  ///   - path: the wire path.
  ///   - options: path normalization and encoding.
  ///   - payloadHash: the hex SHA-256 of the body, or `UNSIGNED-PAYLOAD`.
  /// - Returns: the canonical request bytes.
  mutating func build(
    method: UnsafeBufferPointer<UInt8>,
    path: UnsafeBufferPointer<UInt8>,
    options: SigV4Options,
    payloadHash: UnsafeRawBufferPointer
  ) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(
      method.count + path.count * 3 + scratch.count * 2 + headerEntries.count * 2 + signedHeaders.count
        + payloadHash.count + 8)
    output.append(contentsOf: method)
    output.append(UInt8(ascii: "\n"))
    CanonicalPath.append(
      path: path, normalize: options.normalizePath, doubleEncode: options.doubleEncodePath, to: &output)
    output.append(UInt8(ascii: "\n"))
    appendCanonicalQuery(to: &output)
    output.append(UInt8(ascii: "\n"))
    appendCanonicalHeaders(to: &output)
    output.append(UInt8(ascii: "\n"))
    output.append(contentsOf: signedHeaders)
    output.append(UInt8(ascii: "\n"))
    output.append(contentsOf: payloadHash)
    return output
  }

  /// Appends the query parameters sorted by encoded name, then encoded value, joined by `&`.
  private mutating func appendCanonicalQuery(to output: inout [UInt8]) {
    guard !queryEntries.isEmpty else { return }
    scratch.withUnsafeBufferPointer { bytes in
      queryEntries.sort { left, right in
        switch CanonicalRequestBuilder.compare(bytes, left.name, right.name) {
        case 0: return CanonicalRequestBuilder.compare(bytes, left.value, right.value) < 0
        case let order: return order < 0
        }
      }
      for (index, entry) in queryEntries.enumerated() {
        if index > 0 { output.append(UInt8(ascii: "&")) }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[entry.name]))
        output.append(UInt8(ascii: "="))
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[entry.value]))
      }
    }
  }

  /// Byte-wise comparison of two ranges of `bytes`: negative, zero or positive.
  private static func compare(_ bytes: UnsafeBufferPointer<UInt8>, _ left: Range<Int>, _ right: Range<Int>)
    -> Int
  {
    let common = Swift.min(left.count, right.count)
    var index = 0
    while index < common {
      let difference = Int(bytes[left.lowerBound + index]) - Int(bytes[right.lowerBound + index])
      if difference != 0 { return difference }
      index += 1
    }
    return left.count - right.count
  }
}
