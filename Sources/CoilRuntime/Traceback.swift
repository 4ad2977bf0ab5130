// Running a program and reporting how it ended: CPython 3.11's traceback format, with the
// `^^^^` / `~~^~~` lines under the failing expression, chained exceptions, exception groups,
// and `SystemExit` codes.

import CoilSyntax

extension Interpreter {
  /// Runs source text as the `__main__` module; returns the process exit status.
  public func runMain(source text: String, path: String) -> Int32 {
    let source = SourceText(name: path, text: text)
    sources[path] = source
    let module = ModuleObject(name: "__main__", type: types.module)
    module.path = path
    // The names CPython's __main__ starts with, in its order.
    module.set("__name__", str("__main__"))
    module.set("__doc__", .none)
    module.set("__package__", .none)
    module.set("__loader__", .none)
    module.set("__spec__", .none)
    module.set("__annotations__", .object(makeDict()))
    module.set("__builtins__", .object(builtins))
    module.set("__file__", str(path))
    module.set("__cached__", .none)
    registerModule(builtins, as: "builtins")
    registerModule(module, as: "__main__")
    let status = run(source, in: module)
    finalizeMain(module)
    flushOutput()
    return status
  }

  /// What CPython's shutdown does to what `__main__` still holds: before anything is torn down,
  /// each suspended generator is closed (its `finally` runs), and a coroutine never awaited is
  /// reported once, without a location. The module's variables come first, in the order they
  /// were defined, then what lists, tuples, dicts and instance attributes hold, level by level.
  func finalizeMain(_ module: ModuleObject) {
    var seen = Set<ObjectIdentifier>()
    var found: [PyObject] = []
    var level = module.order.compactMap { module.get($0) }
    for _ in 0..<32 where !level.isEmpty {
      var next: [Value] = []
      for value in level {
        guard case .object(let o) = value, seen.insert(ObjectIdentifier(o)).inserted else { continue }
        switch o {
        case let g as GeneratorObject where g.state == .suspended: found.append(g)
        case let c as FunctionCoroutine where c.state == .created: found.append(c)
        case let list as ListObject: next += list.items
        case let tuple as TupleObject: next += tuple.items
        case let dict as DictObject: next += dict.values
        case is TypeObject, is ModuleObject, is FunctionObject: break
        default: next += o.attributes?.values ?? []
        }
      }
      level = next
    }
    var warned = false
    for o in found {
      if let g = o as? GeneratorObject, g.state == .suspended {
        g.closeOnDrop(self)
      } else if let c = o as? FunctionCoroutine, c.state == .created {
        // Reported here, as CPython's shutdown does, and not again when it is freed.
        c.state = .closed
        if !warned { writeErrorText("sys:1: RuntimeWarning: coroutine '\(c.qualifiedName)' was never awaited\n") }
        warned = true
      }
    }
  }

  /// Parses, lowers and compiles a module's source (Diagnostic or PyError on failure).
  func compileModule(_ source: SourceText, in module: ModuleObject) throws -> FunctionCode {
    let syntax = AwaitLowering.lower(GeneratorExpressionLowering.lower(try Parser.parseModule(source.text)))
    var resolver = Resolver(source: source)
    let scope = try resolver.resolve(syntax.body)
    var compiler = Compiler(interp: self, module: module, source: source, resolver: resolver, moduleScope: scope)
    return try compiler.compileModule(syntax.body)
  }

  /// Runs a compiled module body in a new frame.
  func runModule(_ code: FunctionCode, in module: ModuleObject) throws(PyError) {
    let frame = Frame.make(interp: self, module: module, code: code)
    for slot in code.cellSlots { frame.slots[slot] = .object(CellObject(nil, type: types.cell)) }
    _ = try runBody(code, frame)
  }

  /// Compiles and runs `source` in `module`, printing errors; returns an exit status.
  func run(_ source: SourceText, in module: ModuleObject) -> Int32 {
    let code: FunctionCode
    do {
      code = try compileModule(source, in: module)
    } catch let diagnostic as Diagnostic {
      writeErrorText(diagnostic.formatted(source: source))
      return 1
    } catch let error as PyError {
      return report(error)
    } catch {
      writeErrorText("SystemError: \(error)\n")
      return 1
    }
    do throws(PyError) {
      try runModule(code, in: module)
    } catch {
      return report(error)
    }
    return 0
  }

