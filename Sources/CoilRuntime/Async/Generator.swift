// Generators. A generator's body runs on the async side of the evaluator, as a coroutine's
// does, in a Swift task of its own on the interpreter's generator executor: `next()`, `send()`
// and `throw()` resume the task and run its jobs on the spot, until the body reaches its next
// `yield` (it parks a continuation and hands back the value) or ends. `yield` only appears in
// the generator's own frame, so the running generator is simply the innermost one resumed.
//
// A generator dropped while suspended is closed as CPython closes it: `GeneratorExit` is thrown
// in at its `yield`, so its `finally` blocks run. The Swift task never holds the generator
// object itself, only its `GeneratorBody`, so dropping the object is what triggers the close.

import CoilSyntax

/// What a suspended generator is resumed with.
enum GeneratorResume {
  case send(Value)
  case throwIn(ExceptionObject)
}

/// The part of a generator its Swift task shares: where it is parked and how it ended.
final class GeneratorBody {
  var continuation: UnsafeContinuation<GeneratorResume, Never>?
  /// An async generator's consumer, parked until the body yields or ends.
  var consumer: UnsafeContinuation<Void, Never>?
  let isAsync: Bool
  /// The body is a coroutine driven by hand (`send`, `__await__`): where it would suspend its
  /// task it yields the future instead.
  let drivesCoroutine: Bool
  var yielded: Value = .none
  var outcome: TaskOutcome?
  /// The generator's own `except` nesting while it is suspended.
  var handling: [ExceptionObject] = []
  /// The iterator a suspended `yield from` delegates to (`gi_yieldfrom`).
  var delegate: Value?

  init(isAsync: Bool = false, drivesCoroutine: Bool = false) {
    self.isAsync = isAsync
    self.drivesCoroutine = drivesCoroutine
  }
}

/// What one resumption of a generator gave.
enum GeneratorStep {
  case yielded(Value)
  case returned(Value)
}

/// What a generator and a coroutine driven by hand share: a body in a Swift task of its own on
/// the generator executor, resumed synchronously until its next yield or its end.
protocol SyncResumable: PyObject {
  var state: GeneratorObject.State { get set }
  var body: GeneratorBody { get }
  /// `generator` or `coroutine`, for messages.
  var kind: String { get }
  /// Starts the body's Swift task.
  func start(_ interp: Interpreter)
  /// What an exception leaving the body becomes (PEP 479 for generators).
  func escaping(_ error: PyError, _ interp: Interpreter) -> PyError
  /// Resumes the body once: it yields a value, returns, or raises.
  func resume(_ interp: Interpreter, _ how: GeneratorResume) throws(PyError) -> GeneratorStep
}

extension SyncResumable {
  /// Whether a resumption may run the body; false when it is over before it starts (a closed
  /// body, or an exception thrown into one not started, which is then thrown here).
  func mayResume(_ interp: Interpreter, _ how: GeneratorResume) throws(PyError) -> Bool {
    switch state {
    case .running:
      throw interp.valueError("\(kind) already executing")
    case .closed:
      if case .throwIn(let e) = how { throw PyError(e) }
      return false
    case .created:
      if case .throwIn(let e) = how {
        state = .closed
        throw PyError(e)
      }
      if case .send(let v) = how, !v.isNone {
        throw interp.typeError("can't send non-None value to a just-started \(kind)")
      }
    case .suspended:
      break
    }
    return true
  }

  func resume(_ interp: Interpreter, _ how: GeneratorResume) throws(PyError) -> GeneratorStep {
    try resumeInTask(interp, how)
  }

