/// The port to the compute service (EC2): describe, stop and tag instances in one scope.
///
/// Every call takes many IDs so that an adapter serves a whole scope with one request where the service
/// allows it. Implementations must be safe to call concurrently for different scopes.
public protocol ComputeService: Sendable {
  /// Describes the given instances.
  ///
  /// - Parameters:
  ///   - ids: the instances to describe, all in `scope`.
  ///   - scope: the partition, account and region they live in.
  /// - Returns: the instances found, and the IDs the service says do not exist.
  /// - Throws: an error (ideally ``OperationFailureConvertible``) when the scope cannot be described at all.
  func describeInstances(_ ids: [InstanceID], in scope: ResourceScope) async throws -> InstanceInventory

  /// Stops the given instances.
  ///
  /// - Parameters:
  ///   - ids: the instances to stop, all in `scope`.
  ///   - scope: the partition, account and region they live in.
  ///   - options: dry run, force, hibernate.
  /// - Returns: one outcome per requested ID; a failure for one instance does not hide the others.
  /// - Throws: an error when no outcome at all could be obtained (for example, credentials failed).
  func stopInstances(_ ids: [InstanceID], in scope: ResourceScope, options: StopOptions) async throws
    -> [InstanceID: StopOutcome]

  /// Tags instances as an audit trail of what was done to them and why.
  ///
  /// - Parameters:
  ///   - ids: the instances that were acted on.
  ///   - tags: the tags to add, for example the event ARN and the time.
  ///   - scope: the partition, account and region they live in.
  /// - Throws: an error when the tags could not be written.
  func tagInstances(_ ids: [InstanceID], tags: [String: String], in scope: ResourceScope) async throws
}
