// A recursive-descent parser for Python 3.11's grammar (without `match`). Each parse function
// opens with its production from grammar/coil.ebnf. The parser stops at the first error, as
// CPython does, and reports it in CPython's words with the location CPython gives.

/// Turns tokens into an AST.
public struct Parser {
  var tokens: [Token]
  var index = 0
  /// Bracket nesting, for "Perhaps you forgot a comma?" which CPython gives only inside brackets.
  var bracketDepth = 0
  /// The furthest token the parser has looked at: CPython decides from its line whether an
  /// unclosed bracket explains a parse error (see `reconciled`).
  var furthest = 0
  /// Off while probing for the expression after a missing comma, which CPython parses without
  /// its error-hint rules.
  var suggestsComma = true
  /// The first error CPython finds only when compiling (a misplaced starred expression), reported
  /// once the whole file has parsed.
  var compileError: Diagnostic?

  public init(tokens: [Token]) {
    self.tokens = tokens
  }

  /// Parses a whole file.
  public static func parseModule(_ text: String) throws(Diagnostic) -> Module {
    var parser = Parser(tokens: Lexer.tokenize(text))
    do throws(Diagnostic) {
      return try parser.parseFile()
    } catch {
      throw parser.reconciled(error)
    }
  }

  /// Parses one expression (for `eval`-like uses and f-string fields).
  public static func parseExpression(_ text: String) throws(Diagnostic) -> Expression {
    var parser = Parser(tokens: Lexer.tokenize(text))
    do throws(Diagnostic) {
      let expression = try parser.parseStarExpressions()
      while parser.current.kind == .newline { parser.index += 1 }
      if parser.current.kind != .endOfFile { throw parser.invalidSyntax() }
      return expression
    } catch {
      throw parser.reconciled(error)
    }
  }

  // MARK: - Token helpers

  var current: Token { tokens[index] }
  var previous: Token { tokens[max(index - 1, 0)] }

  func peekKind(_ offset: Int = 1) -> Token.Kind {
    let i = index + offset
    return i < tokens.count ? tokens[i].kind : .endOfFile
  }

  func check(_ op: String) -> Bool {
    if case .op(let o) = current.kind { return o == op }
    return false
  }

  func checkKeyword(_ word: String) -> Bool {
    if case .keyword(let k) = current.kind { return k == word }
    return false
  }

  mutating func advance() -> Token {
    let token = tokens[index]
    if index < tokens.count - 1 { index += 1 }
    furthest = max(furthest, index)
    return token
  }

  mutating func accept(_ op: String) -> Bool {
    if check(op) {
      _ = advance()
      return true
    }
    return false
  }

  mutating func acceptKeyword(_ word: String) -> Bool {
    if checkKeyword(word) {
      _ = advance()
      return true
    }
    return false
  }

  mutating func expect(_ op: String) throws(Diagnostic) {
    if !accept(op) {
      if op == ":" { throw expectedColon(forced: true) }
      throw invalidSyntax()
    }
  }

  /// Expects the `:` of a header where CPython's grammar does not insist on one: a missing
  /// colon is "expected ':'" only at the end of the line, "invalid syntax" before anything else.
  mutating func expectLineEndColon() throws(Diagnostic) {
    if !accept(":") { throw expectedColon(forced: false) }
  }

  mutating func expectName() throws(Diagnostic) -> String {
    if case .name(let name) = current.kind {
      _ = advance()
      return name
    }
    throw invalidSyntax()
  }

  /// The error for the current token: a lexer error as the lexer worded it, else "invalid syntax".
  func invalidSyntax(_ message: String = "invalid syntax") -> Diagnostic {
    if let lexical = firstErrorToken(from: index) { return lexical }
    let token = current
    switch token.kind {
    case .endOfFile:
      return Diagnostic(
        "unexpected EOF while parsing", range: token.range, endsEarly: true)
    case .indent:
      return Diagnostic("unexpected indent", range: token.range, kind: .indentationError)
    case .dedent:
      return Diagnostic(
        "unindent does not match any outer indentation level", range: token.range,
        kind: .indentationError)
    case .newline where message == "invalid syntax":
      return Diagnostic(message, range: token.range)
    default:
      return Diagnostic(message, range: token.range)
    }
  }

  /// A lexer error at or right after `position`, which takes precedence over parse errors there.
  func firstErrorToken(from position: Int) -> Diagnostic? {
    var i = position
    while i < tokens.count {
      switch tokens[i].kind {
      case .error(let message, let kind):
        return Diagnostic(message, range: tokens[i].range, kind: kind, endsEarly: message.hasSuffix("was never closed") || message.hasPrefix("unterminated triple-quoted"))
      case .newline, .endOfFile:
        if i == position { return nil }
        // A bracket left open reports at the end of input, past the newline.
        if case .error = tokens[tokens.count > 1 ? tokens.count - 2 : 0].kind,
          case .error(let m, _) = tokens[tokens.count - 2].kind, m.hasSuffix("was never closed")
        {
          if bracketDepth > 0 {
            return Diagnostic(m, range: tokens[tokens.count - 2].range, endsEarly: true)
          }
        }
        return nil
      default:
        if i > position { return nil }
      }
      i += 1
    }
    return nil
  }

