// Coroutine objects. Calling an `async def` makes a `FunctionCoroutine` holding the prepared
// frame; asyncio's own coroutines (`asyncio.sleep`, `wait`, `wait_for`, `__aenter__` of a
// TaskGroup) are `NativeCoroutine`s wrapping a Swift async closure. Either one runs when it is
// awaited: `await coro` runs the body inline on the awaiting task, with no new Swift task and
// no trip through the loop, which is what makes a chain of awaited coroutines cheap.

import CoilSyntax

/// A Coil coroutine (`type(c)` is `<class 'coroutine'>`).
class CoroutineObject: PyObject {
  enum State {
    case created
    case running
    case closed
  }

  var state = State.created
  /// The driver when the coroutine is run by hand (`send`, `throw`, `__await__`).
  var driver: CoroutineDriver?
  /// The expression statement that discarded the coroutine, for the never-awaited warning.
  var discarded: DiscardSite?

  deinit {
    // `asyncio.sleep(1)` or `queue.get()` without `await`: CPython's are coroutines like any
    // other. (An `async def`'s coroutine warns in its own deinit.)
    if state == .created, let site = discarded, !(self is FunctionCoroutine),
      type === site.interp.asyncioTypes.coroutine, !site.interp.finalizing
    {
      site.interp.warnNeverAwaited(self)
    }
  }

  /// `__name__` and `__qualname__`.
  var name: String { "coroutine" }
  var qualifiedName: String { name }

  /// Runs the body to completion; only `run` calls it.
  func body(_ interp: Interpreter) async throws(PyError) -> Value {
    fatalError("abstract")
  }

  /// `await coro`: runs the coroutine once, as CPython allows.
  ///
  /// A suspended task keeps every async frame between its start and its `await` in Swift task
  /// memory, allocated in slabs of about 1 KB; the frames on the path to an `await` are kept
  /// small (nothing inlined into them) so a task parked in `sleep` fits in one slab.
  @inline(__always) final func run(_ interp: Interpreter) async throws(PyError) -> Value {
    try start(interp)
    defer { state = .closed }
    // Calls through the vtable make Swift hop back to the caller's executor afterwards (a
    // costly check when tasks prefer an executor); the common coroutine is called directly.
    if let coroutine = self as? FunctionCoroutine { return try await coroutine.runFunction(interp) }
    return try await body(interp)
  }

  @inline(never) private func start(_ interp: Interpreter) throws(PyError) {
    switch state {
    case .created:
      state = .running
    case .running:
      throw interp.error("RuntimeError", "coroutine is being awaited already")
    case .closed:
      throw interp.error("RuntimeError", "cannot reuse already awaited \(interp.awaitableKind(self))")
    }
  }

  /// What runs the body for a driver.
  func detachedRunner() -> (Interpreter) async throws(PyError) -> Value {
    { [self] interp throws(PyError) in try await self.body(interp) }
  }

  /// The `x.py:5` CPython shows for a task's coroutine, or nil for a native one.
  var location: (path: String, line: Int, definedAt: Int)? { nil }
}

/// Where a coroutine was discarded by an expression statement (`main()` without `await`).
/// A class, so that coroutines, which seldom have one, hold only a reference.
final class DiscardSite {
  unowned(unsafe) let interp: Interpreter
  let code: CodeInfo
  let line: Int32

  init(interp: Interpreter, code: CodeInfo, line: Int32) {
    self.interp = interp
    self.code = code
    self.line = line
  }
}

/// The coroutine of a call to an `async def`.
final class FunctionCoroutine: CoroutineObject {
  let function: FunctionObject
  let frame: Frame

  deinit {
    let interp = frame.header.interp
    if state == .created && !interp.finalizing {
      // Dropped along with a coroutine a statement discarded: CPython reports that line too.
      if discarded == nil { discarded = interp.dropSite }
      interp.warnNeverAwaited(self)
    }
  }

  init(function: FunctionObject, frame: Frame, type: TypeObject) {
    self.function = function
    self.frame = frame
    super.init(type: type)
  }

  override var name: String { function.code.name }
  override var qualifiedName: String { function.qualifiedName }

  override func body(_ interp: Interpreter) async throws(PyError) -> Value {
    try await runFunction(interp)
  }

