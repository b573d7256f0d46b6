/// An AWS partition: a group of regions with its own DNS suffix and ARN prefix.
public struct AWSPartition: Hashable, Sendable, CustomStringConvertible {
  /// The partition's ID as ARNs spell it, for example `aws` or `aws-cn`.
  public let id: String
  /// The DNS suffix of its service endpoints, for example `amazonaws.com.cn`.
  public let dnsSuffix: String
  /// The prefixes of its region names; empty for `aws`, which takes every region no other one claims.
  public let regionPrefixes: [String]
  /// The region used for partition-wide calls (STS) when no region is configured.
  public let defaultRegion: AWSRegion

  /// The standard commercial partition.
  public static let aws = AWSPartition(
    id: "aws", dnsSuffix: "amazonaws.com", regionPrefixes: [], defaultRegion: AWSRegion(trusted: "us-east-1"))
  /// China (Beijing, Ningxia).
  public static let china = AWSPartition(
    id: "aws-cn", dnsSuffix: "amazonaws.com.cn", regionPrefixes: ["cn-"],
    defaultRegion: AWSRegion(trusted: "cn-north-1"))
  /// AWS GovCloud (US).
  public static let govCloud = AWSPartition(
    id: "aws-us-gov", dnsSuffix: "amazonaws.com", regionPrefixes: ["us-gov-"],
    defaultRegion: AWSRegion(trusted: "us-gov-west-1"))
  /// The US ISO partition (C2S).
  public static let iso = AWSPartition(
    id: "aws-iso", dnsSuffix: "c2s.ic.gov", regionPrefixes: ["us-iso-"],
    defaultRegion: AWSRegion(trusted: "us-iso-east-1"))
  /// The US ISOB partition (SC2S).
  public static let isoB = AWSPartition(
    id: "aws-iso-b", dnsSuffix: "sc2s.sgov.gov", regionPrefixes: ["us-isob-"],
    defaultRegion: AWSRegion(trusted: "us-isob-east-1"))
  /// The EU ISOE partition.
  public static let isoE = AWSPartition(
    id: "aws-iso-e", dnsSuffix: "cloud.adc-e.uk", regionPrefixes: ["eu-isoe-"],
    defaultRegion: AWSRegion(trusted: "eu-isoe-west-1"))
  /// The US ISOF partition.
  public static let isoF = AWSPartition(
    id: "aws-iso-f", dnsSuffix: "csp.hci.ic.gov", regionPrefixes: ["us-isof-"],
    defaultRegion: AWSRegion(trusted: "us-isof-south-1"))

  /// Every partition this library knows, `aws` last because it takes the regions the others do not.
  public static let all: [AWSPartition] = [china, govCloud, iso, isoB, isoE, isoF, aws]

  /// The partition a region belongs to.
  ///
  /// - Parameter region: the region.
  public static func containing(_ region: AWSRegion) -> AWSPartition {
    all.first { partition in partition.regionPrefixes.contains { region.name.hasPrefix($0) } } ?? aws
  }

  /// The partition with this ID.
  ///
  /// - Parameter id: the partition ID, for example `aws-us-gov`.
  /// - Throws: ``AWSValidationError`` when no known partition has it.
  public static func named(_ id: String) throws(AWSValidationError) -> AWSPartition {
    guard let partition = all.first(where: { $0.id == id }) else {
      throw AWSValidationError(
        field: "partition", value: id,
        reason: "known partitions are \(all.map(\.id).joined(separator: ", "))")
    }
    return partition
  }

  /// The partition ID.
  public var description: String { id }
}
