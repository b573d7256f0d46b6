import HealthRemediation

/// A response that could not be read: not XML, or missing an element the action always returns.
public struct AWSResponseDecodingError: Error, Hashable, Sendable, CustomStringConvertible,
  OperationFailureConvertible
{
  /// The service that answered, when known.
  public var service: String?
  /// The action whose response it was, when known.
  public var action: String?
  /// What is wrong with the response.
  public var reason: String

  /// Creates the error.
  ///
  /// - Parameters:
  ///   - service: the service that answered, when known.
  ///   - action: the action whose response it was, when known.
  ///   - reason: what is wrong with the response.
  public init(service: String? = nil, action: String? = nil, reason: String) {
    self.service = service
    self.action = action
    self.reason = reason
  }

  /// `ec2 DescribeInstances: unreadable response: reason`.
  public var description: String {
    let context = [service, action].compactMap { $0 }.joined(separator: " ")
    return context.isEmpty ? "unreadable response: \(reason)" : "\(context): unreadable response: \(reason)"
  }

  /// The error as the report records it, with code `InvalidResponse`.
  public var operationFailure: OperationFailure {
    OperationFailure(code: "InvalidResponse", message: description)
  }
}
