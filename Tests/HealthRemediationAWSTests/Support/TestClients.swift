import AWSSigV4
import Foundation
import HealthRemediation
import HealthRemediationAWS

/// Builders of clients over stubbed transports, with retries that do not wait.
enum TestClients {
  static let credentials = AWSCredentials(
    accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")

  static var region: AWSRegion {
    get throws { try AWSRegion(validating: "eu-west-1") }
  }

  static func context(
    _ transport: any HTTPTransport, sleeper: RecordingSleeper = RecordingSleeper(),
    quota: RetryQuota = RetryQuota(), clock: any WallClock = ManualClock()
  ) -> AWSClientContext {
    AWSClientContext(
      transport: transport,
      endpoints: EndpointResolver(globalOverride: URL(string: "http://127.0.0.1:1/")),
      retryPolicy: RetryPolicy(quota: quota, random: FixedRandom(value: 0.5), sleeper: sleeper),
      clock: clock)
  }

  static func ec2(_ transport: any HTTPTransport, batchSize: Int = EC2Client.maximumIDsPerCall) throws
    -> EC2Client
  {
    EC2Client(
      client: context(transport).queryClient(
        for: .ec2, in: try region, credentials: StaticCredentialsProvider(credentials)),
      batchSize: batchSize)
  }
}
