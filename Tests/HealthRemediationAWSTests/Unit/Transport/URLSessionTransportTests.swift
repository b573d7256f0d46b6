import Foundation
import HealthRemediationAWS
import Testing

/// The real transport against loopback sockets only.
@Suite("URLSession transport")
struct URLSessionTransportTests {
  @Test("gives up with a timeout when the server never answers")
  func timesOut() async throws {
    let listener = try SilentTCPListener()
    let url = try #require(URL(string: "http://127.0.0.1:\(listener.port)/"))
    let start = ContinuousClock.now
    let error = await #expect(throws: HTTPTransportError.self) {
      _ = try await URLSessionTransport().send(
        HTTPRequest(method: "POST", url: url, body: [1], timeout: .milliseconds(300)))
    }
    #expect(error?.kind == .timedOut, "\(String(describing: error))")
    // Never early (Foundation alone fired at once for sub-second timeouts); no upper bound is asserted,
    // since a loaded machine may delay any thread. The detail says the transport's own deadline fired.
    #expect(ContinuousClock.now - start >= .milliseconds(250))
    #expect(error?.operationFailure.code == "RequestTimeout")
    #expect(error?.detail.contains("no response within") == true)
    withExtendedLifetime(listener) {}
  }

  @Test("ends with CancellationError when the calling task is cancelled")
  func cancellation() async throws {
    let listener = try SilentTCPListener()
    let url = try #require(URL(string: "http://127.0.0.1:\(listener.port)/"))
    let task = Task {
      try await URLSessionTransport().send(HTTPRequest(method: "GET", url: url, timeout: .seconds(30)))
    }
    try await Task.sleep(for: .milliseconds(100))
    task.cancel()
    // Without cancellation the request would end with a timeout error after 30 s instead.
    await #expect(throws: CancellationError.self) { _ = try await task.value }
    withExtendedLifetime(listener) {}
  }

  @Test("reports a refused connection as a connection failure")
  func connectionRefused() async throws {
    let port = try SilentTCPListener().port  // released at once, so nothing listens there any more
    let url = try #require(URL(string: "http://127.0.0.1:\(port)/"))
    let error = await #expect(throws: HTTPTransportError.self) {
      _ = try await URLSessionTransport().send(HTTPRequest(method: "GET", url: url, timeout: .seconds(5)))
    }
    #expect(error?.kind == .connectionFailed)
    #expect(error?.host == "127.0.0.1")
  }
}
