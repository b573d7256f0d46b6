/// The AWS Health part of an event: what happened, to which entities, in which account.
///
/// Members this library does not model are kept in ``additionalFields``.
public struct HealthEventDetail: Hashable, Sendable, Codable {
  /// The Health event ARN; not unique per account on its own (see ``IdempotencyKey``).
  public var eventARN: String
  /// The AWS service, `ABUSE` for abuse events.
  public var service: String
  /// The event type code, for example `AWS_ABUSE_DOS_REPORT`.
  public var eventTypeCode: String
  /// `issue`, `accountNotification`, `scheduledChange` or `investigation`.
  public var eventTypeCategory: String?
  /// `ACCOUNT_SPECIFIC`, `PUBLIC` or `NONE`.
  public var eventScopeCode: String?
  /// Shared by all pages of one communication.
  public var communicationID: String?
  /// When the event started.
  public var startTime: HealthTimestamp?
  /// When the event ended.
  public var endTime: HealthTimestamp?
  /// When the event was last updated.
  public var lastUpdatedTime: HealthTimestamp?
  /// `open`, `closed` or `upcoming`.
  public var statusCode: String?
  /// The region the event concerns; may be `global`.
  public var eventRegion: String?
  /// The descriptions, one per language.
  public var eventDescription: [EventDescription]?
  /// Free-form metadata.
  public var eventMetadata: [String: String]?
  /// The entities the event names.
  public var affectedEntities: [AffectedEntity]?
  /// The member account concerned, in the organizational view.
  public var affectedAccount: String?
  /// This page's number, as the JSON string AWS sends (`"1"`).
  public var page: String?
  /// The number of pages, as the JSON string AWS sends.
  public var totalPages: String?
  /// Members this library does not model, kept for re-encoding.
  public var additionalFields: [String: JSONValue]

  /// Creates a detail.
  ///
  /// - Parameters:
  ///   - eventARN: the Health event ARN.
  ///   - service: the AWS service.
  ///   - eventTypeCode: the event type code.
  ///   - eventTypeCategory: the event category.
  ///   - eventScopeCode: the event scope.
  ///   - communicationID: the communication ID.
  ///   - startTime: when the event started.
  ///   - endTime: when it ended.
  ///   - lastUpdatedTime: when it was last updated.
  ///   - statusCode: its status.
  ///   - eventRegion: the region it concerns.
  ///   - eventDescription: its descriptions.
  ///   - eventMetadata: free-form metadata.
  ///   - affectedEntities: the entities it names.
  ///   - affectedAccount: the member account concerned.
  ///   - page: this page's number.
  ///   - totalPages: the number of pages.
  ///   - additionalFields: members not modelled here.
  public init(
    eventARN: String, service: String = "ABUSE", eventTypeCode: String, eventTypeCategory: String? = "issue",
    eventScopeCode: String? = nil, communicationID: String? = nil, startTime: HealthTimestamp? = nil,
    endTime: HealthTimestamp? = nil, lastUpdatedTime: HealthTimestamp? = nil, statusCode: String? = nil,
    eventRegion: String? = nil, eventDescription: [EventDescription]? = nil,
    eventMetadata: [String: String]? = nil, affectedEntities: [AffectedEntity]? = nil,
    affectedAccount: String? = nil, page: String? = nil, totalPages: String? = nil,
    additionalFields: [String: JSONValue] = [:]
  ) {
    self.eventARN = eventARN
    self.service = service
    self.eventTypeCode = eventTypeCode
    self.eventTypeCategory = eventTypeCategory
    self.eventScopeCode = eventScopeCode
    self.communicationID = communicationID
    self.startTime = startTime
    self.endTime = endTime
    self.lastUpdatedTime = lastUpdatedTime
    self.statusCode = statusCode
    self.eventRegion = eventRegion
    self.eventDescription = eventDescription
    self.eventMetadata = eventMetadata
    self.affectedEntities = affectedEntities
    self.affectedAccount = affectedAccount
    self.page = page
    self.totalPages = totalPages
    self.additionalFields = additionalFields
  }

  /// The English description, or the first one, or `nil` when the event has none.
  public var latestDescription: String? {
    let descriptions = eventDescription ?? []
    return (descriptions.first { $0.language?.hasPrefix("en") == true } ?? descriptions.first)?
      .latestDescription
  }

  private enum CodingKeys: String, CodingKey, CaseIterable {
    case service, eventTypeCode, eventTypeCategory, eventScopeCode, startTime, endTime, lastUpdatedTime
    case statusCode, eventRegion, eventDescription, eventMetadata, affectedEntities, affectedAccount
    case page, totalPages
    case eventARN = "eventArn"
    case communicationID = "communicationId"
  }

