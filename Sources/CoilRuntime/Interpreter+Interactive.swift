// The interactive session behind the REPL: one `__main__` module that every input runs in, and
// one event loop that lives as long as the session.
//
// Each input is compiled on its own as `<stdin>`, its lines counted from 1, as CPython's REPL
// does. An expression statement outside functions and classes shows its value's repr (None
// shows nothing) and binds it to `builtins._`.
//
// Top-level await (CPython's `PyCF_ALLOW_TOP_LEVEL_AWAIT`): an input that awaits, or holds
// `async for` / `async with`, outside any function is compiled as module code whose body is a
// coroutine, so its assignments still go to the module's globals. It runs as a task on the
// session's loop, and the session turns the loop until that task is done. The loop counts as
// running for the whole session, as in `python -m asyncio`: `asyncio.create_task` works at
// the prompt, and the tasks it starts go on running between inputs whenever the REPL calls
// `runDueWork` while the user types. `asyncio.run(main())` typed at the prompt runs `main` as
// a task on the same loop.
//
// Ctrl-C while an awaiting input runs cancels its task (the first press; a second one raises
// KeyboardInterrupt wherever the loop is), and the input ends with KeyboardInterrupt.

import CoilSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A REPL's module and event loop, and how to run what the user types.
public final class InteractiveSession {
  public let interpreter: Interpreter
  let module: ModuleObject
  let loop: EventLoopObject
  /// Set while the user is at the prompt and no input runs (the loop runs only background work).
  private(set) var isActive = false
  /// The task running the current input or `asyncio.run` at the prompt, if any.
  private var foregroundTask: TaskObject?

  /// Whether the loop is idle at the prompt: no input's task is running.
  var isAtPrompt: Bool {
    isActive && interpreter.runningLoop === loop && loop.currentTask == nil
      && foregroundTask == nil
  }

  /// Makes the `__main__` module; `path` is the script of `coil -i FILE`, if any.
  public init(interpreter interp: Interpreter, path: String? = nil) {
    interpreter = interp
    module = ModuleObject(name: "__main__", type: interp.types.module)
    module.path = path
    // The names CPython's __main__ starts with, in its order.
    module.set("__name__", interp.str("__main__"))
    module.set("__doc__", .none)
    module.set("__package__", .none)
    module.set("__loader__", .none)
    module.set("__spec__", .none)
    module.set("__annotations__", .object(interp.makeDict()))
    module.set("__builtins__", .object(interp.builtins))
    if let path {
      module.set("__file__", interp.str(path))
      module.set("__cached__", .none)
    }
    interp.registerModule(interp.builtins, as: "builtins")
    interp.registerModule(module, as: "__main__")
    loop = interp.newEventLoop()
    interp.interactiveSession = self
  }

  /// Runs a script in the session's module before the prompt opens (`coil -i FILE`). Errors
  /// are printed and the prompt opens all the same; so does SystemExit, as with `python3 -i`.
  public func runScript(source text: String, path: String) {
    let interp = interpreter
    let source = SourceText(name: path, text: text)
    interp.sources[path] = source
    _ = interp.run(source, in: module)
    interp.flushOutput()
  }

  /// Makes the session's loop the running loop; call before the first input.
  public func open() {
    isActive = true
    interpreter.currentLoop = loop
    interpreter.runningLoop = loop
    loop.isRunning = true
  }

  /// Closes the loop when the REPL exits; tasks still pending are dropped quietly.
  public func close() {
    interpreter.flushOutput()
    isActive = false
    loop.isRunning = false
    loop.isClosed = true
    if interpreter.runningLoop === loop { interpreter.runningLoop = nil }
    interpreter.finalizing = true
  }

  // MARK: - Reading input

  /// How far typed lines are from a whole input.
  public enum InputState: Equatable {
    /// Inside brackets, a triple-quoted string, or a block header without its body.
    case incomplete
    /// A compound statement, which ends at an empty line.
    case awaitsEmptyLine
    /// Ready to run (or to report its syntax error).
    case complete
  }

