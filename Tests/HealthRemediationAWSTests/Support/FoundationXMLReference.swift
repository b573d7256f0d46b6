import Foundation
import HealthRemediationAWS

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Foundation's `XMLParser` (libxml2) building the same tree as ``AWSXMLDocument``, so that tests can
/// check the library's own parser against an established one on the same documents.
///
/// Like ``AWSXMLDocument``, it drops the whitespace-only text of elements that have children
/// (indentation); documents with other mixed content are not compared this way.
final class FoundationXMLReference: NSObject, XMLParserDelegate {
  private var stack: [AWSXMLElement] = []
  private var root: AWSXMLElement?

  /// The tree of a document, or `nil` when `XMLParser` refuses it.
  static func parse(_ text: String) -> AWSXMLElement? {
    let parser = XMLParser(data: Data(text.utf8))
    parser.shouldResolveExternalEntities = false
    let builder = FoundationXMLReference()
    parser.delegate = builder
    return parser.parse() ? builder.root.map(withoutIndentation) : nil
  }

  private static func withoutIndentation(_ element: AWSXMLElement) -> AWSXMLElement {
    var element = element
    if !element.children.isEmpty && element.text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) {
      element.text = ""
    }
    element.children = element.children.map(withoutIndentation)
    return element
  }

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
