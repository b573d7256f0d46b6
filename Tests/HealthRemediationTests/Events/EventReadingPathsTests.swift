import Foundation
import HealthRemediation
import Testing

@Suite("HealthEventDecoder and the Codable conformances read events alike")
struct EventReadingPathsTests {
  /// The event as `JSONDecoder` reads it through the `Codable` conformances, or its error in the words
  /// `JSONProblem` gives it.
  private func codable(_ json: Data) -> Result<HealthEvent, EventDecodingError> {
    do {
      return .success(try JSONDecoder().decode(HealthEvent.self, from: json))
    } catch {
      let problem = JSONProblem(decoding: error, input: json)
      return .failure(EventDecodingError(path: problem.path, problem: problem.problem))
    }
  }

  private func decoder(_ json: Data) -> Result<HealthEvent, EventDecodingError> {
    Result { () throws(EventDecodingError) in try HealthEventDecoder().decode(json) }
  }

  @Test("the scenario's sample event and the README's example event read the same both ways")
  func sampleEvents() throws {
    for url in [Fixtures.sampleEventURL, Fixtures.exampleEventURL] {
      let json = try Data(contentsOf: url)
      let fast = try HealthEventDecoder().decode(json)
      #expect(fast == (try JSONDecoder().decode(HealthEvent.self, from: json)))
      // And what one path writes, the other reads back equal.
      #expect(try HealthEventDecoder().decode(try JSONEncoder().encode(fast)) == fast)
    }
  }

  @Test("random events with unknown members, escapes and numbers of every form read the same both ways")
  func randomEvents() throws {
    var generator = RandomEventJSON(seed: 0x5EED_0001)
    var decoded = 0
    var withUnknownMembers = 0
    for _ in 0..<300 {
      let json = Data(generator.event().utf8)
      let fast = decoder(json)
      #expect(fast == codable(json), "\(String(decoding: json, as: UTF8.self))")
      if case .success(let event) = fast {
        decoded += 1
        if !event.additionalFields.isEmpty || !event.detail.additionalFields.isEmpty {
          withUnknownMembers += 1
        }
      }
    }
    // The generator must produce readable events, many with unknown members, or this proves little.
    #expect(decoded > 200)
    #expect(withUnknownMembers > 100)
  }

  @Test("a member of the wrong kind fails with the same path and words both ways")
  func randomWrongKinds() {
    var generator = RandomEventJSON(seed: 0x5EED_0002)
    var failures = 0
    for _ in 0..<300 {
      let json = Data(generator.event(corrupt: true).utf8)
      let fast = decoder(json)
      #expect(fast == codable(json), "\(String(decoding: json, as: UTF8.self))")
      if case .failure = fast { failures += 1 }
    }
    #expect(failures > 100)
  }
}