  /// Whether `text` (the lines typed so far, joined) should run now.
  public static func state(of text: String) -> InputState {
    do {
      let module = try Parser.parseModule(text)
      return module.body.contains(where: isCompound) ? .awaitsEmptyLine : .complete
    } catch {
      if error.kind == .indentationError && error.message.hasPrefix("expected an indented block") {
        // A header whose body is still to come (nested headers end in a DEDENT rather than
        // at the end of input, so the parser does not flag them); an empty line ends the
        // wait and reports it, as CPython does.
        if text.hasSuffix("\n\n") { return .complete }
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        if error.endsEarly || error.range.start.line >= lineCount { return .incomplete }
      }
      return error.endsEarly ? .incomplete : .complete
    }
  }

  private static func isCompound(_ s: Statement) -> Bool {
    switch s.kind {
    case .if, .while, .for, .try, .with, .functionDefinition, .classDefinition: return true
    default: return false
    }
  }

  // MARK: - Running input

  /// Compiles and runs one input, printing values and errors as CPython's REPL does; returns
  /// an exit status when the input raised SystemExit.
  public func execute(_ text: String) -> Int32? {
    let interp = interpreter
    defer { interp.flushOutput() }
    let source = SourceText(name: "<stdin>", text: text)
    let code: FunctionCode
    let awaits: Bool
    do {
      // Generator expressions and async comprehensions become hidden functions first, as in
      // a script; an async comprehension then awaits one.
      let parsed = GeneratorExpressionLowering.lower(try Parser.parseModule(text))
      awaits = parsed.body.contains(where: Suspension.suspends)
      let syntax = awaits ? AwaitLowering.lowerTopLevel(parsed) : AwaitLowering.lower(parsed)
      var resolver = Resolver(source: source)
      resolver.allowsTopLevelAwait = awaits
      let scope = try resolver.resolve(syntax.body)
      var compiler = Compiler(
        interp: interp, module: module, source: source, resolver: resolver, moduleScope: scope)
      compiler.displaysExpressions = true
      code = try compiler.compileModule(syntax.body)
    } catch let diagnostic as Diagnostic {
      interp.writeErrorText(diagnostic.formatted(source: source))
      return nil
    } catch let error as PyError {
      return report(error)
    } catch {
      interp.writeErrorText("SystemError: \(error)\n")
      return nil
    }
    let frame = Frame.make(interp: interp, module: module, code: code)
    for slot in code.cellSlots {
      frame.slots[slot] = .object(CellObject(nil, type: interp.types.cell))
    }
    do throws(PyError) {
      if awaits {
        let coroutine = NativeCoroutine(name: "<module>", type: interp.asyncioTypes.coroutine) {
          interp throws(PyError) in
          try await interp.runCoroutine(code, frame)
        }
        defer { clearTemporaries() }
        _ = try runInForeground(
          .object(coroutine),
          interruptedError: { cancelled in
            // As `python -m asyncio` shows it: just KeyboardInterrupt, where the input was.
            let interrupt = interp.keyboardInterrupt()
            interrupt.traceback = cancelled.traceback
            interrupt.suppressContext = true
            return interrupt
          })
      } else {
        _ = try interp.runBody(code, frame)
      }
    } catch {
      return report(error)
    }
    return nil
  }

  /// `asyncio.run(main)` typed at the prompt: runs `main` as a task on the session's loop.
  func runMain(_ main: Value) throws(PyError) -> Value {
    let interp = interpreter
    guard case .object(let o) = main, o is CoroutineObject else {
      throw interp.valueError("a coroutine was expected, got \(try interp.repr(main))")
    }
    // KeyboardInterrupt raised while handling the main task's CancelledError, as asyncio.run.
    return try runInForeground(main) { cancelled in
      let interrupt = interp.keyboardInterrupt()
      interrupt.context = .object(cancelled)
      return interrupt
    }
  }

