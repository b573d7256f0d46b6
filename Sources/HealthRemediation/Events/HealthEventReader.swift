/// Builds a ``HealthEvent`` from a parsed ``JSONDocument``.
///
/// Members are checked in the order the `Codable` conformances decode them (envelope fields, then the
/// whole detail, then unknown members), so that the first error reported, its path and its words are
/// the ones `JSONDecoder` gives. Paths are only rendered when there is an error.
struct HealthEventReader {
  /// The parsed event.
  let document: JSONDocument

  /// The event at the root of the document.
  func event() throws(EventDecodingError) -> HealthEvent {
    try requireObject(0, path: "$")
    var version = -1
    var id = -1
    var detailType = -1
    var source = -1
    var account = -1
    var time = -1
    var region = -1
    var resources = -1
    var detail = -1
    var unknown: [Int] = []
    var key = 1
    for _ in 0..<document[0].count {
      let value = key + 1
      if document.string(at: key, is: "detail") {
        detail = value
      } else if document.string(at: key, is: "resources") {
        resources = value
      } else if document.string(at: key, is: "source") {
        source = value
      } else if document.string(at: key, is: "account") {
        account = value
      } else if document.string(at: key, is: "detail-type") {
        detailType = value
      } else if document.string(at: key, is: "time") {
        time = value
      } else if document.string(at: key, is: "region") {
        region = value
      } else if document.string(at: key, is: "id") {
        id = value
      } else if document.string(at: key, is: "version") {
        version = value
      } else {
        unknown.append(key)
      }
      key = document.index(after: value)
    }
    let versionText = try optionalString(version, path: "version")
    let idText = try optionalString(id, path: "id")
    let detailTypeText = try requiredString(detailType, path: "detail-type")
    let sourceText = try requiredString(source, path: "source")
    let accountText = try requiredString(account, path: "account")
    let timeValue = try isoTimestamp(time, path: "time")
    let regionText = try optionalString(region, path: "region")
    let resourceList = try stringArray(resources, path: "resources")
    guard detail >= 0 else { throw EventDecodingError(path: "detail", problem: "required field is missing") }
    let detailValue = try self.detail(at: detail)
    return HealthEvent(
      version: versionText, id: idText, detailType: detailTypeText, source: sourceText, account: accountText,
      time: timeValue, region: regionText, resources: resourceList, detail: detailValue,
      additionalFields: try unknownFields(unknown, parent: ""))
  }

  private func detail(at index: Int) throws(EventDecodingError) -> HealthEventDetail {
    try requireObject(index, path: "detail")
    var slots = [Int](repeating: -1, count: Self.detailKeys.count)
    var unknown: [Int] = []
    var key = index + 1
    for _ in 0..<document[index].count {
      let candidates: [Int]
      if let length = document.plainLength(at: key) {
        candidates = length < Self.detailKeysByLength.count ? Self.detailKeysByLength[length] : []
      } else {
        candidates = Array(Self.detailKeys.indices)
      }
      if let slot = candidates.first(where: { document.string(at: key, is: Self.detailKeys[$0]) }) {
        slots[slot] = key + 1
      } else {
        unknown.append(key)
      }
      key = document.index(after: key + 1)
    }
    // The order of these reads is the order of `HealthEventDetail.init(from:)`.
    let eventARN = try requiredString(slots[0], path: "detail.eventArn")
    let service = try requiredString(slots[1], path: "detail.service")
    let eventTypeCode = try requiredString(slots[2], path: "detail.eventTypeCode")
    let eventTypeCategory = try optionalString(slots[3], path: "detail.eventTypeCategory")
    let eventScopeCode = try optionalString(slots[4], path: "detail.eventScopeCode")
    let communicationID = try optionalString(slots[5], path: "detail.communicationId")
    let startTime = try healthTimestamp(slots[6], path: "detail.startTime")
    let endTime = try healthTimestamp(slots[7], path: "detail.endTime")
    let lastUpdatedTime = try healthTimestamp(slots[8], path: "detail.lastUpdatedTime")
    let statusCode = try optionalString(slots[9], path: "detail.statusCode")
    let eventRegion = try optionalString(slots[10], path: "detail.eventRegion")
    let eventDescription = try descriptions(slots[11])
    let eventMetadata = try stringDictionary(slots[12], path: "detail.eventMetadata")
    let affectedEntities = try entities(slots[13])
    let affectedAccount = try optionalString(slots[14], path: "detail.affectedAccount")
    let page = try pageNumber(slots[15], path: "detail.page")
    let totalPages = try pageNumber(slots[16], path: "detail.totalPages")
    return HealthEventDetail(
      eventARN: eventARN, service: service, eventTypeCode: eventTypeCode,
      eventTypeCategory: eventTypeCategory,
      eventScopeCode: eventScopeCode, communicationID: communicationID, startTime: startTime,
      endTime: endTime,
      lastUpdatedTime: lastUpdatedTime, statusCode: statusCode, eventRegion: eventRegion,
      eventDescription: eventDescription, eventMetadata: eventMetadata, affectedEntities: affectedEntities,
      affectedAccount: affectedAccount, page: page, totalPages: totalPages,
      additionalFields: try unknownFields(unknown, parent: "detail."))
  }

