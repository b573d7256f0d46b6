/// Parses an XML response body into ``AWSXMLElement`` values.
public enum AWSXMLDocument {
  /// Parses the body.
  ///
  /// Document type declarations are refused, so no entity is ever expanded and nothing external is
  /// fetched; AWS answers never carry one.
  ///
  /// - Parameter body: the UTF-8 XML bytes.
  /// - Returns: the root element.
  /// - Throws: ``AWSResponseDecodingError`` when the body is not well-formed XML, naming the byte offset
  ///   and the problem.
  public static func parse(_ body: [UInt8]) throws(AWSResponseDecodingError) -> AWSXMLElement {
    try XMLTreeParser.parse(body)
  }
}
