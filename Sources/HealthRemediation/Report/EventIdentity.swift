/// Which event a report is about: enough to find it in AWS Health and to deduplicate deliveries.
public struct EventIdentity: Hashable, Sendable, Codable {
  /// The EventBridge event ID.
  public var eventID: String?
  /// The Health event ARN.
  public var eventARN: String
  /// The event type code, for example `AWS_ABUSE_DOS_REPORT`.
  public var eventTypeCode: String
  /// The event category, for example `issue`.
  public var eventTypeCategory: String?
  /// The Health service, `ABUSE` for abuse events.
  public var service: String
  /// The event source, `aws.health` for Health events.
  public var source: String
  /// The account the event was delivered to.
  public var account: String
  /// The member account concerned, in the organizational view.
  public var affectedAccount: String?
  /// The communication ID shared by the pages of one communication.
  public var communicationID: String?
  /// This page's number.
  public var page: String?
  /// The number of pages.
  public var totalPages: String?
  /// The event's description (English where available), as AWS wrote it.
  public var eventDescription: String?

  /// Takes the identity of an event.
  ///
  /// - Parameter event: the event.
  public init(_ event: HealthEvent) {
    eventID = event.id
    eventARN = event.detail.eventARN
    eventTypeCode = event.detail.eventTypeCode
    eventTypeCategory = event.detail.eventTypeCategory
    service = event.detail.service
    source = event.source
    account = event.account
    affectedAccount = event.detail.affectedAccount
    communicationID = event.detail.communicationID
    page = event.detail.page
    totalPages = event.detail.totalPages
    eventDescription = event.detail.latestDescription
  }

  /// The key that deduplicates deliveries: (affected or receiving account, event ARN, communication ID, page).
  public var idempotencyKey: IdempotencyKey {
    IdempotencyKey(
      accountID: affectedAccount ?? account, eventARN: eventARN, communicationID: communicationID ?? "",
      page: page ?? "1")
  }
}