  /// The detail's members in the order ``detail(at:)`` reads them.
  private static let detailKeys: [StaticString] = [
    "eventArn", "service", "eventTypeCode", "eventTypeCategory", "eventScopeCode", "communicationId",
    "startTime", "endTime", "lastUpdatedTime", "statusCode", "eventRegion", "eventDescription",
    "eventMetadata", "affectedEntities", "affectedAccount", "page", "totalPages",
  ]

  /// The indices into ``detailKeys`` of the keys of each length, so that a plain key is compared with
  /// one or two names rather than seventeen; escaped or non-ASCII keys are compared with every name.
  private static let detailKeysByLength: [[Int]] = {
    var table = [[Int]](repeating: [], count: 18)
    for (index, key) in detailKeys.enumerated() { table[key.utf8CodeUnitCount].append(index) }
    return table
  }()

  private func entities(_ index: Int) throws(EventDecodingError) -> [AffectedEntity]? {
    guard try isPresentArray(index, path: "detail.affectedEntities") else { return nil }
    var result: [AffectedEntity] = []
    result.reserveCapacity(Int(document[index].count))
    var element = index + 1
    for position in 0..<Int(document[index].count) {
      result.append(try entity(at: element, position: position))
      element = document.index(after: element)
    }
    return result
  }

  private func entity(at index: Int, position: Int) throws(EventDecodingError) -> AffectedEntity {
    try requireObject(index, path: "detail.affectedEntities[\(position)]")
    var entityValue = -1
    var lastUpdatedTime = -1
    var status = -1
    var tags = -1
    var unknown: [Int] = []
    var key = index + 1
    for _ in 0..<document[index].count {
      let value = key + 1
      if document.string(at: key, is: "entityValue") {
        entityValue = value
      } else if document.string(at: key, is: "status") {
        status = value
      } else if document.string(at: key, is: "lastUpdatedTime") {
        lastUpdatedTime = value
      } else if document.string(at: key, is: "tags") {
        tags = value
      } else {
        unknown.append(key)
      }
      key = document.index(after: value)
    }
    return AffectedEntity(
      entityValue: try requiredString(entityValue, path: "detail.affectedEntities[\(position)].entityValue"),
      lastUpdatedTime: try healthTimestamp(
        lastUpdatedTime, path: "detail.affectedEntities[\(position)].lastUpdatedTime"),
      status: try optionalString(status, path: "detail.affectedEntities[\(position)].status"),
      tags: try stringDictionary(tags, path: "detail.affectedEntities[\(position)].tags"),
      additionalFields: unknown.isEmpty
        ? [:] : try unknownFields(unknown, parent: "detail.affectedEntities[\(position)]."))
  }

