import HealthRemediation

/// Why a transport got no HTTP response at all.
public struct HTTPTransportError: Error, Hashable, Sendable, CustomStringConvertible,
  OperationFailureConvertible
{
  /// The kinds of transport failure, which the retry strategy treats differently.
  public enum Kind: String, Hashable, Sendable {
    /// No response arrived within the request's timeout.
    case timedOut
    /// The connection could not be made or was lost.
    case connectionFailed
    /// The response could not be read as HTTP.
    case invalidResponse
  }

  /// What kind of failure it was.
  public let kind: Kind
  /// The host the request was for (never the full URL, which may carry a presigned signature).
  public let host: String
  /// Details from the underlying library.
  public let detail: String

  /// Creates the error.
  ///
  /// - Parameters:
  ///   - kind: what kind of failure it was.
  ///   - host: the host the request was for.
  ///   - detail: details from the underlying library.
  public init(kind: Kind, host: String, detail: String) {
    self.kind = kind
    self.host = host
    self.detail = detail
  }

  /// The failure in words, naming the host.
  public var description: String {
    switch kind {
    case .timedOut: "request to \(host) timed out: \(detail)"
    case .connectionFailed: "connection to \(host) failed: \(detail)"
    case .invalidResponse: "invalid HTTP response from \(host): \(detail)"
    }
  }

  /// The failure as the report records it, with code `RequestTimeout`, `ConnectionFailed` or
  /// `InvalidResponse`.
  public var operationFailure: OperationFailure {
    let code =
      switch kind {
      case .timedOut: "RequestTimeout"
      case .connectionFailed: "ConnectionFailed"
      case .invalidResponse: "InvalidResponse"
      }
    return OperationFailure(code: code, message: description)
  }
}
