import AWSSigV4
import Foundation
import HealthRemediationAWS
import Testing

@Suite("Fault-injecting transport")
struct FaultInjectingTransportTests {
  private let url = URL(string: "http://127.0.0.1:1/")

  private func request(_ body: String) throws -> HTTPRequest {
    HTTPRequest(method: "POST", url: try #require(url), body: Array(body.utf8))
  }

  @Test("produces the queued faults in order, in the called service's error shape, then forwards")
  func faultsInOrder() async throws {
    let base = RecordingTransport { _ in .xml(200, "<ok/>") }
    let faults = FaultInjectingTransport(wrapping: base, faults: [.ec2Throttling, .queryThrottling])
    faults.enqueue(.serverError(status: 502))
    faults.enqueue(.timeout)
    faults.enqueue(.connectionFailure)

    let ec2 = try await faults.send(request("Action=DescribeInstances&Version=2016-11-15"))
    let ec2Error = AWSErrorResponse.decode(ec2, service: "ec2", action: "DescribeInstances")
    #expect(
      ec2.status == 503 && ec2Error.code == "RequestLimitExceeded" && ec2Error.requestID == "fault-injected-1"
    )
    let sns = try await faults.send(request("Action=Publish&Version=2010-03-31"))
    #expect(
      sns.status == 400
        && AWSErrorResponse.decode(sns, service: "sns", action: "Publish").code == "Throttling")
    let server = try await faults.send(request(""))
    #expect(server.status == 502)
    await #expect(throws: HTTPTransportError.self) { _ = try await faults.send(request("")) }
    await #expect(throws: HTTPTransportError.self) { _ = try await faults.send(request("")) }
    #expect(try await faults.send(request("")).status == 200)
    #expect(faults.injectedCount == 5)
    #expect(faults.forwardedCount == 1)
    #expect(faults.pendingFaultCount == 0)
    #expect(base.requests.count == 1)
  }

  @Test("adds latency before every request and fails only the requests it affects")
  func latencyAndSelection() async throws {
    let sleeper = RecordingSleeper()
    let faults = FaultInjectingTransport(
      wrapping: RecordingTransport { _ in .xml(200, "<ok/>") }, faults: [.serverError(status: 500)],
      latency: .milliseconds(250), sleeper: sleeper,
      affects: { String(decoding: $0.body, as: UTF8.self).contains("StopInstances") })
    #expect(try await faults.send(request("Action=DescribeInstances")).status == 200)
    #expect(try await faults.send(request("Action=StopInstances")).status == 500)
    #expect(sleeper.sleeps == [.milliseconds(250), .milliseconds(250)])
  }
}