  /// `[EventDescription]`, whose synthesized decoding ignores members it does not know.
  private func descriptions(_ index: Int) throws(EventDecodingError) -> [EventDescription]? {
    guard try isPresentArray(index, path: "detail.eventDescription") else { return nil }
    var result: [EventDescription] = []
    var element = index + 1
    for position in 0..<Int(document[index].count) {
      try requireObject(element, path: "detail.eventDescription[\(position)]")
      var language = -1
      var latestDescription = -1
      var key = element + 1
      for _ in 0..<document[element].count {
        if document.string(at: key, is: "language") {
          language = key + 1
        } else if document.string(at: key, is: "latestDescription") {
          latestDescription = key + 1
        }
        key = document.index(after: key + 1)
      }
      result.append(
        EventDescription(
          language: try optionalString(language, path: "detail.eventDescription[\(position)].language"),
          latestDescription: try requiredString(
            latestDescription, path: "detail.eventDescription[\(position)].latestDescription")))
      element = document.index(after: element)
    }
    return result
  }

  // MARK: Values

  private func requireObject(_ index: Int, path: @autoclosure () -> String) throws(EventDecodingError) {
    switch document[index].kind {
    case .object: return
    case .null: throw EventDecodingError(path: path(), problem: "expected an object, found null")
    default: throw EventDecodingError(path: path(), problem: "expected an object")
    }
  }

  /// Whether an optional array member is there (`false` when absent or null).
  private func isPresentArray(_ index: Int, path: @autoclosure () -> String) throws(EventDecodingError)
    -> Bool
  {
    guard index >= 0 else { return false }
    switch document[index].kind {
    case .array: return true
    case .null: return false
    default: throw EventDecodingError(path: path(), problem: "expected an array")
    }
  }

  private func optionalString(_ index: Int, path: @autoclosure () -> String) throws(EventDecodingError)
    -> String?
  {
    guard index >= 0 else { return nil }
    switch document[index].kind {
    case .string: return document.string(at: index)
    case .null: return nil
    default: throw EventDecodingError(path: path(), problem: "expected a string")
    }
  }

  private func requiredString(_ index: Int, path: @autoclosure () -> String) throws(EventDecodingError)
    -> String
  {
    guard index >= 0 else { throw EventDecodingError(path: path(), problem: "required field is missing") }
    switch document[index].kind {
    case .string: return document.string(at: index)
    case .null: throw EventDecodingError(path: path(), problem: "expected a string, found null")
    default: throw EventDecodingError(path: path(), problem: "expected a string")
    }
  }

  private func healthTimestamp(_ index: Int, path: @autoclosure () -> String) throws(EventDecodingError)
    -> HealthTimestamp?
  {
    guard let text = try optionalString(index, path: path()) else { return nil }
    guard let time = HealthTimestamp(text) else {
      throw EventDecodingError(path: path(), problem: HealthTimestamp.problem(parsing: text))
    }
    return time
  }

  private func isoTimestamp(_ index: Int, path: @autoclosure () -> String) throws(EventDecodingError)
    -> ISO8601Timestamp?
  {
    guard let text = try optionalString(index, path: path()) else { return nil }
    guard let time = ISO8601Timestamp(text) else {
      throw EventDecodingError(path: path(), problem: ISO8601Timestamp.problem(parsing: text))
    }
    return time
  }

  /// A page number: an integer is taken as its decimal text; a string must be a positive integer.
  private func pageNumber(_ index: Int, path: @autoclosure () -> String) throws(EventDecodingError) -> String?
  {
    guard index >= 0 else { return nil }
    if let number = document.integer(at: index) { return String(number) }
    guard let text = try optionalString(index, path: path()) else { return nil }
    guard HealthEventDetail.isPageNumber(text) else {
      throw EventDecodingError(path: path(), problem: HealthEventDetail.pageNumberProblem(text))
    }
    return text
  }

