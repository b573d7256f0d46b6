/// An EventBridge event carrying an AWS Health `detail`: the input of the remediation engine.
///
/// Fields this library does not model are kept in ``additionalFields`` so that an event re-encodes
/// without loss. Decode with ``HealthEventDecoder`` to get errors that name the JSON path.
public struct HealthEvent: Hashable, Sendable, Codable {
  /// The envelope version, `"0"` today.
  public var version: String?
  /// The EventBridge event ID.
  public var id: String?
  /// The detail type, for example `AWS Health Abuse Event`.
  public var detailType: String
  /// The source, `aws.health` for Health events.
  public var source: String
  /// The account the event was delivered to.
  public var account: String
  /// When EventBridge received the event.
  public var time: ISO8601Timestamp?
  /// The delivery region; `"global"` in abuse events, so never used as a region to act in.
  public var region: String?
  /// The ARNs of the resources concerned; may be absent or empty.
  public var resources: [String]?
  /// The AWS Health detail.
  public var detail: HealthEventDetail
  /// Envelope members this library does not model, kept for re-encoding.
  public var additionalFields: [String: JSONValue]

  /// Creates an event.
  ///
  /// - Parameters:
  ///   - version: the envelope version.
  ///   - id: the EventBridge event ID.
  ///   - detailType: the detail type.
  ///   - source: the event source.
  ///   - account: the receiving account.
  ///   - time: when EventBridge received the event.
  ///   - region: the delivery region.
  ///   - resources: the resource ARNs.
  ///   - detail: the AWS Health detail.
  ///   - additionalFields: members not modelled here.
  public init(
    version: String? = "0", id: String? = nil, detailType: String = "AWS Health Abuse Event",
    source: String = "aws.health", account: String, time: ISO8601Timestamp? = nil, region: String? = "global",
    resources: [String]? = nil, detail: HealthEventDetail, additionalFields: [String: JSONValue] = [:]
  ) {
    self.version = version
    self.id = id
    self.detailType = detailType
    self.source = source
    self.account = account
    self.time = time
    self.region = region
    self.resources = resources
    self.detail = detail
    self.additionalFields = additionalFields
  }

  private enum CodingKeys: String, CodingKey, CaseIterable {
    case version, id, source, account, time, region, resources, detail
    case detailType = "detail-type"
  }

  /// Decodes an event, keeping unknown members.
  ///
  /// - Parameter decoder: the decoder to read from.
  /// - Throws: `DecodingError` naming the member that is missing or has the wrong type.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    version = try container.decodeIfPresent(String.self, forKey: .version)
    id = try container.decodeIfPresent(String.self, forKey: .id)
    detailType = try container.decode(String.self, forKey: .detailType)
    source = try container.decode(String.self, forKey: .source)
    account = try container.decode(String.self, forKey: .account)
    time = try container.decodeIfPresent(ISO8601Timestamp.self, forKey: .time)
    region = try container.decodeIfPresent(String.self, forKey: .region)
    resources = try container.decodeIfPresent([String].self, forKey: .resources)
    detail = try container.decode(HealthEventDetail.self, forKey: .detail)
    additionalFields = try UnknownFields.decode(
      from: decoder, known: Set(CodingKeys.allCases.map(\.stringValue)))
  }

  /// Encodes the event with its unknown members.
  ///
  /// - Parameter encoder: the encoder to write to.
  /// - Throws: whatever the encoder throws.
  public func encode(to encoder: any Encoder) throws {
    try UnknownFields.encode(additionalFields, to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeIfPresent(version, forKey: .version)
    try container.encodeIfPresent(id, forKey: .id)
    try container.encode(detailType, forKey: .detailType)
    try container.encode(source, forKey: .source)
    try container.encode(account, forKey: .account)
    try container.encodeIfPresent(time, forKey: .time)
    try container.encodeIfPresent(region, forKey: .region)
    try container.encodeIfPresent(resources, forKey: .resources)
    try container.encode(detail, forKey: .detail)
  }
}
