// Expressions, from the loosest-binding (`lambda`, conditional) to atoms, with Python's
// precedence. F-string fields are parsed by a nested parser over the field's text.

extension Parser {
  // StarExpressions = StarExpression { "," StarExpression } [ "," ] .
  mutating func parseStarExpressions() throws(Diagnostic) -> Expression {
    let first = try parseStarExpression()
    guard check(",") else { return first }
    var items = [first]
    while accept(",") {
      if !startsExpression() { break }
      items.append(try parseStarExpression())
    }
    return Expression(.tuple(items), first.range.union(previous.range))
  }

  /// Whether the current token can begin an expression.
  func startsExpression() -> Bool {
    switch current.kind {
    case .name, .integer, .float, .imaginary, .string: return true
    case .keyword(let k):
      return ["None", "True", "False", "not", "lambda", "await", "yield"].contains(k)
    case .op(let o):
      return ["(", "[", "{", "-", "+", "~", "*", "...", "**"].contains(o)
    default: return false
    }
  }

  // StarExpression = "*" BitwiseOr | Expression .
  mutating func parseStarExpression() throws(Diagnostic) -> Expression {
    if check("*") {
      let star = advance().range
      let inner = try parseBitwiseOr()
      return Expression(.starred(inner), star.union(inner.range))
    }
    return try parseExpression()
  }

  // StarNamedExpression = "*" BitwiseOr | NamedExpression .
  /// An item of a display or parenthesized tuple, where `:=` may appear unparenthesized.
  mutating func parseStarNamedExpression() throws(Diagnostic) -> Expression {
    if check("*") { return try parseStarExpression() }
    let expression = try parseNamedExpression()
    if check("=") { try checkMisusedEquals(expression) }
    return expression
  }

  /// CPython's hints for `=` after an operand where a comparison could stand (`if x = 1:`,
  /// `[x = 1]`), when a single operand follows the `=`.
  func checkMisusedEquals(_ left: Expression) throws(Diagnostic) {
    var probe = self
    _ = probe.advance()
    guard let value = try? probe.parseBitwiseOr(), !probe.check("="), !probe.check(":=") else {
      return
    }
    if case .name = left.kind {
      throw Diagnostic(
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        range: left.range.union(value.range))
    }
    if left.isBitwiseOperand, let what = Parser.expressionName(left),
      !["True", "False", "None"].contains(what)
    {
      throw Diagnostic(
        "cannot assign to \(what) here. Maybe you meant '==' instead of '='?", range: left.range)
    }
  }

  // NamedExpression = NAME ":=" Expression | Expression .
  mutating func parseNamedExpression() throws(Diagnostic) -> Expression {
    if case .name(let name) = current.kind, case .op(":=") = peekKind() {
      let start = advance().range
      _ = advance()
      let value = try parseExpression()
      return Expression(.namedExpression(name: name, value: value), start.union(value.range))
    }
    let expression = try parseExpression()
    if check(":=") {
      try checkTarget(expression, context: .named)
    }
    return expression
  }

  // Expression = Disjunction [ "if" Disjunction "else" Expression ] | LambdaExpression .
  mutating func parseExpression() throws(Diagnostic) -> Expression {
    if checkKeyword("lambda") { return try parseLambdaExpression() }
    let body = try parseDisjunction()
    if acceptKeyword("if") {
      let test = try parseDisjunction()
      guard acceptKeyword("else") else {
        throw Diagnostic("expected 'else' after 'if' expression", range: body.range.union(test.range))
      }
      let orElse = try parseExpression()
      return Expression(
        .conditional(test: test, body: body, orElse: orElse), body.range.union(orElse.range))
    }
    try checkMissingComma(after: body)
    return body
  }

