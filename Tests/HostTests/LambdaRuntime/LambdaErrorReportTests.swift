import Foundation
import LambdaRuntime
import Testing

@Suite("Lambda error reports")
struct LambdaErrorReportTests {
  @Test("encodes the Runtime API's error body with errorType and errorMessage, escaped")
  func encodesJSONBody() throws {
    let report = LambdaErrorReport(errorType: "Remediation.Failed", errorMessage: "line 1\n\"quoted\"")
    let parsed = try JSONSerialization.jsonObject(with: Data(report.jsonBytes))
    let object = try #require(parsed as? [String: String])
    #expect(object == ["errorType": "Remediation.Failed", "errorMessage": "line 1\n\"quoted\""])
  }

  @Test(
    "reduces the error type to characters that are safe in a header",
    arguments: [
      ("Plain.Type_1-2:3", "Plain.Type_1-2:3"),
      ("Generic<Int>", "Generic_Int_"),
      ("Injected\r\nX-Evil: 1", "Injected__X-Evil:_1"),
      ("", "Unhandled"),
    ])
  func headerSafeType(input: String, expected: String) {
    #expect(LambdaErrorReport(errorType: input, errorMessage: "m").errorType == expected)
  }

  @Test("caps long error types and messages")
  func capsLengths() {
    let report = LambdaErrorReport(
      errorType: String(repeating: "T", count: 500),
      errorMessage: String(repeating: "m", count: 10_000))
    #expect(report.errorType.count == LambdaErrorReport.maximumTypeLength)
    #expect(report.errorMessage.count == LambdaErrorReport.maximumMessageLength)
    #expect(report.errorMessage.hasSuffix("(truncated)"))
  }

  @Test("describes a plain error by its type name and description")
  func describesPlainError() {
    let report = LambdaErrorReport(describing: DescribedFailure(description: "no topic"))
    #expect(report == LambdaErrorReport(errorType: "DescribedFailure", errorMessage: "no topic"))
  }

  @Test("describes a LambdaReportableError by the type it declares")
  func describesReportableError() {
    let report = LambdaErrorReport(describing: CodedFailure(code: "Policy.Invalid", description: "bad"))
    #expect(report == LambdaErrorReport(errorType: "Policy.Invalid", errorMessage: "bad"))
  }
}
