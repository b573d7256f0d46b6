/// The lifecycle state of an EC2 instance, named as EC2 names it.
public enum InstanceState: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The instance is launching.
  case pending
  /// The instance is running.
  case running
  /// The instance is being stopped.
  case stopping
  /// The instance is stopped.
  case stopped
  /// The instance is being terminated.
  case shuttingDown
  /// The instance is terminated; it stays visible for about an hour.
  case terminated
  /// A state this library does not know, kept verbatim.
  case other(String)

  /// Maps EC2's state name (`running`, `shutting-down`...) to a state.
  ///
  /// - Parameter name: the `instanceState.name` EC2 returns.
  public init(name: String) {
    switch name {
    case "pending": self = .pending
    case "running": self = .running
    case "stopping": self = .stopping
    case "stopped": self = .stopped
    case "shutting-down": self = .shuttingDown
    case "terminated": self = .terminated
    default: self = .other(name)
    }
  }

  /// EC2's name for the state.
  public var name: String {
    switch self {
    case .pending: "pending"
    case .running: "running"
    case .stopping: "stopping"
    case .stopped: "stopped"
    case .shuttingDown: "shutting-down"
    case .terminated: "terminated"
    case .other(let name): name
    }
  }

  /// EC2's name for the state.
  public var description: String { name }

  /// Decodes the state from EC2's name.
  ///
  /// - Parameter decoder: the decoder to read from.
  /// - Throws: `DecodingError` when the value is not a string.
  public init(from decoder: any Decoder) throws {
    self.init(name: try decoder.singleValueContainer().decode(String.self))
  }

  /// Encodes the state as EC2's name.
  ///
  /// - Parameter encoder: the encoder to write to.
  /// - Throws: whatever the encoder throws.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(name)
  }
}
