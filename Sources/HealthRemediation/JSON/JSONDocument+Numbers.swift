extension JSONDocument {
  /// Below this magnitude every whole `Double` is exactly the integer it prints as (2^53).
  private static let exactDoubleLimit = 9_007_199_254_740_992.0

  /// The number token at `index` as an `Int`, with the rules of Foundation's `JSONDecoder`, so that
  /// events read alike through ``HealthEventDecoder`` and through `Codable`.
  ///
  /// A plain integer is read exactly and fails when it overflows. Any other number (`2.0`, `1e2`) is
  /// read as a `Double` that must be whole and fit an `Int`; below 2^53 that `Double` is the value, from
  /// 2^53 up the decimal text is taken without its fraction, as `JSONDecoder` does through `Decimal`.
  ///
  /// - Parameter index: a token index.
  /// - Returns: the integer, or `nil` when the token is not a number or the number is not one.
  func integer(at index: Int) -> Int? {
    let token = tokens[index]
    guard token.kind == .number else { return nil }
    if token.flags & JSONToken.integerLiteral != 0 { return plainInteger(token) }
    guard let double = Double(literal(at: index)), Int(exactly: double) != nil else { return nil }
    if double.magnitude < Self.exactDoubleLimit { return Int(double) }
    return truncatedDecimal(token)
  }

  /// The number token at `index` as a finite `Double`, or `nil` when it is not a number or overflows.
  func double(at index: Int) -> Double? {
    guard tokens[index].kind == .number, let value = Double(literal(at: index)), value.isFinite else {
      return nil
    }
    return value
  }

  /// `-?[0-9]+` as an `Int`, or `nil` on overflow.
  private func plainInteger(_ token: JSONToken) -> Int? {
    var index = Int(token.start)
    let end = Int(token.end)
    let negative = bytes[index] == UInt8(ascii: "-")
    if negative { index += 1 }
    var value = 0
    while index < end {
      let digit = Int(bytes[index] &- UInt8(ascii: "0"))
      // Accumulating negatively reaches Int.min, which has no positive counterpart.
      let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
      let (next, overflow2) = shifted.subtractingReportingOverflow(digit)
      guard !overflow, !overflow2 else { return nil }
      value = next
      index += 1
    }
    if negative { return value }
    return value == Int.min ? nil : -value
  }

  /// The decimal text of a number without its fraction, as an `Int`; for numbers from 2^53 up.
  private func truncatedDecimal(_ token: JSONToken) -> Int? {
    var index = Int(token.start)
    let end = Int(token.end)
    var digits = ""
    if bytes[index] == UInt8(ascii: "-") {
      digits.append("-")
      index += 1
    }
    var mantissa: [UInt8] = []
    var fractionDigits = 0
    var inFraction = false
    while index < end, bytes[index] != UInt8(ascii: "e"), bytes[index] != UInt8(ascii: "E") {
      if bytes[index] == UInt8(ascii: ".") {
        inFraction = true
      } else {
        mantissa.append(bytes[index])
        if inFraction { fractionDigits += 1 }
      }
      index += 1
    }
    var exponent = 0
    if index < end {
      index += 1
      var negativeExponent = false
      if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
        negativeExponent = bytes[index] == UInt8(ascii: "-")
        index += 1
      }
      while index < end {
        // Saturates: such exponents were already refused by the range check on the Double.
        exponent = min(exponent * 10 + Int(bytes[index] - UInt8(ascii: "0")), 10_000)
        index += 1
      }
      if negativeExponent { exponent = -exponent }
    }
    let shift = exponent - fractionDigits
    if shift >= 0 {
      guard shift <= 40 else { return nil }
      mantissa.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: shift))
    } else {
      mantissa.removeLast(min(-shift, mantissa.count))
    }
    digits += String(decoding: mantissa.isEmpty ? [UInt8(ascii: "0")] : mantissa, as: UTF8.self)
    return Int(digits)
  }
}
