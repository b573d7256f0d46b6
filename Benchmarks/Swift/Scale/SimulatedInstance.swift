/// One EC2 instance of the simulated fleet: what DescribeInstances shows and StopInstances changes.
struct SimulatedInstance: Sendable, Hashable {
  /// The instance ID, `i-` and 17 hex digits.
  let id: String
  /// The value of its `Stage` tag (`Prod` or `Dev`).
  let stage: String
  /// Its state name as EC2 writes it (`running`, `stopping`...).
  var state: String

  /// EC2's numeric code for ``state`` (the low byte of `instanceState.code`).
  var stateCode: Int {
    switch state {
    case "pending": 0
    case "running": 16
    case "shutting-down": 32
    case "terminated": 48
    case "stopping": 64
    case "stopped": 80
    default: 0
    }
  }
}
