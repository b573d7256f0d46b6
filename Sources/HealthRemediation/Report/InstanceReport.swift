/// What happened to one instance named in the event, and why.
public struct InstanceReport: Hashable, Sendable, Codable {
  /// The instance.
  public var id: InstanceID
  /// Where it lives.
  public var scope: ResourceScope
  /// The JSON paths in the event that name it.
  public var sources: [String]
  /// Its state when it was described, if it was.
  public var previousState: InstanceState?
  /// Its state after the stop request, if one was accepted.
  public var newState: InstanceState?
  /// Its tags when it was described, if they could be read.
  public var tags: [String: String]?
  /// The policy's decision, if the policy was asked.
  public var decision: PolicyDecision?
  /// What was done.
  public var action: InstanceAction
  /// Why, in words a person reads.
  public var reason: String
  /// What failed, when ``action`` is ``InstanceAction/failed``.
  public var failure: OperationFailure?
  /// Why the audit tags could not be written, when they were asked for and failed.
  public var auditTagFailure: OperationFailure?

  /// Creates an instance report.
  ///
  /// - Parameters:
  ///   - id: the instance.
  ///   - scope: where it lives.
  ///   - sources: the JSON paths that name it.
  ///   - previousState: its state when described.
  ///   - newState: its state after the stop request.
  ///   - tags: its tags.
  ///   - decision: the policy's decision.
  ///   - action: what was done.
  ///   - reason: why.
  ///   - failure: what failed.
  ///   - auditTagFailure: why the audit tags could not be written.
  public init(
    id: InstanceID, scope: ResourceScope, sources: [String], previousState: InstanceState? = nil,
    newState: InstanceState? = nil, tags: [String: String]? = nil, decision: PolicyDecision? = nil,
    action: InstanceAction, reason: String, failure: OperationFailure? = nil,
    auditTagFailure: OperationFailure? = nil
  ) {
    self.id = id
    self.scope = scope
    self.sources = sources
    self.previousState = previousState
    self.newState = newState
    self.tags = tags
    self.decision = decision
    self.action = action
    self.reason = reason
    self.failure = failure
    self.auditTagFailure = auditTagFailure
  }
}