  /// Decodes a detail, keeping unknown members; `page` and `totalPages` may be strings or integers.
  ///
  /// - Parameter decoder: the decoder to read from.
  /// - Throws: `DecodingError` naming the member that is missing or has the wrong type.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    eventARN = try container.decode(String.self, forKey: .eventARN)
    service = try container.decode(String.self, forKey: .service)
    eventTypeCode = try container.decode(String.self, forKey: .eventTypeCode)
    eventTypeCategory = try container.decodeIfPresent(String.self, forKey: .eventTypeCategory)
    eventScopeCode = try container.decodeIfPresent(String.self, forKey: .eventScopeCode)
    communicationID = try container.decodeIfPresent(String.self, forKey: .communicationID)
    startTime = try container.decodeIfPresent(HealthTimestamp.self, forKey: .startTime)
    endTime = try container.decodeIfPresent(HealthTimestamp.self, forKey: .endTime)
    lastUpdatedTime = try container.decodeIfPresent(HealthTimestamp.self, forKey: .lastUpdatedTime)
    statusCode = try container.decodeIfPresent(String.self, forKey: .statusCode)
    eventRegion = try container.decodeIfPresent(String.self, forKey: .eventRegion)
    eventDescription = try container.decodeIfPresent([EventDescription].self, forKey: .eventDescription)
    eventMetadata = try container.decodeIfPresent([String: String].self, forKey: .eventMetadata)
    affectedEntities = try container.decodeIfPresent([AffectedEntity].self, forKey: .affectedEntities)
    affectedAccount = try container.decodeIfPresent(String.self, forKey: .affectedAccount)
    page = try Self.decodePageNumber(container, .page)
    totalPages = try Self.decodePageNumber(container, .totalPages)
    additionalFields = try UnknownFields.decode(
      from: decoder, known: Set(CodingKeys.allCases.map(\.stringValue)))
  }

  /// AWS documents page numbers as strings; an integer is accepted too rather than failing a remediation.
  private static func decodePageNumber(
    _ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys
  ) throws -> String? {
    if let number = try? container.decodeIfPresent(Int.self, forKey: key) { return String(number) }
    guard let text = try container.decodeIfPresent(String.self, forKey: key) else { return nil }
    guard isPageNumber(text) else {
      throw DecodingError.dataCorruptedError(
        forKey: key, in: container, debugDescription: pageNumberProblem(text))
    }
    return text
  }

  /// Whether a page number sent as a string is written as a positive integer, without sign or zeros.
  static func isPageNumber(_ text: String) -> Bool {
    guard let number = Int(text), number >= 1 else { return false }
    return String(number) == text
  }

  /// Why a page number sent as a string was refused.
  static func pageNumberProblem(_ text: String) -> String {
    "expected a page number like \"1\", got \"\(text.prefix(20))\""
  }

  /// Encodes the detail with its unknown members.
  ///
  /// - Parameter encoder: the encoder to write to.
  /// - Throws: whatever the encoder throws.
  public func encode(to encoder: any Encoder) throws {
    try UnknownFields.encode(additionalFields, to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(eventARN, forKey: .eventARN)
    try container.encode(service, forKey: .service)
    try container.encode(eventTypeCode, forKey: .eventTypeCode)
    try container.encodeIfPresent(eventTypeCategory, forKey: .eventTypeCategory)
    try container.encodeIfPresent(eventScopeCode, forKey: .eventScopeCode)
    try container.encodeIfPresent(communicationID, forKey: .communicationID)
    try container.encodeIfPresent(startTime, forKey: .startTime)
    try container.encodeIfPresent(endTime, forKey: .endTime)
    try container.encodeIfPresent(lastUpdatedTime, forKey: .lastUpdatedTime)
    try container.encodeIfPresent(statusCode, forKey: .statusCode)
    try container.encodeIfPresent(eventRegion, forKey: .eventRegion)
    try container.encodeIfPresent(eventDescription, forKey: .eventDescription)
    try container.encodeIfPresent(eventMetadata, forKey: .eventMetadata)
    try container.encodeIfPresent(affectedEntities, forKey: .affectedEntities)
    try container.encodeIfPresent(affectedAccount, forKey: .affectedAccount)
    try container.encodeIfPresent(page, forKey: .page)
    try container.encodeIfPresent(totalPages, forKey: .totalPages)
  }
}
