/// Checks region names before they are used to pick an endpoint: `us-east-1`, `cn-north-1`,
/// `us-gov-west-1`, `us-iso-east-1`... but never `global` or anything that could change a hostname.
public enum RegionName {
  /// Whether `text` has the shape of an AWS region: two letters, one or more dash-separated words, a number.
  ///
  /// - Parameter text: the candidate region.
  /// - Returns: `true` for a well-formed region name.
  public static func isValid(_ text: String) -> Bool {
    let words = text.split(separator: "-", omittingEmptySubsequences: false)
    guard words.count >= 3, let first = words.first, let last = words.last, first.utf8.count == 2,
      first.utf8.allSatisfy(isLowercaseLetter), !last.isEmpty, last.utf8.count <= 3,
      last.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
    else { return false }
    return words.dropFirst().dropLast().allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy(isLowercaseLetter) }
  }

  private static func isLowercaseLetter(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
  }
}
