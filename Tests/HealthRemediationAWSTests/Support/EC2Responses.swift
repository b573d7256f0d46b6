import Foundation

/// EC2, SNS and STS answers written as the services write them, for stubbed transports.
enum EC2Responses {
  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }

  static func describe(
    _ instances: [(id: String, state: String, tags: [String: String])], nextToken: String? = nil
  )
    -> String
  {
    let items = instances.map { instance in
      let tags = instance.tags.sorted { $0.key < $1.key }.map {
        "<item><key>\(escape($0.key))</key><value>\(escape($0.value))</value></item>"
      }.joined()
      return """
        <item><instanceId>\(instance.id)</instanceId><imageId>ami-12c6146b</imageId>\
        <instanceState><code>16</code><name>\(instance.state)</name></instanceState>\
        <groupSet><item><groupId>sg-1</groupId></item></groupSet>\
        <tagSet>\(tags)</tagSet></item>
        """
    }.joined()
    let token = nextToken.map { "<nextToken>\($0)</nextToken>" } ?? ""
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">\
      <requestId>req-describe</requestId><reservationSet><item><reservationId>r-1</reservationId>\
      <instancesSet>\(items)</instancesSet></item></reservationSet>\(token)</DescribeInstancesResponse>
      """
  }

  static func stop(_ ids: [String], previous: String = "running", current: String = "stopping") -> String {
    let items = ids.map {
      """
      <item><instanceId>\($0)</instanceId><currentState><code>64</code><name>\(current)</name></currentState>\
      <previousState><code>16</code><name>\(previous)</name></previousState></item>
      """
    }.joined()
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <StopInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>req-stop</requestId>\
      <instancesSet>\(items)</instancesSet></StopInstancesResponse>
      """
  }

  static let createTags = """
    <CreateTagsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>req-tags</requestId>\
    <return>true</return></CreateTagsResponse>
    """

  static func error(_ code: String, _ message: String, requestID: String = "req-error") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <Response><Errors><Error><Code>\(code)</Code><Message>\(escape(message))</Message></Error></Errors>\
    <RequestID>\(requestID)</RequestID></Response>
    """
  }

  static func queryError(_ code: String, _ message: String, requestID: String = "req-error") -> String {
    """
    <ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>Sender</Type>\
    <Code>\(code)</Code><Message>\(escape(message))</Message></Error><RequestId>\(requestID)</RequestId></ErrorResponse>
    """
  }

  static func assumeRole(accessKeyID: String, secret: String, token: String, expiration: String) -> String {
    """
    <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>\
    <Credentials><AccessKeyId>\(accessKeyID)</AccessKeyId><SecretAccessKey>\(secret)</SecretAccessKey>\
    <SessionToken>\(token)</SessionToken><Expiration>\(expiration)</Expiration></Credentials>\
    <AssumedRoleUser><Arn>arn:aws:sts::210987654321:assumed-role/R/s</Arn><AssumedRoleId>AROA:s</AssumedRoleId>\
    </AssumedRoleUser></AssumeRoleResult><ResponseMetadata><RequestId>req-sts</RequestId></ResponseMetadata>\
    </AssumeRoleResponse>
    """
  }

  static func callerIdentity(account: String) -> String {
    """
    <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>\
    <UserId>AIDA</UserId><Account>\(account)</Account><Arn>arn:aws:iam::\(account):user/u</Arn>\
    </GetCallerIdentityResult><ResponseMetadata><RequestId>req-id</RequestId></ResponseMetadata>\
    </GetCallerIdentityResponse>
    """
  }

  static func publish(messageID: String) -> String {
    """
    <PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult>\
    <MessageId>\(messageID)</MessageId></PublishResult><ResponseMetadata><RequestId>req-pub</RequestId>\
    </ResponseMetadata></PublishResponse>
    """
  }
}
