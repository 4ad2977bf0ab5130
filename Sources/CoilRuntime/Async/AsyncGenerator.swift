// Async generators. The body runs in a Swift task of its own on the event loop's executor, as
// the consumer's stand-in: awaiting `__anext__()` (or `asend`, `athrow`, `aclose`) parks the
// consuming task's coroutine and resumes the body, which runs until it yields (and resumes the
// consumer with the value) or ends. An `await` inside the body suspends the consuming task
// itself, exactly as an `await` in a coroutine it awaited would: the body's continuation becomes
// the task's, so the loop's wake-up resumes the body, as CPython runs an async generator's frame
// on the task that iterates it.
//
// A suspended async generator that is dropped is closed on its loop by a new task running
// `aclose()`, as asyncio's finalizer hook does; `asyncio.run` closes the ones still alive
// (`loop.shutdown_asyncgens()`).

import CoilSyntax

/// An async generator object (`<async_generator object f at 0x...>`).
final class AsyncGeneratorObject: PyObject {
  let function: FunctionObject
  let frame: Frame
  let body: GeneratorBody
  var state = GeneratorObject.State.created
  /// The loop it was first iterated on (asyncio's `firstiter` hook), which closes it.
  var loop: EventLoopObject?
  /// A stand-in made only to close a dropped generator: its own end closes nothing.
  private let isFinalizer: Bool

  init(function: FunctionObject, frame: Frame, type: TypeObject) {
    self.function = function
    self.frame = frame
    body = GeneratorBody(isAsync: true)
    isFinalizer = false
    super.init(type: type)
  }

  private init(finalizing other: AsyncGeneratorObject) {
    function = other.function
    frame = other.frame
    body = other.body
    state = other.state
    isFinalizer = true
    super.init(type: other.type)
  }

  deinit {
    guard !isFinalizer, state == .suspended, let loop, !loop.isClosed else { return }
    let interp = frame.header.interp
    if interp.finalizing { return }
    // asyncio's finalizer: `loop.call_soon_threadsafe(loop.create_task, agen.aclose())`, on a
    // stand-in sharing the body.
    let closer = AsyncGeneratorObject(finalizing: self)
    closer.loop = loop
    let aclose = Value.object(interp.asyncGeneratorMethod(closer, .aclose))
    loop.callSoon(.native { [unowned loop] () throws(PyError) in
      _ = try interp.createTask(aclose, loop: loop)
    })
  }

  var name: String { function.code.name }
  var qualifiedName: String { function.qualifiedName }

  /// Resumes the body once, from the task awaiting it: it yields, returns or raises.
  func resume(_ interp: Interpreter, _ how: GeneratorResume, _ operation: String) async throws(PyError)
    -> GeneratorStep
  {
    switch state {
    case .running:
      throw interp.error("RuntimeError", "\(operation)(): asynchronous generator is already running")
    case .closed:
      if case .throwIn(let e) = how { throw PyError(e) }
      return .returned(.none)
    case .created:
      if case .throwIn(let e) = how {
        state = .closed
        throw PyError(e)
      }
      if case .send(let v) = how, !v.isNone {
        throw interp.typeError("can't send non-None value to a just-started async generator")
      }
    case .suspended:
      break
    }
    guard let running = interp.runningLoop, running.currentTask != nil else {
      throw interp.error("RuntimeError", "an async generator can only run inside a task on the event loop")
    }
    if loop == nil {
      loop = running
      running.asyncGenerators.append(WeakAsyncGenerator(self))
    }
    let outerHandling = interp.handling
    interp.handling = outerHandling + body.handling
    interp.depth += 1
    let previous = interp.currentGenerator
    interp.currentGenerator = body
    if interp.depth > interp.recursionLimit || interp.depth > Interpreter.nativeDepthLimit {
      interp.currentGenerator = previous
      interp.depth -= 1
      interp.handling = outerHandling
      throw interp.error("RecursionError", "maximum recursion depth exceeded")
    }
    let wasCreated = state == .created
    state = .running
    nonisolated(unsafe) let body = self.body
    nonisolated(unsafe) let frame = self.frame
    nonisolated(unsafe) let resumption = how
    let executor = running.executor
    await withUnsafeContinuation { (consumer: UnsafeContinuation<Void, Never>) in
      body.consumer = consumer
      if wasCreated {
        Task(executorPreference: executor) {
          let code = frame.header.code
          do throws(PyError) {
            _ = try await runBlock(code.body, frame)
            body.outcome = .returned(.none)
          } catch {
            error.exception.leaveFrame(code.info, fallback: code.headerRange)
            body.outcome = .raised(error)
          }
          let consumer = body.consumer
          body.consumer = nil
          consumer?.resume()
        }
      } else if let c = body.continuation {
        body.continuation = nil
        c.resume(returning: resumption)
      }
    }
    interp.currentGenerator = previous
    interp.depth -= 1
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
      throw interp.escapingAsyncGenerator(error)
    }
  }

  /// `aclose()`: throws GeneratorExit in; the generator must not yield again.
  func close(_ interp: Interpreter) async throws(PyError) {
    if state == .running {
      throw interp.error("RuntimeError", "aclose(): asynchronous generator is already running")
    }
    guard state == .suspended else {
      if state == .created { state = .closed }
      return
    }
    let exit = ExceptionObject(type: interp.generatorExitType, args: [], dict: interp.makeDict())
    do throws(PyError) {
      if case .yielded = try await resume(interp, .throwIn(exit), "aclose") {
        throw interp.error("RuntimeError", "async generator ignored GeneratorExit")
      }
    } catch {
      let e = error.exception
      if e.type.isSubtype(of: interp.generatorExitType)
        || e.type.isSubtype(of: interp.stopAsyncIterationType)
      {
        return
      }
      throw error
    }
  }
}

