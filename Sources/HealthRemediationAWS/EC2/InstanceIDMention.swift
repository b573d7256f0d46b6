import HealthRemediation

/// Finds the instance IDs an EC2 error message names.
///
/// EC2 writes them as `The instance IDs 'i-a, i-b' do not exist`, `The instance ID 'i-a' does not exist`,
/// `Invalid id: "i-a"` or `The instance 'i-a' is not in a state from which it can be stopped`; moto names
/// only the first missing one. Every token that starts with `i-` is compared with the requested IDs, so the
/// wording may change without breaking this.
enum InstanceIDMention {
  /// The requested IDs the message names.
  ///
  /// - Parameters:
  ///   - message: the error message.
  ///   - requested: the IDs of the failed request.
  static func named(in message: String, among requested: [InstanceID]) -> Set<InstanceID> {
    let byText = Dictionary(requested.map { ($0.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
    var found: Set<InstanceID> = []
    for token in tokens(in: message) {
      if let id = byText[token] { found.insert(id) }
    }
    return found
  }

  private static func tokens(in message: String) -> [String] {
    var tokens: [String] = []
    var current: [UInt8] = []
    for byte in message.utf8 {
      let isTokenByte =
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
      if isTokenByte {
        current.append(byte)
      } else {
        if current.starts(with: [UInt8(ascii: "i"), UInt8(ascii: "-")]) {
          tokens.append(String(decoding: current, as: UTF8.self))
        }
        current.removeAll(keepingCapacity: true)
      }
    }
    if current.starts(with: [UInt8(ascii: "i"), UInt8(ascii: "-")]) {
      tokens.append(String(decoding: current, as: UTF8.self))
    }
    return tokens
  }
}
