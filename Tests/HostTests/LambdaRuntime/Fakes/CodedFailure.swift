import LambdaRuntime

/// A handler error that names its own Lambda error type.
struct CodedFailure: LambdaReportableError, CustomStringConvertible {
  var code: String
  var description: String

  var lambdaErrorType: String { code }
}
