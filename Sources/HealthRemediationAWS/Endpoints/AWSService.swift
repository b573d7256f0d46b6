/// A Query-protocol service this library calls: how it is named in hostnames, signatures and settings.
public struct AWSService: Hashable, Sendable, CustomStringConvertible {
  /// The endpoint prefix and signing name, for example `ec2`.
  public let name: String
  /// The API version sent as `Version`, for example `2016-11-15`.
  public let apiVersion: String
  /// The suffix of its `AWS_ENDPOINT_URL_…` variable, for example `EC2`.
  public let environmentKey: String

  /// Creates a service description.
  ///
  /// - Parameters:
  ///   - name: the endpoint prefix and signing name.
  ///   - apiVersion: the API version.
  ///   - environmentKey: the suffix of its endpoint variable.
  public init(name: String, apiVersion: String, environmentKey: String) {
    self.name = name
    self.apiVersion = apiVersion
    self.environmentKey = environmentKey
  }

  /// Amazon EC2.
  public static let ec2 = AWSService(name: "ec2", apiVersion: "2016-11-15", environmentKey: "EC2")
  /// Amazon SNS.
  public static let sns = AWSService(name: "sns", apiVersion: "2010-03-31", environmentKey: "SNS")
  /// AWS STS.
  public static let sts = AWSService(name: "sts", apiVersion: "2011-06-15", environmentKey: "STS")

  /// The service name.
  public var description: String { name }
}
