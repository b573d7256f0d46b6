import Foundation

/// Finds the URL of a service in a region: a configured override, or the partition's default hostname.
///
/// Overrides follow the AWS SDK convention: `AWS_ENDPOINT_URL_EC2` (or `_SNS`, `_STS`) for one service,
/// then `AWS_ENDPOINT_URL` for all, both ignored when `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` is `true`.
/// An override serves every region: the region still goes into the signature, which is how moto routes.
public struct EndpointResolver: Sendable, Hashable {
  /// Per-service overrides, by ``AWSService/environmentKey``.
  public var serviceOverrides: [String: URL]
  /// The override for every service without its own.
  public var globalOverride: URL?

  /// Creates a resolver with explicit overrides.
  ///
  /// - Parameters:
  ///   - serviceOverrides: URLs by service key (`EC2`, `SNS`, `STS`).
  ///   - globalOverride: the URL for every other service.
  public init(serviceOverrides: [String: URL] = [:], globalOverride: URL? = nil) {
    self.serviceOverrides = serviceOverrides
    self.globalOverride = globalOverride
  }

  /// Creates a resolver from the `AWS_ENDPOINT_URL…` variables.
  ///
  /// - Parameter environment: the process environment.
  /// - Throws: ``AWSValidationError`` when a variable is set but is not an `http(s)` URL with a host.
  public init(environment: [String: String]) throws(AWSValidationError) {
    self.init()
    if environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"]?.lowercased() == "true" { return }
    if let text = environment["AWS_ENDPOINT_URL"], !text.isEmpty {
      globalOverride = try Self.validatedURL(text, variable: "AWS_ENDPOINT_URL")
    }
    for service in [AWSService.ec2, .sns, .sts] {
      let variable = "AWS_ENDPOINT_URL_\(service.environmentKey)"
      if let text = environment[variable], !text.isEmpty {
        serviceOverrides[service.environmentKey] = try Self.validatedURL(text, variable: variable)
      }
    }
  }

  /// The URL to send a service's requests to in a region.
  ///
  /// - Parameters:
  ///   - service: the service.
  ///   - region: the region.
  /// - Returns: the override, or `https://{service}.{region}.{partition DNS suffix}/`.
  public func endpoint(for service: AWSService, in region: AWSRegion) -> URL {
    if let url = serviceOverrides[service.environmentKey] ?? globalOverride { return url }
    var components = URLComponents()
    components.scheme = "https"
    components.host = "\(service.name).\(region.name).\(region.partition.dnsSuffix)"
    components.path = "/"
    // Both parts were validated (fixed service names, region shape), so the URL always forms.
    return components.url ?? URL(fileURLWithPath: "/")
  }

  /// Whether any override is configured (requests then go to a custom endpoint such as moto).
  public var hasOverrides: Bool { globalOverride != nil || !serviceOverrides.isEmpty }

  private static func validatedURL(_ text: String, variable: String) throws(AWSValidationError) -> URL {
    guard let components = URLComponents(string: text),
      let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
      let host = components.host, !host.isEmpty,
      components.query == nil, components.user == nil, components.password == nil
    else {
      throw AWSValidationError(
        field: variable, value: text, reason: "an endpoint is an http or https URL with a host and no query")
    }
    var normalized = components
    if normalized.path.isEmpty { normalized.path = "/" }
    guard let url = normalized.url else {
      throw AWSValidationError(field: variable, value: text, reason: "not a valid URL")
    }
    return url
  }
}
