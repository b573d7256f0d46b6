import Foundation
import HealthRemediation
import Testing

@Suite("Decoding EventBridge AWS Health events")
struct EventDecodingTests {
  let decoder = HealthEventDecoder()

  @Test("the scenario's sample event decodes with every field")
  func sampleEventDecodes() throws {
    let event = try decoder.decode(try Data(contentsOf: Fixtures.sampleEventURL))
    #expect(event.source == "aws.health")
    #expect(event.detailType == "AWS Health Abuse Event")
    #expect(event.account == "123456789012")
    #expect(event.region == "global")
    #expect(event.time?.date == Date(timeIntervalSince1970: 1_669_616_877))
    #expect(event.resources?.count == 2)
    #expect(event.detail.eventTypeCode == "AWS_ABUSE_DOS_REPORT")
    #expect(event.detail.startTime?.date == Date(timeIntervalSince1970: 1_701_152_877))
    #expect(event.detail.affectedEntities?.map(\.entityValue) == event.resources)
    #expect(event.detail.latestDescription == "A description of the event will be provided here")
  }

  @Test("the sample event re-encodes without loss")
  func sampleEventRoundTrips() throws {
    let original = try Data(contentsOf: Fixtures.sampleEventURL)
    let reencoded = try JSONEncoder().encode(try decoder.decode(original))
    let before = try JSONSerialization.jsonObject(with: original) as? NSDictionary
    let after = try JSONSerialization.jsonObject(with: reencoded) as? NSDictionary
    #expect(before != nil)
    #expect(before == after)
  }

