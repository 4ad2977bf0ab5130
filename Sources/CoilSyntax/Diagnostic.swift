/// A static problem in source text, worded as CPython words it.
public struct Diagnostic: Error, Equatable, Sendable {
  /// The Python exception class: `SyntaxError`, `IndentationError` or `TabError`.
  public enum Kind: String, Sendable {
    case syntaxError = "SyntaxError"
    case indentationError = "IndentationError"
    case tabError = "TabError"
  }

  public var message: String
  public var range: SourceRange
  public var kind: Kind
  /// The input stopped mid-statement: an interactive reader should ask for another line.
  public var endsEarly: Bool
  /// The text to quote instead of the source line, with `range`'s columns counted in it: an
  /// error inside an f-string field quotes the field, parenthesized, as CPython 3.11 does.
  public var quotedText: String?

  public init(
    _ message: String, range: SourceRange, kind: Kind = .syntaxError, endsEarly: Bool = false,
    quotedText: String? = nil
  ) {
    self.message = message
    self.range = range
    self.kind = kind
    self.endsEarly = endsEarly
    self.quotedText = quotedText
  }

  /// The text CPython prints for this error, without a traceback header:
  /// `  File "x.py", line 3`, the source line, a caret line, `SyntaxError: message`.
  ///
  /// This follows CPython's `print_error_text`: the caret sits at the range's start column
  /// (clipped to the end of the line) and is left out when that column falls in the line's
  /// indentation; only a plain `SyntaxError` underlines its whole range, its subclasses
  /// (`IndentationError`, `TabError`) show a single caret.
  public func formatted(source: SourceText) -> String {
    var out = "  File \"\(source.name)\", line \(range.start.line)\n"
    let lineNumber = range.start.line
    if lineNumber >= 1 && lineNumber <= source.lines.count {
      let scalars = Array((quotedText ?? source.line(lineNumber)).unicodeScalars)
      // The text CPython quotes keeps its newline, except on a last line that has none.
      let lineSize =
        scalars.count + (quotedText != nil || lineNumber < source.lines.count ? 1 : 0)
      var offset = range.start.column
      var endOffset = -1
      if kind == .syntaxError {
        endOffset = range.end.line > lineNumber ? lineSize : range.end.column
        endOffset = min(endOffset, lineSize + 1)
      }
      let carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1
      offset -= 1
      var leading = 0
      while leading < scalars.count,
        scalars[leading] == " " || scalars[leading] == "\t" || scalars[leading] == "\u{0C}"
      {
        leading += 1
        offset -= 1
      }
      offset = min(offset, scalars.count - leading)
      var shown = String.UnicodeScalarView()
      shown.append(contentsOf: scalars[leading...])
      out += "    \(String(shown))\n"
      if offset >= 0 {
        out += "    " + String(repeating: " ", count: offset)
          + String(repeating: "^", count: carets) + "\n"
      }
    }
    out += "\(kind.rawValue): \(message)\n"
    return out
  }
}
