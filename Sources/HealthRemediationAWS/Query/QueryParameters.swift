/// The ordered parameters of a Query-protocol request, and their form encoding.
///
/// The encoding is exactly Python's `urllib.parse.urlencode`: the unreserved characters `A-Z a-z 0-9 - . _ ~`
/// are kept, a space becomes `+`, and every other byte of the UTF-8 form becomes `%XX` in upper case. So a
/// value taken from an event (with `&`, `=`, `+`, line breaks, anything) stays inside its own parameter,
/// and moto, which checks the signature over its own re-encoding of the form, computes the same bytes.
public struct QueryParameters: Hashable, Sendable {
  /// The parameters, in the order they are encoded.
  public private(set) var pairs: [(name: String, value: String)]

  /// Creates parameters.
  ///
  /// - Parameter pairs: name and value pairs, in order.
  public init(_ pairs: [(name: String, value: String)] = []) {
    self.pairs = pairs
  }

  /// Adds a parameter at the end.
  ///
  /// - Parameters:
  ///   - name: the parameter name, for example `InstanceId.1`.
  ///   - value: its value.
  public mutating func append(_ name: String, _ value: String) {
    pairs.append((name, value))
  }

  /// Adds a numbered list: `prefix.1`, `prefix.2`... (or `prefix.1.suffix`... when a suffix is given).
  ///
  /// - Parameters:
  ///   - prefix: the list's parameter name, for example `InstanceId`.
  ///   - values: the values, numbered from 1.
  public mutating func appendList(_ prefix: String, _ values: [String]) {
    for (index, value) in values.enumerated() {
      append("\(prefix).\(index + 1)", value)
    }
  }

  /// The value of the first parameter with the name.
  ///
  /// - Parameter name: the parameter name.
  public subscript(name: String) -> String? {
    pairs.first { $0.name == name }?.value
  }

  /// `name=value&name=value`, each part encoded like Python's `urlencode`.
  public var formEncoded: String {
    pairs.map { Self.encode($0.name) + "=" + Self.encode($0.value) }.joined(separator: "&")
  }

  /// Encodes one name or value like Python's `quote_plus(text, safe="")`.
  ///
  /// - Parameter text: the text to encode.
  /// - Returns: the encoded text, which contains only unreserved characters, `+` and `%XX`.
  public static func encode(_ text: String) -> String {
    var encoded: [UInt8] = []
    encoded.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"):
        encoded.append(byte)
      case UInt8(ascii: " "):
        encoded.append(UInt8(ascii: "+"))
      default:
        encoded.append(UInt8(ascii: "%"))
        encoded.append(hexDigits[Int(byte >> 4)])
        encoded.append(hexDigits[Int(byte & 0x0F)])
      }
    }
    return String(decoding: encoded, as: UTF8.self)
  }

  private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

  /// Parameters are equal when they have the same pairs in the same order.
  public static func == (lhs: QueryParameters, rhs: QueryParameters) -> Bool {
    lhs.pairs.elementsEqual(rhs.pairs) { $0.name == $1.name && $0.value == $1.value }
  }

  /// Hashes the pairs in order.
  ///
  /// - Parameter hasher: the hasher to feed.
  public func hash(into hasher: inout Hasher) {
    for pair in pairs {
      hasher.combine(pair.name)
      hasher.combine(pair.value)
    }
  }
}
