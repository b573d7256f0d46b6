import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Parses an XML response body into ``AWSXMLElement`` values with the SAX `XMLParser`.
public enum AWSXMLDocument {
  /// Parses the body.
  ///
  /// - Parameter body: the UTF-8 XML bytes.
  /// - Returns: the root element.
  /// - Throws: ``AWSResponseDecodingError`` when the body is not well-formed XML.
  public static func parse(_ body: [UInt8]) throws(AWSResponseDecodingError) -> AWSXMLElement {
    let parser = XMLParser(data: Data(body))
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    parser.shouldReportNamespacePrefixes = false
    let builder = XMLTreeBuilder()
    parser.delegate = builder
    let parsed = parser.parse()
    guard parsed, let root = builder.root else {
      let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "no root element"
      throw AWSResponseDecodingError(reason: "the response is not well-formed XML: \(reason)")
    }
    return root
  }
}
