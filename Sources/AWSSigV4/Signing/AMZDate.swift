import Foundation

/// A signing time in SigV4's basic ISO 8601 form, `YYYYMMDD'T'HHMMSS'Z'` (UTC), formatted by hand.
///
/// `DateFormatter` costs microseconds per call and allocates; this is a few integer divisions.
struct AMZDate: Sendable {
  /// The 16 ASCII bytes of the timestamp; the first 8 are the date stamp used in the credential scope.
  private(set) var bytes: (UInt64, UInt64) = (0, 0)

  /// The date as the number `YYYYMMDD`, a cheap cache key for the day's signing key.
  let dayNumber: UInt32

  /// The latest time the four-digit format can express, 9999-12-31T23:59:59Z.
  private static let latestSecond: Int64 = 253_402_300_799

  /// Formats a date.
  ///
  /// - Parameter date: the signing time; fractional seconds are dropped. Times before 1970 or after 9999,
  ///   and non-finite ones, are clamped to that range so that formatting never traps on odd input.
  init(_ date: Date) {
    let interval = date.timeIntervalSince1970
    let seconds: Int64
    if interval.isNaN || interval < 0 {
      seconds = 0
    } else if interval >= Double(AMZDate.latestSecond) {
      seconds = AMZDate.latestSecond
    } else {
      seconds = Int64(interval.rounded(.down))
    }
    let days = seconds / 86_400
    let secondOfDay = Int(seconds - days * 86_400)

    // Civil-from-days (Howard Hinnant's algorithm) for the proleptic Gregorian calendar.
    let shifted = days + 719_468
    let era = shifted / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = Int(dayOfYear - (153 * monthIndex + 2) / 5 + 1)
    let month = Int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9)
    let year = Int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0))

    dayNumber = UInt32(year * 10_000 + month * 100 + day)
    withUnsafeMutableBytes(of: &bytes) { text in
      func put(_ value: Int, at offset: Int, digits: Int) {
        var value = value
        for position in stride(from: offset + digits - 1, through: offset, by: -1) {
          text[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value % 10)
          value /= 10
        }
      }
      put(year, at: 0, digits: 4)
      put(month, at: 4, digits: 2)
      put(day, at: 6, digits: 2)
      text[8] = UInt8(ascii: "T")
      put(secondOfDay / 3600, at: 9, digits: 2)
      put(secondOfDay / 60 % 60, at: 11, digits: 2)
      put(secondOfDay % 60, at: 13, digits: 2)
      text[15] = UInt8(ascii: "Z")
    }
  }

  /// Calls `body` with the 16 bytes of the full timestamp.
  func withTimestamp<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    try withUnsafeBytes(of: bytes) { try body($0) }
  }

  /// Calls `body` with the 8 bytes of the date stamp `YYYYMMDD`.
  func withDateStamp<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    try withUnsafeBytes(of: bytes) { try body(UnsafeRawBufferPointer(rebasing: $0[0..<8])) }
  }

  /// The full timestamp, for example `20150830T123600Z`.
  var timestamp: String {
    withTimestamp { String(decoding: $0, as: UTF8.self) }
  }

  /// The date stamp, for example `20150830`.
  var dateStamp: String {
    withDateStamp { String(decoding: $0, as: UTF8.self) }
  }
}
