import Foundation
import HealthRemediation
import Testing

@Suite("Health and ISO-8601 timestamps")
struct TimestampTests {
  @Test(
    "RFC 1123 Health times parse with one- or two-digit days and any weekday",
    arguments: [
      ("Wed, 28 Nov 2023 06:27:57 GMT", 1_701_152_877.0),
      ("Tue, 28 Nov 2023 06:27:57 GMT", 1_701_152_877.0),
      ("Tue, 7 Feb 2017 06:27:57 GMT", 1_486_448_877.0),
      ("Sun, 07 Feb 2017 06:27:57 GMT", 1_486_448_877.0),
      ("7 Feb 2017 06:27:57 GMT", 1_486_448_877.0),
      ("Thu, 29 Feb 2024 00:00:00 UTC", 1_709_164_800.0),
    ])
  func healthTimesParse(text: String, seconds: Double) throws {
    let time = try #require(HealthTimestamp(text))
    #expect(time.date.timeIntervalSince1970 == seconds)
    #expect(time.text == text)
  }

  @Test(
    "malformed Health times are rejected",
    arguments: [
      "", "Wed, 28 Nov 2023", "Wed, 31 Feb 2023 06:27:57 GMT", "Wed, 28 Foo 2023 06:27:57 GMT",
      "Wed, 28 Nov 2023 24:00:00 GMT", "Wed, 28 Nov 23 06:27:57 GMT", "Wed, 28 Nov 2023 06:27:57 PST",
      "Wed, 123 Nov 2023 06:27:57 GMT", "Fri, 29 Feb 2023 00:00:00 GMT",
    ])
  func malformedHealthTimes(text: String) {
    #expect(HealthTimestamp(text) == nil)
  }

  @Test(
    "ISO-8601 envelope times parse with fractions and offsets",
    arguments: [
      ("2022-11-28T06:27:57Z", 1_669_616_877.0),
      ("2022-11-28T06:27:57.5Z", 1_669_616_877.5),
      ("2022-11-28T07:27:57+01:00", 1_669_616_877.0),
      ("2022-11-28T01:27:57-05:00", 1_669_616_877.0),
    ])
  func isoTimesParse(text: String, seconds: Double) throws {
    #expect(try #require(ISO8601Timestamp(text)).date.timeIntervalSince1970 == seconds)
  }

  @Test(
    "malformed ISO-8601 times are rejected",
    arguments: ["", "2022-11-28", "2022-13-28T06:27:57Z", "2022-11-28T06:27:57", "2022-11-28T06:27:57Zjunk"])
  func malformedISOTimes(text: String) {
    #expect(ISO8601Timestamp(text) == nil)
  }
}
