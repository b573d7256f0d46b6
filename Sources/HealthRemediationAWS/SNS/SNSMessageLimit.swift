/// SNS's size limit for a message and how a longer message is cut to fit.
public enum SNSMessageLimit {
  /// The most bytes a message may have, attributes included: 262,144 (256 KiB) of UTF-8.
  public static let maximumBytes = 262_144

  /// The marker that replaces the end of a cut message.
  ///
  /// - Parameter omittedBytes: how many bytes of the original were left out.
  public static func truncationMarker(omittedBytes: Int) -> String {
    "\n… [truncated: \(omittedBytes) bytes omitted]"
  }

  /// The message unchanged when it fits, otherwise its longest beginning that fits together with a
  /// visible marker saying how many bytes were left out. The cut falls between characters (grapheme
  /// clusters), so no character is broken.
  ///
  /// - Parameters:
  ///   - message: the message.
  ///   - maximumBytes: the most UTF-8 bytes the result may have.
  /// - Returns: a message of at most `maximumBytes` UTF-8 bytes.
  public static func fit(_ message: String, maximumBytes: Int = maximumBytes) -> String {
    let total = message.utf8.count
    guard total > maximumBytes else { return message }
    // The longest possible count has at least as many digits as the final one, so its marker is never
    // shorter: reserving room for it leaves room for the real marker.
    let reserved = truncationMarker(omittedBytes: total).utf8.count
    guard maximumBytes > reserved else {
      // No room for any text: the marker alone, itself cut to the limit.
      return prefix(of: truncationMarker(omittedBytes: total), fittingIn: maximumBytes).text
    }
    let kept = prefix(of: message, fittingIn: maximumBytes - reserved)
    return kept.text + truncationMarker(omittedBytes: total - kept.bytes)
  }

  /// The longest beginning of the text, cut between characters, of at most `budget` UTF-8 bytes.
  private static func prefix(of text: String, fittingIn budget: Int) -> (text: String, bytes: Int) {
    var kept = 0
    var end = text.startIndex
    for index in text.indices {
      let size = text[index].utf8.count
      if kept + size > budget { break }
      kept += size
      end = text.index(after: index)
    }
    return (String(text[..<end]), kept)
  }
}
