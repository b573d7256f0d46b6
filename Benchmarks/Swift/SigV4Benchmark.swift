import AWSSigV4
import Foundation

/// Signing speed on the request the library sends most: an EC2 DescribeInstances form POST signed with
/// temporary credentials, as `Benchmarks/botocore_sigv4.py` signs it with botocore's `SigV4Auth`.
struct SigV4Benchmark: BenchmarkSection {
  let name = "sigv4"
  let summary = "SigV4 header signing of an EC2 DescribeInstances POST with a session token, in signs/s"

  /// The session token of AWS's own SigV4 examples (the official suite's `post-sts-header-*` cases), so
  /// that both signers hash a token of realistic length.
  static let sessionToken =
    "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA=="

  static let credentials = AWSCredentials(
    accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    sessionToken: sessionToken)

  static func describeInstancesRequest() -> SignableRequest? {
    guard let url = URL(string: "https://ec2.us-east-1.amazonaws.com/") else { return nil }
    return SignableRequest(
      method: "POST", url: url,
      headers: [HTTPHeader(name: "Content-Type", value: "application/x-www-form-urlencoded; charset=utf-8")],
      body: Array("Action=DescribeInstances&Version=2016-11-15&InstanceId.1=i-0123456789abcdef0".utf8))
  }

  func run(settings: BenchmarkSettings) async -> [BenchmarkResult] {
    guard let request = Self.describeInstancesRequest() else { return [] }
    let signer = SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "ec2")
    let repetitions = 25
    let signsPerRepetition = settings.iterations(5_000)

    // Warm-up: derives and caches the day's signing key, as any long-running signer has.
    for _ in 0..<settings.iterations(2_000) {
      consume(signer.signedRequest(request, date: Date()))
    }

    // The date is read inside the loop, as botocore's add_auth does.
    let reused = Measure.bestRate(repetitions: repetitions, operations: signsPerRepetition) {
      for _ in 0..<signsPerRepetition {
        consume(signer.signedRequest(request, date: Date()))
      }
    }

    // A signer created for every request, as a client holding refreshable credentials may do.
    let fresh = Measure.bestRate(repetitions: repetitions, operations: signsPerRepetition) {
      for _ in 0..<signsPerRepetition {
        let fresh = SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "ec2")
        consume(fresh.signedRequest(request, date: Date()))
      }
    }

    return [
      BenchmarkResult(
        figure: "sigv4_ec2_signs_per_second", value: reused, unit: "signs/s",
        description:
          "sign an EC2 DescribeInstances POST with a session token, best of \(repetitions) runs of \(signsPerRepetition)"
      ),
      BenchmarkResult(
        figure: "sigv4_ec2_fresh_signer_signs_per_second", value: fresh, unit: "signs/s",
        description: "the same with a new SigV4Signer per request (shared key cache)"),
    ]
  }

  private func consume(_ request: SignableRequest) {
    BenchmarkSink.consume(request.headers.last?.value.utf8.last ?? 0)
  }
}
