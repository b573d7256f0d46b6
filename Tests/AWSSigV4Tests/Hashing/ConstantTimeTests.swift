import AWSSigV4
import Testing

@Suite("Constant-time comparison")
struct ConstantTimeTests {
  @Test("equal byte strings compare equal")
  func equal() {
    #expect(ConstantTime.isEqual([1, 2, 3] as [UInt8], [1, 2, 3] as [UInt8]))
    #expect(ConstantTime.isEqual([UInt8](), [UInt8]()))
  }

  @Test("a difference in any position, or a different length, compares unequal")
  func unequal() {
    for position in 0..<3 {
      var other: [UInt8] = [1, 2, 3]
      other[position] ^= 0x80
      #expect(!ConstantTime.isEqual([1, 2, 3] as [UInt8], other))
    }
    #expect(!ConstantTime.isEqual([1, 2, 3] as [UInt8], [1, 2] as [UInt8]))
  }
}