  /// Holds the function and frame, not the coroutine, so dropping the coroutine closes it.
  override func detachedRunner() -> (Interpreter) async throws(PyError) -> Value {
    let function = self.function
    let frame = self.frame
    return { interp throws(PyError) in try await interp.runCoroutine(function.code, frame) }
  }

  func runFunction(_ interp: Interpreter) async throws(PyError) -> Value {
    try await interp.runCoroutine(function.code, frame)
  }

  override var location: (path: String, line: Int, definedAt: Int)? {
    let code = function.code
    let defined = code.headerRange.start.line
    let line = state == .created ? defined : Int(frame.header.line)
    return (code.info.source.name, line, defined)
  }
}

/// A coroutine whose body is Swift: asyncio's own `sleep`, `wait`, `wait_for` and friends.
final class NativeCoroutine: CoroutineObject {
  let action: (Interpreter) async throws(PyError) -> Value
  /// The name when it is not the qualified name's last part.
  private let shortName: String?
  private let qualified: String

  init(
    name: String? = nil, qualifiedName: String? = nil, type: TypeObject,
    _ action: @escaping (Interpreter) async throws(PyError) -> Value
  ) {
    self.action = action
    shortName = name
    qualified = qualifiedName ?? name ?? "coroutine"
    super.init(type: type)
  }

  // Worked out when asked (reprs, messages): making a coroutine builds no strings.
  override var name: String { shortName ?? String(qualified.split(separator: ".").last ?? "") }
  override var qualifiedName: String { qualified }

  override func body(_ interp: Interpreter) async throws(PyError) -> Value {
    try await action(interp)
  }

  /// The action alone: a driver's task that held the coroutine would keep it alive for ever.
  override func detachedRunner() -> (Interpreter) async throws(PyError) -> Value {
    let action = self.action
    return { interp throws(PyError) in try await action(interp) }
  }
}

/// `asyncio.sleep(delay)`; `SleepResultCoroutine` is `sleep(delay, result)`. Without a result
/// field the common sleep is a smaller object, which parked tasks hold on to.
class SleepCoroutine: CoroutineObject {
  let delay: Double

  init(delay: Double, type: TypeObject) {
    self.delay = delay
    super.init(type: type)
  }

  var result: Value { .none }

  override var name: String { "sleep" }

  /// A copy runs for a driver, so the driver's task does not hold this coroutine.
  override func detachedRunner() -> (Interpreter) async throws(PyError) -> Value {
    let copy = SleepResultCoroutine(delay: delay, result: result, type: type)
    return { interp throws(PyError) in try await copy.body(interp) }
  }

  override func body(_ interp: Interpreter) async throws(PyError) -> Value {
    // One suspension for both kinds of sleep: `sleep(0)` yields a turn (no future), a longer
    // one waits for its timer's future. A single copy keeps the frame a parked task holds small.
    let future = delay <= 0 ? nil : try startTimer(interp)
    defer { if let future { future.loop.cancelSleep(future) } }
    try await interp.suspendCurrentTask(on: future)
    guard let future else { return result }
    return try future.resultAfterWait()
  }

  /// The future a timer completes with the result after the delay.
  @inline(never) private func startTimer(_ interp: Interpreter) throws(PyError) -> SleepFutureObject {
    let loop = try interp.requireRunningLoop()
    let future = SleepFutureObject(loop: loop, result: result, type: interp.asyncioTypes.future)
    loop.scheduleSleep(future, after: delay)
    return future
  }
}

final class SleepResultCoroutine: SleepCoroutine {
  let storedResult: Value

  init(delay: Double, result: Value, type: TypeObject) {
    storedResult = result
    super.init(delay: delay, type: type)
  }

  override var result: Value { storedResult }
}

extension Interpreter {
  /// Runs an `async def`'s body in its prepared frame, with the recursion limit applied.
  @inline(__always) func runCoroutine(_ code: FunctionCode, _ frame: Frame) async throws(PyError)
    -> Value
  {
    depth += 1
    defer { depth -= 1 }
    if depth > recursionLimit || depth > Interpreter.nativeDepthLimit {
      throw error("RecursionError", "maximum recursion depth exceeded")
    }
    do throws(PyError) {
      _ = try await runBlock(code.body, frame)
    } catch {
      error.exception.leaveFrame(code.info, fallback: code.headerRange)
      throw escapingCoroutine(error)
    }
    return frame.header.returnValue
  }

