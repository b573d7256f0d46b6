import Foundation
import HealthRemediation

/// The JSON form of a fleet, for the CLI's offline mode and for tests:
///
/// ```json
/// {
///   "defaults": {"partition": "aws", "account": "123456789012", "region": "us-east-1"},
///   "instances": [
///     {"id": "i-0123456789abcdef0", "state": "running", "tags": {"Stage": "Prod"}},
///     {"id": "i-0fedcba9876543210", "region": "eu-west-1", "tags": {"Stage": "Dev"}, "stopProtection": true}
///   ]
/// }
/// ```
/// Every instance member but `id` is optional; `state` defaults to `running`, `tags` to none.
public struct FleetDocument: Hashable, Sendable, Decodable {
  /// The instances.
  public let instances: [FleetInstance]

  /// Reads a fleet file.
  ///
  /// - Parameter url: the file.
  /// - Returns: the document.
  /// - Throws: ``FleetDocumentError`` naming the file and the JSON path of the problem.
  public static func load(from url: URL) throws(FleetDocumentError) -> FleetDocument {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw FleetDocumentError(
        file: url.path, path: "$", problem: "cannot be read (\(error.localizedDescription))")
    }
    do {
      return try JSONDecoder().decode(FleetDocument.self, from: data)
    } catch {
      let problem = JSONProblem(decoding: error, input: data)
      throw FleetDocumentError(file: url.path, path: problem.path, problem: problem.problem)
    }
  }

  private struct Defaults: Decodable {
    var partition: String?
    var account: String?
    var region: String?
  }

  private struct Entry: Decodable {
    var id: InstanceID
    var partition: String?
    var account: String?
    var region: String?
    var state: InstanceState?
    var tags: [String: String]?
    var tagsUnreadable: Bool?
    var stopProtection: Bool?
  }

  private enum CodingKeys: String, CodingKey { case defaults, instances }

  /// Decodes a fleet document.
  ///
  /// - Parameter decoder: the decoder to read from.
  /// - Throws: `DecodingError` naming the member that is missing or wrong, including an instance without a
  ///   region or account when the defaults name none.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let defaults = try container.decodeIfPresent(Defaults.self, forKey: .defaults)
    var list = try container.nestedUnkeyedContainer(forKey: .instances)
    var instances: [FleetInstance] = []
    while !list.isAtEnd {
      let entry = try list.decode(Entry.self)
      guard let account = entry.account ?? defaults?.account, let region = entry.region ?? defaults?.region
      else {
        throw DecodingError.dataCorruptedError(
          in: list,
          debugDescription: "instance \(entry.id) has no account or region, and the defaults name none")
      }
      let scope = ResourceScope(
        partition: entry.partition ?? defaults?.partition ?? "aws", accountID: account, region: region)
      instances.append(
        FleetInstance(
          id: entry.id, scope: scope, state: entry.state ?? .running, tags: entry.tags ?? [:],
          tagsUnreadable: entry.tagsUnreadable ?? false, stopProtection: entry.stopProtection ?? false))
    }
    self.instances = instances
  }
}
