import Foundation

/// Comparison whose running time does not depend on where two byte strings first differ.
///
/// Use it whenever one side is secret or attacker-controlled (a MAC, a signature, a token): an early-exit
/// comparison would let an attacker learn how many leading bytes they guessed right.
public enum ConstantTime {
  /// Compares two byte buffers in time that depends only on their lengths.
  ///
  /// - Parameters:
  ///   - lhs: one byte string.
  ///   - rhs: the other byte string.
  /// - Returns: whether both have the same length and the same bytes. Lengths are not secret, so
  ///   buffers of different lengths return `false` at once.
  public static func isEqual(_ lhs: UnsafeRawBufferPointer, _ rhs: UnsafeRawBufferPointer) -> Bool {
    guard lhs.count == rhs.count else { return false }
    var difference: UInt8 = 0
    for index in 0..<lhs.count {
      difference |= lhs[index] ^ rhs[index]
    }
    return difference == 0
  }

  /// Compares two byte collections in time that depends only on their lengths.
  ///
  /// - Parameters:
  ///   - lhs: one byte string.
  ///   - rhs: the other byte string.
  /// - Returns: whether both have the same length and the same bytes.
  public static func isEqual<L: DataProtocol, R: DataProtocol>(_ lhs: L, _ rhs: R) -> Bool {
    let left = Array(lhs)
    let right = Array(rhs)
    return left.withUnsafeBytes { l in right.withUnsafeBytes { r in isEqual(l, r) } }
  }
}