  /// The error CPython reports for a parse error, which it only settles after reading on: a
  /// tokenizer error in the tokens already read, or further on, takes precedence (except
  /// after indentation errors, which stop its reading), and so does a bracket still open at
  /// the end when it opened on a line before the last token read.
  func reconciled(_ diagnostic: Diagnostic) -> Diagnostic {
    if diagnostic.message == "unexpected indent" { return diagnostic }
    func lexical(_ i: Int) -> Diagnostic? {
      guard case .error(let message, let kind) = tokens[i].kind else { return nil }
      return Diagnostic(
        message, range: tokens[i].range, kind: kind,
        endsEarly: message.hasSuffix("was never closed")
          || message.hasPrefix("unterminated triple-quoted"))
    }
    if tokens.indices.contains(where: { lexical($0) == diagnostic }) { return diagnostic }
    /// Errors the parser reports itself when it meets them, not CPython's tokenizer errors.
    func isParserError(_ message: String) -> Bool {
      message == "invalid syntax" || message.hasPrefix("(unicode error)")
        || message.hasPrefix("bytes can only")
    }
    let last = min(furthest, tokens.count - 1)
    for i in 0...last {
      if let error = lexical(i), !isParserError(error.message) { return error }
    }
    for i in (last + 1)..<tokens.count {
      guard let error = lexical(i) else { continue }
      if error.message.hasSuffix("was never closed") {
        return tokens[last].range.start.line > error.range.start.line ? error : diagnostic
      }
      if isParserError(error.message) { continue }
      // Indentation and line-continuation errors end CPython's reading without an error set.
      if error.kind != .syntaxError || error.message.hasPrefix("unexpected") { return diagnostic }
      return error
    }
    return diagnostic
  }

  /// "expected ':'" at the token found instead (CPython's forced token), or at the end of the
  /// line; "invalid syntax" elsewhere unless `forced`.
  func expectedColon(forced: Bool) -> Diagnostic {
    if let lexical = firstErrorToken(from: index) { return lexical }
    guard forced || current.kind == .newline else { return invalidSyntax() }
    return Diagnostic("expected ':'", range: current.range)
  }

  // MARK: - Statements

  // File = { NEWLINE | Statement } ENDMARKER .
  mutating func parseFile() throws(Diagnostic) -> Module {
    var body: [Statement] = []
    while true {
      switch current.kind {
      case .endOfFile:
        if let compileError { throw compileError }
        return Module(body: body)
      case .newline:
        _ = advance()
      case .indent:
        throw Diagnostic("unexpected indent", range: current.range, kind: .indentationError)
      default:
        body.append(contentsOf: try parseStatement())
      }
    }
  }

  // Statement = CompoundStatement | SimpleStatements .
  mutating func parseStatement() throws(Diagnostic) -> [Statement] {
    if let compound = try parseCompoundStatement() { return [compound] }
    return try parseSimpleStatements()
  }

  // SimpleStatements = SimpleStatement { ";" SimpleStatement } [ ";" ] NEWLINE .
  mutating func parseSimpleStatements() throws(Diagnostic) -> [Statement] {
    var statements = [try parseSimpleStatement()]
    while accept(";") {
      if current.kind == .newline { break }
      statements.append(try parseSimpleStatement())
    }
    guard current.kind == .newline else {
      throw statementEndError()
    }
    _ = advance()
    return statements
  }

  /// The error for junk after a complete simple statement, with CPython's hints.
  func statementEndError() -> Diagnostic {
    if let lexical = firstErrorToken(from: index) { return lexical }
    // `print "x"`: a name followed directly by an expression.
    if index >= 1, case .name(let name) = tokens[index - 1].kind,
      index >= 2 ? tokens[index - 2].kind == .newline || tokens[index - 2].kind == .indent
        || tokens[index - 2].kind == .dedent : true,
      name == "print" || name == "exec"
    {
      return Diagnostic(
        "Missing parentheses in call to '\(name)'. Did you mean \(name)(...)?",
        range: SourceRange(tokens[index - 1].range.start, lastRangeOnLine().end))
    }
    if case .op("=") = current.kind {
      return Diagnostic("invalid syntax", range: current.range)
    }
    return invalidSyntax()
  }

  func lastRangeOnLine() -> SourceRange {
    var i = index
    while i + 1 < tokens.count, tokens[i + 1].kind != .newline, tokens[i + 1].kind != .endOfFile {
      i += 1
    }
    return tokens[i].range
  }

  // SimpleStatement = Assignment | StarExpressions | ReturnStatement | ImportStatement
  //   | RaiseStatement | "pass" | DelStatement | YieldStatement | AssertStatement | "break"
  //   | "continue" | GlobalStatement | NonlocalStatement .
  mutating func parseSimpleStatement() throws(Diagnostic) -> Statement {
    let start = current.range
    if case .keyword(let word) = current.kind {
      switch word {
      case "pass":
        _ = advance()
        return Statement(.pass, start)
      case "break":
        _ = advance()
        return Statement(.break, start)
      case "continue":
        _ = advance()
        return Statement(.continue, start)
      case "return":
        return try parseReturnStatement()
      case "raise":
        return try parseRaiseStatement()
      case "global", "nonlocal":
        return try parseGlobalStatement()
      case "del":
        return try parseDelStatement()
      case "assert":
        return try parseAssertStatement()
      case "import":
        return try parseImportStatement()
      case "from":
        return try parseFromImportStatement()
      default:
        break
      }
    }
    return try parseAssignment()
  }

