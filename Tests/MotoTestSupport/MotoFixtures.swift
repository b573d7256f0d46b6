import AWSSigV4
import Foundation
import HealthRemediation
import HealthRemediationAWS

/// Sets up and inspects moto state with our own signed Query client, as the tests need it.
public struct MotoFixtures {
  /// The server.
  public let moto: MotoServer
  /// The client context sending to it.
  public let context: AWSClientContext

  /// Creates fixtures for a server.
  public init(_ moto: MotoServer) {
    self.moto = moto
    self.context = moto.context()
  }

  /// A signed EC2 Query client for a region.
  public func ec2(_ region: String, credentials: (any CredentialsProvider)? = nil) throws -> AWSQueryClient {
    context.queryClient(
      for: .ec2, in: try AWSRegion(validating: region), credentials: credentials ?? moto.credentialsProvider)
  }

  /// Launches one instance per tag set and returns their IDs in the same order.
  public func runInstances(
    region: String, tags: [[String: String]], disableAPIStop: Bool = false,
    credentials: (any CredentialsProvider)? = nil
  ) async throws -> [InstanceID] {
    var ids: [InstanceID] = []
    for tagSet in tags {
      var parameters = QueryParameters([("ImageId", "ami-12c6146b"), ("MinCount", "1"), ("MaxCount", "1")])
      parameters.append("InstanceType", "t3.micro")
      if disableAPIStop { parameters.append("DisableApiStop", "true") }
      if !tagSet.isEmpty {
        parameters.append("TagSpecification.1.ResourceType", "instance")
        for (index, tag) in tagSet.sorted(by: { $0.key < $1.key }).enumerated() {
          parameters.append("TagSpecification.1.Tag.\(index + 1).Key", tag.key)
          parameters.append("TagSpecification.1.Tag.\(index + 1).Value", tag.value)
        }
      }
      let root = try await ec2(region, credentials: credentials).send("RunInstances", parameters)
      let text = root.items(of: "instancesSet").first?.text(at: "instanceId") ?? ""
      ids.append(try InstanceID(validating: text))
    }
    return ids
  }

  /// The current state of instances, by ID, as EC2 describes them.
  public func states(region: String, _ ids: [InstanceID], credentials: (any CredentialsProvider)? = nil)
    async throws
    -> [InstanceID: InstanceState]
  {
    let client = EC2Client(client: try ec2(region, credentials: credentials))
    let inventory = try await client.describeInstances(ids)
    return Dictionary(uniqueKeysWithValues: inventory.instances.map { ($0.id, $0.state) })
  }

  /// Creates a topic and returns its ARN.
  public func createTopic(region: String, name: String) async throws -> SNSTopicARN {
    let client = context.queryClient(
      for: .sns, in: try AWSRegion(validating: region), credentials: moto.credentialsProvider)
    let root = try await client.send("CreateTopic", QueryParameters([("Name", name)]))
    return try SNSTopicARN(validating: root.text(at: "CreateTopicResult", "TopicArn") ?? "")
  }

  /// SQS, through which the tests read what SNS delivered (moto's `/moto-api/data.json` would do too, but
  /// it serializes every backend and takes seconds).
  public static let sqs = AWSService(name: "sqs", apiVersion: "2012-11-05", environmentKey: "SQS")

  /// Creates a queue subscribed to the topic and returns the queue's URL.
  public func subscribeQueue(to topic: SNSTopicARN) async throws -> String {
    let region = topic.region
    let sqs = context.queryClient(for: Self.sqs, in: region, credentials: moto.credentialsProvider)
    let name = "q-\(topic.name)"
    let created = try await sqs.send("CreateQueue", QueryParameters([("QueueName", name)]))
    let queueURL = created.text(at: "CreateQueueResult", "QueueUrl") ?? ""
    let sns = context.queryClient(for: .sns, in: region, credentials: moto.credentialsProvider)
    _ = try await sns.send(
      "Subscribe",
      QueryParameters([
        ("TopicArn", topic.rawValue), ("Protocol", "sqs"),
        ("Endpoint", "arn:aws:sqs:\(region.name):\(topic.accountID.rawValue):\(name)"),
      ]))
    return queueURL
  }

  /// The notifications delivered to a subscribed queue.
  public func deliveredMessages(queueURL: String, region: AWSRegion) async throws -> [PublishedMessage] {
    let sqs = context.queryClient(for: Self.sqs, in: region, credentials: moto.credentialsProvider)
    let root = try await sqs.send(
      "ReceiveMessage", QueryParameters([("QueueUrl", queueURL), ("MaxNumberOfMessages", "10")]))
    let messages = root.child("ReceiveMessageResult")?.children(named: "Message") ?? []
    return try messages.map { message in
      let body = message.text(at: "Body") ?? ""
      let json = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any] ?? [:]
      let attributes = json["MessageAttributes"] as? [String: [String: String]] ?? [:]
      return PublishedMessage(
        messageID: json["MessageId"] as? String ?? "",
        message: json["Message"] as? String ?? "",
        subject: json["Subject"] as? String,
        attributes: attributes.compactMapValues { $0["Value"] })
    }
  }

  /// Credentials in the second account, through AssumeRole of ``MotoServer/crossAccountRole``.
  public func crossAccountCredentials(region: String) throws -> any CredentialsProvider {
    let sts = STSClient(
      client: context.queryClient(
        for: .sts, in: try AWSRegion(validating: region), credentials: moto.credentialsProvider))
    let role = try RoleARN(validating: "arn:aws:iam::\(moto.crossAccountID):role/\(moto.crossAccountRole)")
    return RefreshingCredentialsProvider(
      wrapping: AssumeRoleCredentialsProvider(role: role, sessionName: "fixtures", sts: sts))
  }
}
