/// A validated AWS region name, such as `eu-west-1` or `us-gov-west-1`.
///
/// Regions come from events and configuration, and end up in hostnames and credential scopes, so only
/// names of the shape `^[a-z]{2}(-[a-z]+)+-\d+$` are accepted.
public struct AWSRegion: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The region's name.
  public let name: String

  /// Validates a region name.
  ///
  /// - Parameter name: the candidate, for example `us-east-1`.
  /// - Throws: ``AWSValidationError`` when it does not have a region's shape (`global` included).
  public init(validating name: String) throws(AWSValidationError) {
    guard Self.isValid(name) else {
      throw AWSValidationError(
        field: "region", value: name,
        reason: "a region looks like \"eu-west-1\": lowercase words joined by \"-\", ending with a number")
    }
    self.name = name
  }

  /// Wraps a region name this library spells itself, without validating it.
  init(trusted name: String) {
    self.name = name
  }

  /// The partition the region belongs to.
  public var partition: AWSPartition { AWSPartition.containing(self) }

  /// The region's name.
  public var description: String { name }

  /// Orders regions by name.
  public static func < (lhs: AWSRegion, rhs: AWSRegion) -> Bool { lhs.name < rhs.name }

  private static func isValid(_ name: String) -> Bool {
    let parts = name.split(separator: "-", omittingEmptySubsequences: false)
    guard name.utf8.count <= 50, parts.count >= 3, let first = parts.first, let last = parts.last else {
      return false
    }
    let isLowercaseWord = { (part: Substring) in
      !part.isEmpty && part.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }
    guard first.utf8.count == 2, isLowercaseWord(first) else { return false }
    guard !last.isEmpty, last.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
      return false
    }
    return parts.dropFirst().dropLast().allSatisfy(isLowercaseWord)
  }
}
