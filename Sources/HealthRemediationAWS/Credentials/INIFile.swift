/// The sections and properties of an INI file in the dialect of the AWS shared `config` and `credentials`.
///
/// Lines starting with `#` or `;` are comments; `[name]` opens a section; `key = value` sets a property
/// (keys are compared in lower case, the last of duplicate keys wins, and ` #` or ` ;` after white space
/// starts a comment); an indented `key = value` under a property with an empty value is a sub-property,
/// stored as `parent.key`. Properties before the first section are ignored, as the AWS SDKs do.
public struct INIFile: Hashable, Sendable {
  /// The properties of each section, by section name (as written between the brackets, trimmed).
  public private(set) var sections: [String: [String: String]]

  /// Creates a file from sections.
  ///
  /// - Parameter sections: the properties of each section.
  public init(sections: [String: [String: String]] = [:]) {
    self.sections = sections
  }

  /// Parses the text of a file.
  ///
  /// - Parameters:
  ///   - text: the file's text.
  ///   - path: the file's path, for error messages.
  /// - Throws: ``INIParseError`` naming the line (never its content, which may hold a secret).
  public init(parsing text: String, path: String) throws(INIParseError) {
    var sections: [String: [String: String]] = [:]
    var currentSection: String?
    var parentProperty: String?
    var lineNumber = 0
    // "\r\n" is one Character in Swift, so Windows line ends are matched as a whole.
    let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    for line in lines {
      lineNumber += 1
      let content = String(line).trimmed
      if content.isEmpty || content.hasPrefix("#") || content.hasPrefix(";") { continue }
      let isIndented = line.first == " " || line.first == "\t"

      if content.hasPrefix("[") {
        guard let close = content.firstIndex(of: "]") else {
          throw INIParseError(path: path, line: lineNumber, reason: "a section header has no closing \"]\"")
        }
        let rest = String(content[content.index(after: close)...]).trimmed
        guard rest.isEmpty || rest.hasPrefix("#") || rest.hasPrefix(";") else {
          throw INIParseError(path: path, line: lineNumber, reason: "text follows a section header")
        }
        let name = String(content[content.index(after: content.startIndex)..<close]).trimmed
        guard !name.isEmpty else {
          throw INIParseError(path: path, line: lineNumber, reason: "a section header has no name")
        }
        currentSection = name
        parentProperty = nil
        sections[name, default: [:]] = sections[name, default: [:]]
        continue
      }

      guard let equals = content.firstIndex(of: "=") else {
        throw INIParseError(path: path, line: lineNumber, reason: "a property line has no \"=\"")
      }
      let key = String(content[..<equals]).trimmed.lowercased()
      let value = Self.stripComment(String(content[content.index(after: equals)...])).trimmed
      guard !key.isEmpty else {
        throw INIParseError(path: path, line: lineNumber, reason: "a property has no name")
      }
      guard let section = currentSection else { continue }

      if isIndented {
        guard let parent = parentProperty else {
          throw INIParseError(
            path: path, line: lineNumber,
            reason: "an indented property follows no property with an empty value")
        }
        sections[section, default: [:]]["\(parent).\(key)"] = value
      } else {
        sections[section, default: [:]][key] = value
        parentProperty = value.isEmpty ? key : nil
      }
    }
    self.sections = sections
  }

  /// The properties of a section.
  ///
  /// - Parameter name: the section name.
  public subscript(section name: String) -> [String: String]? { sections[name] }

  private static func stripComment(_ value: String) -> String {
    var previousWasSpace = false
    var index = value.startIndex
    while index < value.endIndex {
      let character = value[index]
      if (character == "#" || character == ";") && previousWasSpace {
        return String(value[..<index])
      }
      previousWasSpace = character == " " || character == "\t"
      index = value.index(after: index)
    }
    return value
  }
}
