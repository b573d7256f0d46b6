import AWSSigV4
import Foundation

/// Credentials of the EC2 instance profile, from the instance metadata service with IMDSv2 tokens.
///
/// It asks for a session token (`PUT /latest/api/token`), then the role name and the role's credentials.
/// Short timeouts make it fail fast off EC2. IMDSv1 (no token) is deliberately not used.
/// `AWS_EC2_METADATA_DISABLED=true` turns it off; `AWS_EC2_METADATA_SERVICE_ENDPOINT` or
/// `AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6` change the endpoint.
public struct InstanceMetadataCredentialsProvider: CredentialsProvider {
  private static let source = "instance metadata"
  private let environment: [String: String]
  private let transport: any HTTPTransport
  private let timeout: Duration

  /// Creates the provider.
  ///
  /// - Parameters:
  ///   - environment: the process environment.
  ///   - transport: what sends the requests.
  ///   - timeout: how long each request may take (1 second by default).
  public init(environment: [String: String], transport: any HTTPTransport, timeout: Duration = .seconds(1)) {
    self.environment = environment
    self.transport = transport
    self.timeout = timeout
  }

  /// The instance metadata endpoint this provider uses.
  ///
  /// - Throws: ``CredentialsError`` `.invalidConfiguration` when the configured endpoint is not a URL.
  public func endpoint() throws(CredentialsError) -> URL {
    if let configured = environment["AWS_EC2_METADATA_SERVICE_ENDPOINT"], !configured.isEmpty {
      guard let url = URL(string: configured), let scheme = url.scheme?.lowercased(),
        scheme == "http" || scheme == "https", url.host != nil
      else {
        throw CredentialsError(
          kind: .invalidConfiguration, source: Self.source,
          reason: "AWS_EC2_METADATA_SERVICE_ENDPOINT is not an http(s) URL")
      }
      return url
    }
    let ipv6 = environment["AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"]?.lowercased() == "ipv6"
    // Both literals are valid URLs.
    return URL(string: ipv6 ? "http://[fd00:ec2::254]" : "http://169.254.169.254")
      ?? URL(fileURLWithPath: "/")
  }

  /// Fetches the instance profile's credentials.
  ///
  /// - Throws: ``CredentialsError``: `.notConfigured` when disabled, off EC2 (no answer) or without an
  ///   instance profile; `.unavailable` when the service answers with an error or garbage.
  public func resolveCredentials() async throws -> AWSCredentials {
    if environment["AWS_EC2_METADATA_DISABLED"]?.lowercased() == "true" {
      throw CredentialsError(
        kind: .notConfigured, source: Self.source, reason: "AWS_EC2_METADATA_DISABLED is true")
    }
    let base = try endpoint()
    let tokenResponse = try await send(
      "PUT", base, "/latest/api/token",
      headers: [HTTPHeader(name: "X-aws-ec2-metadata-token-ttl-seconds", value: "21600")])
    guard tokenResponse.status == 200 else {
      throw CredentialsError(
        kind: .unavailable, source: Self.source,
        reason: "the token request answered HTTP \(tokenResponse.status)")
    }
    let token = String(decoding: tokenResponse.body, as: UTF8.self).trimmed
    guard !token.isEmpty, !token.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
    else {
      throw CredentialsError(kind: .unavailable, source: Self.source, reason: "the session token is unusable")
    }
    let tokenHeader = [HTTPHeader(name: "X-aws-ec2-metadata-token", value: token)]

    let roleResponse = try await send(
      "GET", base, "/latest/meta-data/iam/security-credentials/", headers: tokenHeader)
    if roleResponse.status == 404 {
      throw CredentialsError(
        kind: .notConfigured, source: Self.source, reason: "the instance has no instance profile")
    }
    guard roleResponse.status == 200 else {
      throw CredentialsError(
        kind: .unavailable, source: Self.source,
        reason: "the role request answered HTTP \(roleResponse.status)")
    }
    let roleName =
      String(decoding: roleResponse.body, as: UTF8.self).split(whereSeparator: \.isNewline).first.map {
        String($0).trimmed
      } ?? ""
    guard IAMName.isValid(roleName, lengths: 1...64) else {
      throw CredentialsError(kind: .unavailable, source: Self.source, reason: "the role name is unusable")
    }

    let credentialsResponse = try await send(
      "GET", base, "/latest/meta-data/iam/security-credentials/\(roleName)", headers: tokenHeader)
    guard credentialsResponse.status == 200 else {
      throw CredentialsError(
        kind: .unavailable, source: Self.source,
        reason: "the credentials request answered HTTP \(credentialsResponse.status)")
    }
    return try CredentialsDocument.credentials(from: credentialsResponse.body, source: Self.source)
  }

  private func send(_ method: String, _ base: URL, _ path: String, headers: [HTTPHeader]) async throws
    -> HTTPResponse
  {
    guard var components = URLComponents(url: base, resolvingAgainstBaseURL: false) else {
      throw CredentialsError(kind: .invalidConfiguration, source: Self.source, reason: "bad endpoint")
    }
    let basePath = components.path.hasSuffix("/") ? String(components.path.dropLast()) : components.path
    components.path = basePath + path
    guard let url = components.url else {
      throw CredentialsError(kind: .invalidConfiguration, source: Self.source, reason: "bad endpoint")
    }
    do {
      return try await transport.send(
        HTTPRequest(method: method, url: url, headers: headers, timeout: timeout))
    } catch let error as HTTPTransportError {
      // No answer at all means this is not an EC2 instance (or IMDS is off): the chain moves on.
      throw CredentialsError(kind: .notConfigured, source: Self.source, reason: error.description)
    }
  }
}
