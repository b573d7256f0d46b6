import AWSSigV4
import HealthRemediationAWS
import Synchronization

/// An in-memory EC2, SNS and STS behind the library's ``HTTPTransport`` seam: it answers
/// DescribeInstances, StopInstances, Publish and GetCallerIdentity from a simulated fleet, in the
/// services' own XML, and counts every call by action.
///
/// The region is read from the host (`ec2.us-west-2.amazonaws.com`), so the client context must use the
/// default endpoints. Unknown IDs fail the whole call with `InvalidInstanceID.NotFound` naming them, as
/// EC2 does. Requests without an `Authorization` header are refused, so every call must be signed.
final class SimulatedAWSTransport: HTTPTransport {
  private struct State {
    var fleet: [String: [String: SimulatedInstance]]
    /// Each instance's DescribeInstances item, written before the clock starts and again after a change,
    /// so that the simulated server's own work stays out of the figures.
    var items: [String: String] = [:]
    var callsByAction: [String: Int] = [:]
    var publishedMessages: [String] = []
    var requestCount = 0
  }

  /// The account every instance belongs to and GetCallerIdentity names.
  let accountID: String
  private let state: Mutex<State>

  /// Creates the simulated services.
  ///
  /// - Parameters:
  ///   - accountID: the account of the fleet and of the caller.
  ///   - fleet: the instances, by region.
  init(accountID: String, fleet: [String: [SimulatedInstance]]) {
    self.accountID = accountID
    var byRegion: [String: [String: SimulatedInstance]] = [:]
    for (region, instances) in fleet {
      byRegion[region] = Dictionary(uniqueKeysWithValues: instances.map { ($0.id, $0) })
    }
    var state = State(fleet: byRegion)
    for (region, instances) in fleet {
      for instance in instances {
        state.items[instance.id] = SimulatedXML.instanceItem(instance, region: region)
      }
    }
    self.state = Mutex(state)
  }

  /// How many calls each action received, including refused ones.
  var callsByAction: [String: Int] { state.withLock { $0.callsByAction } }

  /// The messages published to SNS, in order.
  var publishedMessages: [String] { state.withLock { $0.publishedMessages } }

  /// The instances of a region, by ID, as they are now.
  ///
  /// - Parameter region: the region.
  func instances(in region: String) -> [String: SimulatedInstance] {
    state.withLock { $0.fleet[region] ?? [:] }
  }

  /// Answers one request from the simulated fleet.
  ///
  /// - Parameter request: a signed Query-protocol POST.
  /// - Returns: the service's answer, an error answer for anything it does not simulate.
  func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    let labels = (request.url.host ?? "").split(separator: ".").map(String.init)
    let service = labels.first ?? ""
    let region = labels.count > 1 ? labels[1] : ""
    let parameters = QueryForm.parameters(request.body)
    let action = parameters["Action"] ?? ""
    let (status, body) = state.withLock { state -> (Int, String) in
      state.callsByAction[action, default: 0] += 1
      state.requestCount += 1
      let requestID = "simulated-\(state.requestCount)"
      guard request.header(named: "Authorization")?.hasPrefix("AWS4-HMAC-SHA256 ") == true else {
        return (
          403,
          SimulatedXML.error(
            ec2: service == "ec2", code: "MissingAuthenticationToken", message: "the request is not signed",
            requestID: requestID)
        )
      }
      switch (service, action) {
      case ("ec2", "DescribeInstances"):
        return Self.describe(
          parameters, region: region, state: &state, account: accountID, requestID: requestID)
      case ("ec2", "StopInstances"):
        return Self.stop(parameters, region: region, state: &state, requestID: requestID)
      case ("sns", "Publish"):
        state.publishedMessages.append(parameters["Message"] ?? "")
        return (200, SimulatedXML.publish(messageID: "message-\(state.requestCount)", requestID: requestID))
      case ("sts", "GetCallerIdentity"):
        return (200, SimulatedXML.callerIdentity(accountID: accountID, requestID: requestID))
      default:
        return (
          400,
          SimulatedXML.error(
            ec2: service == "ec2", code: "InvalidAction", message: "\(service) \(action) is not simulated",
            requestID: requestID)
        )
      }
    }
    return HTTPResponse(
      status: status, headers: [HTTPHeader(name: "Content-Type", value: "text/xml;charset=UTF-8")],
      body: Array(body.utf8))
  }

  private static func describe(
    _ parameters: [String: String], region: String, state: inout State, account: String, requestID: String
  ) -> (Int, String) {
    let ids = QueryForm.list("InstanceId", in: parameters)
    let known = state.fleet[region] ?? [:]
    let unknown = ids.filter { known[$0] == nil }
    guard unknown.isEmpty else { return notFound(unknown, requestID: requestID) }
    let items = ids.compactMap { id -> (id: String, xml: String)? in
      guard let instance = known[id] else { return nil }
      if let item = state.items[id] { return (id, item) }
      let item = SimulatedXML.instanceItem(instance, region: region)
      state.items[id] = item
      return (id, item)
    }
    return (200, SimulatedXML.describeInstances(items, accountID: account, requestID: requestID))
  }

  private static func stop(
    _ parameters: [String: String], region: String, state: inout State, requestID: String
  ) -> (Int, String) {
    let ids = QueryForm.list("InstanceId", in: parameters)
    let known = state.fleet[region] ?? [:]
    let unknown = ids.filter { known[$0] == nil }
    guard unknown.isEmpty else { return notFound(unknown, requestID: requestID) }
    var changes: [(before: SimulatedInstance, after: SimulatedInstance)] = []
    for id in ids {
      guard let before = known[id] else { continue }
      var after = before
      if before.state == "running" || before.state == "pending" { after.state = "stopping" }
      state.fleet[region]?[id] = after
      state.items[id] = nil
      changes.append((before, after))
    }
    return (200, SimulatedXML.stopInstances(changes, requestID: requestID))
  }

  private static func notFound(_ ids: [String], requestID: String) -> (Int, String) {
    (
      400,
      SimulatedXML.error(
        ec2: true, code: "InvalidInstanceID.NotFound",
        message: "The instance IDs '\(ids.joined(separator: ", "))' do not exist", requestID: requestID)
    )
  }
}
