import HealthRemediation
import HealthRemediationAWS

/// A fake EC2 that knows some instances and answers like EC2 (or like moto, naming one unknown ID).
final class FakeEC2: Sendable {
  let known: Set<String>
  let protected: Set<String>
  let namesOnlyFirstUnknown: Bool
  let namesCulprit: Bool

  init(
    known: [InstanceID], protected: [InstanceID] = [], namesOnlyFirstUnknown: Bool = false,
    namesCulprit: Bool = true
  ) {
    self.known = Set(known.map(\.rawValue))
    self.protected = Set(protected.map(\.rawValue))
    self.namesOnlyFirstUnknown = namesOnlyFirstUnknown
    self.namesCulprit = namesCulprit
  }

  func answer(_ request: HTTPRequest) -> HTTPResponse {
    let form = FormBody(request.body)
    let ids = form.list(form.action == "CreateTags" ? "ResourceId" : "InstanceId")
    let unknown = ids.filter { !known.contains($0) }
    if !unknown.isEmpty {
      let named = namesOnlyFirstUnknown ? [unknown[0]] : unknown
      let message =
        named.count == 1
        ? "The instance ID '\(named[0])' does not exist"
        : "The instance IDs '\(named.joined(separator: ", "))' do not exist"
      return .xml(400, EC2Responses.error("InvalidInstanceID.NotFound", message))
    }
    switch form.action {
    case "DescribeInstances":
      return .xml(200, EC2Responses.describe(ids.map { (id: $0, state: "running", tags: ["Stage": "Dev"]) }))
    case "StopInstances":
      if form["DryRun"] == "true" {
        return .xml(
          412, EC2Responses.error("DryRunOperation", "Request would have succeeded, but DryRun flag is set."))
      }
      if let culprit = ids.first(where: { protected.contains($0) }) {
        let message =
          namesCulprit
          ? "The instance '\(culprit)' may not be stopped. Modify its 'disableApiStop' instance attribute and try again."
          : "This instance may not be stopped."
        return .xml(400, EC2Responses.error("OperationNotPermitted", message, requestID: "req-protected"))
      }
      return .xml(200, EC2Responses.stop(ids))
    case "CreateTags":
      return .xml(200, EC2Responses.createTags)
    default:
      return .xml(400, EC2Responses.error("InvalidAction", "unknown"))
    }
  }
}
