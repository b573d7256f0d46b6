import AWSSigV4
import HealthRemediation
import HealthRemediationAWS
import Testing

@Suite("Error answers of Query services")
struct AWSErrorResponseTests {
  @Test("reads EC2's Response/Errors/Error shape with its RequestID")
  func readsEC2Shape() {
    let response = HTTPResponse.xml(
      400,
      EC2Responses.error(
        "InvalidInstanceID.NotFound", "The instance ID 'i-1' does not exist", requestID: "r-1"))
    let error = AWSErrorResponse.decode(response, service: "ec2", action: "DescribeInstances")
    #expect(error.code == "InvalidInstanceID.NotFound")
    #expect(error.message == "The instance ID 'i-1' does not exist")
    #expect(error.requestID == "r-1")
    #expect(error.httpStatus == 400)
    #expect(error.service == "ec2" && error.action == "DescribeInstances")
  }

  @Test("reads SNS's and STS's ErrorResponse/Error shape with its RequestId")
  func readsQueryShape() {
    let response = HTTPResponse.xml(
      404, EC2Responses.queryError("NotFound", "Topic does not exist", requestID: "r-2"))
    let error = AWSErrorResponse.decode(response, service: "sns", action: "Publish")
    #expect(error.code == "NotFound")
    #expect(error.message == "Topic does not exist")
    #expect(error.requestID == "r-2")
  }

  @Test("reads moto's ErrorResponse/Errors/Error authentication shape, taking the request ID from the header")
  func readsMotoAuthenticationShape() {
    let body = """
      <?xml version="1.0" encoding="utf-8"?>
      <ErrorResponse><Errors><Error><Code>AuthFailure</Code><Message>AWS was not able to validate the \
      provided access credentials</Message><Type>Sender</Type></Error></Errors></ErrorResponse>
      """
    let response = HTTPResponse.xml(
      401, body, headers: [HTTPHeader(name: "x-amzn-RequestId", value: "hdr-1")])
    let error = AWSErrorResponse.decode(response, service: "ec2", action: "DescribeInstances")
    #expect(error.code == "AuthFailure")
    #expect(error.isAuthenticationFailure)
    #expect(error.requestID == "hdr-1")
    #expect(error.httpStatus == 401)
  }

  @Test("turns a body in no known shape into an error named after the HTTP status")
  func fallsBackToTheStatus() {
    let response = HTTPResponse.xml(502, "<html><body>Bad Gateway</body></html>")
    let error = AWSErrorResponse.decode(response, service: "ec2", action: "StopInstances")
    #expect(error.code == "HTTP502")
    #expect(error.message.contains("Bad Gateway"))
    #expect(error.httpStatus == 502)
  }

  @Test("reports code, request ID and status to the report")
  func convertsToOperationFailure() {
    let error = AWSServiceError(
      service: "ec2", action: "StopInstances", code: "OperationNotPermitted", message: "no", requestID: "r-9",
      httpStatus: 400)
    let failure = OperationFailure(error)
    #expect(failure.code == "OperationNotPermitted")
    #expect(failure.requestID == "r-9")
    #expect(failure.httpStatus == 400)
    #expect(failure.message.contains("StopInstances"))
  }
}
