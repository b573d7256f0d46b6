import HealthRemediation

/// Reads the parts of EC2's XML answers that the remediation uses.
enum EC2ResponseDecoder {
  /// A state change reported by StopInstances.
  struct StateChange {
    var previous: InstanceState
    var current: InstanceState
  }

  /// The instances of a DescribeInstances answer (`reservationSet/item/instancesSet/item`).
  ///
  /// - Throws: ``AWSResponseDecodingError`` for an instance without a valid ID or state.
  static func instances(in root: AWSXMLElement) throws(AWSResponseDecodingError) -> [InstanceDescription] {
    var instances: [InstanceDescription] = []
    for reservation in root.items(of: "reservationSet") {
      for item in reservation.items(of: "instancesSet") {
        let text = item.text(at: "instanceId")?.trimmed ?? ""
        guard let id = InstanceID(text) else {
          throw AWSResponseDecodingError(
            service: "ec2", action: "DescribeInstances", reason: "an instance has no valid instanceId")
        }
        guard let stateName = item.text(at: "instanceState", "name")?.trimmed, !stateName.isEmpty else {
          throw AWSResponseDecodingError(
            service: "ec2", action: "DescribeInstances", reason: "instance \(id) has no instanceState")
        }
        var tags: [String: String] = [:]
        for tag in item.items(of: "tagSet") {
          if let key = tag.text(at: "key") { tags[key] = tag.text(at: "value") ?? "" }
        }
        instances.append(InstanceDescription(id: id, state: InstanceState(name: stateName), tags: tags))
      }
    }
    return instances
  }

  /// The state changes of a StopInstances answer (`instancesSet/item`), by instance.
  ///
  /// - Throws: ``AWSResponseDecodingError`` for an item without a valid ID or states.
  static func stateChanges(in root: AWSXMLElement) throws(AWSResponseDecodingError) -> [InstanceID:
    StateChange]
  {
    var changes: [InstanceID: StateChange] = [:]
    for item in root.items(of: "instancesSet") {
      guard let id = InstanceID(item.text(at: "instanceId")?.trimmed ?? "") else {
        throw AWSResponseDecodingError(
          service: "ec2", action: "StopInstances", reason: "a state change has no valid instanceId")
      }
      guard let current = item.text(at: "currentState", "name")?.trimmed, !current.isEmpty,
        let previous = item.text(at: "previousState", "name")?.trimmed, !previous.isEmpty
      else {
        throw AWSResponseDecodingError(
          service: "ec2", action: "StopInstances", reason: "the state change of \(id) lacks a state name")
      }
      changes[id] = StateChange(
        previous: InstanceState(name: previous), current: InstanceState(name: current))
    }
    return changes
  }
}
