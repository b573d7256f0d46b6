import Foundation
import HealthRemediation

/// What remediation does with every event before it calls AWS: decode the JSON, find the instances it
/// names, and decide on each with the workshop's policy.
///
/// Measured on the workshop's sample event (`Examples/Events/abuse-dos-report.json`, two instances named
/// twice each) and on generated events naming 10, 100 and 1,000 instances, each in `resources` and in
/// `detail.affectedEntities` as AWS sends them, so that the cost per instance shows whether the work
/// grows linearly. Goal: at most 20 µs for the sample event.
struct EventProcessingBenchmark: BenchmarkSection {
  let name = "events"
  let summary =
    "decode + target extraction + policy evaluation per event, in µs, for the sample event and 10/100/1,000 instances"

  /// The sample event, found next to the sources so that the benchmark runs from any directory.
  static let sampleURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Examples/Events/abuse-dos-report.json")

  func run(settings: BenchmarkSettings) async -> [BenchmarkResult] {
    guard let sample = try? Data(contentsOf: Self.sampleURL) else {
      FileHandle.standardError.write(Data("events: cannot read \(Self.sampleURL.path)\n".utf8))
      return []
    }
    let repetitions = 15
    var results = stages(of: sample, repetitions: repetitions, settings: settings)
    for count in [10, 100, 1_000] {
      let event = Self.event(naming: count)
      let eventsPerRepetition = settings.iterations(max(5, 20_000 / count))
      let microseconds = Self.microseconds(repetitions: repetitions, operations: eventsPerRepetition) {
        for _ in 0..<eventsPerRepetition { Self.process(event) }
      }
      results.append(
        BenchmarkResult(
          figure: "event_\(count)_instances_us", value: microseconds, unit: "µs",
          description:
            "one event naming \(count) instances, best of \(repetitions) runs of \(eventsPerRepetition)"))
      results.append(
        BenchmarkResult(
          figure: "event_\(count)_instances_us_per_instance", value: microseconds / Double(count), unit: "µs",
          description: "the same per instance; flat across sizes means linear"))
    }
    return results
  }

  /// The sample event whole, then each stage on its own.
  private func stages(of sample: Data, repetitions: Int, settings: BenchmarkSettings) -> [BenchmarkResult] {
    let operations = settings.iterations(20_000)
    let decoder = HealthEventDecoder()
    let extractor = TargetExtractor()
    let policy = PolicyDocument.workshopDefault
    guard let event = try? decoder.decode(sample) else { return [] }
    let targets = extractor.targets(of: event).targets
    let descriptions = targets.map { InstanceDescription(id: $0.id, state: .running, tags: Self.tags) }

    let whole = Self.microseconds(repetitions: repetitions, operations: operations) {
      for _ in 0..<operations { Self.process(sample) }
    }
    let decoding = Self.microseconds(repetitions: repetitions, operations: operations) {
      for _ in 0..<operations {
        BenchmarkSink.consume(
          UInt8(truncatingIfNeeded: (try? decoder.decode(sample))?.account.utf8.count ?? 0))
      }
    }
    let extraction = Self.microseconds(repetitions: repetitions, operations: operations) {
      for _ in 0..<operations {
        BenchmarkSink.consume(UInt8(truncatingIfNeeded: extractor.targets(of: event).targets.count))
      }
    }
    let evaluation = Self.microseconds(repetitions: repetitions, operations: operations * descriptions.count)
    {
      for _ in 0..<operations {
        for description in descriptions {
          BenchmarkSink.consume(UInt8(truncatingIfNeeded: policy.evaluate(description).reason.utf8.count))
        }
      }
    }
    let runs = "best of \(repetitions) runs of \(operations)"
    return [
      BenchmarkResult(
        figure: "event_sample_us", value: whole, unit: "µs",
        description:
          "the sample event: decode, extract \(targets.count) targets, evaluate each; goal <= 20; \(runs)"),
      BenchmarkResult(
        figure: "event_sample_decode_us", value: decoding, unit: "µs", description: "decoding alone"),
      BenchmarkResult(
        figure: "event_sample_targets_us", value: extraction, unit: "µs",
        description: "target extraction alone"),
      BenchmarkResult(
        figure: "event_policy_per_instance_us", value: evaluation, unit: "µs",
        description: "the workshop policy on one instance tagged Stage=Dev"),
    ]
  }

  /// Tags that the workshop policy acts on, shared by every description.
  private static let tags = ["Stage": "Dev", "Name": "web"]

  /// Decodes, extracts and evaluates, as the engine does before it calls AWS.
  private static func process(_ json: Data) {
    guard let event = try? HealthEventDecoder().decode(json) else { return }
    var total = 0
    for target in TargetExtractor().targets(of: event).targets {
      let description = InstanceDescription(id: target.id, state: .running, tags: tags)
      total &+= PolicyDocument.workshopDefault.evaluate(description).reason.utf8.count
    }
    BenchmarkSink.consume(UInt8(truncatingIfNeeded: total))
  }

  /// The best time per operation, in microseconds.
  private static func microseconds(repetitions: Int, operations: Int, _ body: () -> Void) -> Double {
    let rate = Measure.bestRate(repetitions: repetitions, operations: operations, body)
    return rate > 0 ? 1e6 / rate : 0
  }

  /// An abuse event like the sample's, naming `count` instances in `resources` and again in
  /// `detail.affectedEntities`.
  static func event(naming count: Int) -> Data {
    var resources: [String] = []
    var entities: [String] = []
    for index in 0..<count {
      let digits = String(index, radix: 16)
      let id = "i-0abc" + String(repeating: "0", count: 13 - digits.count) + digits
      let arn = "\"arn:aws:ec2:us-east-1:123456789012:instance/\(id)\""
      resources.append(arn)
      entities.append("{\"entityValue\": \(arn)}")
    }
    let json = """
      {"version": "0", "id": "7bf73129-1428-4cd3-a780-95db273d1602", "detail-type": "AWS Health Abuse Event",
       "source": "aws.health", "account": "123456789012", "time": "2022-11-28T06:27:57Z", "region": "global",
       "resources": [\(resources.joined(separator: ", "))],
       "detail": {"eventArn": "arn:aws:health:global::event/AWS_ABUSE_DOS_REPORT_92387492375_4498_2018_08_01_02_33_00",
         "service": "ABUSE", "eventTypeCode": "AWS_ABUSE_DOS_REPORT", "eventTypeCategory": "issue",
         "startTime": "Wed, 28 Nov 2023 06:27:57 GMT",
         "eventDescription": [{"language": "en_US", "latestDescription": "A description of the event will be provided here"}],
         "affectedEntities": [\(entities.joined(separator: ", "))]}}
      """
    return Data(json.utf8)
  }
}
