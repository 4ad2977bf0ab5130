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

  public init(
    _ message: String, range: SourceRange, kind: Kind = .syntaxError, endsEarly: Bool = false
  ) {
    self.message = message
    self.range = range
    self.kind = kind
    self.endsEarly = endsEarly
  }

  /// The text CPython prints for this error, without a traceback header:
  /// `  File "x.py", line 3`, the source line, a caret line, `SyntaxError: message`.
  public func formatted(source: SourceText) -> String {
    var out = "  File \"\(source.name)\", line \(range.start.line)\n"
    let raw = source.line(range.start.line)
    let scalars = Array(raw.unicodeScalars)
    var leading = 0
    while leading < scalars.count, scalars[leading] == " " || scalars[leading] == "\t"
      || scalars[leading] == "\u{0C}"
    {
      leading += 1
    }
    var trailingEnd = scalars.count
    while trailingEnd > leading,
      scalars[trailingEnd - 1] == " " || scalars[trailingEnd - 1] == "\t"
    {
      trailingEnd -= 1
    }
    if range.start.line >= 1 && range.start.line <= source.lines.count {
      var shown = String.UnicodeScalarView()
      shown.append(contentsOf: scalars[leading..<trailingEnd])
      out += "    \(String(shown))\n"
      let startColumn = max(range.start.column - 1 - leading, 0)
      var width = 1
      if range.end.line == range.start.line && range.end.column > range.start.column {
        width = range.end.column - range.start.column
      } else if range.end.line > range.start.line {
        width = max(trailingEnd - (range.start.column - 1), 1)
      }
      let shownCount = trailingEnd - leading
      let caretStart = min(startColumn, shownCount)
      width = max(1, min(width, shownCount - caretStart + 1))
      out += "    " + String(repeating: " ", count: caretStart)
        + String(repeating: "^", count: width) + "\n"
    }
    out += "\(kind.rawValue): \(message)\n"
    return out
  }
}