  /// Resumes the body's Swift task once: it yields a value, returns, or raises.
  func resumeInTask(_ interp: Interpreter, _ how: GeneratorResume) throws(PyError) -> GeneratorStep {
    guard try mayResume(interp, how) else { return .returned(.none) }
    chainThrownIn(how, interp)
    let outerHandling = interp.handling
    interp.handling = outerHandling + body.handling
    interp.depth += 1
    let previous = interp.currentGenerator
    interp.currentGenerator = body
    defer {
      interp.currentGenerator = previous
      interp.depth -= 1
    }
    if interp.depth > interp.recursionLimit || interp.depth > Interpreter.nativeDepthLimit {
      interp.handling = outerHandling
      throw interp.error("RecursionError", "maximum recursion depth exceeded")
    }
    let wasCreated = state == .created
    state = .running
    if wasCreated {
      start(interp)
    } else if let c = body.continuation {
      body.continuation = nil
      nonisolated(unsafe) let resumption = how
      c.resume(returning: resumption)
    }
    interp.generatorExecutor.drain()
    body.handling = Array(interp.handling.dropFirst(outerHandling.count))
    interp.handling = outerHandling
    guard let outcome = body.outcome else {
      state = .suspended
      return .yielded(body.yielded)
    }
    body.outcome = nil
    state = .closed
    switch outcome {
    case .returned(let v):
      return .returned(v)
    case .raised(let error):
      throw escaping(error, interp)
    }
  }

  /// `throw(e)` chains `e` to the exception the body itself is handling at its `yield`, as
  /// CPython does, and never to one its caller handles.
  func chainThrownIn(_ how: GeneratorResume, _ interp: Interpreter) {
    guard case .throwIn(let e) = how else { return }
    if let own = body.handling.last {
      e.context = .none
      e.contextSettled = false
      interp.setContext(e, own)
    } else {
      e.contextSettled = true
    }
  }

  /// `close()`: throws GeneratorExit in; the body must not yield again.
  func close(_ interp: Interpreter) throws(PyError) {
    if state == .running { throw interp.valueError("\(kind) already executing") }
    guard state == .suspended else {
      if state == .created { state = .closed }
      return
    }
    // Raised by close() itself, so chained to what its caller handles (unless the body
    // handles something of its own, see `chainThrownIn`).
    let exit = ExceptionObject(type: interp.generatorExitType, args: [], dict: interp.makeDict())
    if let current = interp.handling.last { exit.context = .object(current) }
    do throws(PyError) {
      if case .yielded = try resume(interp, .throwIn(exit)) {
        throw interp.error("RuntimeError", "\(kind) ignored GeneratorExit")
      }
    } catch {
      let e = error.exception
      if e.type.isSubtype(of: interp.generatorExitType)
        || e.type.isSubtype(of: interp.stopIterationType)
      {
        return
      }
      throw error
    }
  }
}

/// A generator object (`<generator object f at 0x...>`).
final class GeneratorObject: PyObject, SyncResumable {
  enum State {
    case created
    case suspended
    case running
    case closed
  }

  let function: FunctionObject
  let frame: Frame
  var state = State.created
  let body = GeneratorBody()
  /// The steps of the body's flat program, when it has one (see ResumableGenerator.swift).
  /// The function's code owns the program.
  let program: UnsafeMutableBufferPointer<GeneratorOp>?
  /// The step of the program the generator stopped at.
  var pc: Int32 = 0
  /// The blocks (`try`, `with`) the program is inside, innermost last: the steps that entered them.
  var blocks: [Int32] = []
  /// The exits held up by `finally` blocks that yield (see `unwind`), innermost last.
  var pendingExits: [PendingExit] = []

  init(function: FunctionObject, frame: Frame, type: TypeObject) {
    self.function = function
    self.frame = frame
    program = function.code.program?.ops
    super.init(type: type)
  }

  deinit {
    let interp = frame.header.interp
    if state == .suspended && !interp.finalizing { closeOnDrop(interp) }
  }

  /// Names given by assigning `__name__` and `__qualname__`.
  var nameOverride: String?
  var qualnameOverride: String?

  var name: String { nameOverride ?? function.code.name }
  var qualifiedName: String { qualnameOverride ?? function.qualifiedName }
  var kind: String { "generator" }

  func escaping(_ error: PyError, _ interp: Interpreter) -> PyError {
    interp.escapingGenerator(error)
  }

  override func nativeNext(_ interp: Interpreter) throws(PyError) -> NativeNext {
    switch try resume(interp, .send(.none)) {
    case .yielded(let v): return .item(v)
    case .returned: return .done
    }
  }

