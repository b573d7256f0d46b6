import HealthRemediation
import Testing

@Suite("Parsing and formatting ARNs")
struct ARNTests {
  @Test(
    "ARNs of every partition and resource form parse and format back",
    arguments: [
      (
        "arn:aws:ec2:us-east-1:123456789012:instance/i-0abc", "aws", "ec2", "us-east-1", "123456789012",
        "instance", "i-0abc"
      ),
      (
        "arn:aws-cn:ec2:cn-north-1:123456789012:instance/i-1", "aws-cn", "ec2", "cn-north-1", "123456789012",
        "instance", "i-1"
      ),
      (
        "arn:aws-us-gov:ec2:us-gov-west-1:123456789012:instance/i-1", "aws-us-gov", "ec2", "us-gov-west-1",
        "123456789012", "instance", "i-1"
      ),
      (
        "arn:aws-iso:ec2:us-iso-east-1:123456789012:instance/i-1", "aws-iso", "ec2", "us-iso-east-1",
        "123456789012", "instance", "i-1"
      ),
      (
        "arn:aws-iso-b:ec2:us-isob-east-1:123456789012:instance/i-1", "aws-iso-b", "ec2", "us-isob-east-1",
        "123456789012", "instance", "i-1"
      ),
      (
        "arn:aws:health:global::event/AWS_ABUSE_DOS_REPORT_1", "aws", "health", "global", "", "event",
        "AWS_ABUSE_DOS_REPORT_1"
      ),
      ("arn:aws:s3:::my-bucket", "aws", "s3", "", "", nil, "my-bucket"),
      ("arn:aws:sns:us-east-1:123456789012:alerts", "aws", "sns", "us-east-1", "123456789012", nil, "alerts"),
      (
        "arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/x:*", "aws", "logs", "us-east-1",
        "123456789012", "log-group", "/aws/lambda/x:*"
      ),
      ("arn:aws:iam::aws:policy/ReadOnlyAccess", "aws", "iam", "", "aws", "policy", "ReadOnlyAccess"),
    ] as [(String, String, String, String, String, String?, String)])
  func parsesAndFormats(
    text: String, partition: String, service: String, region: String, account: String, type: String?,
    id: String
  ) throws {
    let arn = try ARN(parsing: text)
    #expect(arn.partition == partition)
    #expect(arn.service == service)
    #expect(arn.region == region)
    #expect(arn.accountID == account)
    #expect(arn.resourceType == type)
    #expect(arn.resourceID == id)
    #expect(arn.description == text)
  }

  @Test(
    "malformed ARNs are rejected with the reason",
    arguments: [
      ("", "empty"),
      ("arn:aws:ec2:us-east-1:123456789012", "six colon-separated parts"),
      ("urn:aws:ec2:us-east-1:123456789012:instance/i-1", "starts with \"arn:\""),
      ("arn::ec2:us-east-1:123456789012:instance/i-1", "not a partition"),
      ("arn:azure:ec2:us-east-1:123456789012:instance/i-1", "not a partition"),
      ("arn:aws::us-east-1:123456789012:instance/i-1", "service"),
      ("arn:aws:EC2:us-east-1:123456789012:instance/i-1", "service"),
      ("arn:aws:ec2:US_EAST:123456789012:instance/i-1", "region"),
      ("arn:aws:ec2:us-east-1:12345:instance/i-1", "12-digit"),
      ("arn:aws:ec2:us-east-1:123456789012:", "resource part is empty"),
      ("arn:aws:ec2:us-east-1:123456789012:instance/i-1 x", "whitespace"),
      ("arn:aws:ec2:us-east-1:123456789012:instance/i-1\n", "whitespace or control"),
    ])
  func rejectsMalformed(text: String, reason: String) {
    #expect {
      try ARN(parsing: text)
    } throws: { error in
      (error as? ARNError)?.reason.contains(reason) == true
    }
  }
}

@Suite("Validating EC2 instance IDs")
struct InstanceIDTests {
  @Test("IDs of 8 or 17 lowercase hex digits are accepted", arguments: ["i-0123abcd", "i-0123456789abcdef0"])
  func acceptsValid(text: String) throws {
    #expect(try InstanceID(validating: text).rawValue == text)
  }

  @Test(
    "other shapes are rejected with the reason",
    arguments: [
      ("i-abcdef", "8 or 17"), ("i-0123456789ABCDEF0", "lowercase hexadecimal"),
      ("i-0123456g", "lowercase hexadecimal"),
      ("0123456789abcdef0", "starts with"), ("i-0123456789abcdef0 ", "8 or 17"), ("", "starts with"),
      ("i-01234567&x=1", "8 or 17"), ("vol-0123456789abcdef0", "starts with"),
    ])
  func rejectsInvalid(text: String, reason: String) {
    #expect {
      try InstanceID(validating: text)
    } throws: { error in
      (error as? InstanceIDError)?.reason.contains(reason) == true
    }
  }
}
