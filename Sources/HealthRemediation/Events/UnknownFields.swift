/// Reads and writes the members of a JSON object that a type does not model, so that they round-trip.
enum UnknownFields {
  /// The members of the object in `decoder` whose names are not in `known`.
  static func decode(from decoder: any Decoder, known: Set<String>) throws -> [String: JSONValue] {
    let container = try decoder.container(keyedBy: JSONKey.self)
    var fields: [String: JSONValue] = [:]
    for key in container.allKeys where !known.contains(key.stringValue) {
      fields[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
    }
    return fields
  }

  /// Writes `fields` into the object that `encoder` is writing.
  static func encode(_ fields: [String: JSONValue], to encoder: any Encoder) throws {
    guard !fields.isEmpty else { return }
    var container = encoder.container(keyedBy: JSONKey.self)
    for (name, value) in fields { try container.encode(value, forKey: JSONKey(name)) }
  }
}
