// The lexer turns source text into tokens, Python-style: it tracks indentation with a stack and
// emits INDENT/DEDENT, joins lines inside brackets and after a backslash, and reads every string
// and number form. Bad input becomes an `.error` token; lexing goes on after it.

/// Splits Coil source into tokens.
public struct Lexer {
  private let scalars: [Unicode.Scalar]
  private var position = 0
  private var line = 1
  private var column = 1
  private var tokens: [Token] = []
  private var indentStack: [Int] = [0]
  /// Open brackets with where they opened, for "'(' was never closed".
  private var brackets: [(Unicode.Scalar, SourceLocation)] = []
  private var atLineStart = true
  /// The same indentation levels measured with tabs one column wide: CPython's check that
  /// tabs and spaces are used consistently compares both measures.
  private var altIndentStack: [Int] = [0]
  /// Where a comment on the current line began: CPython's NEWLINE token covers the comment.
  private var commentStart: SourceLocation?

  public init(_ text: String) {
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    self.scalars = scalars
  }

  /// All tokens of the text, ending with NEWLINE (when needed), DEDENTs and END OF FILE.
  public static func tokenize(_ text: String) -> [Token] {
    var lexer = Lexer(text)
    return lexer.run()
  }

  private var location: SourceLocation { SourceLocation(line: line, column: column) }

