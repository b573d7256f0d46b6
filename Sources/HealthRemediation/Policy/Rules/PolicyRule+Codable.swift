extension PolicyRule: Codable {
  /// Decodes a rule object of the document format, such as `{"tag": "Stage", "notEquals": "Prod"}`.
  ///
  /// - Parameter decoder: the decoder holding the rule object.
  /// - Throws: `DecodingError.dataCorrupted` whose underlying error is the ``PolicyDocumentError``; its
  ///   path starts at the rule.
  public init(from decoder: any Decoder) throws {
    let value = try PolicyJSONValue(from: decoder)
    do {
      self = try PolicyDocumentDecoder.rule(from: value, at: .document)
    } catch {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: decoder.codingPath, debugDescription: error.description, underlyingError: error))
    }
  }

  /// Encodes the rule as a rule object of the document format.
  ///
  /// - Parameter encoder: the encoder to write to.
  /// - Throws: whatever the encoder throws.
  public func encode(to encoder: any Encoder) throws {
    try PolicyDocumentEncoder.value(of: self).encode(to: encoder)
  }
}
