import HealthRemediation

/// The EC2 calls of the remediation in one account and region: describe, stop and tag instances.
///
/// Every call takes any number of IDs; they are sent in batches of at most ``maximumIDsPerCall``. EC2
/// fails a whole call for one unknown ID, so the IDs its error names are set aside and the call is
/// repeated for the others (moto names only the first unknown ID, so this loops until the call is clean).
public struct EC2Client: Sendable {
  /// The most instance IDs sent in one call.
  public static let maximumIDsPerCall = 1_000

  /// The Query client for EC2 in one region.
  public let client: AWSQueryClient
  private let batchSize: Int

  /// Creates the client.
  ///
  /// - Parameters:
  ///   - client: a Query client for ``AWSService/ec2``.
  ///   - batchSize: the most IDs per call (1 to ``maximumIDsPerCall``).
  public init(client: AWSQueryClient, batchSize: Int = EC2Client.maximumIDsPerCall) {
    self.client = client
    self.batchSize = min(max(batchSize, 1), Self.maximumIDsPerCall)
  }

  /// Describes instances with `DescribeInstances` (by ID, following `NextToken`).
  ///
  /// - Parameter ids: the instances to describe; duplicates are described once.
  /// - Returns: the instances found and the requested IDs EC2 does not know.
  /// - Throws: ``AWSServiceError`` or ``RetriesExhaustedError`` when a call fails for another reason than
  ///   unknown IDs, ``UnattributedInstanceError`` when an unknown-ID error names none of the requested IDs.
  public func describeInstances(_ ids: [InstanceID]) async throws -> InstanceInventory {
    var instances: [InstanceDescription] = []
    var missing: [InstanceID] = []
    for batch in Self.batches(of: ids, size: batchSize) {
      var remaining = batch
      while !remaining.isEmpty {
        do {
          let found = try await describeAllPages(remaining)
          let requested = Set(remaining)
          let returned = found.filter { requested.contains($0.id) }
          instances += returned
          // An ID EC2 neither described nor called unknown is reported, not dropped.
          missing += requested.subtracting(returned.map(\.id)).sorted()
          remaining = []
        } catch let error as AWSServiceError where EC2ErrorCodes.unknownInstance.contains(error.code) {
          let named = try Self.attribute(error, to: remaining)
          missing += named.sorted()
          remaining.removeAll { named.contains($0) }
        }
      }
    }
    return InstanceInventory(instances: instances, missing: missing)
  }

  /// Stops instances with `StopInstances`, one outcome per instance.
  ///
  /// A dry run answers ``StopOutcome/wouldStop`` for every instance when EC2 says it would succeed.
  /// When EC2 refuses the call because of one instance (`IncorrectInstanceState`,
  /// `OperationNotPermitted`, `UnsupportedOperation`, an unknown ID), that instance gets the failure and the
  /// others are sent again: the instances the message names are set aside, otherwise the batch is halved
  /// until the culprit is alone.
  ///
  /// - Parameters:
  ///   - ids: the instances to stop; duplicates are stopped once.
  ///   - options: dry run, force, hibernate.
  /// - Returns: an outcome for every requested ID.
  /// - Throws: the first batch's error when it fails as a whole before anything was done (credentials,
  ///   permissions, throttling that outlasted retries); once some outcome exists, later whole-batch
  ///   failures become ``StopOutcome/failed(_:)`` outcomes instead, so that no stop goes unreported.
  public func stopInstances(_ ids: [InstanceID], options: StopOptions) async throws -> [InstanceID:
    StopOutcome]
  {
    var outcomes: [InstanceID: StopOutcome] = [:]
    for batch in Self.batches(of: ids, size: batchSize) {
      do {
        try await stop(batch, options: options, into: &outcomes)
      } catch let error where !(error is CancellationError) {
        if outcomes.isEmpty { throw error }
        let failure = OperationFailure(error)
        for id in batch where outcomes[id] == nil { outcomes[id] = .failed(failure) }
      }
    }
    return outcomes
  }

  /// Adds tags to instances with `CreateTags`.
  ///
  /// - Parameters:
  ///   - ids: the instances to tag.
  ///   - tags: the tags (1 to 50; keys of 1 to 128 characters not starting with `aws:`, values of at
  ///     most 256 characters).
  /// - Throws: ``AWSValidationError`` for tags EC2 would refuse (nothing is sent then),
  ///   ``TaggingIncompleteError`` after tagging the others when some instances do not exist, or the call's
  ///   error.
  public func createTags(_ ids: [InstanceID], tags: [String: String]) async throws {
    try Self.validate(tags)
    let sortedTags = tags.sorted { $0.key < $1.key }
    var missing: [InstanceID] = []
    var lastUnknownError: AWSServiceError?
    for batch in Self.batches(of: ids, size: batchSize) {
      var remaining = batch
      while !remaining.isEmpty {
        var parameters = QueryParameters()
        parameters.appendList("ResourceId", remaining.map(\.rawValue))
        for (index, tag) in sortedTags.enumerated() {
          parameters.append("Tag.\(index + 1).Key", tag.key)
          parameters.append("Tag.\(index + 1).Value", tag.value)
        }
        do {
          _ = try await client.send("CreateTags", parameters)
          remaining = []
        } catch let error as AWSServiceError where EC2ErrorCodes.unknownInstance.contains(error.code) {
          let named = try Self.attribute(error, to: remaining)
          missing += named.sorted()
          lastUnknownError = error
          remaining.removeAll { named.contains($0) }
        }
      }
    }
    if let lastUnknownError, !missing.isEmpty {
      throw TaggingIncompleteError(missing: missing, serviceError: lastUnknownError)
    }
  }