  // ReturnStatement = "return" [ StarExpressions ] .
  mutating func parseReturnStatement() throws(Diagnostic) -> Statement {
    let start = advance().range
    if current.kind == .newline || check(";") { return Statement(.return(nil), start) }
    let value = try parseStarExpressions()
    noteStarred(value)
    return Statement(.return(value), start.union(value.range))
  }

  // RaiseStatement = "raise" [ Expression [ "from" Expression ] ] .
  mutating func parseRaiseStatement() throws(Diagnostic) -> Statement {
    let start = advance().range
    if current.kind == .newline || check(";") { return Statement(.raise(nil, cause: nil), start) }
    let exception = try parseExpression()
    var cause: Expression?
    if acceptKeyword("from") { cause = try parseExpression() }
    return Statement(
      .raise(exception, cause: cause), start.union(cause?.range ?? exception.range))
  }

  // GlobalStatement = ( "global" | "nonlocal" ) NAME { "," NAME } .
  mutating func parseGlobalStatement() throws(Diagnostic) -> Statement {
    let keyword = advance()
    var names = [try expectName()]
    while accept(",") { names.append(try expectName()) }
    let range = keyword.range.union(previous.range)
    if case .keyword("global") = keyword.kind { return Statement(.global(names), range) }
    return Statement(.nonlocal(names), range)
  }

  // DelStatement = "del" TargetList .
  mutating func parseDelStatement() throws(Diagnostic) -> Statement {
    let start = advance().range
    var targets: [Expression] = []
    repeat {
      if current.kind == .newline || check(";") { break }
      let target = try parseBitwiseOr()
      try checkTarget(target, context: .delete)
      targets.append(target)
    } while accept(",")
    if targets.isEmpty { throw invalidSyntax() }
    return Statement(.delete(targets), start.union(previous.range))
  }

  // AssertStatement = "assert" Expression [ "," Expression ] .
  mutating func parseAssertStatement() throws(Diagnostic) -> Statement {
    let start = advance().range
    let test = try parseExpression()
    var message: Expression?
    if accept(",") { message = try parseExpression() }
    return Statement(.assert(test, message: message), start.union(previous.range))
  }

  // ImportStatement = "import" DottedAsName { "," DottedAsName } .
  mutating func parseImportStatement() throws(Diagnostic) -> Statement {
    let start = advance().range
    var names: [ImportName] = []
    repeat {
      let nameStart = current.range
      let name = try parseDottedName()
      var alias: String?
      if acceptKeyword("as") { alias = try expectName() }
      names.append(ImportName(name: name, alias: alias, range: nameStart.union(previous.range)))
    } while accept(",")
    return Statement(.import(names), start.union(previous.range))
  }

  // DottedName = NAME { "." NAME } .
  mutating func parseDottedName() throws(Diagnostic) -> String {
    var name = try expectName()
    while accept(".") { name += "." + (try expectName()) }
    return name
  }

  // FromImportStatement = "from" { "." } [ DottedName ] "import"
  //   ( "*" | "(" ImportAsNames [ "," ] ")" | ImportAsNames ) .
  mutating func parseFromImportStatement() throws(Diagnostic) -> Statement {
    let start = advance().range
    var level = 0
    while true {
      if accept(".") {
        level += 1
      } else if accept("...") {
        level += 3
      } else {
        break
      }
    }
    var module = ""
    if !checkKeyword("import") { module = try parseDottedName() }
    guard acceptKeyword("import") else { throw invalidSyntax() }
    var names: [ImportName] = []
    if check("*") {
      let star = advance()
      names.append(ImportName(name: "*", alias: nil, range: star.range))
    } else {
      let parenthesized = accept("(")
      repeat {
        if parenthesized && check(")") { break }
        if !parenthesized && current.kind == .newline && !names.isEmpty {
          throw Diagnostic(
            "trailing comma not allowed without surrounding parentheses", range: current.range)
        }
        let nameStart = current.range
        let name = try expectName()
        var alias: String?
        if acceptKeyword("as") { alias = try expectName() }
        names.append(ImportName(name: name, alias: alias, range: nameStart.union(previous.range)))
      } while accept(",")
      if parenthesized { try expect(")") }
      if names.isEmpty { throw invalidSyntax() }
    }
    return Statement(
      .importFrom(module: module, names: names, level: level), start.union(previous.range))
  }

