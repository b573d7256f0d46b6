import Foundation
import HealthRemediation
import MotoTestSupport

/// The environment a host process sees when it talks to the moto server: keys, region, endpoint, topic.
enum HostMotoEnvironment {
  static func environment(_ moto: MotoServer, region: String, topicARN: String?) -> [String: String] {
    var environment = [
      "AWS_ACCESS_KEY_ID": moto.credentials.accessKeyID,
      "AWS_SECRET_ACCESS_KEY": moto.credentials.secretAccessKey,
      "AWS_REGION": region,
      "AWS_ENDPOINT_URL": moto.endpoint.absoluteString,
      "AWS_EC2_METADATA_DISABLED": "true",
      "HOME": FileManager.default.temporaryDirectory.path,
    ]
    if let topicARN { environment["SNS_TOPIC_ARN"] = topicARN }
    return environment
  }

  /// An abuse event naming these instance ARNs, and extra entities.
  static func event(arns: [String], extraEntities: [String] = [], account: String) -> String {
    let resources = arns.map { "\"\($0)\"" }.joined(separator: ",")
    let entities = (arns + extraEntities).map { "{\"entityValue\":\"\($0)\"}" }.joined(separator: ",")
    return """
      {"version":"0","id":"\(UUID().uuidString)","detail-type":"AWS Health Abuse Event","source":"aws.health",
       "account":"\(account)","time":"2026-12-04T06:27:57Z","region":"global","resources":[\(resources)],
       "detail":{"eventArn":"arn:aws:health:global::event/AWS_ABUSE_DOS_REPORT_\(UUID().uuidString)","service":"ABUSE",
         "eventTypeCode":"AWS_ABUSE_DOS_REPORT","eventTypeCategory":"issue","startTime":"Fri, 4 Dec 2026 06:27:57 GMT",
         "eventDescription":[{"language":"en_US","latestDescription":"Denial of service traffic from your instances."}],
         "affectedEntities":[\(entities)]}}
      """
  }

  static func arn(_ id: InstanceID, region: String, account: String) -> String {
    "arn:aws:ec2:\(region):\(account):instance/\(id)"
  }
}