  private func describeAllPages(_ ids: [InstanceID]) async throws -> [InstanceDescription] {
    var found: [InstanceDescription] = []
    var nextToken: String?
    var pages = 0
    repeat {
      var parameters = QueryParameters()
      parameters.appendList("InstanceId", ids.map(\.rawValue))
      if let nextToken { parameters.append("NextToken", nextToken) }
      let root = try await client.send("DescribeInstances", parameters)
      found += try EC2ResponseDecoder.instances(in: root)
      nextToken = root.text(at: "nextToken").map(\.trimmed).flatMap { $0.isEmpty ? nil : $0 }
      pages += 1
      if pages > 10_000 {
        throw AWSResponseDecodingError(
          service: "ec2", action: "DescribeInstances", reason: "NextToken did not end after 10000 pages")
      }
    } while nextToken != nil
    return found
  }

  private func stop(_ ids: [InstanceID], options: StopOptions, into outcomes: inout [InstanceID: StopOutcome])
    async throws
  {
    guard !ids.isEmpty else { return }
    var parameters = QueryParameters()
    parameters.appendList("InstanceId", ids.map(\.rawValue))
    if options.dryRun { parameters.append("DryRun", "true") }
    if options.force { parameters.append("Force", "true") }
    if options.hibernate { parameters.append("Hibernate", "true") }
    do {
      let root = try await client.send("StopInstances", parameters)
      let changes = try EC2ResponseDecoder.stateChanges(in: root)
      for id in ids {
        if let change = changes[id] {
          outcomes[id] = .stopped(previous: change.previous, current: change.current)
        } else {
          outcomes[id] = .failed(
            OperationFailure(
              code: "MissingFromResponse", message: "ec2 StopInstances: the answer does not mention \(id)"))
        }
      }
    } catch let error as AWSServiceError where error.code == EC2ErrorCodes.dryRunOperation {
      for id in ids { outcomes[id] = .wouldStop }
    } catch let error as AWSServiceError
      where EC2ErrorCodes.unknownInstance.contains(error.code)
      || EC2ErrorCodes.perInstanceStop.contains(error.code)
    {
      let named = InstanceIDMention.named(in: error.message, among: ids)
      if ids.count == 1 || !named.isEmpty {
        let culprits = ids.count == 1 ? Set(ids) : named
        for id in culprits { outcomes[id] = .failed(error.operationFailure) }
        try await stop(ids.filter { !culprits.contains($0) }, options: options, into: &outcomes)
      } else if EC2ErrorCodes.unknownInstance.contains(error.code) {
        throw UnattributedInstanceError(serviceError: error, requested: ids)
      } else {
        let middle = ids.count / 2
        try await stop(Array(ids[..<middle]), options: options, into: &outcomes)
        try await stop(Array(ids[middle...]), options: options, into: &outcomes)
      }
    }
  }

  /// The requested IDs an unknown-ID error names; the only requested ID when it names none.
  private static func attribute(_ error: AWSServiceError, to requested: [InstanceID]) throws -> Set<
    InstanceID
  > {
    let named = InstanceIDMention.named(in: error.message, among: requested)
    if !named.isEmpty { return named }
    if requested.count == 1, let only = requested.first { return [only] }
    throw UnattributedInstanceError(serviceError: error, requested: requested)
  }

  /// The distinct IDs in order, cut into batches.
  static func batches(of ids: [InstanceID], size: Int) -> [[InstanceID]] {
    var seen: Set<InstanceID> = []
    let unique = ids.filter { seen.insert($0).inserted }
    return stride(from: 0, to: unique.count, by: size).map {
      Array(unique[$0..<min($0 + size, unique.count)])
    }
  }

  private static func validate(_ tags: [String: String]) throws(AWSValidationError) {
    guard (1...50).contains(tags.count) else {
      throw AWSValidationError(
        field: "tags", value: "\(tags.count) tags", reason: "CreateTags takes 1 to 50 tags")
    }
    for (key, value) in tags {
      guard (1...128).contains(key.count) else {
        throw AWSValidationError(field: "tag key", value: key, reason: "a tag key has 1 to 128 characters")
      }
      guard !key.lowercased().hasPrefix("aws:") else {
        throw AWSValidationError(field: "tag key", value: key, reason: "the prefix \"aws:\" is reserved")
      }
      guard value.count <= 256 else {
        throw AWSValidationError(
          field: "tag value", value: value, reason: "a tag value has at most 256 characters")
      }
    }
  }
}