  /// Prints an uncaught exception (or handles SystemExit) and returns the exit status.
  func report(_ error: PyError) -> Int32 {
    let e = error.exception
    if e.type.isSubtype(of: exceptions["SystemExit"]!) {
      flushOutput()
      guard let code = e.args.first, e.args.count == 1 else {
        if e.args.count > 1 { writeErrorText(((try? repr(makeTuple(e.args))) ?? "") + "\n"); return 1 }
        return 0
      }
      switch code {
      case .none: return 0
      case .int(let i): return Int32(truncatingIfNeeded: i)
      case .bool(let b): return b ? 1 : 0
      default:
        writeErrorText(((try? toStr(code)) ?? "") + "\n")
        return 1
      }
    }
    flushOutput()
    writeErrorText(formatException(e))
    return 1
  }

  /// The full text CPython prints for an uncaught exception, chain included.
  func formatException(_ e: ExceptionObject) -> String {
    var context = PrintContext()
    return format(e, &context)
  }

  /// What CPython's default unraisable hook prints for an exception no one can catch (one raised
  /// while a dropped generator closes): its own traceback and line, without the chain.
  func formatUnraisable(_ e: ExceptionObject) -> String {
    var out = ""
    if !e.traceback.isEmpty {
      out += "Traceback (most recent call last):\n" + formatEntries(e.traceback.reversed())
    }
    return out + exceptionLine(e) + "\n"
  }

  /// How deep inside exception-group boxes the printer is, as traceback.py tracks it.
  struct PrintContext {
    var seen = Set<ObjectIdentifier>()
    var groupDepth = 0
    var needClose = false

    var indent: String { String(repeating: " ", count: 2 * groupDepth) }

