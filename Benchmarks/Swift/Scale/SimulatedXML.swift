/// Writes the XML answers of the simulated EC2, SNS and STS in the shapes and layout the real services
/// use (indented, one element per line), so that the library's real decoders read them at their real
/// cost.
///
/// A DescribeInstances item carries the fields a real answer has for a plain VPC instance (about 3 KB),
/// not just the three the library reads.
enum SimulatedXML {
  private static let ec2Namespace = "http://ec2.amazonaws.com/doc/2016-11-15/"
  /// The depth of an instance item in a DescribeInstances answer: response, reservationSet, item,
  /// instancesSet.
  static let instanceItemDepth = 4

  /// A DescribeInstances answer, ten instances per reservation.
  ///
  /// - Parameters:
  ///   - items: the instances' items from ``instanceItem(_:region:)``, in order, with their IDs.
  ///   - accountID: the owner.
  ///   - requestID: the request ID.
  static func describeInstances(_ items: [(id: String, xml: String)], accountID: String, requestID: String)
    -> String
  {
    var writer = IndentedXMLWriter()
    writer.open("DescribeInstancesResponse", namespace: ec2Namespace)
    writer.element("requestId", requestID)
    writer.open("reservationSet")
    var index = 0
    while index < items.count {
      let reservation = items[index..<min(index + 10, items.count)]
      writer.open("item")
      writer.element("reservationId", "r-\(reservation.first?.id.dropFirst(2) ?? "")")
      writer.element("ownerId", accountID)
      writer.element("groupSet", "")
      writer.open("instancesSet")
      for item in reservation { writer.append(fragment: item.xml) }
      writer.close()
      writer.close()
      index += 10
    }
    writer.close()
    writer.close()
    return writer.text
  }

  /// One instance's `item` in a DescribeInstances answer, indented for its place there.
  ///
  /// - Parameters:
  ///   - instance: the instance.
  ///   - region: its region (for the availability zone and DNS name).
  static func instanceItem(_ instance: SimulatedInstance, region: String) -> String {
    let suffix = String(instance.id.dropFirst(2))
    var xml = IndentedXMLWriter.fragment(depth: instanceItemDepth)
    xml.open("item")
    xml.element("instanceId", instance.id)
    xml.element("imageId", "ami-0abcdef1234567890")
    xml.open("instanceState")
    xml.element("code", "\(instance.stateCode)")
    xml.element("name", instance.state)
    xml.close()
    xml.element("privateDnsName", "ip-10-0-1-23.\(region).compute.internal")
    xml.element("dnsName", "")
    xml.element("reason", "")
    xml.element("keyName", "workshop")
    xml.element("amiLaunchIndex", "0")
    xml.element("productCodes", "")
    xml.element("instanceType", "t3.micro")
    xml.element("launchTime", "2024-12-02T09:14:03.000Z")
    xml.open("placement")
    xml.element("availabilityZone", "\(region)a")
    xml.element("groupName", "")
    xml.element("tenancy", "default")
    xml.close()
    xml.open("monitoring")
    xml.element("state", "disabled")
    xml.close()
    xml.element("subnetId", "subnet-0123456789abcdef0")
    xml.element("vpcId", "vpc-0123456789abcdef0")
    xml.element("privateIpAddress", "10.0.1.23")
    xml.element("sourceDestCheck", "true")
    xml.open("groupSet")
    xml.open("item")
    xml.element("groupId", "sg-0123456789abcdef0")
    xml.element("groupName", "web")
    xml.close()
    xml.close()
    xml.element("architecture", "x86_64")
    xml.element("rootDeviceType", "ebs")
    xml.element("rootDeviceName", "/dev/xvda")
    xml.open("blockDeviceMapping")
    xml.open("item")
    xml.element("deviceName", "/dev/xvda")
    xml.open("ebs")
    xml.element("volumeId", "vol-\(suffix)")
    xml.element("status", "attached")
    xml.element("attachTime", "2024-12-02T09:14:04.000Z")
    xml.element("deleteOnTermination", "true")
    xml.close()
    xml.close()
    xml.close()
    xml.element("virtualizationType", "hvm")
    xml.element("clientToken", suffix)
    xml.open("tagSet")
    for (key, value) in [("Name", "web-\(suffix)"), ("Stage", instance.stage), ("Owner", "platform-team")] {
      xml.open("item")
      xml.element("key", key)
      xml.element("value", value)
      xml.close()
    }
    xml.close()
    xml.element("hypervisor", "xen")
    xml.open("networkInterfaceSet")
    xml.open("item")
    xml.element("networkInterfaceId", "eni-\(suffix)")
    xml.element("subnetId", "subnet-0123456789abcdef0")
    xml.element("vpcId", "vpc-0123456789abcdef0")
    xml.element("status", "in-use")
    xml.element("privateIpAddress", "10.0.1.23")
    xml.element("sourceDestCheck", "true")
    xml.open("attachment")
    xml.element("attachmentId", "eni-attach-\(suffix)")
    xml.element("deviceIndex", "0")
    xml.element("status", "attached")
    xml.element("deleteOnTermination", "true")
    xml.close()
    xml.close()
    xml.close()
    xml.element("ebsOptimized", "false")
    xml.element("enaSupport", "true")
    xml.open("cpuOptions")
    xml.element("coreCount", "1")
    xml.element("threadsPerCore", "2")
    xml.close()
    xml.open("capacityReservationSpecification")
    xml.element("capacityReservationPreference", "open")
    xml.close()
    xml.open("metadataOptions")
    xml.element("state", "applied")
    xml.element("httpTokens", "required")
    xml.element("httpPutResponseHopLimit", "2")
    xml.element("httpEndpoint", "enabled")
    xml.close()
    xml.element("platformDetails", "Linux/UNIX")
    xml.element("bootMode", "uefi-preferred")
    xml.close()
    return xml.text
  }