  // Assignment = StarExpressions ( { "=" ( YieldExpression | StarExpressions ) }
  //   | AugmentedOperator ( YieldExpression | StarExpressions )
  //   | ":" Expression [ "=" ( YieldExpression | StarExpressions ) ] ) .
  mutating func parseAssignment() throws(Diagnostic) -> Statement {
    let first = try parseStarExpressionsOrYield()
    if check(":") {
      _ = advance()
      try checkTarget(first, context: .annotation)
      let annotation = try parseExpression()
      var value: Expression?
      if accept("=") {
        value = try parseStarExpressionsOrYield()
        noteStarred(value!)
      }
      return Statement(
        .annotatedAssign(target: first, annotation: annotation, value: value),
        first.range.union(previous.range))
    }
    if case .op(let op) = current.kind, op.count >= 2, op.hasSuffix("="), op != "==", op != "<=",
      op != ">=", op != "!=", let binary = BinaryOperator(rawValue: String(op.dropLast()))
    {
      try checkTarget(first, context: .augmented)
      _ = advance()
      let value = try parseStarExpressionsOrYield()
      noteStarred(value)
      return Statement(
        .augmentedAssign(target: first, op: binary, value: value),
        first.range.union(value.range))
    }
    if check("=") {
      var targets = [first]
      var value = first
      // CPython suggests '==' for `f() = x` when one operand follows a single '='.
      let afterEquals = peekKind()
      let valueIsOperand = ![.keyword("not"), .keyword("lambda"), .keyword("yield"), .op("*")]
        .contains(afterEquals)
      while accept("=") {
        value = try parseStarExpressionsOrYield()
        targets.append(value)
      }
      targets.removeLast()
      for target in targets {
        try checkTarget(
          target, context: .assign, suggestingComparison: targets.count == 1 && valueIsOperand,
          value: value)
        noteStarred(target, "starred assignment target must be in a list or tuple")
      }
      noteStarred(value)
      return Statement(.assign(targets: targets, value: value), first.range.union(value.range))
    }
    noteStarred(first)
    return Statement(.expression(first), first.range)
  }

  /// Records CPython's compile-time error for a starred expression standing alone.
  mutating func noteStarred(
    _ e: Expression, _ message: String = "can't use starred expression here"
  ) {
    if case .starred = e.kind, compileError == nil {
      compileError = Diagnostic(message, range: e.range)
    }
  }

  mutating func parseStarExpressionsOrYield() throws(Diagnostic) -> Expression {
    if checkKeyword("yield") { return try parseYieldExpression() }
    return try parseStarExpressions()
  }

  enum TargetContext {
    case assign, augmented, annotation, delete, forLoop, with, comprehension, named
  }

  /// What CPython calls an expression in its messages (`_PyPegen_get_expr_name`); nil for a
  /// name.
  static func expressionName(_ e: Expression) -> String? {
    switch e.kind {
    case .name: return nil
    case .attribute: return "attribute"
    case .subscript: return "subscript"
    case .starred: return "starred"
    case .tuple: return "tuple"
    case .list: return "list"
    case .call: return "function call"
    case .true: return "True"
    case .false: return "False"
    case .none: return "None"
    case .ellipsis: return "ellipsis"
    case .integer, .float, .imaginary, .string, .bytes: return "literal"
    case .formattedString: return "f-string expression"
    case .binary, .unary, .and, .or: return "expression"
    case .compare: return "comparison"
    case .conditional: return "conditional expression"
    case .lambda: return "lambda"
    case .listComprehension: return "list comprehension"
    case .setComprehension: return "set comprehension"
    case .dictionaryComprehension: return "dict comprehension"
    case .generator: return "generator expression"
    case .await: return "await expression"
    case .yield, .yieldFrom: return "yield expression"
    case .namedExpression: return "named expression"
    case .dictionary: return "dict literal"
    case .set: return "set display"
    case .slice: return "slice"
    }
  }

