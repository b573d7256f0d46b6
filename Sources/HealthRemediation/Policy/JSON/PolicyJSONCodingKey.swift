/// Any object key, for moving a ``PolicyJSONValue`` through a `Decoder` or `Encoder`.
struct PolicyJSONCodingKey: CodingKey {
  let stringValue: String
  let intValue: Int?

  init(stringValue: String) {
    self.stringValue = stringValue
    intValue = nil
  }

  init(intValue: Int) {
    stringValue = String(intValue)
    self.intValue = intValue
  }
}