  /// Two expressions side by side inside brackets: CPython suggests a missing comma.
  mutating func checkMissingComma(after left: Expression) throws(Diagnostic) {
    guard suggestsComma, bracketDepth > 0, startsExpression(), !check("*"), !check("-"),
      !check("+"), !check("~"), !check("**"), !checkKeyword("yield"), !checkKeyword("not"),
      !check("("), !check("["), !check("{"), !check("...")
    else { return }
    var probe = self
    probe.suggestsComma = false
    let next = try? probe.parseExpression()
    furthest = max(furthest, probe.furthest)
    if let next {
      throw Diagnostic(
        "invalid syntax. Perhaps you forgot a comma?", range: left.range.union(next.range))
    }
  }

  // LambdaExpression = "lambda" [ ParameterList ] ":" Expression .
  mutating func parseLambdaExpression() throws(Diagnostic) -> Expression {
    let start = advance().range
    let parameters = try parseParameterList(closing: ":")
    try expectLineEndColon()
    let body = try parseExpression()
    return Expression(.lambda(parameters, body: body), start.union(body.range))
  }

  // Disjunction = Conjunction { "or" Conjunction } .
  mutating func parseDisjunction() throws(Diagnostic) -> Expression {
    var left = try parseConjunction()
    while acceptKeyword("or") {
      let right = try parseConjunction()
      left = Expression(.or(left, right), left.range.union(right.range))
    }
    return left
  }

  // Conjunction = Inversion { "and" Inversion } .
  mutating func parseConjunction() throws(Diagnostic) -> Expression {
    var left = try parseInversion()
    while acceptKeyword("and") {
      let right = try parseInversion()
      left = Expression(.and(left, right), left.range.union(right.range))
    }
    return left
  }

  // Inversion = "not" Inversion | Comparison .
  mutating func parseInversion() throws(Diagnostic) -> Expression {
    if checkKeyword("not") {
      let start = advance().range
      let operand = try parseInversion()
      return Expression(.unary(.not, operand), start.union(operand.range))
    }
    return try parseComparison()
  }

  // Comparison = BitwiseOr { ComparisonOperator BitwiseOr } .
  mutating func parseComparison() throws(Diagnostic) -> Expression {
    let start = current.range
    let left = try parseBitwiseOr()
    var rest: [(ComparisonOperator, Expression)] = []
    while true {
      var op: ComparisonOperator?
      switch current.kind {
      case .op(let o):
        op = ComparisonOperator(rawValue: o)
        if op != nil { _ = advance() }
      case .keyword("in"):
        _ = advance()
        op = .in
      case .keyword("not"):
        guard case .keyword("in") = peekKind() else {
          // `a not b`: CPython fails at the token after `not`, looking for `in`.
          _ = advance()
          throw invalidSyntax()
        }
        _ = advance()
        _ = advance()
        op = .notIn
      case .keyword("is"):
        _ = advance()
        op = acceptKeyword("not") ? .isNot : .is
      default:
        break
      }
      guard let found = op else { break }
      rest.append((found, try parseBitwiseOr()))
    }
    if rest.isEmpty { return left }
    return Expression(.compare(left, rest), start.union(previous.range))
  }

  mutating func parseBinaryLevel(
    _ operators: [String], next: (inout Parser) throws(Diagnostic) -> Expression
  ) throws(Diagnostic) -> Expression {
    // An operation's range runs from its first token to its last, so parentheses around an
    // operand belong to it (CPython's carets cover them).
    let start = current.range
    var left = try next(&self)
    while case .op(let o) = current.kind, operators.contains(o) {
      _ = advance()
      let right = try next(&self)
      left = Expression(
        .binary(BinaryOperator(rawValue: o)!, left, right), start.union(previous.range))
    }
    return left
  }

  // BitwiseOr = BitwiseXor { "|" BitwiseXor } .
  mutating func parseBitwiseOr() throws(Diagnostic) -> Expression {
    try parseBinaryLevel(["|"]) { (p: inout Parser) throws(Diagnostic) in try p.parseBitwiseXor() }
  }

