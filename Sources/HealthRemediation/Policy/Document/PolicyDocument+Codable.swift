extension PolicyDocument: Codable {
  /// Decodes a document embedded in a larger configuration, checking it as `init(json:)` does.
  ///
  /// - Parameter decoder: the decoder holding the document object.
  /// - Throws: `DecodingError.dataCorrupted` whose underlying error is the ``PolicyDocumentError``.
  public init(from decoder: any Decoder) throws {
    let value = try PolicyJSONValue(from: decoder)
    do {
      self = try PolicyDocumentDecoder.document(from: value)
    } catch {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: decoder.codingPath, debugDescription: error.description, underlyingError: error))
    }
  }

  /// Encodes the document in the form ``encodedJSON()`` writes.
  ///
  /// - Parameter encoder: the encoder to write to.
  /// - Throws: whatever the encoder throws.
  public func encode(to encoder: any Encoder) throws {
    try PolicyDocumentEncoder.value(of: self).encode(to: encoder)
  }
}
