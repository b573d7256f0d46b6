/// One entity a Health event names: an ARN, a bare resource ID, or something else (an IP address...).
public struct AffectedEntity: Hashable, Sendable, Codable {
  /// The entity as AWS wrote it.
  public var entityValue: String
  /// When the entity's status last changed.
  public var lastUpdatedTime: HealthTimestamp?
  /// The entity's status, for example `IMPAIRED`.
  public var status: String?
  /// Tags AWS attached to the entity in the event.
  public var tags: [String: String]?
  /// Members this library does not model, kept for re-encoding.
  public var additionalFields: [String: JSONValue]

  /// Creates an entity.
  ///
  /// - Parameters:
  ///   - entityValue: the entity as AWS writes it.
  ///   - lastUpdatedTime: when its status last changed.
  ///   - status: its status.
  ///   - tags: tags attached to it in the event.
  ///   - additionalFields: members not modelled here.
  public init(
    entityValue: String, lastUpdatedTime: HealthTimestamp? = nil, status: String? = nil,
    tags: [String: String]? = nil, additionalFields: [String: JSONValue] = [:]
  ) {
    self.entityValue = entityValue
    self.lastUpdatedTime = lastUpdatedTime
    self.status = status
    self.tags = tags
    self.additionalFields = additionalFields
  }

  private enum CodingKeys: String, CodingKey, CaseIterable {
    case entityValue, lastUpdatedTime, status, tags
  }

  /// Decodes an entity, keeping unknown members.
  ///
  /// - Parameter decoder: the decoder to read from.
  /// - Throws: `DecodingError` naming the member that is missing or has the wrong type.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    entityValue = try container.decode(String.self, forKey: .entityValue)
    lastUpdatedTime = try container.decodeIfPresent(HealthTimestamp.self, forKey: .lastUpdatedTime)
    status = try container.decodeIfPresent(String.self, forKey: .status)
    tags = try container.decodeIfPresent([String: String].self, forKey: .tags)
    additionalFields = try UnknownFields.decode(
      from: decoder, known: Set(CodingKeys.allCases.map(\.stringValue)))
  }

  /// Encodes the entity with its unknown members.
  ///
  /// - Parameter encoder: the encoder to write to.
  /// - Throws: whatever the encoder throws.
  public func encode(to encoder: any Encoder) throws {
    try UnknownFields.encode(additionalFields, to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(entityValue, forKey: .entityValue)
    try container.encodeIfPresent(lastUpdatedTime, forKey: .lastUpdatedTime)
    try container.encodeIfPresent(status, forKey: .status)
    try container.encodeIfPresent(tags, forKey: .tags)
  }
}