  /// PEP 479: a StopIteration leaving a coroutine becomes
  /// `RuntimeError('coroutine raised StopIteration')`, caused by it.
  @inline(never) func escapingCoroutine(_ error: PyError) -> PyError {
    let e = error.exception
    guard e.type.isSubtype(of: stopIterationType) else { return error }
    let replacement = self.error("RuntimeError", "coroutine raised StopIteration")
    replacement.exception.cause = .object(e)
    replacement.exception.context = .object(e)
    replacement.exception.suppressContext = true
    return replacement
  }

  /// `await value`: runs a coroutine inline, or waits for a future or task.
  func awaitValue(_ value: Value) async throws(PyError) -> Value {
    if case .object(let o) = value {
      if let coroutine = o as? CoroutineObject { return try await coroutine.run(self) }
      if let future = o as? FutureObject { return try await future.wait(self) }
      if let method = o.type.lookup(dunder.__await__), !o.type.isBuiltin {
        let iterator = try callMethod(method, value, [])
        if case .object(let io) = iterator, io is CoroutineObject {
          throw typeError("__await__() returned a coroutine")
        }
        if typeOf(iterator).lookup(dunder.__next__) == nil && !(iterator.asObject is IteratorObject) {
          throw typeError("__await__() returned non-iterator of type '\(typeName(iterator))'")
        }
        return try await awaitIterator(iterator)
      }
    }
    throw typeError("object \(typeName(value)) can't be used in 'await' expression")
  }

  /// `aiter(x)` for `async for`.
  func asyncIterator(_ value: Value) throws(PyError) -> Value {
    let type = typeOf(value)
    guard let method = type.lookup(dunder.__aiter__) else {
      throw typeError("'async for' requires an object with __aiter__ method, got \(type.name)")
    }
    let iterator = try callMethod(method, value, [])
    guard typeOf(iterator).lookup(dunder.__anext__) != nil else {
      throw typeError(
        "'async for' received an object from __aiter__ that does not implement __anext__: \(typeName(iterator))")
    }
    return iterator
  }

  /// The next item of an async iterator, or nil at `StopAsyncIteration`.
  func asyncNext(_ iterator: Value) async throws(PyError) -> Value? {
    if case .object(let o) = iterator, let g = o as? AsyncGeneratorObject, o.type === asyncioTypes.asyncGenerator {
      switch try await g.resume(self, .send(.none), "anext") {
      case .yielded(let v): return v
      case .returned: return nil
      }
    }
    guard let method = typeOf(iterator).lookup(dunder.__anext__) else {
      throw typeError("'async for' requires an iterator with __anext__ method, got \(typeName(iterator))")
    }
    let awaitable = try callMethod(method, iterator, [])
    do throws(PyError) {
      return try await awaitValue(awaitable)
    } catch {
      if error.exception.type.isSubtype(of: stopAsyncIterationType) { return nil }
      throw error
    }
  }

  /// CPython's `RuntimeWarning: coroutine 'f' was never awaited`, at the statement that dropped
  /// the coroutine (or `sys:1` when that is not known).
  func warnNeverAwaited(_ c: CoroutineObject) {
    var text: String
    if let site = c.discarded {
      let lineNumber = Int(site.line)
      let source = site.code.source
      text = "\(source.name):\(lineNumber): RuntimeWarning: coroutine '\(c.qualifiedName)' was never awaited\n"
      let line = source.line(lineNumber).trimmingPrefix { $0 == " " || $0 == "\t" }
      text += "  \(line)\n"
    } else {
      text = "sys:1: RuntimeWarning: coroutine '\(c.qualifiedName)' was never awaited\n"
    }
    text += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
    writeErrorText(text)
  }

  /// What a spent awaitable is called in "cannot reuse already awaited ...": the awaitables
  /// of an async generator's methods have names of their own.
  func awaitableKind(_ c: CoroutineObject) -> String {
    if c.type === asyncioTypes.asyncGeneratorASend { return "__anext__()/asend()" }
    if c.type === asyncioTypes.asyncGeneratorAThrow { return "aclose()/athrow()" }
    return "coroutine"
  }

  /// `<coroutine object main at 0x...>`.
  func coroutineRepr(_ c: CoroutineObject) -> String {
    "<coroutine object \(c.qualifiedName) at \(addressText(c))>"
  }
}