/// A loop's weak hold on an async generator it may have to close.
struct WeakAsyncGenerator {
  weak var generator: AsyncGeneratorObject?

  init(_ generator: AsyncGeneratorObject) {
    self.generator = generator
  }
}

extension Interpreter {
  enum AsyncGeneratorMethod {
    case anext
    case asend(Value)
    case athrow(ExceptionObject)
    case aclose
  }

  /// The awaitable `__anext__()`, `asend(v)`, `athrow(e)` or `aclose()` returns.
  func asyncGeneratorMethod(_ g: AsyncGeneratorObject, _ method: AsyncGeneratorMethod) -> CoroutineObject {
    let t = asyncioTypes
    switch method {
    case .anext:
      return NativeCoroutine(name: "__anext__", type: t.asyncGeneratorASend) { interp throws(PyError) in
        try await interp.asyncGeneratorStep(g, .send(.none), "anext")
      }
    case .asend(let value):
      return NativeCoroutine(name: "asend", type: t.asyncGeneratorASend) { interp throws(PyError) in
        try await interp.asyncGeneratorStep(g, .send(value), "asend")
      }
    case .athrow(let e):
      return NativeCoroutine(name: "athrow", type: t.asyncGeneratorAThrow) { interp throws(PyError) in
        try await interp.asyncGeneratorStep(g, .throwIn(e), "athrow")
      }
    case .aclose:
      return NativeCoroutine(name: "aclose", type: t.asyncGeneratorAThrow) { interp throws(PyError) in
        try await g.close(interp)
        return .none
      }
    }
  }

  func setUpAsyncGeneratorMethods(_ t: AsyncioTypes) {
    setConstructor(t.asyncGenerator) { interp, _, _ throws(PyError) in
      throw interp.typeError("cannot create 'async_generator' instances")
    }
    define(t.asyncGenerator, "__aiter__") { _, args, _ in args[0] }
    asyncMethod(t.asyncGenerator, "__anext__", AsyncGeneratorObject.self) { interp, g, _ in
      .object(interp.asyncGeneratorMethod(g, .anext))
    }
    asyncMethod(t.asyncGenerator, "asend", AsyncGeneratorObject.self, ["value"]) { interp, g, bound in
      .object(interp.asyncGeneratorMethod(g, .asend(bound["value"]!)))
    }
    define(t.asyncGenerator, "athrow") { interp, args, kwargs throws(PyError) in
      let g = try interp.receiver(args, AsyncGeneratorObject.self, "athrow", "async_generator")
      guard args.count >= 2, args.count <= 4, kwargs.isEmpty else {
        throw interp.typeError("athrow expected at least 1 argument, got \(max(args.count - 1, 0))")
      }
      let exception = try interp.exceptionToThrow(args[1], args.count > 2 ? args[2] : .none)
      return .object(interp.asyncGeneratorMethod(g, .athrow(exception)))
    }
    asyncMethod(t.asyncGenerator, "aclose", AsyncGeneratorObject.self) { interp, g, _ in
      .object(interp.asyncGeneratorMethod(g, .aclose))
    }
    for awaitable in [t.asyncGeneratorASend, t.asyncGeneratorAThrow, t.anextAwaitable] {
      define(awaitable, "__await__") { _, args, _ in args[0] }
    }
  }

  /// One step: the value yielded, or StopAsyncIteration when the generator has ended.
  func asyncGeneratorStep(_ g: AsyncGeneratorObject, _ how: GeneratorResume, _ operation: String)
    async throws(PyError) -> Value
  {
    switch try await g.resume(self, how, operation) {
    case .yielded(let v): return v
    case .returned:
      throw PyError(ExceptionObject(type: stopAsyncIterationType, args: [], dict: makeDict()))
    }
  }

  /// PEP 479 for async generators: StopIteration and StopAsyncIteration leaving the body become
  /// RuntimeError.
  func escapingAsyncGenerator(_ error: PyError) -> PyError {
    let e = error.exception
    let message: String
    if e.type.isSubtype(of: stopAsyncIterationType) {
      message = "async generator raised StopAsyncIteration"
    } else if e.type.isSubtype(of: stopIterationType) {
      message = "async generator raised StopIteration"
    } else {
      return error
    }
    let replacement = self.error("RuntimeError", message)
    replacement.exception.cause = .object(e)
    replacement.exception.context = .object(e)
    replacement.exception.suppressContext = true
    return replacement
  }

  /// `loop.shutdown_asyncgens()`: closes every async generator first iterated on the loop and
  /// still suspended, together, and reports those that fail to close.
  func shutdownAsyncGenerators(_ loop: EventLoopObject) async throws(PyError) {
    let closing = loop.asyncGenerators.compactMap(\.generator).filter { $0.state != .closed }
    loop.asyncGenerators.removeAll()
    guard !closing.isEmpty else { return }
    let closers: [Value] = closing.map { .object(asyncGeneratorMethod($0, .aclose)) }
    let gathered = try gather(closers, returnExceptions: true)
    let results = try await awaitValue(.object(gathered))
    guard case .object(let o) = results, let list = o as? ListObject else { return }
    for (result, generator) in zip(list.items, closing) {
      guard case .object(let ro) = result, let e = ro as? ExceptionObject,
        e.type.isSubtype(of: exceptionType)
      else { continue }
      try loop.reportException(
        message: "an error occurred during closing of asynchronous generator \(try repr(.object(generator)))",
        exception: e, extra: [("asyncgen", try repr(.object(generator)))])
    }
  }
}
