import AWSSigV4
import Foundation
import HealthRemediation
import HealthRemediationAWS

/// The benchmarks issue's scale case: one event naming 1,000 instances in 4 regions, remediated by the
/// real engine, EC2 client and SNS notifier over a simulated AWS that adds 50 ms to every call.
///
/// It reports the wall time against the lower bound (the calls on the critical path × 50 ms) and the
/// calls per action against the minimum. Every run checks that exactly the `Dev` instances were stopped
/// and one notification went out; a run that did otherwise fails the section.
struct ScaleBenchmark: BenchmarkSection {
  let name = "scale"
  let summary =
    "1,000 instances in 4 regions through an in-memory AWS with 50 ms per call: wall time and API calls"

  /// The latency added before every call.
  static let latency = Duration.milliseconds(50)

  let scenario = ScaleScenario(
    instanceCount: 1_000, regions: ["us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2"])

  func run(settings: BenchmarkSettings) async throws -> [BenchmarkResult] {
    let runs = settings.iterations(7)
    let event = Data(scenario.eventJSON.utf8)
    var wallTimes: [Double] = []
    var cpuTimes: [Double] = []
    var calls: [String: Int] = [:]
    for _ in 0..<runs {
      let measured = try await remediateOnce(event)
      wallTimes.append(measured.milliseconds)
      cpuTimes.append(measured.cpuMilliseconds)
      // Every run makes the same calls; keep the most seen, so that a variation cannot hide.
      calls.merge(measured.calls) { max($0, $1) }
    }
    let wall = wallTimes.sorted()[wallTimes.count / 2]
    let cpu = cpuTimes.sorted()[cpuTimes.count / 2]
    let latencyMilliseconds =
      Double(Self.latency.components.attoseconds) / 1e15
      + Double(Self.latency.components.seconds) * 1e3
    let lowerBound = Double(scenario.criticalPathCalls) * latencyMilliseconds
    let minimum = scenario.minimumCalls
    let describes = calls["DescribeInstances", default: 0]
    let stops = calls["StopInstances", default: 0]
    let publishes = calls["Publish", default: 0]
    let total = calls.values.reduce(0, +)
    let label = "\(scenario.instanceCount) instances, \(scenario.regions.count) regions"
    return [
      BenchmarkResult(
        figure: "scale_wall_ms", value: wall, unit: "ms",
        description: "\(label), 50 ms per call: median wall time of \(runs) runs, event JSON to report"),
      BenchmarkResult(
        figure: "scale_cpu_ms", value: cpu, unit: "ms",
        description: "the same runs: median CPU time of the whole process (all threads), event JSON to report"
      ),
      BenchmarkResult(
        figure: "scale_lower_bound_ms", value: lowerBound, unit: "ms",
        description:
          "\(scenario.criticalPathCalls) calls on the critical path (describe, stop, publish) x 50 ms"),
      BenchmarkResult(
        figure: "scale_api_calls", value: Double(total), unit: "calls",
        description: "\(label): every API call"),
      BenchmarkResult(
        figure: "scale_minimum_api_calls", value: Double(minimum.describe + minimum.stop + minimum.publish),
        unit: "calls", description: "ceil(n/1000) describes and stops per region, one publish"),
      BenchmarkResult(
        figure: "scale_describe_calls", value: Double(describes), unit: "calls",
        description: "DescribeInstances"),
      BenchmarkResult(
        figure: "scale_minimum_describe_calls", value: Double(minimum.describe), unit: "calls",
        description: "ceil(n/1000) DescribeInstances per region"),
      BenchmarkResult(
        figure: "scale_stop_calls", value: Double(stops), unit: "calls", description: "StopInstances"),
      BenchmarkResult(
        figure: "scale_minimum_stop_calls", value: Double(minimum.stop), unit: "calls",
        description: "ceil(n/1000) StopInstances per region"),
      BenchmarkResult(
        figure: "scale_publish_calls", value: Double(publishes), unit: "calls", description: "SNS Publish"),
      BenchmarkResult(
        figure: "scale_minimum_publish_calls", value: Double(minimum.publish), unit: "calls",
        description: "one Publish per event"),
      BenchmarkResult(
        figure: "scale_other_calls", value: Double(total - describes - stops - publishes), unit: "calls",
        description: "any other call (minimum 0)"),
    ]
  }

  /// One remediation on a fresh fleet: the wall time from event bytes to report, and the calls made.
  private func remediateOnce(_ event: Data) async throws -> (
    milliseconds: Double, cpuMilliseconds: Double, calls: [String: Int]
  ) {
    let simulated = SimulatedAWSTransport(accountID: scenario.accountID, fleet: scenario.fleet)
    let context = AWSClientContext(
      transport: FaultInjectingTransport(wrapping: simulated, latency: Self.latency))
    let credentials = StaticCredentialsProvider(SigV4Benchmark.credentials)
    let compute = EC2ComputeService(
      credentials: credentials, context: context,
      callerAccountID: try AWSAccountID(validating: scenario.accountID))
    let notifier = try SNSNotifier(
      topic: try SNSTopicARN(validating: "arn:aws:sns:us-east-1:\(scenario.accountID):abuse-remediation"),
      credentials: credentials, context: context)
    let engine = RemediationEngine(
      compute: compute, notifier: notifier, policy: PolicyDocument.workshopDefault,
      configuration: RemediationConfiguration(maximumInstancesPerEvent: nil))

    let cpuStart = ProcessCPUTime.milliseconds()
    let start = ContinuousClock.now
    let report = try await engine.remediate(eventJSON: event)
    let elapsed = ContinuousClock.now - start
    let cpu = ProcessCPUTime.milliseconds() - cpuStart

    try check(report, simulated: simulated)
    let milliseconds =
      Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15
    return (milliseconds, cpu, simulated.callsByAction)
  }

  /// Fails unless exactly the `Dev` instances were stopped and one notification was sent.
  private func check(_ report: RemediationReport, simulated: SimulatedAWSTransport) throws {
    let expectedStopped = scenario.selectedCount
    let expectedSkipped = scenario.instanceCount - expectedStopped
    guard report.counts.stopped == expectedStopped, report.counts.skipped == expectedSkipped,
      report.notification.status == .sent, simulated.publishedMessages.count == 1
    else {
      throw BenchmarkFailure(
        message:
          "scale: expected \(expectedStopped) stopped, \(expectedSkipped) skipped and one notification; "
          + "got outcome \(report.outcome), counts \(report.counts), notification \(report.notification.status)"
      )
    }
    for region in scenario.regions {
      for instance in simulated.instances(in: region).values {
        let stopped = instance.state == "stopping"
        guard stopped == (instance.stage == "Dev") else {
          throw BenchmarkFailure(
            message: "scale: \(instance.id) (Stage=\(instance.stage)) in \(region) is \(instance.state)")
        }
      }
    }
  }
}
