// Calling Coil functions: binding arguments to parameter slots with CPython's error messages,
// the recursion limit, and running a body in a fresh frame.

import CoilSyntax
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Interpreter {
  /// The name CPython uses for a function in argument errors: `f()`, `C.method()`.
  func calleeDescription(_ callee: Value) -> String {
    if case .object(let o) = callee {
      if let f = o as? FunctionObject { return "\(f.qualifiedName)()" }
      if let b = o as? BuiltinFunctionObject { return "\(b.name)()" }
      if let m = o as? BoundMethodObject { return calleeDescription(m.function) }
      if let t = o as? TypeObject { return "\(t.name)()" }
    }
    return "\(typeName(callee)) object"
  }

  /// Calls `function` with an optional receiver first and positional arguments. When the
  /// parameters are plain positional ones, the arguments go straight into the new frame's slots
  /// with no argument array; otherwise this is `callFunction`.
  @inline(__always) func invoke(_ function: FunctionObject, receiver: Value?, _ arguments: [Value])
    throws(PyError) -> Value
  {
    let code = function.code
    let given = arguments.count + (receiver == nil ? 0 : 1)
    let missing = code.positionalCount - given
    guard code.isSimple, missing >= 0, missing <= function.defaults.count else {
      if let receiver { return try callFunction(function, prepending(receiver, arguments), []) }
      return try callFunction(function, arguments, [])
    }
    var frame = Frame.forCall(interp: self, module: function.module, code: code)
    var slots = frame.slots
    if let receiver {
      slots[0] = receiver
      slots += 1
    }
    for i in 0..<arguments.count { slots[i] = arguments[i] }
    if missing > 0 {
      let firstDefault = function.defaults.count - missing
      for i in 0..<missing { slots[arguments.count + i] = function.defaults[firstDefault + i] }
    }
    let result = try run(function, frame)
    Frame.recycle(&frame, code)
    return result
  }

  /// `method(receiver, argument)`, the shape of every binary dunder: a plain function gets the
  /// two straight into its frame, with no argument array.
  func callMethod(_ method: Value, _ receiver: Value, with argument: Value) throws(PyError) -> Value {
    if case .object(let o) = method, Swift.type(of: o) == FunctionObject.self {
      let function = unsafeDowncast(o, to: FunctionObject.self)
      let code = function.code
      if code.isSimple && code.positionalCount == 2 {
        var frame = Frame.forCall(interp: self, module: function.module, code: code)
        let slots = frame.slots
        slots[0] = receiver
        slots[1] = argument
        let result = try run(function, frame)
        Frame.recycle(&frame, code)
        return result
      }
    }
    return try callMethod(method, receiver, [argument])
  }

  /// Calls a Coil function with arbitrary arguments.
  func callFunction(_ function: FunctionObject, _ arguments: [Value], _ keywords: Keywords)
    throws(PyError) -> Value
  {
    let code = function.code
    let frame = Frame.make(interp: self, module: function.module, code: code)
    let slots = frame.slots
    let name = function.qualifiedName
    let positionalCount = code.positionalCount
    // Positional arguments.
    if arguments.count > positionalCount {
      if let variadic = code.variadicSlot {
        for i in 0..<positionalCount { slots[i] = arguments[i] }
        slots[variadic] = makeTuple(Array(arguments[positionalCount...]))
      } else {
        let required = positionalCount - function.defaults.count
        let given = arguments.count
        let takes =
          function.defaults.isEmpty
          ? "\(positionalCount) positional argument\(positionalCount == 1 ? "" : "s")"
          : "from \(required) to \(positionalCount) positional arguments"
        let keywordOnly = Set(code.parameterNames.suffix(code.keywordOnlyCount))
        let keywordOnlyGiven = keywords.filter { keywordOnly.contains($0.0) }.count
        var givenText = "\(given)"
        if keywordOnlyGiven > 0 {
          givenText += " positional argument\(given != 1 ? "s" : "") (and \(keywordOnlyGiven) keyword-only argument\(keywordOnlyGiven != 1 ? "s" : ""))"
        }
        let verb = given == 1 && keywordOnlyGiven == 0 ? "was" : "were"
        throw typeError("\(name)() takes \(takes) but \(givenText) \(verb) given")
      }
    } else {
      for i in 0..<arguments.count { slots[i] = arguments[i] }
      if let variadic = code.variadicSlot { slots[variadic] = makeTuple([]) }
    }
    // Keyword arguments.
    var extra: DictObject?
    if let kwSlot = code.keywordVariadicSlot {
      let d = makeDict()
      extra = d
      slots[kwSlot] = .object(d)
    }
    if !keywords.isEmpty {
      for (key, value) in keywords {
        var matched = false
        for (index, parameter) in code.parameterNames.enumerated() where parameter == key {
          let slot = index < positionalCount ? index : index + (code.variadicSlot != nil ? 1 : 0)
          if index < code.positionalOnlyCount {
            break
          }
          if slots[slot] != nil {
            throw typeError("\(name)() got multiple values for argument '\(key)'")
          }
          slots[slot] = value
          matched = true
          break
        }
        if !matched {
          if let extra {
            extra.setString(self.name(key), value)
          } else if code.parameterNames.prefix(code.positionalOnlyCount).contains(key) {
            throw typeError(
              "\(name)() got some positional-only arguments passed as keyword arguments: '\(key)'")
          } else {
            throw typeError("\(name)() got an unexpected keyword argument '\(key)'")
          }
        }
      }
    }
    // Defaults and missing arguments.
    if arguments.count < positionalCount || !keywords.isEmpty {
      let firstDefault = positionalCount - function.defaults.count
      var missing: [String] = []
      for i in 0..<positionalCount where slots[i] == nil {
        if i >= firstDefault {
          slots[i] = function.defaults[i - firstDefault]
        } else {
          missing.append(code.parameterNames[i])
        }
      }
      if !missing.isEmpty {
        throw typeError(
          "\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(listNames(missing))"
        )
      }
    }
    if code.keywordOnlyCount > 0 {
      var missing: [String] = []
      let offset = positionalCount + (code.variadicSlot != nil ? 1 : 0)
      for k in 0..<code.keywordOnlyCount {
        let slot = offset + k
        if slots[slot] == nil {
          let parameter = code.parameterNames[positionalCount + k]
          if let d = function.keywordDefaults[parameter] {
            slots[slot] = d
          } else {
            missing.append(parameter)
          }
        }
      }
      if !missing.isEmpty {
        throw typeError(
          "\(name)() missing \(missing.count) required keyword-only argument\(missing.count == 1 ? "" : "s"): \(listNames(missing))"
        )
      }
    }
    for slot in code.cellParameters {
      slots[slot] = .object(CellObject(slots[slot], type: types.cell))
    }
    return try run(function, frame)
  }

  func listNames(_ names: [String]) -> String {
    let quoted = names.map { "'\($0)'" }
    if quoted.count == 1 { return quoted[0] }
    if quoted.count == 2 { return "\(quoted[0]) and \(quoted[1])" }
    return quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
  }

  /// Runs a function body in a prepared frame (arguments already in their slots).
  @inline(__always) func run(_ function: FunctionObject, _ frame: Frame) throws(PyError) -> Value {
    let code = function.code
    if code.needsSetup {
      let slots = frame.slots
      for slot in code.cellSlots { slots[slot] = .object(CellObject(nil, type: types.cell)) }
      for (index, slot) in code.freeSlots.enumerated() {
        slots[slot] = .object(function.closure[index])
      }
      if code.isAsync {
        if code.isGenerator {
          return .object(AsyncGeneratorObject(function: function, frame: frame, type: asyncioTypes.asyncGenerator))
        }
        return .object(FunctionCoroutine(function: function, frame: frame, type: asyncioTypes.coroutine))
      }
      if code.isGenerator {
        return .object(GeneratorObject(function: function, frame: frame, type: asyncioTypes.generator))
      }
    }
    return try runBody(code, frame)
  }

  /// The deepest Coil call nesting the interpreter thread's stack holds safely, whatever
  /// `sys.setrecursionlimit` says (CPython would overflow its C stack instead).
  static let nativeDepthLimit = 120_000

  /// Runs a code body with the recursion limit applied; returns its return value.
  func runBody(_ code: FunctionCode, _ frame: Frame) throws(PyError) -> Value {
    depth += 1
    defer { depth -= 1 }
    if depth > recursionLimit || depth > Interpreter.nativeDepthLimit {
      let e = error("RecursionError", "maximum recursion depth exceeded")
      throw e
    }
    do throws(PyError) {
      // Borrowed: the code keeps its body, and retaining it costs as much as a small call.
      _ = try Unmanaged.passUnretained(code.body).run { body throws(PyError) in try body.execute(frame) }
    } catch {
      error.exception.leaveFrame(code.info, fallback: code.headerRange)
      throw error
    }
    return frame.header.returnValue
  }

  /// Polls for Ctrl-C between loop iterations.
  @inline(__always) func checkInterrupt() throws(PyError) {
    if interruptRequested || pendingInterrupt.load(ordering: .relaxed)
      || pendingTaskTree.load(ordering: .relaxed)
    {
      try interrupt()
    }
  }

  private func interrupt() throws(PyError) {
    if pendingTaskTree.exchange(false, ordering: .relaxed) {
      writeErrorText(runningLoop.map(taskTree) ?? "asyncio: no event loop is running\n")
      if !interruptRequested && !pendingInterrupt.load(ordering: .relaxed) { return }
    }
    interruptRequested = false
    pendingInterrupt.store(false, ordering: .relaxed)
    interruptCount += 1
    // Under asyncio.run the first Ctrl-C cancels the main task instead, as CPython's Runner does.
    if let onInterrupt, onInterrupt() { return }
    throw PyError(
      ExceptionObject(type: exceptions["KeyboardInterrupt"]!, args: [], dict: makeDict()))
  }

  /// Makes Ctrl-C (SIGINT) raise KeyboardInterrupt in whatever interpreter is running. As with
  /// CPython, a SIGINT the parent process ignores (a background job) stays ignored.
  public static func catchInterrupts() {
    let previous = signal(SIGINT) { _ in pendingInterrupt.store(true, ordering: .relaxed) }
    // SIG_IGN is the handler value 1.
    if let previous, unsafeBitCast(previous, to: Int.self) == 1 { signal(SIGINT, previous) }
    // Ctrl-\\ (SIGQUIT) prints every task's place in the tree of who awaits whom, and the
    // program goes on.
    signal(SIGQUIT) { _ in pendingTaskTree.store(true, ordering: .relaxed) }
  }
}

/// Set by the SIGQUIT handler: print the task tree at the next check.
let pendingTaskTree = Atomic<Bool>(false)

/// Set by the SIGINT handler, from any thread; interpreters poll it.
let pendingInterrupt = Atomic<Bool>(false)
