import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The `XMLParser` delegate that turns SAX events into ``AWSXMLElement`` values.
///
/// One builder serves one parse on one thread; it is never shared.
final class XMLTreeBuilder: NSObject, XMLParserDelegate {
  private var stack: [AWSXMLElement] = []
  /// The root element, once the document ended.
  private(set) var root: AWSXMLElement?

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    stack.append(AWSXMLElement(name: elementName))
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    guard !stack.isEmpty else { return }
    stack[stack.count - 1].text += string
  }

  func parser(_ parser: XMLParser, foundCDATA cdataBlock: Data) {
    guard !stack.isEmpty else { return }
    stack[stack.count - 1].text += String(decoding: cdataBlock, as: UTF8.self)
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    guard let finished = stack.popLast() else { return }
    if stack.isEmpty {
      root = finished
    } else {
      stack[stack.count - 1].children.append(finished)
    }
  }
}
