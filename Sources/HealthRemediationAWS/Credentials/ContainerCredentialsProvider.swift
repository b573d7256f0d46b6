import AWSSigV4
import Foundation

/// Credentials from the container credentials endpoint (ECS tasks, EKS Pod Identity, Greengrass...).
///
/// `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` is a path on `http://169.254.170.2`;
/// `AWS_CONTAINER_CREDENTIALS_FULL_URI` is a whole URL, which must be `https` or point to a loopback
/// address or to the ECS/EKS link-local endpoints. The `Authorization` header comes from
/// `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` (read on every call, since the file rotates) or
/// `AWS_CONTAINER_AUTHORIZATION_TOKEN`.
public struct ContainerCredentialsProvider: CredentialsProvider {
  /// The host that relative URIs are resolved against.
  public static let relativeURIHost = "169.254.170.2"
  private static let allowedHTTPHosts: Set<String> = [
    "169.254.170.2", "169.254.170.23", "fd00:ec2::23", "[fd00:ec2::23]", "localhost",
  ]

  private let environment: [String: String]
  private let transport: any HTTPTransport
  private let fileReader: any FileReader
  private let timeout: Duration

  /// Creates the provider.
  ///
  /// - Parameters:
  ///   - environment: the process environment.
  ///   - transport: what sends the request.
  ///   - fileReader: reads the token file.
  ///   - timeout: how long to wait for the endpoint.
  public init(
    environment: [String: String], transport: any HTTPTransport,
    fileReader: any FileReader = LocalFileReader(),
    timeout: Duration = .seconds(2)
  ) {
    self.environment = environment
    self.transport = transport
    self.fileReader = fileReader
    self.timeout = timeout
  }

  /// Fetches credentials from the endpoint.
  ///
  /// - Throws: ``CredentialsError``: `.notConfigured` without either variable, `.invalidConfiguration` for a
  ///   URL or token that is not allowed, `.unavailable` when the endpoint fails.
  public func resolveCredentials() async throws -> AWSCredentials {
    let source = "container endpoint"
    let url = try endpointURL()
    var headers: [HTTPHeader] = [HTTPHeader(name: "Accept", value: "application/json")]
    if let token = try authorizationToken() {
      headers.append(HTTPHeader(name: "Authorization", value: token))
    }
    let response: HTTPResponse
    do {
      response = try await transport.send(
        HTTPRequest(method: "GET", url: url, headers: headers, timeout: timeout))
    } catch let error as HTTPTransportError {
      throw CredentialsError(kind: .unavailable, source: source, reason: error.description)
    }
    guard response.status == 200 else {
      throw CredentialsError(
        kind: .unavailable, source: source, reason: "the endpoint answered HTTP \(response.status)")
    }
    return try CredentialsDocument.credentials(from: response.body, source: source)
  }

  private func endpointURL() throws(CredentialsError) -> URL {
    let source = "container endpoint"
    if let relative = environment["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"], !relative.isEmpty {
      guard relative.hasPrefix("/"), let url = URL(string: "http://\(Self.relativeURIHost)\(relative)") else {
        throw CredentialsError(
          kind: .invalidConfiguration, source: source,
          reason: "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI must be a path starting with \"/\"")
      }
      return url
    }
    guard let full = environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"], !full.isEmpty else {
      throw CredentialsError(
        kind: .notConfigured, source: source,
        reason: "neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI is set"
      )
    }
    guard let components = URLComponents(string: full), let scheme = components.scheme?.lowercased(),
      let host = components.host?.lowercased(), !host.isEmpty, let url = components.url
    else {
      throw CredentialsError(
        kind: .invalidConfiguration, source: source, reason: "AWS_CONTAINER_CREDENTIALS_FULL_URI is not a URL"
      )
    }
    let allowed =
      scheme == "https"
      || (scheme == "http" && (Self.allowedHTTPHosts.contains(host) || Self.isLoopback(host)))
    guard allowed else {
      throw CredentialsError(
        kind: .invalidConfiguration, source: source,
        reason: "AWS_CONTAINER_CREDENTIALS_FULL_URI must use https or a loopback or container endpoint host")
    }
    return url
  }

  private func authorizationToken() throws(CredentialsError) -> String? {
    let source = "container endpoint"
    var token: String?
    if let path = environment["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"], !path.isEmpty {
      do {
        guard let text = try fileReader.contentsOfFile(atPath: path) else {
          throw CredentialsError(
            kind: .invalidConfiguration, source: source,
            reason: "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE names a file that does not exist")
        }
        token = text.trimmed
      } catch let error as CredentialsError {
        throw error
      } catch {
        throw CredentialsError(
          kind: .invalidConfiguration, source: source,
          reason: "cannot read AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: \(error)")
      }
    } else if let value = environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"], !value.isEmpty {
      token = value
    }
    if let token, token.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
      throw CredentialsError(
        kind: .invalidConfiguration, source: source, reason: "the authorization token contains a line break")
    }
    return token
  }

  private static func isLoopback(_ host: String) -> Bool {
    if host == "::1" || host == "[::1]" { return true }
    let octets = host.split(separator: ".", omittingEmptySubsequences: false)
    return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
  }
}