  /// Runs a coroutine as a task on the session's loop, turning the loop until the task is done.
  /// The first Ctrl-C cancels the task; if that ends it, `interruptedError` makes the error
  /// raised instead of its CancelledError.
  private func runInForeground(
    _ coroutine: Value, interruptedError: (ExceptionObject) -> ExceptionObject
  ) throws(PyError) -> Value {
    let interp = interpreter
    let task = try interp.createTask(coroutine, loop: loop)
    let outerTask = foregroundTask
    foregroundTask = task
    defer { foregroundTask = outerTask }
    interp.interruptCount = 0
    let savedHandler = interp.onInterrupt
    interp.onInterrupt = { [unowned interp] in
      guard interp.interruptCount == 1, !task.isDone else { return false }
      _ = task.cancel(message: .none)
      return true
    }
    defer { interp.onInterrupt = savedHandler }
    while !task.isDone { try loop.runOnce() }
    do throws(PyError) {
      return try task.resultValue()
    } catch {
      if error.exception.type.isSubtype(of: interp.asyncioTypes.cancelledError),
        interp.interruptCount > 0, task.uncancel() == 0
      {
        throw PyError(interruptedError(error.exception))
      }
      throw error
    }
  }

  /// Prints an uncaught error; returns the exit status for SystemExit.
  private func report(_ error: PyError) -> Int32? {
    let interp = interpreter
    let isExit = error.exception.type.isSubtype(of: interp.exceptions["SystemExit"]!)
    let status = interp.report(error)
    return isExit ? status : nil
  }

  /// Drops the `@awaitN` temporaries and the hidden `<genexpr>@L:C` functions the lowerings
  /// bound as globals.
  private func clearTemporaries() {
    for (name, variable) in module.variables where name.contains("@") {
      variable.value = nil
    }
  }

  // MARK: - The loop between inputs

  /// Seconds until the loop has work (0: now), or nil when it has none: how long the REPL may
  /// wait for a key.
  public var secondsUntilWork: Double? {
    if !loop.ready.isEmpty { return 0 }
    var earliest: Double?
    for entry in loop.scheduled where !entry.isCancelled {
      earliest = min(earliest ?? entry.when, entry.when)
    }
    guard let earliest else { return nil }
    if interpreter.clock.isVirtual { return 0 }
    return max(0, earliest - loop.time())
  }

  /// Runs one turn of the loop if work is due, without waiting; errors are printed. Returns an
  /// exit status when the work raised SystemExit.
  public func runDueWork() -> Int32? {
    guard let delay = secondsUntilWork, delay <= 0 else { return nil }
    defer { interpreter.flushOutput() }
    do throws(PyError) {
      try loop.runOnce()
    } catch {
      return report(error)
    }
    return nil
  }

  /// Whether Ctrl-C was pressed since the last call; clears it.
  public func takeInterrupt() -> Bool {
    let pressed = interpreter.interruptRequested || pendingInterrupt.load(ordering: .relaxed)
    interpreter.interruptRequested = false
    pendingInterrupt.store(false, ordering: .relaxed)
    return pressed
  }

  /// Writes buffered output.
  public func flush() {
    interpreter.flushOutput()
  }

  // MARK: - Completion