  // BitwiseXor = BitwiseAnd { "^" BitwiseAnd } .
  mutating func parseBitwiseXor() throws(Diagnostic) -> Expression {
    try parseBinaryLevel(["^"]) { (p: inout Parser) throws(Diagnostic) in try p.parseBitwiseAnd() }
  }

  // BitwiseAnd = ShiftExpression { "&" ShiftExpression } .
  mutating func parseBitwiseAnd() throws(Diagnostic) -> Expression {
    try parseBinaryLevel(["&"]) { (p: inout Parser) throws(Diagnostic) in
      try p.parseShiftExpression()
    }
  }

  // ShiftExpression = Sum { ( "<<" | ">>" ) Sum } .
  mutating func parseShiftExpression() throws(Diagnostic) -> Expression {
    try parseBinaryLevel(["<<", ">>"]) { (p: inout Parser) throws(Diagnostic) in try p.parseSum() }
  }

  // Sum = Term { ( "+" | "-" ) Term } .
  mutating func parseSum() throws(Diagnostic) -> Expression {
    try parseBinaryLevel(["+", "-"]) { (p: inout Parser) throws(Diagnostic) in try p.parseTerm() }
  }

  // Term = Factor { ( "*" | "/" | "//" | "%" | "@" ) Factor } .
  mutating func parseTerm() throws(Diagnostic) -> Expression {
    try parseBinaryLevel(["*", "/", "//", "%", "@"]) { (p: inout Parser) throws(Diagnostic) in
      try p.parseFactor()
    }
  }

  // Factor = ( "+" | "-" | "~" ) Factor | Power .
  mutating func parseFactor() throws(Diagnostic) -> Expression {
    if case .op(let o) = current.kind, o == "+" || o == "-" || o == "~" {
      let start = advance().range
      let operand = try parseFactor()
      let op: UnaryOperator = o == "+" ? .plus : o == "-" ? .minus : .invert
      return Expression(.unary(op, operand), start.union(operand.range))
    }
    return try parsePower()
  }

  // Power = AwaitPrimary [ "**" Factor ] .
  mutating func parsePower() throws(Diagnostic) -> Expression {
    let start = current.range
    let base = try parseAwaitPrimary()
    if accept("**") {
      let exponent = try parseFactor()
      return Expression(.binary(.power, base, exponent), start.union(previous.range))
    }
    return base
  }

  // AwaitPrimary = "await" Primary | Primary .
  mutating func parseAwaitPrimary() throws(Diagnostic) -> Expression {
    if checkKeyword("await") {
      let start = advance().range
      let operand = try parsePrimary()
      return Expression(.await(operand), start.union(operand.range))
    }
    return try parsePrimary()
  }

  // Primary = Atom { "." NAME | "(" [ Arguments ] ")" | "[" Slices "]" } .
  mutating func parsePrimary() throws(Diagnostic) -> Expression {
    var expression = try parseAtom()
    while true {
      if accept(".") {
        guard case .name(let name) = current.kind else { throw invalidSyntax() }
        let nameToken = advance()
        expression = Expression(
          .attribute(expression, name: name), expression.range.union(nameToken.range))
      } else if check("(") {
        let open = advance()
        bracketDepth += 1
        var arguments = try parseArguments()
        bracketDepth -= 1
        guard check(")") else { throw invalidSyntax() }
        let close = advance()
        // A generator expression that is the only argument spans the call's parentheses, as
        // it does in CPython (`f(x for x in xs)`).
        if arguments.count == 1, case .positional(let only) = arguments[0], case .generator = only.kind {
          arguments[0] = .positional(Expression(only.kind, open.range.union(close.range)))
        }
        expression = Expression(
          .call(callee: expression, arguments: arguments), expression.range.union(close.range))
      } else if check("[") {
        _ = advance()
        bracketDepth += 1
        let index = try parseSlices()
        bracketDepth -= 1
        guard check("]") else { throw invalidSyntax() }
        let close = advance()
        expression = Expression(
          .subscript(expression, index: index), expression.range.union(close.range))
      } else {
        return expression
      }
    }
  }

