/// One element of an XML response, decoded into plain values so that it can be read from any thread.
///
/// Built by ``AWSXMLDocument`` with the SAX `XMLParser` (never the libxml2 tree APIs, which are not safe
/// under parallel use). Attributes are not kept: AWS Query responses do not use them.
public struct AWSXMLElement: Hashable, Sendable {
  /// The element name, without namespace handling (AWS responses use a default namespace only).
  public var name: String
  /// The character data directly inside the element, not that of its children.
  public var text: String
  /// The child elements, in document order.
  public var children: [AWSXMLElement]

  /// Creates an element.
  ///
  /// - Parameters:
  ///   - name: the element name.
  ///   - text: the character data directly inside it.
  ///   - children: the child elements.
  public init(name: String, text: String = "", children: [AWSXMLElement] = []) {
    self.name = name
    self.text = text
    self.children = children
  }

  /// The first child with this name.
  ///
  /// - Parameter name: the child's name.
  public func child(_ name: String) -> AWSXMLElement? {
    children.first { $0.name == name }
  }

  /// All children with this name, in document order.
  ///
  /// - Parameter name: the children's name.
  public func children(named name: String) -> [AWSXMLElement] {
    children.filter { $0.name == name }
  }

  /// The element reached by following first children with these names.
  ///
  /// - Parameter path: the names, outermost first.
  public func element(at path: String...) -> AWSXMLElement? {
    element(atPath: path)
  }

  /// The element reached by following first children with these names.
  ///
  /// - Parameter path: the names, outermost first.
  public func element(atPath path: [String]) -> AWSXMLElement? {
    var current = self
    for name in path {
      guard let next = current.child(name) else { return nil }
      current = next
    }
    return current
  }

  /// The text of the element reached by following first children with these names.
  ///
  /// - Parameter path: the names, outermost first.
  public func text(at path: String...) -> String? {
    element(atPath: path)?.text
  }

  /// The `item` children of the first child with this name: EC2's way of writing lists.
  ///
  /// - Parameter listName: the list element's name, for example `instancesSet`.
  public func items(of listName: String) -> [AWSXMLElement] {
    child(listName)?.children(named: "item") ?? []
  }
}