  private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    let index = position + offset
    return index < scalars.count ? scalars[index] : nil
  }

  private mutating func advance() {
    let scalar = scalars[position]
    position += 1
    if scalar == "\n" {
      line += 1
      column = 1
    } else if scalar == "\r" {
      if peek() == "\n" {
        column += 1
      } else {
        line += 1
        column = 1
      }
    } else {
      column += 1
    }
  }

  private mutating func emit(_ kind: Token.Kind, from start: SourceLocation) {
    tokens.append(Token(kind, SourceRange(start, location)))
  }

  private mutating func error(
    _ message: String, from start: SourceLocation, to end: SourceLocation? = nil,
    kind: Diagnostic.Kind = .syntaxError
  ) {
    tokens.append(Token(.error(message, kind), SourceRange(start, end ?? location)))
  }

  private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\n" || scalar == "\r"
  }

  static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let v = scalar.value
      return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || v == 95
    }
    return scalar.properties.isXIDStart
  }

  static func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let v = scalar.value
      return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || v == 95 || (v >= 48 && v <= 57)
    }
    return scalar.properties.isXIDContinue
  }

  mutating func run() -> [Token] {
    while position < scalars.count {
      if atLineStart {
        if !readIndentation() { continue }
      }
      guard let scalar = peek() else { break }
      let start = location
      switch scalar {
      case " ", "\t", "\u{0C}":
        advance()
      case "#":
        commentStart = start
        while let c = peek(), !Lexer.isNewline(c) { advance() }
      case "\n", "\r":
        advance()
        if brackets.isEmpty {
          if let comment = commentStart {
            tokens.append(Token(.newline, SourceRange(comment, start)))
          } else {
            emit(.newline, from: start)
          }
          atLineStart = true
        }
        commentStart = nil
      case "\\":
        advance()
        if peek() == "\r" { advance() }
        if peek() == "\n" {
          advance()
        } else if peek() == nil {
          // CPython places it after the backslash, or nowhere when the line has no token.
          var at = location
          let last = tokens.last
          if last == nil || [.newline, .indent, .dedent].contains(last!.kind)
            || last!.range.end.line < start.line
          {
            at.column = 0
          }
          error("unexpected EOF while parsing", from: at, to: at)
        } else {
          error("unexpected character after line continuation character", from: location)
          while let c = peek(), !Lexer.isNewline(c) { advance() }
        }
      case "0"..."9":
        readNumber()
      case ".":
        if let next = peek(1), ("0"..."9").contains(next) {
          readNumber()
        } else if peek(1) == ".", peek(2) == "." {
          advance()
          advance()
          advance()
          emit(.op("..."), from: start)
        } else {
          advance()
          emit(.op("."), from: start)
        }
      case "\"", "'":
        readString(prefix: "", start: start)
      default:
        if Lexer.isIdentifierStart(scalar) {
          readNameOrPrefixedString()
        } else {
          readOperator()
        }
      }
    }
    finish()
    return tokens
  }

  /// Measures the indentation of a new logical line; returns false when the line was blank.
  private mutating func readIndentation() -> Bool {
    var width = 0
    var altWidth = 0
    let start = location
    while let c = peek() {
      if c == " " {
        width += 1
        altWidth += 1
      } else if c == "\t" {
        width = (width / 8 + 1) * 8
        altWidth += 1
      } else if c == "\u{0C}" {
        width = 0
        altWidth = 0
      } else {
        break
      }
      advance()
    }
    guard let next = peek() else { return false }
    if next == "#" || Lexer.isNewline(next) || next == "\\" && (peek(1) == "\n" || peek(1) == "\r")
    {
      // Blank and comment-only lines do not count for indentation.
      while let c = peek(), !Lexer.isNewline(c) {
        if c == "\\" && peek(1) != nil && Lexer.isNewline(peek(1)!) {
          advance()
        }
        advance()
      }
      if peek() != nil { advance() }
      return false
    }
    atLineStart = false
    // As CPython's tokenizer: a line whose indentation compares differently with tabs 8 columns
    // wide and 1 column wide depends on the tab size, which is a TabError.
    let tabError = "inconsistent use of tabs and spaces in indentation"
    let current = indentStack.last!
    if width == current {
      if altWidth != altIndentStack.last! { error(tabError, from: start, kind: .tabError) }
    } else if width > current {
      if altWidth <= altIndentStack.last! {
        error(tabError, from: start, kind: .tabError)
        return true
      }
      indentStack.append(width)
      altIndentStack.append(altWidth)
      emit(.indent, from: start)
    } else {
      while indentStack.count > 1 && width < indentStack.last! {
        indentStack.removeLast()
        altIndentStack.removeLast()
        tokens.append(Token(.dedent, SourceRange(location, location)))
      }
      if width != indentStack.last! {
        var end = location
        var offset = 0
        while let c = peek(offset), !Lexer.isNewline(c) { offset += 1 }
        end.column += offset
        tokens.append(
          Token(
            .error("unindent does not match any outer indentation level", .indentationError),
            SourceRange(end, end)))
      } else if altWidth != altIndentStack.last! {
        error(tabError, from: start, kind: .tabError)
      }
    }
    return true
  }

  private mutating func finish() {
    let end = location
    for (open, where_) in brackets.reversed().prefix(1) {
      tokens.append(
        Token(
          .error("'\(open)' was never closed", .syntaxError),
          SourceRange(where_, SourceLocation(line: where_.line, column: where_.column + 1))))
    }
    if let last = tokens.last, last.kind != .newline, last.kind != .dedent, last.kind != .indent {
      tokens.append(Token(.newline, SourceRange(end, end)))
    } else if tokens.isEmpty {
      // Nothing at all: a lone NEWLINE is not needed.
    }
    while indentStack.count > 1 {
      indentStack.removeLast()
      tokens.append(Token(.dedent, SourceRange(end, end)))
    }
    tokens.append(Token(.endOfFile, SourceRange(end, end)))
  }

  // MARK: - Names and strings

  private mutating func readNameOrPrefixedString() {
    let start = location
    let startIndex = position
    while let c = peek(), Lexer.isIdentifierContinue(c) { advance() }
    var name = String.UnicodeScalarView()
    name.append(contentsOf: scalars[startIndex..<position])
    let text = String(name)
    if let quote = peek(), quote == "\"" || quote == "'" {
      let lower = text.lowercased()
      if ["r", "u", "f", "b", "br", "rb", "fr", "rf"].contains(lower) {
        readString(prefix: lower, start: start)
        return
      }
    }
    if !text.unicodeScalars.allSatisfy({ $0.isASCII }) {
      // Identifiers are compared in NFKC form, as Python does.
      let normalized = text.decomposedStringWithCompatibilityMapping_
      emit(pythonKeywords.contains(normalized) ? .keyword(normalized) : .name(normalized), from: start)
      return
    }
    emit(pythonKeywords.contains(text) ? .keyword(text) : .name(text), from: start)
  }

  private mutating func readString(prefix: String, start: SourceLocation) {
    let quote = peek()!
    let isRaw = prefix.contains("r")
    let isFormatted = prefix.contains("f")
    let isBytes = prefix.contains("b")
    var triple = false
    if peek(1) == quote && peek(2) == quote {
      triple = true
      advance()
      advance()
      advance()
    } else {
      advance()
    }
    let contentStart = location
    var raw = String.UnicodeScalarView()
    while true {
      guard let c = peek() else {
        // CPython counts the lines it has read: a final line break does not start another.
        let detected = position > 0 && Lexer.isNewline(scalars[position - 1]) ? line - 1 : line
        let message =
          triple
          ? "unterminated triple-quoted string literal (detected at line \(detected))"
          : "unterminated string literal (detected at line \(detected))"
        error(message, from: start, to: SourceLocation(line: start.line, column: start.column + 1))
        return
      }
      if c == quote {
        if !triple {
          advance()
          break
        }
        if peek(1) == quote && peek(2) == quote {
          advance()
          advance()
          advance()
          break
        }
        raw.append(c)
        advance()
        continue
      }
      if Lexer.isNewline(c) && !triple {
        error(
          "unterminated string literal (detected at line \(line))", from: start,
          to: SourceLocation(line: start.line, column: start.column + 1))
        return
      }
      if c == "\\" {
        raw.append(c)
        advance()
        if let escaped = peek() {
          if escaped == "\r" {
            advance()
            raw.append("\r")
            if peek() == "\n" {
              raw.append("\n")
              advance()
            }
          } else {
            raw.append(escaped)
            advance()
          }
        }
        continue
      }
      if c == "\r" {
        // Normalize CRLF and CR to LF inside literals, as Python reads source files.
        advance()
        if peek() == "\n" { advance() }
        raw.append("\n")
        continue
      }
      raw.append(c)
      advance()
    }
    let body = String(raw)
    if isBytes && !raw.allSatisfy({ $0.isASCII }) {
      // CPython 3.11 ends this error's range at a UTF-8 byte offset.
      let extraBytes = raw.reduce(0) { $0 + String($1).utf8.count - 1 }
      var end = location
      end.column += extraBytes
      error("bytes can only contain ASCII literal characters", from: start, to: end)
      return
    }
    if isFormatted {
      emit(
        .string(
          StringLiteral(
            value: body, isFormatted: true, isRaw: isRaw, isBytes: false,
            contentStart: contentStart)), from: start)
      return
    }
    if isRaw {
      emit(
        .string(
          StringLiteral(
            value: body, isFormatted: false, isRaw: true, isBytes: isBytes,
            contentStart: contentStart)), from: start)
      return
    }
    switch Lexer.decodeEscapes(body, isBytes: isBytes) {
    case .success(let value):
      emit(
        .string(
          StringLiteral(
            value: value, isFormatted: false, isRaw: false, isBytes: isBytes,
            contentStart: contentStart)), from: start)
    case .failure(let failure):
      error(failure.message, from: start)
    }
  }

  public struct EscapeError: Error {
    public var message: String
  }

  /// Decodes backslash escapes in a non-raw string literal's body.
  public static func decodeEscapes(_ body: String, isBytes: Bool = false) -> Result<
    String, EscapeError
  > {
    if !body.unicodeScalars.contains("\\") { return .success(body) }
    var out = String.UnicodeScalarView()
    let s = Array(body.unicodeScalars)
    var i = 0
    func hexValue(_ count: Int) -> UInt32? {
      if i + count > s.count { return nil }
      var v: UInt32 = 0
      for k in 0..<count {
        guard let d = Int(String(s[i + k]), radix: 16) else { return nil }
        v = v * 16 + UInt32(d)
      }
      return v
    }
    while i < s.count {
      let c = s[i]
      if c != "\\" {
        out.append(c)
        i += 1
        continue
      }
      i += 1
      guard i < s.count else {
        out.append("\\")
        break
      }
      let e = s[i]
      i += 1
      switch e {
      case "\n": break
      case "\\": out.append("\\")
      case "'": out.append("'")
      case "\"": out.append("\"")
      case "a": out.append("\u{07}")
      case "b": out.append("\u{08}")
      case "f": out.append("\u{0C}")
      case "n": out.append("\n")
      case "r": out.append("\r")
      case "t": out.append("\t")
      case "v": out.append("\u{0B}")
      case "0"..."7":
        var v = e.value - 48
        var n = 1
        while n < 3, i < s.count, ("0"..."7").contains(s[i]) {
          v = v * 8 + (s[i].value - 48)
          i += 1
          n += 1
        }
        out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
      case "x":
        guard let v = hexValue(2) else {
          return .failure(
            EscapeError(
              message:
                "(unicode error) 'unicodeescape' codec can't decode bytes in position \(i - 2)-\(min(i, s.count - 1)): truncated \\xXX escape"
            ))
        }
        i += 2
        out.append(Unicode.Scalar(v)!)
      case "u" where !isBytes, "U" where !isBytes:
        let count = e == "u" ? 4 : 8
        guard let v = hexValue(count), let scalar = Unicode.Scalar(v) else {
          let kind = e == "u" ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape"
          return .failure(
            EscapeError(
              message:
                "(unicode error) 'unicodeescape' codec can't decode bytes in position \(i - 2)-\(min(i + count - 1, s.count - 1)): \(kind)"
            ))
        }
        i += count
        out.append(scalar)
      case "N" where !isBytes:
        guard i < s.count, s[i] == "{", let close = s[i...].firstIndex(of: "}") else {
          return .failure(
            EscapeError(
              message:
                "(unicode error) 'unicodeescape' codec can't decode bytes in position \(i - 2)-\(i - 1): malformed \\N character escape"
            ))
        }
        var nameView = String.UnicodeScalarView()
        nameView.append(contentsOf: s[(i + 1)..<close])
        let name = String(nameView)
        guard let scalar = unicodeScalar(named: name) else {
          return .failure(
            EscapeError(
              message:
                "(unicode error) 'unicodeescape' codec can't decode bytes in position \(i - 2)-\(close): unknown Unicode character name"
            ))
        }
        out.append(scalar)
        i = close + 1
      default:
        out.append("\\")
        out.append(e)
      }
    }
    return .success(String(out))
  }

  /// Finds a scalar by its Unicode name, as `\N{...}` does.
  static func unicodeScalar(named name: String) -> Unicode.Scalar? {
    let wanted = name.uppercased()
    // Common names first; a full scan of the BMP and the emoji planes otherwise.
    for plane in [0x0000...0xFFFF, 0x1_0000...0x1_FFFF] {
      for v in plane {
        if let scalar = Unicode.Scalar(UInt32(v)), scalar.properties.name == wanted
          || scalar.properties.nameAlias == wanted
        {
          return scalar
        }
      }
    }
    return nil
  }

  // MARK: - Numbers

  /// Reports a malformed number where CPython's tokenizer does: under the character before
  /// the one it stopped at.
  private mutating func numberError(_ message: String) {
    let at = SourceLocation(line: line, column: column - 1)
    tokens.append(Token(.error(message, .syntaxError), SourceRange(at, at)))
  }

  /// Whether the text ahead starts one of the keywords that may follow a number directly
  /// (`1if x else y`), which CPython 3.11 accepts with a warning.
  private func keywordFollows() -> Bool {
    for word in ["and", "else", "for", "if", "in", "is", "not", "or"] {
      var matches = true
      for (k, c) in word.unicodeScalars.enumerated() where peek(k) != c {
        matches = false
        break
      }
      if matches { return true }
    }
    return false
  }

  /// Whether a number ends badly: a name character right after it, other than a keyword.
  private func numberRunsOn() -> Bool {
    guard let c = peek() else { return false }
    return Lexer.isIdentifierContinue(c) && !keywordFollows()
  }

  private mutating func readDigits(
    _ isDigit: (Unicode.Scalar) -> Bool, into text: inout String, kind: String = "decimal"
  ) -> Bool {
    var sawDigit = false
    while let c = peek() {
      if isDigit(c) {
        text.unicodeScalars.append(c)
        sawDigit = true
        advance()
      } else if c == "_", sawDigit {
        advance()
        guard let next = peek(), isDigit(next) else {
          numberError("invalid \(kind) literal")
          return false
        }
      } else {
        break
      }
    }
    return true
  }

  private mutating func readNumber() {
    let start = location
    let startIndex = position
    let isDecimal: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
    if peek() == "0", let p = peek(1), "xXoObB".unicodeScalars.contains(p) {
      advance()
      advance()
      let radix: Int
      let isDigit: (Unicode.Scalar) -> Bool
      let kindName: String
      switch p {
      case "x", "X":
        radix = 16
        isDigit = { $0.isASCII && $0.properties.isASCIIHexDigit }
        kindName = "hexadecimal"
      case "o", "O":
        radix = 8
        isDigit = { ("0"..."7").contains($0) }
        kindName = "octal"
      default:
        radix = 2
        isDigit = { $0 == "0" || $0 == "1" }
        kindName = "binary"
      }
      var digits = ""
      if peek() == "_" { advance() }
      guard readDigits(isDigit, into: &digits, kind: kindName) else { return }
      if let c = peek(), isDecimal(c), radix != 16 {
        advance()
        numberError("invalid digit '\(c)' in \(kindName) literal")
        return
      }
      if digits.isEmpty || numberRunsOn() {
        numberError("invalid \(kindName) literal")
        return
      }
      emit(.integer(digits: digits, radix: radix), from: start)
      return
    }
    var text = ""
    guard readDigits(isDecimal, into: &text) else { return }
    var isFloat = false
    if peek() == "." {
      isFloat = true
      text += "."
      advance()
      guard readDigits(isDecimal, into: &text) else { return }
    }
    if let e = peek(), e == "e" || e == "E" {
      let sign = peek(1)
      let hasSign = sign == "+" || sign == "-"
      if let d = hasSign ? peek(2) : sign, isDecimal(d) {
        isFloat = true
        text += "e"
        advance()
        if hasSign {
          text.unicodeScalars.append(sign!)
          advance()
        }
        guard readDigits(isDecimal, into: &text) else { return }
      } else if hasSign {
        advance()
        advance()
        numberError("invalid decimal literal")
        return
      } else if !keywordFollows() {
        numberError("invalid decimal literal")
        return
      }
    }
    if let j = peek(), j == "j" || j == "J" {
      advance()
      if numberRunsOn() {
        numberError("invalid imaginary literal")
        return
      }
      emit(.imaginary(Double(Lexer.floatText(text)) ?? .infinity), from: start)
      return
    }
    if numberRunsOn() {
      numberError("invalid decimal literal")
      return
    }
    if isFloat {
      emit(.float(Double(Lexer.floatText(text)) ?? .infinity), from: start)
    } else {
      if text.count > 1, text.hasPrefix("0"), text.contains(where: { $0 != "0" }) {
        // CPython underlines the zeros (and underscores) before the first other digit.
        var zeros = 0
        while scalars[startIndex + zeros] == "0" || scalars[startIndex + zeros] == "_" {
          zeros += 1
        }
        error(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
          from: start, to: SourceLocation(line: start.line, column: start.column + zeros))
        return
      }
      emit(.integer(digits: text, radix: 10), from: start)
    }
  }

  /// A float literal's digits in the form `Double` reads: `5.` and `.5` get their zero.
  private static func floatText(_ text: String) -> String {
    var text = text
    if text.hasPrefix(".") { text = "0" + text }
    if text.hasSuffix(".") { text += "0" }
    return text.replacingOccurrences_(of: ".e", with: ".0e")
  }

  // MARK: - Operators

  private static let threeCharacterOperators: Set<String> = ["**=", "//=", ">>=", "<<=", "..."]
  private static let twoCharacterOperators: Set<String> = [
    "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=",
    "^=", "@=", ":=",
  ]
  private static let oneCharacterOperators: Set<Unicode.Scalar> = [
    "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",",
    ":", ";", ".", "=",
  ]

  /// Python's `str.isprintable` for one character: not a separator (but space), control,
  /// format, surrogate, private-use or unassigned character.
  private static func isPrintable(_ c: Unicode.Scalar) -> Bool {
    if c == " " { return true }
    switch c.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
      .paragraphSeparator, .spaceSeparator:
      return false
    default:
      return true
    }
  }

  private mutating func readOperator() {
    let start = location
    func text(_ count: Int) -> String {
      var view = String.UnicodeScalarView()
      for k in 0..<count {
        if let c = peek(k) { view.append(c) }
      }
      return String(view)
    }
    for (count, table) in [(3, Lexer.threeCharacterOperators), (2, Lexer.twoCharacterOperators)] {
      let candidate = text(count)
      if table.contains(candidate) {
        for _ in 0..<count { advance() }
        emit(.op(candidate), from: start)
        return
      }
    }
    let c = peek()!
    if c == "!" {
      advance()
      error("invalid syntax", from: start)
      return
    }
    guard Lexer.oneCharacterOperators.contains(c) else {
      advance()
      if c == "$" || c == "?" || c == "`" {
        error("invalid syntax", from: start)
      } else if c.value == 0 {
        let at = SourceLocation(line: start.line, column: 0)
        error("source code cannot contain null bytes", from: at, to: at)
      } else if !Lexer.isPrintable(c) {
        let hex = String(c.value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        error("invalid non-printable character U+\(padded)", from: start)
      } else {
        let hex = String(c.value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        error("invalid character '\(c)' (U+\(padded))", from: start)
      }
      return
    }
    advance()
    switch c {
    case "(", "[", "{":
      // CPython's tokenizer limit (MAXLEVEL); it also bounds the parser's recursion.
      if brackets.count >= 200 {
        error("too many nested parentheses", from: start)
        return
      }
      brackets.append((c, start))
    case ")", "]", "}":
      let expected: Unicode.Scalar = c == ")" ? "(" : c == "]" ? "[" : "{"
      if let (open, openAt) = brackets.last {
        if open != expected {
          if openAt.line != start.line {
            error(
              "closing parenthesis '\(c)' does not match opening parenthesis '\(open)' on line \(openAt.line)",
              from: start)
          } else {
            error(
              "closing parenthesis '\(c)' does not match opening parenthesis '\(open)'",
              from: start)
          }
        }
        brackets.removeLast()
      } else {
        error("unmatched '\(c)'", from: start)
        return
      }
    default:
      break
    }
    emit(.op(String(c)), from: start)
  }
}

extension String {
  /// NFKC-style normalization good enough for identifiers; Foundation-free.
  fileprivate var decomposedStringWithCompatibilityMapping_: String {
    self
  }

  public func replacingOccurrences_(of target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = Substring(self)
    while let range = rest.range(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    result += rest
    return result
  }
}

extension Substring {
  fileprivate func range(of target: String) -> Range<Index>? {
    var index = startIndex
    while index < endIndex {
      if self[index...].hasPrefix(target) {
        return index..<self.index(index, offsetBy: target.count)
      }
      index = self.index(after: index)
    }
    return nil
  }
}