  // Slices = Slice { "," Slice } [ "," ] .
  // Slice = [ Expression ] ":" [ Expression ] [ ":" [ Expression ] ] | NamedExpression | StarExpression .
  mutating func parseSlices() throws(Diagnostic) -> Expression {
    let first = try parseSlice()
    guard check(",") else { return first }
    var items = [first]
    while accept(",") {
      if check("]") { break }
      items.append(try parseSlice())
    }
    return Expression(.tuple(items), first.range.union(previous.range))
  }

  mutating func parseSlice() throws(Diagnostic) -> Expression {
    let start = current.range
    var lower: Expression?
    if !check(":") {
      if check("*") { return try parseStarExpression() }
      lower = try parseNamedExpression()
      if check("=") { try checkMisusedEquals(lower!) }
      if !check(":") { return lower! }
    }
    _ = advance()
    var upper: Expression?
    var step: Expression?
    if !check(":") && !check("]") && !check(",") { upper = try parseExpression() }
    if accept(":") {
      if !check("]") && !check(",") { step = try parseExpression() }
    }
    return Expression(
      .slice(lower: lower, upper: upper, step: step), start.union(previous.range))
  }

  // Arguments = Argument { "," Argument } [ "," ] .
  // Argument = NAME "=" Expression | "*" Expression | "**" Expression | NamedExpression
  //   [ ComprehensionClauses ] .
  mutating func parseArguments() throws(Diagnostic) -> [Argument] {
    var arguments: [Argument] = []
    var sawKeyword = false
    var sawDoubleStar = false
    /// A positional argument after keywords, which CPython reports after reading all arguments.
    var misplaced: String?
    var keywords = Set<String>()
    while !check(")") {
      if check("*") {
        let star = advance().range
        if sawDoubleStar {
          throw Diagnostic(
            "iterable argument unpacking follows keyword argument unpacking", range: star)
        }
        arguments.append(.starred(try parseExpression()))
      } else if accept("**") {
        arguments.append(.doubleStarred(try parseExpression()))
        sawDoubleStar = true
      } else if case .name(let name) = current.kind, case .op("=") = peekKind() {
        let start = advance().range
        _ = advance()
        let value = try parseExpression()
        if !keywords.insert(name).inserted && compileError == nil {
          compileError = Diagnostic(
            "keyword argument repeated: \(name)", range: start.union(value.range))
        }
        arguments.append(.keyword(name: name, value: value, range: start.union(value.range)))
        sawKeyword = true
      } else {
        let value = try parseNamedExpression()
        if check("=") {
          throw Diagnostic(
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            range: value.range.union(current.range))
        }
        if checkKeyword("for") || checkKeyword("async") {
          let clauses = try parseComprehensionClauses()
          let generator = Expression(
            .generator(value, clauses), value.range.union(previous.range))
          if !arguments.isEmpty || check(",") && { if case .op(")") = peekKind() { return false } else { return true } }() {
            throw Diagnostic(
              "Generator expression must be parenthesized", range: generator.range)
          }
          arguments.append(.positional(generator))
        } else {
          if sawDoubleStar {
            misplaced = misplaced ?? "positional argument follows keyword argument unpacking"
          } else if sawKeyword {
            misplaced = misplaced ?? "positional argument follows keyword argument"
          }
          arguments.append(.positional(value))
        }
      }
      if !accept(",") { break }
    }
    if let misplaced {
      if let lexical = firstErrorToken(from: index) { throw lexical }
      throw Diagnostic(misplaced, range: current.range)
    }
    return arguments
  }

