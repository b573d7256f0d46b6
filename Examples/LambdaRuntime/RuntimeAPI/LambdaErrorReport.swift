/// The error type and message that the runtime reports to Lambda for a failed invocation or initialisation.
///
/// Lambda shows both to the invoker and in the function's logs. The type also travels in the
/// `Lambda-Runtime-Function-Error-Type` header, so it is reduced to characters that are safe in a header;
/// the message is capped so that a huge description cannot exceed what the Runtime API accepts.
public struct LambdaErrorReport: Hashable, Sendable {
  /// The most characters of a message that are reported; longer messages are cut and marked.
  public static let maximumMessageLength = 4096
  /// The most characters of an error type that are reported.
  public static let maximumTypeLength = 128

  /// A short machine-readable type: letters, digits and `.`, `_`, `-`, `:` only; never empty.
  public let errorType: String
  /// What went wrong, in words; at most ``maximumMessageLength`` characters.
  public let errorMessage: String

  /// Creates a report, making the type header-safe and capping the message.
  ///
  /// - Parameters:
  ///   - errorType: the error type; characters outside `A-Z a-z 0-9 . _ - :` become `_`, and an empty type
  ///     becomes `Unhandled`.
  ///   - errorMessage: the message; it must not contain secrets.
  public init(errorType: String, errorMessage: String) {
    self.errorType = Self.headerSafeType(errorType)
    self.errorMessage = Self.capped(errorMessage)
  }

  /// Describes any error: its ``LambdaReportableError/lambdaErrorType`` or its Swift type name, and its
  /// description.
  ///
  /// The description is the error's own `description`, so error types must keep secrets out of it.
  /// - Parameter error: the error to describe.
  public init(describing error: any Error) {
    let type: String
    if let reportable = error as? any LambdaReportableError {
      type = reportable.lambdaErrorType
    } else {
      type = String(describing: Swift.type(of: error))
    }
    self.init(errorType: type, errorMessage: String(describing: error))
  }

  /// The report as the Runtime API expects it: `{"errorType": "...", "errorMessage": "..."}` in UTF-8.
  public var jsonBytes: [UInt8] {
    let json =
      "{\"errorType\":\(JSONText.quoted(errorType)),\"errorMessage\":\(JSONText.quoted(errorMessage))}"
    return Array(json.utf8)
  }

  private static func headerSafeType(_ type: String) -> String {
    var safe = ""
    for scalar in type.unicodeScalars.prefix(maximumTypeLength) {
      switch scalar {
      case "A"..."Z", "a"..."z", "0"..."9", ".", "_", "-", ":":
        safe.unicodeScalars.append(scalar)
      default:
        safe.unicodeScalars.append("_")
      }
    }
    return safe.isEmpty ? "Unhandled" : safe
  }

  private static func capped(_ message: String) -> String {
    guard message.count > maximumMessageLength else { return message }
    let marker = " …(truncated)"
    return String(message.prefix(maximumMessageLength - marker.count)) + marker
  }
}
