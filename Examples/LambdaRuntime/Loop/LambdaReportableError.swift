/// An error that names the type under which Lambda reports it.
///
/// Without this conformance the run loop reports the Swift type name of the error. Conform when a stable
/// code (an AWS error code, `Remediation.PolicyInvalid`...) says more than the type name.
public protocol LambdaReportableError: Error {
  /// The error type reported to Lambda; it must not contain secrets.
  var lambdaErrorType: String { get }
}
