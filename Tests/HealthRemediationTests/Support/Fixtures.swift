import Foundation
import HealthRemediation

/// Files and builders shared by the domain tests.
enum Fixtures {
  /// The repository root, found from this file's path.
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The scenario's exact sample event, from the shared mission folder beside the repository.
  static var sampleEventURL: URL {
    repositoryRoot.deletingLastPathComponent().appendingPathComponent(
      "shared/mission/sample-abuse-event.json")
  }

  /// The README's example event (the sample event with real-shaped instance IDs).
  static var exampleEventURL: URL {
    repositoryRoot.appendingPathComponent("Examples/Events/abuse-dos-report.json")
  }

  /// The README's example fleet.
  static var exampleFleetURL: URL { repositoryRoot.appendingPathComponent("Examples/fleet.json") }

  static let account = "123456789012"
  static let otherAccount = "210987654321"
  static let useast1 = ResourceScope(partition: "aws", accountID: account, region: "us-east-1")
  static let euwest1 = ResourceScope(partition: "aws", accountID: account, region: "eu-west-1")
  static let handledAt = Date(timeIntervalSince1970: 1_700_000_000)

  /// A valid 17-digit instance ID made from a number.
  static func id(_ number: Int) -> InstanceID {
    let hex = String(number, radix: 16)
    return InstanceID("i-" + String(repeating: "0", count: 17 - hex.count) + hex)!
  }

  /// The ARN of an instance in a scope.
  static func arn(_ id: InstanceID, _ scope: ResourceScope) -> String {
    "arn:\(scope.partition):ec2:\(scope.region):\(scope.accountID):instance/\(id)"
  }

  /// An abuse event naming these entities in `resources` and `affectedEntities`.
  static func event(
    resources: [String] = [], entities: [String] = [], eventRegion: String? = nil,
    affectedAccount: String? = nil,
    source: String = "aws.health", service: String = "ABUSE", page: String? = nil,
    communicationID: String? = "comm-1"
  ) -> HealthEvent {
    HealthEvent(
      id: "event-1", source: source, account: account, resources: resources,
      detail: HealthEventDetail(
        eventARN: "arn:aws:health:global::event/AWS_ABUSE_DOS_REPORT_1", service: service,
        eventTypeCode: "AWS_ABUSE_DOS_REPORT", communicationID: communicationID, eventRegion: eventRegion,
        eventDescription: [EventDescription(latestDescription: "Denial of service traffic was reported.")],
        affectedEntities: entities.map { AffectedEntity(entityValue: $0) }, affectedAccount: affectedAccount,
        page: page))
  }
}
