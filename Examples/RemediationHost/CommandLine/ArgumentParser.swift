/// A small parser for `command [positionals] [--option value | --option=value | --flag]`.
///
/// There is no argument-parser package here, so this one is ours: it knows which options take a value
/// and which are flags, and refuses anything else with a ``UsageError``.
public struct ArgumentParser: Hashable, Sendable {
  /// The options that take a value, without the leading dashes.
  public var valueOptions: Set<String>
  /// The options that are flags, without the leading dashes.
  public var flags: Set<String>
  /// The most positionals accepted.
  public var maximumPositionals: Int

  /// Creates a parser.
  ///
  /// - Parameters:
  ///   - valueOptions: options that take a value.
  ///   - flags: options that are flags.
  ///   - maximumPositionals: the most positionals accepted.
  public init(valueOptions: Set<String>, flags: Set<String>, maximumPositionals: Int) {
    self.valueOptions = valueOptions
    self.flags = flags
    self.maximumPositionals = maximumPositionals
  }

  /// Parses the words after the command name.
  ///
  /// - Parameter words: the words.
  /// - Returns: the sorted arguments.
  /// - Throws: ``UsageError`` for an unknown option, a missing value, a value given to a flag, or too many
  ///   positionals.
  public func parse(_ words: [String]) throws(UsageError) -> ParsedArguments {
    var parsed = ParsedArguments()
    var index = 0
    var optionsEnded = false
    while index < words.count {
      let word = words[index]
      index += 1
      if optionsEnded || !word.hasPrefix("--") || word == "-" {
        if word == "--" && !optionsEnded {
          optionsEnded = true
          continue
        }
        guard parsed.positionals.count < maximumPositionals else {
          throw UsageError("unexpected argument '\(word.prefix(80))'")
        }
        parsed.positionals.append(word)
        continue
      }
      var name = String(word.dropFirst(2))
      var inlineValue: String?
      if let equals = name.firstIndex(of: "=") {
        inlineValue = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      if flags.contains(name) {
        guard inlineValue == nil else { throw UsageError("--\(name) takes no value") }
        parsed.flags.insert(name)
      } else if valueOptions.contains(name) {
        if let inlineValue {
          parsed.values[name] = inlineValue
        } else {
          guard index < words.count, !words[index].hasPrefix("--") else {
            throw UsageError("--\(name) needs a value")
          }
          parsed.values[name] = words[index]
          index += 1
        }
      } else {
        throw UsageError("unknown option '--\(name.prefix(40))'")
      }
    }
    return parsed
  }
}
