/// The stand-in's record, as it writes it to its `--results` file when it exits.
struct RuntimeAPIStandInResults: Decodable, Hashable, Sendable {
  /// Every event was handed out and answered exactly once.
  var complete: Bool
  var timedOut: Bool
  var pendingEvents: Int
  var invocations: [RuntimeAPIStandInInvocation]
  var initError: RuntimeAPIStandInInitError?
  /// Answers for unknown or already answered request IDs.
  var protocolErrors: [String]
}