  /// Rejects expressions that cannot be assigned to, with CPython's message. With
  /// `suggestingComparison`, a lone operand target gets CPython's "Maybe you meant '=='" hint.
  func checkTarget(
    _ target: Expression, context: TargetContext, suggestingComparison: Bool = false,
    value: Expression? = nil
  ) throws(Diagnostic) {
    if context == .named {
      guard let what = Parser.expressionName(target) else { return }
      throw Diagnostic("cannot use assignment expressions with \(what)", range: target.range)
    }
    func describe(_ e: Expression) -> String? {
      switch e.kind {
      case .name, .attribute, .subscript: return nil
      case .call: return "function call"
      case .integer, .float, .imaginary, .string, .bytes, .true, .false, .none, .ellipsis:
        switch e.kind {
        case .true: return "True"
        case .false: return "False"
        case .none: return "None"
        case .ellipsis: return "ellipsis"
        default: return "literal"
        }
      case .formattedString: return "f-string expression"
      case .binary, .unary: return "expression"
      case .and, .or: return "expression"
      case .compare: return "comparison"
      case .conditional: return "conditional expression"
      case .lambda: return "lambda"
      case .listComprehension: return "list comprehension"
      case .setComprehension: return "set comprehension"
      case .dictionaryComprehension: return "dict comprehension"
      case .generator: return "generator expression"
      case .await: return "await expression"
      case .yield, .yieldFrom: return "yield expression"
      case .namedExpression: return "named expression"
      case .dictionary: return "dict literal"
      case .set: return "set display"
      case .slice: return "slice"
      case .starred(let inner):
        if context == .augmented || context == .annotation { return "starred" }
        return describe(inner)
      case .tuple(let items), .list(let items):
        if context == .augmented {
          return { if case .tuple = e.kind { return "tuple" } else { return "list" } }()
        }
        if context == .annotation {
          return { if case .tuple = e.kind { return "tuple" } else { return "list" } }()
        }
        for item in items {
          if let d = describe(item) { return d }
        }
        return nil
      }
    }
    func offender(_ e: Expression) -> Expression {
      switch e.kind {
      case .tuple(let items), .list(let items):
        if context == .augmented || context == .annotation { return e }
        for item in items where describe(item) != nil { return offender(item) }
        return e
      case .starred(let inner) where context != .augmented: return offender(inner)
      default: return e
      }
    }
    guard let what = describe(target) else { return }
    var bad = offender(target)
    if context == .annotation, case .tuple(let items) = target.kind, !items.isEmpty,
      target.range.start == items[0].range.start
    {
      // An unparenthesized tuple is reported at its first item.
      bad = items[0]
    }
    switch context {
    case .augmented:
      throw Diagnostic(
        "'\(what)' is an illegal expression for augmented assignment", range: bad.range)
    case .annotation:
      throw Diagnostic(
        "only single target (not \(what)) can be annotated", range: bad.range)
    case .delete:
      throw Diagnostic("cannot delete \(what)", range: bad.range)
    case .assign:
      // The hint goes to a target that is the whole left side, or the last item of an
      // unparenthesized tuple there (the operand right before the '=').
      var last = target
      if case .tuple(let items) = target.kind, !items.isEmpty,
        target.range.start == items[0].range.start
      {
        last = items[items.count - 1]
      }
      let lastWhat = Parser.expressionName(last) ?? "name"
      if suggestingComparison, last.isBitwiseOperand,
        !["True", "False", "None"].contains(lastWhat)
      {
        // CPython reads the operand before the '=' as a misspelt comparison, valid or not.
        if lastWhat == "name", let value {
          throw Diagnostic(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            range: last.range.union(value.leadingOperand.range))
        }
        if lastWhat != "name" {
          throw Diagnostic(
            "cannot assign to \(lastWhat) here. Maybe you meant '==' instead of '='?",
            range: last.range)
        }
      }
      throw Diagnostic("cannot assign to \(what)", range: bad.range)
    default:
      throw Diagnostic("cannot assign to \(what)", range: bad.range)
    }
  }

  // MARK: - Compound statements

  // CompoundStatement = FunctionDefinition | IfStatement | ClassDefinition | WithStatement
  //   | ForStatement | TryStatement | WhileStatement | Decorated | AsyncStatement .
  mutating func parseCompoundStatement() throws(Diagnostic) -> Statement? {
    if check("@") { return try parseDecorated() }
    guard case .keyword(let word) = current.kind else { return nil }
    switch word {
    case "if": return try parseIfStatement()
    case "while": return try parseWhileStatement()
    case "for": return try parseForStatement(isAsync: false, start: current.range)
    case "try": return try parseTryStatement()
    case "with": return try parseWithStatement(isAsync: false, start: current.range)
    case "def": return try parseFunctionDefinition(decorators: [], isAsync: false, start: current.range)
    case "class": return try parseClassDefinition(decorators: [])
    case "async": return try parseAsyncStatement()
    default: return nil
    }
  }

  // AsyncStatement = "async" ( FunctionDefinition | WithStatement | ForStatement ) .
  mutating func parseAsyncStatement() throws(Diagnostic) -> Statement {
    let start = advance().range
    if checkKeyword("def") {
      return try parseFunctionDefinition(decorators: [], isAsync: true, start: start)
    }
    if checkKeyword("with") { return try parseWithStatement(isAsync: true, start: start) }
    if checkKeyword("for") { return try parseForStatement(isAsync: true, start: start) }
    throw invalidSyntax()
  }

  // Decorated = { "@" NamedExpression NEWLINE } ( FunctionDefinition | ClassDefinition
  //   | "async" FunctionDefinition ) .
  mutating func parseDecorated() throws(Diagnostic) -> Statement {
    var decorators: [Expression] = []
    while accept("@") {
      decorators.append(try parseNamedExpression())
      guard current.kind == .newline else { throw invalidSyntax() }
      _ = advance()
    }
    if checkKeyword("def") {
      return try parseFunctionDefinition(
        decorators: decorators, isAsync: false, start: current.range)
    }
    if checkKeyword("async") {
      let start = advance().range
      guard checkKeyword("def") else { throw invalidSyntax() }
      return try parseFunctionDefinition(decorators: decorators, isAsync: true, start: start)
    }
    if checkKeyword("class") { return try parseClassDefinition(decorators: decorators) }
    throw invalidSyntax()
  }

