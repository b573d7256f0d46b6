/// What identifies one delivery of one page of one Health event for one account.
///
/// `eventArn` alone is not unique per account, and large events are split into pages, so the key is
/// (affected account or receiving account, event ARN, communication ID, page).
public struct IdempotencyKey: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The affected account (organizational view) or the account the event was delivered to.
  public let accountID: String
  /// The Health event ARN.
  public let eventARN: String
  /// The communication ID, empty when the event has none.
  public let communicationID: String
  /// The page number, `1` when the event is not paged.
  public let page: String

  /// Creates a key.
  ///
  /// - Parameters:
  ///   - accountID: the affected or receiving account.
  ///   - eventARN: the Health event ARN.
  ///   - communicationID: the communication ID, empty when absent.
  ///   - page: the page number.
  public init(accountID: String, eventARN: String, communicationID: String, page: String) {
    self.accountID = accountID
    self.eventARN = eventARN
    self.communicationID = communicationID
    self.page = page
  }

  /// The parts joined with `|`, as a store may use it for a primary key.
  public var description: String { [accountID, eventARN, communicationID, page].joined(separator: "|") }
}
