/// A coding key for any JSON object member, used to keep members this library does not model.
struct JSONKey: CodingKey, Hashable {
  let stringValue: String
  let intValue: Int? = nil

  init(_ string: String) { stringValue = string }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}