  func resume(_ interp: Interpreter, _ how: GeneratorResume) throws(PyError) -> GeneratorStep {
    guard let program else { return try resumeInTask(interp, how) }
    let resuming = state == .suspended
    if !resuming {
      guard try mayResume(interp, how) else { return .returned(.none) }
    } else {
      chainThrownIn(how, interp)
    }
    interp.depth &+= 1
    defer { interp.depth &-= 1 }
    if interp.depth > interp.recursionLimit || interp.depth > Interpreter.nativeDepthLimit {
      throw interp.error("RecursionError", "maximum recursion depth exceeded")
    }
    state = .running
    // The exceptions the generator's own `except` clauses and `finally` blocks were handling
    // when it yielded are handled again.
    let outerHandling = interp.handling.count
    if !body.handling.isEmpty {
      interp.handling.append(contentsOf: body.handling)
      body.handling = []
    }
    let step: GeneratorStep
    do throws(PyError) {
      step = try run(program, frame, interp, resuming: resuming, how)
    } catch {
      finish()
      let code = function.code
      error.exception.leaveFrame(code.info, fallback: code.headerRange)
      throw interp.escapingGenerator(error)
    }
    if case .yielded = step {
      state = .suspended
      if interp.handling.count > outerHandling {
        body.handling = Array(interp.handling[outerHandling...])
        interp.handling.removeSubrange(outerHandling...)
      }
    } else {
      finish()
    }
    return step
  }

  /// The body is over: as CPython clears a finished generator's frame, the locals and the
  /// iterators of unfinished loops are let go now, not when the generator is.
  private func finish() {
    state = .closed
    body.delegate = nil
    blocks = []
    pendingExits = []
    // As CPython pops its value stack and then clears its locals: the hidden slots (loop
    // iterators, `with` managers), innermost first, then the variables in order.
    let slots = frame.slots
    let count = Int(frame.header.slotCount)
    let hidden = Int(function.code.program?.firstHiddenSlot ?? Int32(count))
    for i in (hidden..<count).reversed() { slots[i] = nil }
    for i in 0..<hidden { slots[i] = nil }
  }

  func start(_ interp: Interpreter) {
    nonisolated(unsafe) let body = self.body
    nonisolated(unsafe) let frame = self.frame
    Task(executorPreference: interp.generatorExecutor) {
      let code = frame.header.code
      do throws(PyError) {
        _ = try await runBlock(code.body, frame)
        body.outcome = .returned(frame.header.returnValue)
      } catch {
        error.exception.leaveFrame(code.info, fallback: code.headerRange)
        body.outcome = .raised(error)
      }
    }
  }

  /// CPython's finalizer: close, and report an exception as "Exception ignored in".
  func closeOnDrop(_ interp: Interpreter) {
    do throws(PyError) {
      try close(interp)
    } catch {
      interp.writeErrorText(
        "Exception ignored in: <generator object \(qualifiedName) at \(interp.addressText(self))>\n"
          + interp.formatUnraisable(error.exception))
    }
  }
}

/// `yield value`, `x = yield value`, `yield from iterable`, `x = yield from iterable`.
final class YieldStatement: SuspendingStatement {
  let operand: ExprNode?
  let targets: [TargetNode]
  let isFrom: Bool
  let yieldRange: SourceRange

  init(operand: ExprNode?, targets: [TargetNode], isFrom: Bool, yieldRange: SourceRange, range: SourceRange) {
    self.operand = operand
    self.targets = targets
    self.isFrom = isFrom
    self.yieldRange = yieldRange
    super.init(range: range)
  }


  override func executeAsync(_ f: Frame) async throws(PyError) -> Completion {
    let interp = f.interp
    let value = try operand?.evaluate(f) ?? .none
    let result: Value
    do throws(PyError) {
      result = isFrom ? try await interp.yieldFrom(value) : try await interp.yieldValue(value)
    } catch {
      error.exception.locate(yieldRange)
      throw error
    }
    for target in targets { try target.store(result, f) }
    return .normal
  }
}

extension Interpreter {
  /// Hands `value` to whoever resumed the running generator; returns what it sends back.
  func yieldValue(_ value: Value) async throws(PyError) -> Value {
    guard let body = currentGenerator else {
      throw error("RuntimeError", "yield outside of a running generator")
    }
    body.yielded = value
    let resumption = await withUnsafeContinuation { (c: UnsafeContinuation<GeneratorResume, Never>) in
      body.continuation = c
      // An async generator hands the value to the task awaiting it.
      if let consumer = body.consumer {
        body.consumer = nil
        consumer.resume()
      }
    }
    switch resumption {
    case .send(let sent):
      return sent
    case .throwIn(let e):
      e.pendingRange = nil
      e.frameEntryAdded = false
      throw PyError(e)
    }
  }

