/// A decoded `application/x-www-form-urlencoded` body, as a server reads it.
struct FormBody: Hashable, Sendable {
  let pairs: [Pair]

  struct Pair: Hashable, Sendable {
    let name: String
    let value: String
  }

  init(_ body: [UInt8]) {
    let text = String(decoding: body, as: UTF8.self)
    pairs =
      text.isEmpty
      ? []
      : text.split(separator: "&", omittingEmptySubsequences: false).map { part in
        let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        return Pair(
          name: Self.decode(pieces[0]), value: pieces.count > 1 ? Self.decode(pieces[1]) : "")
      }
  }

  /// The value of the first pair with the name.
  subscript(name: String) -> String? { pairs.first { $0.name == name }?.value }

  /// The names of all pairs, in order.
  var names: [String] { pairs.map(\.name) }

  /// The action of a Query request.
  var action: String? { self["Action"] }

  /// The values of a numbered list (`prefix.1`, `prefix.2`...).
  func list(_ prefix: String) -> [String] {
    var values: [String] = []
    var index = 1
    while let value = self["\(prefix).\(index)"] {
      values.append(value)
      index += 1
    }
    return values
  }

  private static func decode(_ text: Substring) -> String {
    var bytes: [UInt8] = []
    var iterator = Array(text.utf8).makeIterator()
    while let byte = iterator.next() {
      if byte == UInt8(ascii: "+") {
        bytes.append(UInt8(ascii: " "))
      } else if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
        let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
      {
        bytes.append(value)
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
