/// One lexical token and where it stands in the source.
public struct Token: Equatable, Sendable {
  public enum Kind: Equatable, Sendable {
    case name(String)
    case keyword(String)
    /// An integer literal: its digits without underscores or prefix, and their radix.
    case integer(digits: String, radix: Int)
    case float(Double)
    case imaginary(Double)
    case string(StringLiteral)
    /// An operator or delimiter, spelled as in the source: `+`, `**=`, `(`, `->`.
    case op(String)
    case newline
    case indent
    case dedent
    case endOfFile
    /// Bad input: the message is CPython's, the token's range says where.
    case error(String, Diagnostic.Kind)
  }

  public var kind: Kind
  public var range: SourceRange

  public init(_ kind: Kind, _ range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}

/// A string literal as the lexer read it.
public struct StringLiteral: Equatable, Sendable {
  /// The decoded text; for an f-string, the raw text between the quotes (escapes still in it).
  public var value: String
  public var isFormatted: Bool
  public var isRaw: Bool
  public var isBytes: Bool
  /// Where the text between the quotes starts, for locating errors inside f-strings.
  public var contentStart: SourceLocation

  public init(
    value: String, isFormatted: Bool, isRaw: Bool, isBytes: Bool, contentStart: SourceLocation
  ) {
    self.value = value
    self.isFormatted = isFormatted
    self.isRaw = isRaw
    self.isBytes = isBytes
    self.contentStart = contentStart
  }
}

/// Python's reserved words.
public let pythonKeywords: Set<String> = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
  "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
  "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
  "yield",
]
