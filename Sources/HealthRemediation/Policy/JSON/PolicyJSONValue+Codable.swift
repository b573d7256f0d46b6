extension PolicyJSONValue: Codable {
  /// Reads any value a decoder holds, so that a policy embedded in a larger `Codable` configuration is
  /// checked by the same rules as a document read on its own.
  ///
  /// A decoder does not keep member order or duplicate keys; members are sorted by key so that the first
  /// error reported is the same every time.
  init(from decoder: any Decoder) throws {
    if let object = try? decoder.container(keyedBy: PolicyJSONCodingKey.self) {
      var members: [(key: String, value: PolicyJSONValue)] = []
      for key in object.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
        members.append((key.stringValue, try object.decode(PolicyJSONValue.self, forKey: key)))
      }
      self = .object(members)
    } else if var array = try? decoder.unkeyedContainer() {
      var elements: [PolicyJSONValue] = []
      while !array.isAtEnd {
        elements.append(try array.decode(PolicyJSONValue.self))
      }
      self = .array(elements)
    } else {
      let single = try decoder.singleValueContainer()
      if single.decodeNil() {
        self = .null
      } else if let flag = try? single.decode(Bool.self) {
        self = .boolean(flag)
      } else if let text = try? single.decode(String.self) {
        self = .string(text)
      } else if let integer = try? single.decode(Int.self) {
        self = .number(String(integer))
      } else {
        self = .number(String(try single.decode(Double.self)))
      }
    }
  }

  /// Writes the value, members in order, numbers as integers when they are whole.
  func encode(to encoder: any Encoder) throws {
    switch self {
    case .object(let members):
      var object = encoder.container(keyedBy: PolicyJSONCodingKey.self)
      for member in members {
        try object.encode(member.value, forKey: PolicyJSONCodingKey(stringValue: member.key))
      }
    case .array(let elements):
      var array = encoder.unkeyedContainer()
      for element in elements {
        try array.encode(element)
      }
    case .string(let text):
      var single = encoder.singleValueContainer()
      try single.encode(text)
    case .number(let literal):
      var single = encoder.singleValueContainer()
      if let integer = Int(literal) {
        try single.encode(integer)
      } else {
        try single.encode(Double(literal) ?? .nan)
      }
    case .boolean(let flag):
      var single = encoder.singleValueContainer()
      try single.encode(flag)
    case .null:
      var single = encoder.singleValueContainer()
      try single.encodeNil()
    }
  }
}
