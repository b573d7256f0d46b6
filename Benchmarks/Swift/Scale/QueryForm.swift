/// Reads the form-encoded body of a Query-protocol request, as the simulated services must.
enum QueryForm {
  /// The parameters of a body, by name; a repeated name keeps its last value.
  ///
  /// - Parameter body: `name=value&name=value`, with `+` for spaces and `%XX` escapes.
  /// - Returns: the decoded parameters.
  static func parameters(_ body: [UInt8]) -> [String: String] {
    var parameters: [String: String] = [:]
    for pair in body.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
      let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
      let name = decode(parts[0])
      parameters[name] = parts.count > 1 ? decode(parts[1]) : ""
    }
    return parameters
  }

  /// The values of a numbered list (`prefix.1`, `prefix.2`...), in order, up to the first gap.
  ///
  /// - Parameters:
  ///   - prefix: the list's name, for example `InstanceId`.
  ///   - parameters: the decoded parameters.
  static func list(_ prefix: String, in parameters: [String: String]) -> [String] {
    var values: [String] = []
    while let value = parameters["\(prefix).\(values.count + 1)"] { values.append(value) }
    return values
  }

  private static func decode(_ bytes: ArraySlice<UInt8>) -> String {
    var decoded: [UInt8] = []
    decoded.reserveCapacity(bytes.count)
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == UInt8(ascii: "+") {
        decoded.append(UInt8(ascii: " "))
      } else if byte == UInt8(ascii: "%"), index + 2 < bytes.endIndex,
        let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
      {
        decoded.append(high << 4 | low)
        index += 2
      } else {
        decoded.append(byte)
      }
      index += 1
    }
    return String(decoding: decoded, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