  @Test("unknown fields are tolerated and kept, at every level")
  func unknownFieldsRoundTrip() throws {
    let json = """
      {"detail-type":"AWS Health Abuse Event","source":"aws.health","account":"123456789012","futureEnvelope":[1,2.5,null,true],
       "detail":{"eventArn":"arn:aws:health:global::event/X","service":"ABUSE","eventTypeCode":"AWS_ABUSE_DOS_REPORT",
         "futureDetail":{"nested":"yes"},
         "affectedEntities":[{"entityValue":"i-0123456789abcdef0","futureEntity":"kept","status":"IMPAIRED","tags":{"Stage":"Dev"}}],
         "eventMetadata":{"k":"v"},"page":"2","totalPages":"3","communicationId":"c-1","affectedAccount":"210987654321"}}
      """
    let event = try decoder.decode(Data(json.utf8))
    #expect(
      event.additionalFields["futureEnvelope"] == .array([.integer(1), .number(2.5), .null, .bool(true)]))
    #expect(event.detail.additionalFields["futureDetail"] == .object(["nested": .string("yes")]))
    #expect(event.detail.affectedEntities?.first?.additionalFields["futureEntity"] == .string("kept"))
    #expect(event.detail.affectedEntities?.first?.tags == ["Stage": "Dev"])
    #expect(event.detail.page == "2")
    #expect(event.detail.totalPages == "3")
    let again = try decoder.decode(try JSONEncoder().encode(event))
    #expect(again == event)
  }

  @Test("every field BRIEF section 2 lists is decoded")
  func everyDocumentedField() throws {
    let json = """
      {"version":"0","id":"e-1","detail-type":"AWS Health Event","source":"aws.health","account":"123456789012",
       "time":"2023-02-07T10:00:00.250Z","region":"eu-west-1","resources":[],
       "detail":{"eventArn":"arn:aws:health:eu-west-1::event/EC2/X","service":"EC2","eventTypeCode":"AWS_EC2_X",
         "eventTypeCategory":"scheduledChange","eventScopeCode":"ACCOUNT_SPECIFIC","communicationId":"c-9",
         "startTime":"Tue, 7 Feb 2017 06:27:57 GMT","endTime":"Sun, 29 Feb 2024 23:59:59 GMT",
         "lastUpdatedTime":"Mon, 1 Jan 2024 00:00:00 GMT","statusCode":"upcoming","eventRegion":"eu-west-1",
         "eventDescription":[{"language":"fr_FR","latestDescription":"Bonjour"},{"language":"en_US","latestDescription":"Hello"}],
         "eventMetadata":{"a":"b"},"affectedEntities":[{"entityValue":"i-0123456789abcdef0","lastUpdatedTime":"Thu, 1 Feb 2024 00:00:00 GMT"}],
         "affectedAccount":"210987654321","page":"1","totalPages":"1"}}
      """
    let event = try decoder.decode(Data(json.utf8))
    #expect(event.time?.date.timeIntervalSince1970 == 1_675_764_000.25)
    #expect(event.detail.eventScopeCode == "ACCOUNT_SPECIFIC")
    #expect(event.detail.communicationID == "c-9")
    #expect(event.detail.statusCode == "upcoming")
    #expect(event.detail.endTime?.date == Date(timeIntervalSince1970: 1_709_251_199))
    #expect(event.detail.lastUpdatedTime?.date == Date(timeIntervalSince1970: 1_704_067_200))
    #expect(event.detail.latestDescription == "Hello")
    #expect(event.detail.eventMetadata == ["a": "b"])
    #expect(event.detail.affectedAccount == "210987654321")
    #expect(
      event.detail.affectedEntities?.first?.lastUpdatedTime?.date
        == Date(timeIntervalSince1970: 1_706_745_600))
  }

  @Test("page numbers sent as integers are accepted as their string form")
  func integerPageNumbers() throws {
    let json = """
      {"detail-type":"x","source":"aws.health","account":"123456789012",
       "detail":{"eventArn":"a","service":"ABUSE","eventTypeCode":"X","page":2,"totalPages":5}}
      """
    let event = try decoder.decode(Data(json.utf8))
    #expect(event.detail.page == "2")
    #expect(event.detail.totalPages == "5")
  }

  @Test(
    "bad input fails with the JSON path and the problem",
    arguments: [
      ("", "$", "empty input"),
      ("   \n", "$", "empty input"),
      ("not json", "$", "not valid JSON"),
      ("{\"source\": \"aws.health\", \"detail\": {", "$", "not valid JSON"),
      ("[1, 2]", "$", "expected an object"),
      (
        #"{"detail-type":"x","source":"aws.health","account":"123456789012"}"#, "detail",
        "required field is missing"
      ),
      (
        #"{"detail-type":"x","source":"aws.health","account":"123456789012","detail":{"eventArn":"a","service":"ABUSE","eventTypeCode":"X","affectedEntities":[{"entityValue":"a"},{"entityValue":7}]}}"#,
        "detail.affectedEntities[1].entityValue", "expected a string"
      ),
      (
        #"{"detail-type":"x","source":"aws.health","account":"123456789012","resources":"arn","detail":{"eventArn":"a","service":"ABUSE","eventTypeCode":"X"}}"#,
        "resources", "expected an array"
      ),
      (
        #"{"detail-type":"x","source":"aws.health","account":123,"detail":{"eventArn":"a","service":"ABUSE","eventTypeCode":"X"}}"#,
        "account", "expected a string"
      ),
      (
        #"{"detail-type":"x","source":"aws.health","account":"1","detail":{"eventArn":"a","service":"ABUSE","eventTypeCode":"X","startTime":"yesterday"}}"#,
        "detail.startTime", "expected a time like"
      ),
      (
        #"{"detail-type":"x","source":"aws.health","account":"1","time":"28/11/2022","detail":{"eventArn":"a","service":"ABUSE","eventTypeCode":"X"}}"#,
        "time", "expected an ISO-8601 time"
      ),
      (
        #"{"detail-type":"x","source":"aws.health","account":"1","detail":{"eventArn":"a","service":"ABUSE","eventTypeCode":"X","page":"first"}}"#,
        "detail.page", "expected a page number"
      ),
      (
        #"{"detail-type":"x","source":"aws.health","account":"1","detail":{"service":"ABUSE","eventTypeCode":"X"}}"#,
        "detail.eventArn", "required field is missing"
      ),
      (
        #"{"detail-type":"x","source":"aws.health","account":"1","detail":{"eventArn":null,"service":"ABUSE","eventTypeCode":"X"}}"#,
        "detail.eventArn", "found null"
      ),
    ])
  func badInputIsRejectedWithPath(input: String, path: String, problem: String) {
    #expect {
      try decoder.decode(Data(input.utf8))
    } throws: { error in
      guard let error = error as? EventDecodingError else { return false }
      return error.path == path && error.problem.contains(problem)
    }
  }

  @Test("the workshop's own test event, with one closing brace too many, is rejected as not JSON")
  func workshopTestEventWithExtraBrace() throws {
    let sample = try String(contentsOf: Fixtures.sampleEventURL, encoding: .utf8)
    let broken = sample.trimmingCharacters(in: .whitespacesAndNewlines) + "\n}"
    #expect {
      try decoder.decode(Data(broken.utf8))
    } throws: { error in
      (error as? EventDecodingError)?.path == "$"
        && (error as? EventDecodingError)?.problem.contains("not valid JSON") == true
    }
  }

  @Test("every truncation of the sample event fails cleanly, never crashes")
  func everyTruncationFailsCleanly() throws {
    let bytes = Array(try Data(contentsOf: Fixtures.sampleEventURL))
    var failures = 0
    for length in stride(from: 0, to: bytes.count - 2, by: 7) {
      do {
        _ = try decoder.decode(Array(bytes[0..<length]))
      } catch {
        failures += 1
      }
    }
    #expect(failures == (bytes.count - 2 + 6) / 7)
  }

  @Test("input over the size limit is refused before parsing")
  func oversizedInputRefused() {
    let small = HealthEventDecoder(maximumSize: 10)
    #expect(throws: EventDecodingError.self) {
      try small.decode(Data(repeating: UInt8(ascii: "{"), count: 11))
    }
  }
}