  // Block = NEWLINE INDENT { Statement } DEDENT | SimpleStatements .
  mutating func parseBlock(after what: String, line: Int) throws(Diagnostic) -> [Statement] {
    if current.kind == .newline {
      _ = advance()
      guard current.kind == .indent else {
        if let lexical = firstErrorToken(from: index) { throw lexical }
        throw Diagnostic(
          "expected an indented block after \(what) on line \(line)",
          range: current.kind == .endOfFile ? endOfInputRange : current.range,
          kind: .indentationError, endsEarly: current.kind == .endOfFile)
      }
      _ = advance()
      var body: [Statement] = []
      while current.kind != .dedent && current.kind != .endOfFile {
        if current.kind == .newline {
          _ = advance()
          continue
        }
        if current.kind == .indent {
          throw Diagnostic("unexpected indent", range: current.range, kind: .indentationError)
        }
        body.append(contentsOf: try parseStatement())
      }
      if current.kind == .dedent { _ = advance() }
      return body
    }
    if current.kind == .endOfFile {
      throw Diagnostic(
        "expected an indented block after \(what) on line \(line)", range: endOfInputRange,
        kind: .indentationError, endsEarly: true)
    }
    return try parseSimpleStatements()
  }

  /// Where CPython places errors at the end of input: on the last line it read (a final line
  /// break starts no new line), before its first column, so that no caret is shown.
  var endOfInputRange: SourceRange {
    var end = tokens[tokens.count - 1].range.start
    if end.column == 1 && end.line > 1 { end.line -= 1 }
    end.column = 0
    return SourceRange(end, end)
  }

  // IfStatement = "if" NamedExpression ":" Block { "elif" NamedExpression ":" Block }
  //   [ "else" ":" Block ] .
  mutating func parseIfStatement() throws(Diagnostic) -> Statement {
    let start = advance().range
    let test = try parseNamedExpression()
    try expectHeaderColon(test)
    let body = try parseBlock(after: "'if' statement", line: start.start.line)
    return Statement(
      .if(test: test, body: body, orElse: try parseElseClauses()), start.union(previous.range))
  }

  /// `elif` chains become nested `if` statements in the `else` branch.
  mutating func parseElseClauses() throws(Diagnostic) -> [Statement] {
    if checkKeyword("elif") {
      let start = advance().range
      let test = try parseNamedExpression()
      try expectHeaderColon(test)
      let body = try parseBlock(after: "'elif' statement", line: start.start.line)
      let orElse = try parseElseClauses()
      return [Statement(.if(test: test, body: body, orElse: orElse), start.union(previous.range))]
    }
    if checkKeyword("else") {
      let start = advance().range
      try expect(":")
      return try parseBlock(after: "'else' statement", line: start.start.line)
    }
    return []
  }

  /// Expects the `:` that ends a compound statement's header, with CPython's hints.
  mutating func expectHeaderColon(_ test: Expression) throws(Diagnostic) {
    if accept(":") { return }
    if check("=") { try checkMisusedEquals(test) }
    throw expectedColon(forced: false)
  }

  // WhileStatement = "while" NamedExpression ":" Block [ "else" ":" Block ] .
  mutating func parseWhileStatement() throws(Diagnostic) -> Statement {
    let start = advance().range
    let test = try parseNamedExpression()
    try expectHeaderColon(test)
    let body = try parseBlock(after: "'while' statement", line: start.start.line)
    var orElse: [Statement] = []
    if checkKeyword("else") {
      let elseStart = advance().range
      try expect(":")
      orElse = try parseBlock(after: "'else' statement", line: elseStart.start.line)
    }
    return Statement(.while(test: test, body: body, orElse: orElse), start.union(previous.range))
  }

  // ForStatement = "for" TargetList "in" StarExpressions ":" Block [ "else" ":" Block ] .
  mutating func parseForStatement(isAsync: Bool, start: SourceRange) throws(Diagnostic)
    -> Statement
  {
    _ = advance()
    let target = try parseTargetList()
    try checkTarget(target, context: .forLoop)
    guard acceptKeyword("in") else { throw invalidSyntax() }
    let iterable = try parseStarExpressions()
    noteStarred(iterable)
    try expectLineEndColon()
    let body = try parseBlock(after: "'for' statement", line: start.start.line)
    var orElse: [Statement] = []
    if checkKeyword("else") {
      let elseStart = advance().range
      try expect(":")
      orElse = try parseBlock(after: "'else' statement", line: elseStart.start.line)
    }
    return Statement(
      .for(target: target, iterable: iterable, body: body, orElse: orElse, isAsync: isAsync),
      start.union(previous.range))
  }

  // TargetList = StarTarget { "," StarTarget } [ "," ] .
  mutating func parseTargetList() throws(Diagnostic) -> Expression {
    let first = try parseStarTarget()
    guard check(",") else { return first }
    var items = [first]
    while accept(",") {
      if checkKeyword("in") || check("=") || check(")") { break }
      items.append(try parseStarTarget())
    }
    return Expression(.tuple(items), first.range.union(previous.range))
  }

  mutating func parseStarTarget() throws(Diagnostic) -> Expression {
    if check("*") {
      let star = advance().range
      let inner = try parseBitwiseOr()
      return Expression(.starred(inner), star.union(inner.range))
    }
    return try parseBitwiseOr()
  }

