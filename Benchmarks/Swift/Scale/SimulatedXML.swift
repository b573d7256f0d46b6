/// Writes the XML answers of the simulated EC2, SNS and STS in the shapes the real services use, so that
/// the library's real decoders read them.
///
/// DescribeInstances items carry the fields a real answer has for a plain VPC instance (about 2 KB each),
/// not just the three the library reads, so that parsing costs what it costs against AWS.
enum SimulatedXML {
  private static let ec2Namespace = "http://ec2.amazonaws.com/doc/2016-11-15/"

  /// A DescribeInstances answer, ten instances per reservation.
  ///
  /// - Parameters:
  ///   - instances: the instances to describe.
  ///   - region: their region (for the availability zone).
  ///   - accountID: the owner.
  ///   - requestID: the request ID.
  static func describeInstances(
    _ instances: [SimulatedInstance], region: String, accountID: String, requestID: String
  ) -> String {
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<DescribeInstancesResponse xmlns=\"\(ec2Namespace)\"><requestId>\(requestID)</requestId>"
    xml += "<reservationSet>"
    var index = 0
    while index < instances.count {
      let reservation = instances[index..<min(index + 10, instances.count)]
      xml += "<item><reservationId>r-\(reservation.first?.id.dropFirst(2) ?? "")</reservationId>"
      xml += "<ownerId>\(accountID)</ownerId><groupSet/><instancesSet>"
      for instance in reservation { xml += item(instance, region: region) }
      xml += "</instancesSet></item>"
      index += 10
    }
    xml += "</reservationSet></DescribeInstancesResponse>"
    return xml
  }

  private static func item(_ instance: SimulatedInstance, region: String) -> String {
    let suffix = instance.id.dropFirst(2)
    return """
      <item><instanceId>\(instance.id)</instanceId><imageId>ami-0abcdef1234567890</imageId>\
      <instanceState><code>\(instance.stateCode)</code><name>\(instance.state)</name></instanceState>\
      <privateDnsName>ip-10-0-1-23.\(region).compute.internal</privateDnsName><dnsName/><reason/>\
      <keyName>workshop</keyName><amiLaunchIndex>0</amiLaunchIndex><productCodes/>\
      <instanceType>t3.micro</instanceType><launchTime>2024-12-02T09:14:03.000Z</launchTime>\
      <placement><availabilityZone>\(region)a</availabilityZone><groupName/><tenancy>default</tenancy>\
      </placement><monitoring><state>disabled</state></monitoring><subnetId>subnet-0123456789abcdef0</subnetId>\
      <vpcId>vpc-0123456789abcdef0</vpcId><privateIpAddress>10.0.1.23</privateIpAddress>\
      <sourceDestCheck>true</sourceDestCheck><groupSet><item><groupId>sg-0123456789abcdef0</groupId>\
      <groupName>web</groupName></item></groupSet><architecture>x86_64</architecture>\
      <rootDeviceType>ebs</rootDeviceType><rootDeviceName>/dev/xvda</rootDeviceName><blockDeviceMapping>\
      <item><deviceName>/dev/xvda</deviceName><ebs><volumeId>vol-\(suffix)</volumeId>\
      <status>attached</status><attachTime>2024-12-02T09:14:04.000Z</attachTime>\
      <deleteOnTermination>true</deleteOnTermination></ebs></item></blockDeviceMapping>\
      <virtualizationType>hvm</virtualizationType><clientToken>\(suffix)</clientToken><tagSet>\
      <item><key>Name</key><value>web-\(suffix)</value></item>\
      <item><key>Stage</key><value>\(instance.stage)</value></item>\
      <item><key>Owner</key><value>platform-team</value></item></tagSet><hypervisor>xen</hypervisor>\
      <networkInterfaceSet><item><networkInterfaceId>eni-\(suffix)</networkInterfaceId>\
      <subnetId>subnet-0123456789abcdef0</subnetId><vpcId>vpc-0123456789abcdef0</vpcId>\
      <status>in-use</status><privateIpAddress>10.0.1.23</privateIpAddress>\
      <sourceDestCheck>true</sourceDestCheck><attachment><attachmentId>eni-attach-\(suffix)</attachmentId>\
      <deviceIndex>0</deviceIndex><status>attached</status><deleteOnTermination>true</deleteOnTermination>\
      </attachment></item></networkInterfaceSet><ebsOptimized>false</ebsOptimized>\
      <enaSupport>true</enaSupport><cpuOptions><coreCount>1</coreCount><threadsPerCore>2</threadsPerCore>\
      </cpuOptions><capacityReservationSpecification><capacityReservationPreference>open\
      </capacityReservationPreference></capacityReservationSpecification><metadataOptions>\
      <state>applied</state><httpTokens>required</httpTokens><httpPutResponseHopLimit>2\
      </httpPutResponseHopLimit><httpEndpoint>enabled</httpEndpoint></metadataOptions>\
      <platformDetails>Linux/UNIX</platformDetails><bootMode>uefi-preferred</bootMode></item>
      """
  }

  /// A StopInstances answer.
  ///
  /// - Parameters:
  ///   - changes: each instance before and after the stop.
  ///   - requestID: the request ID.
  static func stopInstances(
    _ changes: [(before: SimulatedInstance, after: SimulatedInstance)], requestID: String
  ) -> String {
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml +=
      "<StopInstancesResponse xmlns=\"\(ec2Namespace)\"><requestId>\(requestID)</requestId><instancesSet>"
    for change in changes {
      xml += "<item><instanceId>\(change.after.id)</instanceId>"
      xml +=
        "<currentState><code>\(change.after.stateCode)</code><name>\(change.after.state)</name></currentState>"
      xml += "<previousState><code>\(change.before.stateCode)</code><name>\(change.before.state)</name>"
      xml += "</previousState></item>"
    }
    xml += "</instancesSet></StopInstancesResponse>"
    return xml
  }

  /// An SNS Publish answer.
  ///
  /// - Parameters:
  ///   - messageID: the message ID.
  ///   - requestID: the request ID.
  static func publish(messageID: String, requestID: String) -> String {
    "<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult><MessageId>"
      + "\(messageID)</MessageId></PublishResult><ResponseMetadata><RequestId>\(requestID)</RequestId>"
      + "</ResponseMetadata></PublishResponse>"
  }

  /// An STS GetCallerIdentity answer.
  ///
  /// - Parameters:
  ///   - accountID: the caller's account.
  ///   - requestID: the request ID.
  static func callerIdentity(accountID: String, requestID: String) -> String {
    "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>"
      + "<Arn>arn:aws:iam::\(accountID):user/bench</Arn><UserId>AIDACKCEVSQ6C2EXAMPLE</UserId>"
      + "<Account>\(accountID)</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>"
      + "\(requestID)</RequestId></ResponseMetadata></GetCallerIdentityResponse>"
  }

  /// An error answer: EC2's `Response/Errors` shape, or the `ErrorResponse` shape of SNS and STS.
  ///
  /// - Parameters:
  ///   - ec2: whether EC2 answers.
  ///   - code: the error code.
  ///   - message: the message.
  ///   - requestID: the request ID.
  static func error(ec2: Bool, code: String, message: String, requestID: String) -> String {
    ec2
      ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>\(code)</Code><Message>"
        + "\(message)</Message></Error></Errors><RequestID>\(requestID)</RequestID></Response>"
      : "<ErrorResponse><Error><Type>Sender</Type><Code>\(code)</Code><Message>\(message)</Message></Error>"
        + "<RequestId>\(requestID)</RequestId></ErrorResponse>"
  }
}
