import Foundation
import HealthRemediationAWS
import Testing

@Suite("Endpoints, regions and partitions")
struct EndpointResolverTests {
  @Test(
    "builds each partition's default hostname",
    arguments: [
      ("ec2", "us-east-1", "https://ec2.us-east-1.amazonaws.com/"),
      ("sns", "cn-north-1", "https://sns.cn-north-1.amazonaws.com.cn/"),
      ("sts", "us-gov-west-1", "https://sts.us-gov-west-1.amazonaws.com/"),
      ("ec2", "us-iso-east-1", "https://ec2.us-iso-east-1.c2s.ic.gov/"),
      ("ec2", "us-isob-east-1", "https://ec2.us-isob-east-1.sc2s.sgov.gov/"),
    ])
  func defaultEndpoints(service: String, region: String, expected: String) throws {
    let services = ["ec2": AWSService.ec2, "sns": .sns, "sts": .sts]
    let resolver = EndpointResolver()
    let url = resolver.endpoint(for: try #require(services[service]), in: try AWSRegion(validating: region))
    #expect(url.absoluteString == expected)
  }

  @Test("maps regions to partitions")
  func partitions() throws {
    #expect(try AWSRegion(validating: "eu-west-1").partition == .aws)
    #expect(try AWSRegion(validating: "cn-northwest-1").partition == .china)
    #expect(try AWSRegion(validating: "us-gov-east-1").partition == .govCloud)
    #expect(try AWSRegion(validating: "us-iso-west-1").partition == .iso)
    #expect(try AWSRegion(validating: "us-isob-east-1").partition == .isoB)
    #expect(try AWSPartition.named("aws-cn") == .china)
    #expect(throws: AWSValidationError.self) { try AWSPartition.named("aws-moon") }
  }

  @Test("prefers the per-service variable, then AWS_ENDPOINT_URL")
  func environmentOverrides() throws {
    let resolver = try EndpointResolver(environment: [
      "AWS_ENDPOINT_URL": "http://127.0.0.1:5000",
      "AWS_ENDPOINT_URL_SNS": "http://localhost:4566/",
    ])
    let region = try AWSRegion(validating: "ap-southeast-2")
    #expect(resolver.endpoint(for: .ec2, in: region).absoluteString == "http://127.0.0.1:5000/")
    #expect(resolver.endpoint(for: .sts, in: region).absoluteString == "http://127.0.0.1:5000/")
    #expect(resolver.endpoint(for: .sns, in: region).absoluteString == "http://localhost:4566/")
    #expect(resolver.hasOverrides)
  }

  @Test("ignores the overrides when AWS_IGNORE_CONFIGURED_ENDPOINT_URLS is true")
  func ignoresOverrides() throws {
    let resolver = try EndpointResolver(environment: [
      "AWS_ENDPOINT_URL": "http://127.0.0.1:5000", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true",
    ])
    #expect(!resolver.hasOverrides)
  }

  @Test(
    "refuses an override that is not an http(s) URL with a host",
    arguments: ["ftp://example.com", "not a url", "http://", "http://h/?Action=TerminateInstances"])
  func rejectsBadOverrides(value: String) {
    #expect(throws: AWSValidationError.self) {
      try EndpointResolver(environment: ["AWS_ENDPOINT_URL_EC2": value])
    }
  }

  @Test(
    "accepts region names of the documented shape",
    arguments: ["us-east-1", "eu-central-2", "us-gov-west-1", "us-isob-east-1", "ap-southeast-5"])
  func acceptsRegions(name: String) throws {
    #expect(try AWSRegion(validating: name).name == name)
  }

  @Test(
    "refuses anything else before it reaches a hostname",
    arguments: [
      "global", "", "US-EAST-1", "us-east-1a", "us-east-", "u-east-1", "us_east_1", "us-east-1.evil.com",
      "us-east-1/..", "us--east-1", "us-east-1 ", "eu-west-1\n",
    ])
  func rejectsRegions(name: String) {
    #expect(throws: AWSValidationError.self) { try AWSRegion(validating: name) }
  }

  @Test("accepts only 12-digit account IDs", arguments: ["123456789012", "000000000000"])
  func acceptsAccounts(id: String) throws {
    #expect(try AWSAccountID(validating: id).rawValue == id)
  }

  @Test(
    "refuses other account IDs",
    arguments: ["12345678901", "1234567890123", "12345678901a", "١٢٣٤٥٦٧٨٩٠١٢", ""])
  func rejectsAccounts(id: String) {
    #expect(throws: AWSValidationError.self) { try AWSAccountID(validating: id) }
  }
}