    /// Prefixes every line of `text` with the indent and the box's margin.
    func emit(_ text: String, margin: String = "|") -> String {
      var prefix = indent
      if groupDepth > 0 { prefix += margin + " " }
      var out = ""
      for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
        out += prefix + line + "\n"
      }
      return out
    }
  }

  /// A port of `TracebackException.format` from CPython 3.11's traceback.py.
  private func format(_ first: ExceptionObject, _ context: inout PrintContext) -> String {
    var chain: [(String?, ExceptionObject)] = []
    var current: ExceptionObject? = first
    while let e = current {
      context.seen.insert(ObjectIdentifier(e))
      var next: ExceptionObject?
      var message: String?
      if case .object(let c) = e.cause, let cause = c as? ExceptionObject {
        if !context.seen.contains(ObjectIdentifier(cause)) {
          next = cause
          message = "\nThe above exception was the direct cause of the following exception:\n\n"
        }
      } else if !e.suppressContext, case .object(let c) = e.context,
        let previous = c as? ExceptionObject, !context.seen.contains(ObjectIdentifier(previous))
      {
        next = previous
        message = "\nDuring handling of the above exception, another exception occurred:\n\n"
      }
      chain.append((message, e))
      current = next
    }
    var out = ""
    for (message, e) in chain.reversed() {
      if let message { out += context.emit(message) }
      let isGroup = e.type.isSubtype(of: baseExceptionGroupType)
      if !isGroup {
        if !e.traceback.isEmpty {
          out += context.emit("Traceback (most recent call last):\n")
          out += context.emit(formatEntries(e.traceback.reversed()))
        }
        out += context.emit(exceptionOnly(e))
        continue
      }
      if context.groupDepth > 10 {
        out += context.emit("... (max_group_depth is 10)\n")
        continue
      }
      let isTopLevel = context.groupDepth == 0
      if isTopLevel { context.groupDepth += 1 }
      if !e.traceback.isEmpty {
        out += context.emit(
          "Exception Group Traceback (most recent call last):\n", margin: isTopLevel ? "+" : "|")
        out += context.emit(formatEntries(e.traceback.reversed()))
      }
      out += context.emit(exceptionOnly(e))
      let count = e.groupExceptions.count
      let shown = count <= 15 ? count : 16
      context.needClose = false
      for i in 0..<shown {
        let last = i == shown - 1
        if last { context.needClose = true }
        let truncated = i >= 15
        let title = truncated ? "..." : "\(i + 1)"
        out += context.indent + (i == 0 ? "+-" : "  ") + "+---------------- \(title) ----------------\n"
        context.groupDepth += 1
        if truncated {
          let remaining = count - 15
          out += context.emit("and \(remaining) more exception\(remaining > 1 ? "s" : "")\n")
        } else {
          out += format(e.groupExceptions[i], &context)
        }
        if last && context.needClose {
          out += context.indent + "+------------------------------------\n"
          context.needClose = false
        }
        context.groupDepth -= 1
      }
      if isTopLevel { context.groupDepth = 0 }
    }
    return out
  }

  /// The exception's last line, and its notes.
  private func exceptionOnly(_ e: ExceptionObject) -> String {
    var out = exceptionLine(e) + "\n"
    for note in e.notes { out += note + "\n" }
    return out
  }

  /// `ValueError: message`, or just the class name when the message is empty.
  func exceptionLine(_ e: ExceptionObject) -> String {
    let module = e.type.moduleName == "builtins" || e.type.moduleName == "__main__" ? "" : e.type.moduleName + "."
    let name = module + e.type.qualifiedName
    var message = (try? toStr(.object(e))) ?? "<exception str() failed>"
    if e.suggestion == nil, let (object, attribute) = e.missingAttribute,
      let dir = builtins.get("dir"), let names = try? iterate(try call(dir, [object]))
    {
      let candidates = names.compactMap { ($0.asObject as? StrObject)?.value }
      e.suggestion = suggestName(attribute, candidates)
    }
    if e.type.isSubtype(of: exceptions["NameError"]!) || e.type.isSubtype(of: exceptions["AttributeError"]!),
      let suggestion = e.suggestion
    {
      message += ". Did you mean: '\(suggestion)'?"
    }
    return message.isEmpty ? name : "\(name): \(message)"
  }

  private func formatEntries(_ entries: [TracebackEntry]) -> String {
    let prefix = ""
    var out = ""
    var previous: (String, Int, String)?
    var repeats = 0
    func flushRepeats() {
      if repeats > 3 {
        let extra = repeats - 3
        out += "\(prefix)  [Previous line repeated \(extra) more time\(extra == 1 ? "" : "s")]\n"
      }
    }
    for entry in entries {
      let key = (entry.code.source.name, entry.range.start.line, entry.code.name)
      if let p = previous, p == key {
        repeats += 1
        if repeats > 3 { continue }
      } else {
        flushRepeats()
        repeats = 1
        previous = key
      }
      out += "\(prefix)  File \"\(entry.code.source.name)\", line \(entry.range.start.line), in \(entry.code.name)\n"
      out += sourceLines(entry, prefix: prefix)
    }
    flushRepeats()
    return out
  }

  /// The quoted source line and, when the failing part is not the whole line, the caret line.
  private func sourceLines(_ entry: TracebackEntry, prefix: String) -> String {
    let source = entry.code.source
    let line = entry.range.start.line
    // CPython's linecache finds no lines for standard input, the REPL or `-c`.
    if source.name == "<stdin>" || source.name == "<string>" { return "" }
    guard line >= 1, line <= source.lines.count else { return "" }
    let raw = Array(source.line(line).unicodeScalars)
    var leading = 0
    while leading < raw.count, raw[leading] == " " || raw[leading] == "\t" || raw[leading] == "\u{0C}" { leading += 1 }
    var end = raw.count
    while end > leading, raw[end - 1] == " " || raw[end - 1] == "\t" || raw[end - 1] == "\r" { end -= 1 }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: raw[leading..<end])
    var out = "\(prefix)    \(String(view))\n"
    let startColumn = entry.range.start.column - 1
    var endColumn = entry.range.end.line == line ? entry.range.end.column - 1 : end
    if entry.range.end.line != line { endColumn = end }
    guard startColumn >= leading, endColumn <= raw.count, endColumn > startColumn else { return out }
    let stripped = end - leading
    var segmentView = String.UnicodeScalarView()
    segmentView.append(contentsOf: raw[startColumn..<endColumn])
    let anchors = entry.range.end.line == line ? caretAnchors(String(segmentView)) : nil
    let spansAll = endColumn - startColumn >= stripped
    if spansAll && anchors == nil { return out }
    var carets = String(repeating: " ", count: startColumn - leading)
    if let (left, right) = anchors {
      carets += String(repeating: "~", count: left)
      carets += String(repeating: "^", count: right - left)
      carets += String(repeating: "~", count: endColumn - startColumn - right)
    } else {
      carets += String(repeating: "^", count: endColumn - startColumn)
    }
    return out + "\(prefix)    \(carets)\n"
  }

  /// For a binary operation or subscript segment, where the `^` part starts and ends.
  private func caretAnchors(_ segment: String) -> (Int, Int)? {
    guard let expression = try? Parser.parseExpression(segment) else { return nil }
    let scalars = Array(segment.unicodeScalars)
    switch expression.kind {
    case .binary(_, let left, let right):
      var i = left.range.end.column - 1
      // Skip whitespace and closing parentheses to find the operator.
      while i < scalars.count, scalars[i] == " " || scalars[i] == ")" || scalars[i] == "\\" || scalars[i] == "\n" { i += 1 }
      guard i < scalars.count else { return nil }
      var j = i + 1
      if j < scalars.count, j < right.range.start.column - 1, !(scalars[j] == " " || scalars[j] == "(") { j += 1 }
      return (i, j)
    case .subscript(let value, _):
      let left = value.range.end.column - 1
      var i = left
      while i < scalars.count, scalars[i] != "[" { i += 1 }
      return (left, scalars.count)
    default:
      return nil
    }
  }
}
