import Foundation

/// Writes XML indented four spaces per level, one element per line, as EC2 and SNS write their answers,
/// so that the simulated answers cost the parser what real ones do (whitespace included).
struct IndentedXMLWriter {
  /// The document so far.
  private(set) var text = ""
  private var open: [String] = []
  private var outerDepth = 0

  /// Starts a document with the XML declaration.
  init() {
    text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  }

  /// Opens an element that will hold other elements.
  ///
  /// - Parameters:
  ///   - name: the element name.
  ///   - namespace: a default namespace to declare on it.
  mutating func open(_ name: String, namespace: String? = nil) {
    indent()
    text += namespace.map { "<\(name) xmlns=\"\($0)\">\n" } ?? "<\(name)>\n"
    open.append(name)
  }

  /// Closes the innermost open element.
  mutating func close() {
    guard let name = open.popLast() else { return }
    indent()
    text += "</\(name)>\n"
  }

  /// Writes an element holding only text (escaped), or an empty element for empty text.
  ///
  /// - Parameters:
  ///   - name: the element name.
  ///   - value: its text.
  mutating func element(_ name: String, _ value: String) {
    indent()
    text += value.isEmpty ? "<\(name)/>\n" : "<\(name)>\(Self.escape(value))</\(name)>\n"
  }

  /// Appends XML written by a writer from ``fragment(depth:)`` for this writer's current depth.
  ///
  /// - Parameter fragment: the fragment's text.
  mutating func append(fragment: String) {
    text += fragment
  }

  /// A writer for a fragment that will be appended at `depth` levels of indentation.
  ///
  /// - Parameter depth: the number of elements the fragment will be inside.
  static func fragment(depth: Int) -> IndentedXMLWriter {
    var writer = IndentedXMLWriter()
    writer.text = ""
    writer.outerDepth = depth
    return writer
  }

  private mutating func indent() {
    let depth = outerDepth + open.count
    text +=
      depth < Self.indentations.count ? Self.indentations[depth] : String(repeating: "    ", count: depth)
  }

  private static let indentations = (0..<16).map { String(repeating: "    ", count: $0) }

  private static func escape(_ value: String) -> String {
    guard value.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else {
      return value
    }
    return value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
  }
}