  // ComprehensionClauses = { [ "async" ] "for" TargetList "in" Disjunction { "if" Disjunction } } .
  mutating func parseComprehensionClauses() throws(Diagnostic) -> [Comprehension] {
    var clauses: [Comprehension] = []
    while checkKeyword("for") || checkKeyword("async") {
      let isAsync = acceptKeyword("async")
      guard acceptKeyword("for") else { throw invalidSyntax() }
      let target = try parseTargetList()
      try checkTarget(target, context: .comprehension)
      guard acceptKeyword("in") else {
        try checkMissingComma(after: target)
        throw invalidSyntax()
      }
      let iterable = try parseDisjunction()
      var conditions: [Expression] = []
      while acceptKeyword("if") { conditions.append(try parseDisjunction()) }
      clauses.append(
        Comprehension(
          target: target, iterable: iterable, conditions: conditions, isAsync: isAsync))
    }
    return clauses
  }

  // YieldExpression = "yield" [ "from" Expression | StarExpressions ] .
  mutating func parseYieldExpression() throws(Diagnostic) -> Expression {
    let start = advance().range
    if acceptKeyword("from") {
      let value = try parseExpression()
      return Expression(.yieldFrom(value), start.union(value.range))
    }
    if startsExpression() {
      let value = try parseStarExpressions()
      return Expression(.yield(value), start.union(value.range))
    }
    return Expression(.yield(nil), start)
  }

  // Atom = NAME | "True" | "False" | "None" | "..." | NUMBER | Strings | Group | Tuple
  //   | ListDisplay | DictOrSetDisplay .
  mutating func parseAtom() throws(Diagnostic) -> Expression {
    let token = current
    switch token.kind {
    case .name(let name):
      _ = advance()
      return Expression(.name(name), token.range)
    case .keyword("True"):
      _ = advance()
      return Expression(.true, token.range)
    case .keyword("False"):
      _ = advance()
      return Expression(.false, token.range)
    case .keyword("None"):
      _ = advance()
      return Expression(.none, token.range)
    case .op("..."):
      _ = advance()
      return Expression(.ellipsis, token.range)
    case .integer(let digits, let radix):
      _ = advance()
      return Expression(.integer(digits: digits, radix: radix), token.range)
    case .float(let value):
      _ = advance()
      return Expression(.float(value), token.range)
    case .imaginary(let value):
      _ = advance()
      return Expression(.imaginary(value), token.range)
    case .string:
      return try parseStrings()
    case .op("("):
      return try parseGroup()
    case .op("["):
      return try parseListDisplay()
    case .op("{"):
      return try parseDictionaryOrSetDisplay()
    case .keyword("yield"):
      throw invalidSyntax()
    default:
      throw invalidSyntax()
    }
  }

  // Strings = STRING { STRING } .
  mutating func parseStrings() throws(Diagnostic) -> Expression {
    var literals: [(StringLiteral, SourceRange)] = []
    while case .string(let literal) = current.kind { literals.append((literal, advance().range)) }
    let range = literals[0].1.union(literals[literals.count - 1].1)
    // CPython joins the pieces once it has read them all: its errors about them point at the
    // token after the last one.
    if literals.contains(where: { $0.0.isBytes }) && literals.contains(where: { !$0.0.isBytes }) {
      throw Diagnostic("cannot mix bytes and nonbytes literals", range: current.range)
    }
    var parts: [FormattedPart] = []
    var isFormatted = false
    let sawBytes = literals[0].0.isBytes
    for (literal, tokenRange) in literals {
      if literal.isFormatted {
        isFormatted = true
        do throws(Diagnostic) {
          parts.append(contentsOf: try parseFormattedString(literal, tokenRange: tokenRange))
        } catch {
          var moved = error
          if error.quotedText == nil && error.message.hasPrefix("f-string") {
            moved.range = current.range
          }
          throw moved
        }
      } else {
        parts.append(.literal(literal.value))
      }
    }
    if sawBytes {
      var text = ""
      for case .literal(let s) in parts { text += s }
      return Expression(.bytes(text), range)
    }
    if !isFormatted {
      var text = ""
      for case .literal(let s) in parts { text += s }
      return Expression(.string(text), range)
    }
    // Merge adjacent literal pieces.
    var merged: [FormattedPart] = []
    for part in parts {
      if case .literal(let s) = part, case .literal(let t)? = merged.last {
        merged[merged.count - 1] = .literal(t + s)
      } else if case .literal(let s) = part, s.isEmpty {
        continue
      } else {
        merged.append(part)
      }
    }
    return Expression(.formattedString(merged), range)
  }