  static let keywords = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
    "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield",
  ]

  /// The modules `import` finds (see `makeBuiltinModule`).
  static let moduleNames = [
    "asyncio", "builtins", "functools", "io", "math", "random", "sys", "time",
  ]

  /// Completions of `word`, the text before the cursor back to a delimiter, with `before` the
  /// line's text ahead of it: keywords and names in scope, attributes after a dot, module names
  /// after `import`. As Python's rlcompleter, callables get `(` and keywords a space or `:`.
  public func completions(of word: String, after before: String) -> [String] {
    let words = before.split(whereSeparator: { $0 == " " || $0 == "\t" })
    if let first = words.first, first == "import" || (first == "from" && words.count == 1) {
      return Self.moduleNames.filter { $0.hasPrefix(word) }
    }
    if words.count >= 3, words[0] == "from", words[2] == "import" {
      guard let module = try? interpreter.importModule(String(words[1]), range: .unknown) else {
        return []
      }
      return attributes(of: .object(module), prefix: word, callableMark: false)
    }
    if let dot = word.lastIndex(of: ".") {
      let path = word[..<dot].split(separator: ".", omittingEmptySubsequences: false)
      guard let first = path.first, path.allSatisfy(isIdentifier),
        var value = module.get(String(first)) ?? interpreter.builtins.get(String(first))
      else { return [] }
      for part in path.dropFirst() {
        guard let next = try? interpreter.getAttribute(value, interpreter.name(String(part)))
        else { return [] }
        value = next
      }
      let stem = String(word[...dot])
      return attributes(of: value, prefix: String(word[word.index(after: dot)...]))
        .map { stem + $0 }
    }
    var seen = Set<String>()
    var matches: [String] = []
    for keyword in Self.keywords where keyword.hasPrefix(word) {
      seen.insert(keyword)
      switch keyword {
      case "finally", "try": matches.append(keyword + ":")
      case "False", "None", "True", "break", "continue", "pass", "else": matches.append(keyword)
      default: matches.append(keyword + " ")
      }
    }
    for scope in [module, interpreter.builtins] {
      for name in scope.order where name.hasPrefix(word) && !seen.contains(name) {
        guard let value = scope.get(name), !name.hasPrefix("@") else { continue }
        seen.insert(name)
        matches.append(interpreter.isCallable(value) ? name + "(" : name)
      }
    }
    return matches.sorted()
  }

  private func isIdentifier(_ text: Substring) -> Bool {
    guard let first = text.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
    return text.unicodeScalars.allSatisfy {
      $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        || $0.value > 127
    }
  }

  /// The names `dir(value)` lists that start with `prefix`; underscored names only when the
  /// prefix asks for them, as rlcompleter.
  private func attributes(of value: Value, prefix: String, callableMark: Bool = true) -> [String] {
    let interp = interpreter
    guard let dir = interp.builtins.get("dir"),
      let names = try? interp.iterate(try interp.call(dir, [value]))
    else { return [] }
    var matches: [String] = []
    for name in names {
      guard case .object(let o) = name, let s = o as? StrObject else { continue }
      let text = s.value
      guard text.hasPrefix(prefix) else { continue }
      if prefix.isEmpty && text.hasPrefix("_") { continue }
      if prefix == "_" && text.hasPrefix("__") { continue }
      if callableMark, let attribute = try? interp.getAttribute(value, interp.name(text)),
        interp.isCallable(attribute)
      {
        matches.append(text + "(")
      } else {
        matches.append(text)
      }
    }
    return matches.sorted()
  }
}

// MARK: - Showing values

extension Interpreter {
  /// CPython's `sys.displayhook`: prints the repr of a value other than None and binds `_`.
  func display(_ value: Value) throws(PyError) {
    if value.isNone { return }
    builtins.set("_", .none)
    write(try repr(value) + "\n")
    builtins.set("_", value)
  }

  func keyboardInterrupt() -> ExceptionObject {
    ExceptionObject(type: exceptions["KeyboardInterrupt"]!, args: [], dict: makeDict())
  }
}

/// An expression statement typed at the prompt: shows the value.
final class DisplayStatement: StmtNode {
  let expression: ExprNode

  init(_ expression: ExprNode, range: SourceRange) {
    self.expression = expression
    super.init(range: range)
  }

  override func execute(_ f: Frame) throws(PyError) -> Completion {
    try f.interp.display(try expression.evaluate(f))
    return .normal
  }
}

/// The target of an `await e` statement typed at the prompt: shows the awaited value.
final class DisplayTarget: TargetNode {
  override func store(_ value: Value, _ f: Frame) throws(PyError) {
    try f.interp.display(value)
  }

  override func delete(_ f: Frame) throws(PyError) {}
}
