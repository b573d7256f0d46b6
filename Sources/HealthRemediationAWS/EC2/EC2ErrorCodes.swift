/// The EC2 error codes the adapter treats specially.
enum EC2ErrorCodes {
  /// The request named instances that do not exist, or IDs EC2 does not accept.
  static let unknownInstance: Set<String> = ["InvalidInstanceID.NotFound", "InvalidInstanceID.Malformed"]

  /// Errors about one instance's state or settings that fail the whole StopInstances call.
  static let perInstanceStop: Set<String> = [
    "IncorrectInstanceState", "IncorrectState", "OperationNotPermitted", "UnsupportedOperation",
    "UnsupportedHibernationConfiguration",
  ]

  /// The answer to a permitted dry run.
  static let dryRunOperation = "DryRunOperation"
}