  /// Splits an f-string's raw text into literal pieces and replacement fields.
  func parseFormattedString(_ literal: StringLiteral, tokenRange: SourceRange) throws(Diagnostic)
    -> [FormattedPart]
  {
    let scalars = Array(literal.value.unicodeScalars)
    var index = 0
    return try parseFormattedPieces(
      scalars, &index, literal: literal, tokenRange: tokenRange, inSpec: false, depth: 0)
  }

  private func parseFormattedPieces(
    _ s: [Unicode.Scalar], _ i: inout Int, literal: StringLiteral, tokenRange: SourceRange,
    inSpec: Bool, depth: Int
  ) throws(Diagnostic) -> [FormattedPart] {
    var parts: [FormattedPart] = []
    var text = String.UnicodeScalarView()
    func error(_ message: String) -> Diagnostic {
      Diagnostic("f-string: " + message, range: tokenRange)
    }
    func flush() throws(Diagnostic) {
      if text.isEmpty { return }
      let raw = String(text)
      text = String.UnicodeScalarView()
      if literal.isRaw {
        parts.append(.literal(raw))
      } else {
        switch Lexer.decodeEscapes(raw) {
        case .success(let decoded): parts.append(.literal(decoded))
        case .failure(let failure): throw Diagnostic(failure.message, range: tokenRange)
        }
      }
    }
    while i < s.count {
      let c = s[i]
      if c == "{" {
        if !inSpec, i + 1 < s.count, s[i + 1] == "{" {
          text.append("{")
          i += 2
          continue
        }
        try flush()
        i += 1
        parts.append(try parseFormattedField(s, &i, literal: literal, tokenRange: tokenRange, depth: depth))
        continue
      }
      if c == "}" {
        if inSpec { break }
        if i + 1 < s.count, s[i + 1] == "}" {
          text.append("}")
          i += 2
          continue
        }
        throw error("single '}' is not allowed")
      }
      text.append(c)
      i += 1
    }
    try flush()
    return parts
  }