  // TryStatement = "try" ":" Block ( ExceptClause { ExceptClause } [ "else" ":" Block ]
  //   [ "finally" ":" Block ] | "finally" ":" Block ) .
  // ExceptClause = "except" [ "*" ] [ Expression [ "as" NAME ] ] ":" Block .
  mutating func parseTryStatement() throws(Diagnostic) -> Statement {
    let start = advance().range
    try expect(":")
    let body = try parseBlock(after: "'try' statement", line: start.start.line)
    var handlers: [ExceptHandler] = []
    var isStar: Bool?
    while checkKeyword("except") {
      let handlerStart = advance().range
      let star = accept("*")
      if let previousStar = isStar, previousStar != star {
        throw Diagnostic(
          "cannot have both 'except' and 'except*' on the same 'try'", range: handlerStart)
      }
      isStar = star
      var type: Expression?
      var name: String?
      if !check(":") && current.kind != .newline {
        type = try parseExpression()
        if check(",") {
          let typeStart = type!.range
          var items = [type!]
          while accept(",") {
            if check(":") || checkKeyword("as") { break }
            items.append(try parseExpression())
          }
          throw Diagnostic(
            "multiple exception types must be parenthesized",
            range: typeStart.union(items.last!.range))
        }
        if acceptKeyword("as") { name = try expectName() }
      } else if star {
        throw Diagnostic("expected one or more exception types", range: current.range)
      }
      try expectLineEndColon()
      let handlerBody = try parseBlock(
        after: star ? "'except*' statement" : "'except' statement", line: handlerStart.start.line)
      handlers.append(
        ExceptHandler(type: type, name: name, body: handlerBody, range: handlerStart))
    }
    var orElse: [Statement] = []
    var finally: [Statement] = []
    if !handlers.isEmpty && checkKeyword("else") {
      let elseStart = advance().range
      try expect(":")
      orElse = try parseBlock(after: "'else' statement", line: elseStart.start.line)
    }
    if checkKeyword("finally") {
      let finallyStart = advance().range
      try expect(":")
      finally = try parseBlock(after: "'finally' statement", line: finallyStart.start.line)
    }
    if handlers.isEmpty && finally.isEmpty {
      throw Diagnostic("expected 'except' or 'finally' block", range: current.range)
    }
    return Statement(
      .try(
        body: body, handlers: handlers, orElse: orElse, finally: finally, isStar: isStar ?? false),
      start.union(previous.range))
  }

  // WithStatement = "with" ( "(" WithItem { "," WithItem } [ "," ] ")" | WithItem { "," WithItem } )
  //   ":" Block .
  // WithItem = Expression [ "as" StarTarget ] .
  mutating func parseWithStatement(isAsync: Bool, start: SourceRange) throws(Diagnostic)
    -> Statement
  {
    _ = advance()
    var items: [WithItem] = []
    // A parenthesized item list is told apart from a parenthesized expression by what follows.
    let save = index
    var parsedParenthesized = false
    if check("(") {
      _ = advance()
      bracketDepth += 1
      do {
        var candidate: [WithItem] = []
        repeat {
          if check(")") { break }
          let context = try parseExpression()
          var target: Expression?
          if acceptKeyword("as") {
            target = try parseStarTarget()
            try checkTarget(target!, context: .with)
          }
          candidate.append(WithItem(context: context, target: target))
        } while accept(",")
        if accept(")") && check(":") {
          items = candidate
          parsedParenthesized = true
        }
      } catch {}
      bracketDepth -= 1
      if !parsedParenthesized { index = save }
    }
    if !parsedParenthesized {
      repeat {
        let context = try parseExpression()
        var target: Expression?
        if acceptKeyword("as") {
          target = try parseStarTarget()
          try checkTarget(target!, context: .with)
        }
        items.append(WithItem(context: context, target: target))
      } while accept(",")
    }
    try expectLineEndColon()
    let body = try parseBlock(after: "'with' statement", line: start.start.line)
    return Statement(
      .with(items: items, body: body, isAsync: isAsync), start.union(previous.range))
  }

  // FunctionDefinition = "def" NAME "(" [ ParameterList ] ")" [ "->" Expression ] ":" Block .
  mutating func parseFunctionDefinition(
    decorators: [Expression], isAsync: Bool, start: SourceRange
  ) throws(Diagnostic) -> Statement {
    _ = advance()
    let name = try expectName()
    guard check("(") else {
      if let lexical = firstErrorToken(from: index) { throw lexical }
      throw Diagnostic("expected '('", range: current.range)
    }
    _ = advance()
    bracketDepth += 1
    let parameters = try parseParameterList(closing: ")")
    bracketDepth -= 1
    try expect(")")
    var returns: Expression?
    if check("->") {
      let arrow = advance()
      // Without an annotation, CPython expects the colon at the arrow.
      if !startsExpression() {
        if let lexical = firstErrorToken(from: index) { throw lexical }
        throw Diagnostic("expected ':'", range: arrow.range)
      }
      returns = try parseExpression()
    }
    try expect(":")
    let header = start.union(previous.range)
    let body = try parseBlock(after: "function definition", line: start.start.line)
    let definition = FunctionDefinition(
      name: name, parameters: parameters, body: body, decorators: decorators, returns: returns,
      isAsync: isAsync, headerRange: header)
    let range = (decorators.first?.range ?? start).union(previous.range)
    return Statement(.functionDefinition(definition), range)
  }