  /// `yield from iterable` (PEP 380): values pass through to the caller, sent values and thrown
  /// exceptions to the subiterator, and its return value is the result.
  func yieldFrom(_ iterable: Value) async throws(PyError) -> Value {
    let source = try makeIterator(iterable)
    var how = GeneratorResume.send(.none)
    while true {
      let item: Value
      switch try yieldFromStep(source, how) {
      case .yielded(let v): item = v
      case .returned(let v): return v
      }
      currentGenerator?.delegate = source
      do throws(PyError) {
        how = .send(try await yieldValue(item))
      } catch {
        how = .throwIn(error.exception)
      }
      currentGenerator?.delegate = nil
    }
  }

  /// PEP 479: a StopIteration leaving a generator becomes
  /// `RuntimeError('generator raised StopIteration')`, caused by it.
  func escapingGenerator(_ error: PyError) -> PyError {
    let e = error.exception
    guard e.type.isSubtype(of: stopIterationType) else { return error }
    let replacement = self.error("RuntimeError", "generator raised StopIteration")
    replacement.exception.cause = .object(e)
    replacement.exception.context = .object(e)
    replacement.exception.suppressContext = true
    return replacement
  }

  /// `next(generator)`: the yielded value, or nil when it returned.
  @inline(__always) func nextFromGenerator(_ g: GeneratorObject) throws(PyError) -> Value? {
    switch try g.resume(self, .send(.none)) {
    case .yielded(let v): return v
    case .returned: return nil
    }
  }

  /// `generator.send(value)` and `__next__`: StopIteration carries the return value.
  func sendToGenerator(_ g: GeneratorObject, _ how: GeneratorResume) throws(PyError) -> Value {
    switch try g.resume(self, how) {
    case .yielded(let v): return v
    case .returned(let v):
      throw PyError(ExceptionObject(type: stopIterationType, args: v.isNone ? [] : [v], dict: makeDict()))
    }
  }

  /// `gen.throw(type)`, `gen.throw(type, value)` or `gen.throw(instance)`.
  func exceptionToThrow(_ type: Value, _ value: Value) throws(PyError) -> ExceptionObject {
    if case .object(let o) = type, let e = o as? ExceptionObject {
      if !value.isNone { throw typeError("instance exception may not have a separate value") }
      return e
    }
    if case .object(let o) = type, let t = o as? TypeObject, t.isBaseException {
      if case .object(let vo) = value, let e = vo as? ExceptionObject, e.type.isSubtype(of: t) { return e }
      var arguments: [Value] = value.isNone ? [] : [value]
      if case .object(let vo) = value, let tuple = vo as? TupleObject { arguments = tuple.items }
      let made = try call(type, arguments)
      if case .object(let mo) = made, let e = mo as? ExceptionObject { return e }
    }
    throw typeError("exceptions must be classes or instances deriving from BaseException, not \(typeName(type))")
  }

  /// `0x...`: the object's address, as CPython's reprs show it.
  func addressText(_ o: AnyObject) -> String {
    "0x" + String(UInt(bitPattern: ObjectIdentifier(o)), radix: 16)
  }

  /// `exception.__traceback__ = tb` and `with_traceback(tb)`: the exception's traceback becomes
  /// the frames `tb` leads through.
  func setTraceback(_ e: ExceptionObject, _ value: Value) throws(PyError) {
    if value.isNone {
      e.replaceTraceback(with: nil)
      return
    }
    guard case .object(let o) = value, let tb = o as? TracebackObject else {
      throw typeError("__traceback__ must be a traceback or None")
    }
    e.replaceTraceback(with: tb)
  }

  func callMethod(name: String, on value: Value, _ arguments: [Value]) throws(PyError) -> Value {
    try call(try getAttribute(value, self.name(name)), arguments)
  }

  func lookupAttributeOrNil(_ value: Value, _ name: String) throws(PyError) -> Value? {
    do throws(PyError) {
      return try getAttribute(value, self.name(name))
    } catch {
      if error.exception.type.isSubtype(of: exceptions["AttributeError"]!) { return nil }
      throw error
    }
  }
}
