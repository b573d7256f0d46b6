/// Which events the engine acts on; by default AWS Health abuse events (`source` is `aws.health` and
/// `detail.service` is `ABUSE`). Anything else changes nothing and the report says why.
public struct EventMatcher: Hashable, Sendable, Codable {
  /// Accepted `source` values.
  public var sources: Set<String>
  /// Accepted `detail.service` values.
  public var services: Set<String>
  /// Accepted `detail.eventTypeCode` values; `nil` accepts every code.
  public var eventTypeCodes: Set<String>?
  /// Accepted `detail.eventTypeCategory` values; `nil` accepts every category.
  public var eventTypeCategories: Set<String>?

  /// Creates a matcher.
  ///
  /// - Parameters:
  ///   - sources: accepted sources.
  ///   - services: accepted Health services.
  ///   - eventTypeCodes: accepted event type codes, or `nil` for all.
  ///   - eventTypeCategories: accepted categories, or `nil` for all.
  public init(
    sources: Set<String> = ["aws.health"], services: Set<String> = ["ABUSE"],
    eventTypeCodes: Set<String>? = nil,
    eventTypeCategories: Set<String>? = nil
  ) {
    self.sources = sources
    self.services = services
    self.eventTypeCodes = eventTypeCodes
    self.eventTypeCategories = eventTypeCategories
  }

  /// Every AWS Health abuse event, whatever its code: the default.
  public static let abuseEvents = EventMatcher()

  /// Why an event does not match, or `nil` when it does.
  ///
  /// - Parameter event: the event.
  /// - Returns: the reason it is ignored, or `nil` when the engine should act on it.
  public func mismatch(_ event: HealthEvent) -> String? {
    if !sources.contains(event.source) {
      return "source is \"\(event.source.prefix(60))\", not \(Self.list(sources)): not an AWS Health event"
    }
    if !services.contains(event.detail.service) {
      return
        "detail.service is \"\(event.detail.service.prefix(60))\", not \(Self.list(services)): not an abuse event"
    }
    if let codes = eventTypeCodes, !codes.contains(event.detail.eventTypeCode) {
      return
        "detail.eventTypeCode \"\(event.detail.eventTypeCode.prefix(80))\" is not one of \(Self.list(codes))"
    }
    if let categories = eventTypeCategories, !categories.contains(event.detail.eventTypeCategory ?? "") {
      return
        "detail.eventTypeCategory \"\((event.detail.eventTypeCategory ?? "").prefix(40))\" is not one of "
        + Self.list(categories)
    }
    return nil
  }

  private static func list(_ values: Set<String>) -> String {
    values.sorted().map { "\"\($0)\"" }.joined(separator: " or ")
  }
}