  private func parseFormattedField(
    _ s: [Unicode.Scalar], _ i: inout Int, literal: StringLiteral, tokenRange: SourceRange,
    depth: Int
  ) throws(Diagnostic) -> FormattedPart {
    func error(_ message: String) -> Diagnostic {
      Diagnostic("f-string: " + message, range: tokenRange)
    }
    if depth >= 2 { throw error("expressions nested too deeply") }
    let start = i
    var nesting = 0
    var quote: Unicode.Scalar?
    var tripleQuote = false
    // Find where the expression ends: a top-level '!', ':', '=' or '}'.
    while i < s.count {
      let c = s[i]
      if c == "\\" {
        throw Diagnostic("f-string expression part cannot include a backslash", range: tokenRange)
      }
      if let q = quote {
        if c == q {
          if tripleQuote {
            if i + 2 < s.count, s[i + 1] == q, s[i + 2] == q {
              i += 3
              quote = nil
              continue
            }
          } else {
            quote = nil
          }
        }
        i += 1
        continue
      }
      if c == "'" || c == "\"" {
        if i + 2 < s.count, s[i + 1] == c, s[i + 2] == c {
          tripleQuote = true
          i += 3
        } else {
          tripleQuote = false
          i += 1
        }
        quote = c
        continue
      }
      if c == "(" || c == "[" || c == "{" {
        nesting += 1
      } else if c == ")" || c == "]" || c == "}" {
        if nesting == 0 {
          if c == "}" { break }
          throw error("unmatched '\(c)'")
        }
        nesting -= 1
      } else if nesting == 0 {
        if c == "!" && i + 1 < s.count && s[i + 1] == "=" {
          i += 2
          continue
        }
        if c == "!" || c == ":" { break }
        if c == "=" {
          let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
          let before: Unicode.Scalar? = i > start ? s[i - 1] : nil
          if next == "=" {
            i += 2
            continue
          }
          if let b = before, "=!<>".unicodeScalars.contains(b) {
            i += 1
            continue
          }
          break
        }
        if c == "#" {
          throw Diagnostic("f-string expression part cannot include '#'", range: tokenRange)
        }
      }
      i += 1
    }
    if quote != nil { throw error("unterminated string") }
    guard i < s.count else { throw error("expecting '}'") }
    var expressionView = String.UnicodeScalarView()
    expressionView.append(contentsOf: s[start..<i])
    let expressionText = String(expressionView)
    if expressionText.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) {
      throw error("empty expression not allowed")
    }
    var debugText: String?
    if s[i] == "=" {
      i += 1
      var view = String.UnicodeScalarView()
      view.append(contentsOf: s[start..<i])
      while i < s.count, s[i] == " " {
        view.append(s[i])
        i += 1
      }
      debugText = String(view)
    }
    var conversion: Character?
    if i < s.count, s[i] == "!" {
      i += 1
      guard i < s.count, "rsa".unicodeScalars.contains(s[i]) else {
        throw error("invalid conversion character: expected 's', 'r', or 'a'")
      }
      conversion = Character(s[i])
      i += 1
    }
    var spec: [FormattedPart]?
    if i < s.count, s[i] == ":" {
      i += 1
      spec = try parseFormattedPieces(
        s, &i, literal: literal, tokenRange: tokenRange, inSpec: true, depth: depth + 1)
    }
    guard i < s.count, s[i] == "}" else { throw error("expecting '}'") }
    i += 1
    // Parse the expression text as CPython does: as if parenthesized.
    var sub = Parser(tokens: Lexer.tokenize("(" + expressionText + ")"))
    var value: Expression
    do throws(Diagnostic) {
      value = try sub.parseAtom()
      while sub.current.kind == .newline { sub.index += 1 }
      if sub.current.kind != .endOfFile { throw sub.invalidSyntax() }
    } catch {
      // CPython 3.11 quotes the parenthesized field, on the line where the field stands.
      let line = literal.contentStart.line + s[..<start].filter { $0 == "\n" }.count
      var range = error.range
      range.start.line = line
      range.end.line = line + error.range.end.line - error.range.start.line
      throw Diagnostic(
        "f-string: " + error.message, range: range, quotedText: "(" + expressionText + ")")
    }
    // Field positions are reported at the f-string token.
    value = Parser.relocate(value, to: tokenRange)
    if debugText != nil && conversion == nil && spec == nil { conversion = "r" }
    return .field(value: value, conversion: conversion, formatSpec: spec, debugText: debugText)
  }

  /// Moves an f-string field's expression ranges onto the enclosing string token's line.
  static func relocate(_ e: Expression, to range: SourceRange) -> Expression {
    var copy = e
    copy.range = range
    return copy
  }

  // Group = "(" [ YieldExpression | StarNamedExpressions | NamedExpression ComprehensionClauses ] ")" .
  mutating func parseGroup() throws(Diagnostic) -> Expression {
    let open = advance().range
    bracketDepth += 1
    defer { bracketDepth -= 1 }
    if check(")") {
      let close = advance().range
      return Expression(.tuple([]), open.union(close))
    }
    if checkKeyword("yield") {
      let value = try parseYieldExpression()
      try expectClosing(")", open: open)
      return value
    }
    let first = try parseStarNamedExpression()
    if checkKeyword("for") || checkKeyword("async") {
      let clauses = try parseComprehensionClauses()
      try expectClosing(")", open: open)
      return Expression(.generator(first, clauses), open.union(previous.range))
    }
    if check(")") {
      let close = advance().range
      if case .starred = first.kind {
        throw Diagnostic("cannot use starred expression here", range: first.range)
      }
      var grouped = first
      // Keep the parenthesized range for tuples so error carets cover the parentheses.
      if case .tuple = first.kind { grouped.range = open.union(close) }
      return grouped
    }
    var items = [first]
    while accept(",") {
      if check(")") { break }
      items.append(try parseStarNamedExpression())
    }
    try expectClosing(")", open: open)
    return Expression(.tuple(items), open.union(previous.range))
  }

  mutating func expectClosing(_ closing: String, open: SourceRange) throws(Diagnostic) {
    if accept(closing) { return }
    throw invalidSyntax()
  }

  // ListDisplay = "[" [ StarNamedExpressions | NamedExpression ComprehensionClauses ] "]" .
  mutating func parseListDisplay() throws(Diagnostic) -> Expression {
    let open = advance().range
    bracketDepth += 1
    defer { bracketDepth -= 1 }
    if accept("]") { return Expression(.list([]), open.union(previous.range)) }
    let first = try parseStarNamedExpression()
    if checkKeyword("for") || checkKeyword("async") {
      let clauses = try parseComprehensionClauses()
      try expectClosing("]", open: open)
      return Expression(.listComprehension(first, clauses), open.union(previous.range))
    }
    var items = [first]
    while accept(",") {
      if check("]") { break }
      items.append(try parseStarNamedExpression())
    }
    try expectClosing("]", open: open)
    return Expression(.list(items), open.union(previous.range))
  }

  // DictionaryOrSetDisplay = "{" [ DictItems | StarNamedExpressions | DictComprehension
  //   | SetComprehension ] "}" .
  mutating func parseDictionaryOrSetDisplay() throws(Diagnostic) -> Expression {
    let open = advance().range
    bracketDepth += 1
    defer { bracketDepth -= 1 }
    if accept("}") { return Expression(.dictionary([]), open.union(previous.range)) }
    if accept("**") {
      let first = try parseBitwiseOr()
      return try parseDictionaryRest([.unpack(first)], open: open)
    }
    let first = try parseStarNamedExpression()
    if accept(":") {
      try checkDictionaryValue()
      let value = try parseExpression()
      if checkKeyword("for") || checkKeyword("async") {
        let clauses = try parseComprehensionClauses()
        try expectClosing("}", open: open)
        return Expression(
          .dictionaryComprehension(key: first, value: value, clauses), open.union(previous.range))
      }
      return try parseDictionaryRest([.pair(key: first, value: value)], open: open)
    }
    if checkKeyword("for") || checkKeyword("async") {
      let clauses = try parseComprehensionClauses()
      try expectClosing("}", open: open)
      return Expression(.setComprehension(first, clauses), open.union(previous.range))
    }
    var items = [first]
    while accept(",") {
      if check("}") { break }
      items.append(try parseStarNamedExpression())
    }
    try expectClosing("}", open: open)
    return Expression(.set(items), open.union(previous.range))
  }

  /// `{1:}`: CPython names the missing value, at the colon.
  func checkDictionaryValue() throws(Diagnostic) {
    if check("}") || check(",") {
      throw Diagnostic("expression expected after dictionary key and ':'", range: previous.range)
    }
  }

  mutating func parseDictionaryRest(_ initial: [DictionaryItem], open: SourceRange)
    throws(Diagnostic) -> Expression
  {
    var items = initial
    while accept(",") {
      if check("}") { break }
      if accept("**") {
        items.append(.unpack(try parseBitwiseOr()))
        continue
      }
      let key = try parseExpression()
      guard accept(":") else {
        if check("}") || check(",") {
          throw Diagnostic("':' expected after dictionary key", range: key.range)
        }
        throw invalidSyntax()
      }
      try checkDictionaryValue()
      items.append(.pair(key: key, value: try parseExpression()))
    }
    try expectClosing("}", open: open)
    return Expression(.dictionary(items), open.union(previous.range))
  }
}