  // ParameterList = Parameter { "," Parameter } [ "," ] .
  // Parameter = NAME [ ":" Expression ] [ "=" Expression ] | "/" | "*" [ NAME [ ":" Expression ] ]
  //   | "**" NAME [ ":" Expression ] .
  /// Parses parameters up to `closing` (`)` for def, `:` for lambda).
  mutating func parseParameterList(closing: String) throws(Diagnostic) -> Parameters {
    var parameters = Parameters()
    var seenStar = false
    var seenSlash = false
    var sawDefault = false
    var names = Set<String>()
    let annotated = closing == ")"
    while !check(closing) {
      let start = current.range
      if accept("/") {
        if seenSlash {
          throw Diagnostic("/ may appear only once", range: start)
        }
        if seenStar {
          throw Diagnostic("/ must be ahead of *", range: start)
        }
        if parameters.regular.isEmpty {
          throw Diagnostic("at least one argument must precede /", range: start)
        }
        seenSlash = true
        parameters.positionalOnly = parameters.regular
        parameters.regular = []
      } else if accept("**") {
        let name = try expectName()
        var annotation: Expression?
        if annotated && accept(":") { annotation = try parseExpression() }
        if check("=") {
          throw Diagnostic(
            "var-keyword argument cannot have default value", range: current.range)
        }
        try noteParameter(name, &names, start)
        parameters.keywordVariadic = Parameter(
          name: name, annotation: annotation, range: start.union(previous.range))
        if accept(",") && !check(closing) {
          throw Diagnostic(
            "arguments cannot follow var-keyword argument", range: current.range)
        }
        break
      } else if accept("*") {
        if seenStar {
          throw Diagnostic("* argument may appear only once", range: start)
        }
        seenStar = true
        if case .name = current.kind {
          let name = try expectName()
          var annotation: Expression?
          if annotated && accept(":") { annotation = try parseStarExpression() }
          try noteParameter(name, &names, start)
          parameters.variadic = Parameter(
            name: name, annotation: annotation, range: start.union(previous.range))
        } else if check(closing) || (check(",") && [.op(closing), .op("**")].contains(peekKind())) {
          // A def's error stands at the star, a lambda's at the token after the star's.
          var at = start
          if !annotated { at = check(closing) ? current.range : tokens[index + 1].range }
          throw Diagnostic("named arguments must follow bare *", range: at)
        }
      } else {
        let name = try expectName()
        var annotation: Expression?
        if annotated && accept(":") { annotation = try parseExpression() }
        var defaultValue: Expression?
        if accept("=") {
          defaultValue = try parseExpression()
          if !seenStar { sawDefault = true }
        } else if sawDefault && !seenStar {
          throw Diagnostic(
            "non-default argument follows default argument", range: start.union(previous.range))
        }
        try noteParameter(name, &names, start)
        let parameter = Parameter(
          name: name, annotation: annotation, defaultValue: defaultValue,
          range: start.union(previous.range))
        if seenStar {
          parameters.keywordOnly.append(parameter)
        } else {
          parameters.regular.append(parameter)
        }
      }
      if !accept(",") { break }
    }
    return parameters
  }

  func noteParameter(_ name: String, _ names: inout Set<String>, _ range: SourceRange)
    throws(Diagnostic)
  {
    if !names.insert(name).inserted {
      throw Diagnostic(
        "duplicate argument '\(name)' in function definition", range: range)
    }
  }

  // ClassDefinition = "class" NAME [ "(" [ Arguments ] ")" ] ":" Block .
  mutating func parseClassDefinition(decorators: [Expression]) throws(Diagnostic) -> Statement {
    let start = advance().range
    let name = try expectName()
    var arguments: [Argument] = []
    if accept("(") {
      bracketDepth += 1
      arguments = try parseArguments()
      bracketDepth -= 1
      try expect(")")
    }
    try expectLineEndColon()
    let body = try parseBlock(after: "class definition", line: start.start.line)
    let range = (decorators.first?.range ?? start).union(previous.range)
    return Statement(
      .classDefinition(
        ClassDefinition(name: name, arguments: arguments, body: body, decorators: decorators)),
      range)
  }
}

extension Expression {
  /// The first operand (`bitwise_or`) this expression starts with.
  var leadingOperand: Expression {
    switch kind {
    case .tuple(let items): return items.first?.leadingOperand ?? self
    case .compare(let left, _), .and(let left, _), .or(let left, _): return left.leadingOperand
    case .conditional(_, let body, _): return body.leadingOperand
    default: return self
    }
  }

  /// Whether CPython's hints take this for one operand (its `bitwise_or`, less the tuple, list
  /// and generator displays it leaves out): not a comparison, boolean operation, conditional,
  /// lambda or starred item.
  var isBitwiseOperand: Bool {
    switch kind {
    case .compare, .and, .or, .conditional, .lambda, .starred, .tuple, .list, .generator, .slice:
      return false
    case .unary(let op, _):
      return op != .not
    default:
      return true
    }
  }
}