  /// A StopInstances answer.
  ///
  /// - Parameters:
  ///   - changes: each instance before and after the stop.
  ///   - requestID: the request ID.
  static func stopInstances(
    _ changes: [(before: SimulatedInstance, after: SimulatedInstance)], requestID: String
  ) -> String {
    var writer = IndentedXMLWriter()
    writer.open("StopInstancesResponse", namespace: ec2Namespace)
    writer.element("requestId", requestID)
    writer.open("instancesSet")
    for change in changes {
      writer.open("item")
      writer.element("instanceId", change.after.id)
      writer.open("currentState")
      writer.element("code", "\(change.after.stateCode)")
      writer.element("name", change.after.state)
      writer.close()
      writer.open("previousState")
      writer.element("code", "\(change.before.stateCode)")
      writer.element("name", change.before.state)
      writer.close()
      writer.close()
    }
    writer.close()
    writer.close()
    return writer.text
  }

  /// An SNS Publish answer.
  ///
  /// - Parameters:
  ///   - messageID: the message ID.
  ///   - requestID: the request ID.
  static func publish(messageID: String, requestID: String) -> String {
    var writer = IndentedXMLWriter()
    writer.open("PublishResponse", namespace: "http://sns.amazonaws.com/doc/2010-03-31/")
    writer.open("PublishResult")
    writer.element("MessageId", messageID)
    writer.close()
    writer.open("ResponseMetadata")
    writer.element("RequestId", requestID)
    writer.close()
    writer.close()
    return writer.text
  }

  /// An STS GetCallerIdentity answer.
  ///
  /// - Parameters:
  ///   - accountID: the caller's account.
  ///   - requestID: the request ID.
  static func callerIdentity(accountID: String, requestID: String) -> String {
    var writer = IndentedXMLWriter()
    writer.open("GetCallerIdentityResponse", namespace: "https://sts.amazonaws.com/doc/2011-06-15/")
    writer.open("GetCallerIdentityResult")
    writer.element("Arn", "arn:aws:iam::\(accountID):user/bench")
    writer.element("UserId", "AIDACKCEVSQ6C2EXAMPLE")
    writer.element("Account", accountID)
    writer.close()
    writer.open("ResponseMetadata")
    writer.element("RequestId", requestID)
    writer.close()
    writer.close()
    return writer.text
  }

  /// An error answer: EC2's `Response/Errors` shape, or the `ErrorResponse` shape of SNS and STS.
  ///
  /// - Parameters:
  ///   - ec2: whether EC2 answers.
  ///   - code: the error code.
  ///   - message: the message.
  ///   - requestID: the request ID.
  static func error(ec2: Bool, code: String, message: String, requestID: String) -> String {
    var writer = IndentedXMLWriter()
    writer.open(ec2 ? "Response" : "ErrorResponse")
    if ec2 { writer.open("Errors") }
    writer.open("Error")
    if !ec2 { writer.element("Type", "Sender") }
    writer.element("Code", code)
    writer.element("Message", message)
    writer.close()
    if ec2 { writer.close() }
    writer.element(ec2 ? "RequestID" : "RequestId", requestID)
    writer.close()
    return writer.text
  }
}