  private func stringArray(_ index: Int, path: @autoclosure () -> String) throws(EventDecodingError)
    -> [String]?
  {
    guard try isPresentArray(index, path: path()) else { return nil }
    var result: [String] = []
    result.reserveCapacity(Int(document[index].count))
    for position in 0..<Int(document[index].count) {
      let element = index + 1 + position
      switch document[element].kind {
      case .string: result.append(document.string(at: element))
      case .null:
        throw EventDecodingError(path: "\(path())[\(position)]", problem: "expected a string, found null")
      default:
        // A container element cannot be skipped by counting, but it is an error anyway.
        throw EventDecodingError(path: "\(path())[\(position)]", problem: "expected a string")
      }
    }
    return result
  }

  private func stringDictionary(_ index: Int, path: @autoclosure () -> String) throws(EventDecodingError)
    -> [String: String]?
  {
    guard index >= 0 else { return nil }
    switch document[index].kind {
    case .object: break
    case .null: return nil
    default: throw EventDecodingError(path: path(), problem: "expected an object")
    }
    var result: [String: String] = [:]
    result.reserveCapacity(Int(document[index].count))
    var key = index + 1
    for _ in 0..<document[index].count {
      let value = key + 1
      let name = document.string(at: key)
      switch document[value].kind {
      case .string: result[name] = document.string(at: value)
      case .null:
        throw EventDecodingError(path: "\(path()).\(name)", problem: "expected a string, found null")
      default: throw EventDecodingError(path: "\(path()).\(name)", problem: "expected a string")
      }
      key = document.index(after: value)
    }
    return result
  }

  // MARK: Unknown members

  /// The members at `keys` as JSON values, for re-encoding; `parent` is the path prefix of errors.
  private func unknownFields(_ keys: [Int], parent: String) throws(EventDecodingError) -> [String: JSONValue]
  {
    var fields: [String: JSONValue] = [:]
    for key in keys {
      let name = document.string(at: key)
      do {
        fields[name] = try jsonValue(at: key + 1)
      } catch {
        throw EventDecodingError(path: parent + name + Self.render(error.path), problem: "expected a string")
      }
    }
    return fields
  }

  /// Any value; fails only on a number that neither an `Int` nor a finite `Double` holds, where
  /// `JSONValue`'s decoding falls through to a string and reports that.
  private func jsonValue(at index: Int) throws(UnrepresentableNumber) -> JSONValue {
    let token = document[index]
    switch token.kind {
    case .null: return .null
    case .true: return .bool(true)
    case .false: return .bool(false)
    case .string: return .string(document.string(at: index))
    case .number:
      if let integer = document.integer(at: index) { return .integer(integer) }
      if let double = document.double(at: index) { return .number(double) }
      throw UnrepresentableNumber(path: [])
    case .array:
      var values: [JSONValue] = []
      values.reserveCapacity(Int(token.count))
      var element = index + 1
      for position in 0..<Int(token.count) {
        do {
          values.append(try jsonValue(at: element))
        } catch {
          throw UnrepresentableNumber(path: [.index(position)] + error.path)
        }
        element = document.index(after: element)
      }
      return .array(values)
    case .object:
      var members: [String: JSONValue] = [:]
      var key = index + 1
      for _ in 0..<token.count {
        let name = document.string(at: key)
        do {
          members[name] = try jsonValue(at: key + 1)
        } catch {
          throw UnrepresentableNumber(path: [.key(name)] + error.path)
        }
        key = document.index(after: key + 1)
      }
      return .object(members)
    }
  }

  /// `.key[2].other` for a path below a member.
  private static func render(_ path: [JSONPathComponent]) -> String {
    var text = ""
    for component in path {
      switch component {
      case .key(let key): text += "." + key
      case .index(let index): text += "[\(index)]"
      }
    }
    return text
  }
}
