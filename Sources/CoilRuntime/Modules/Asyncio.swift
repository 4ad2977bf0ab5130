// The `asyncio` module: the loop functions, futures and tasks as CPython 3.11's `asyncio`
// shows them (`type(task)` is `<class '_asyncio.Task'>`, reprs and error messages in CPython's
// words). The combinators are in Asyncio+Combinators.swift, TaskGroup and timeouts in
// Asyncio+Groups.swift.

import CoilSyntax

/// The types asyncio objects have, made on first use.
final class AsyncioTypes {
  let coroutine: TypeObject
  let generator: TypeObject
  let future: TypeObject
  let task: TypeObject
  let handle: TypeObject
  let timerHandle: TypeObject
  let loop: TypeObject
  let taskGroup: TypeObject
  let timeout: TypeObject
  let asCompleted: TypeObject
  let cancelledError: TypeObject
  let invalidStateError: TypeObject
  let lock, event, condition, semaphore, boundedSemaphore, barrier: TypeObject
  let queue, priorityQueue, lifoQueue: TypeObject
  let queueEmpty, queueFull, queueShutDown, brokenBarrierError: TypeObject
  let futureCallGraph, frameCallGraphEntry, frame, code: TypeObject
  let asyncGenerator, asyncGeneratorASend, asyncGeneratorAThrow, anextAwaitable: TypeObject
  let coroutineWrapper, futureIterator: TypeObject

  init(_ interp: Interpreter) {
    coroutine = interp.makeType("coroutine")
    generator = interp.makeType("generator")
    future = interp.makeType("Future", layout: .native, module: "_asyncio")
    task = interp.makeType("Task", base: future, module: "_asyncio")
    handle = interp.makeType("Handle", module: "asyncio.events")
    timerHandle = interp.makeType("TimerHandle", base: handle, module: "asyncio.events")
    loop = interp.makeType("_UnixSelectorEventLoop", module: "asyncio.unix_events")
    taskGroup = interp.makeType("TaskGroup", module: "asyncio.taskgroups")
    timeout = interp.makeType("Timeout", module: "asyncio.timeouts")
    asCompleted = interp.makeType("generator")
    cancelledError = interp.makeType(
      "CancelledError", base: interp.baseExceptionType, layout: .exception,
      module: "asyncio.exceptions")
    cancelledError.isBaseException = true
    invalidStateError = interp.makeType(
      "InvalidStateError", base: interp.exceptionType, layout: .exception,
      module: "asyncio.exceptions")
    invalidStateError.isBaseException = true
    cancelledError.constructor = interp.baseExceptionType.constructor
    invalidStateError.constructor = interp.baseExceptionType.constructor
    interp.exceptions["InvalidStateError"] = invalidStateError
    lock = interp.makeType("Lock", layout: .native, module: "asyncio.locks")
    event = interp.makeType("Event", layout: .native, module: "asyncio.locks")
    condition = interp.makeType("Condition", layout: .native, module: "asyncio.locks")
    semaphore = interp.makeType("Semaphore", layout: .native, module: "asyncio.locks")
    boundedSemaphore = interp.makeType(
      "BoundedSemaphore", base: semaphore, layout: .native, module: "asyncio.locks")
    barrier = interp.makeType("Barrier", module: "asyncio.locks")
    queue = interp.makeType("Queue", layout: .native, module: "asyncio.queues")
    priorityQueue = interp.makeType("PriorityQueue", base: queue, layout: .native, module: "asyncio.queues")
    lifoQueue = interp.makeType("LifoQueue", base: queue, layout: .native, module: "asyncio.queues")
    asyncGenerator = interp.makeType("async_generator")
    asyncGeneratorASend = interp.makeType("async_generator_asend")
    asyncGeneratorAThrow = interp.makeType("async_generator_athrow")
    anextAwaitable = interp.makeType("anext_awaitable")
    coroutineWrapper = interp.makeType("coroutine_wrapper")
    futureIterator = interp.makeType("FutureIter", module: "_asyncio")
    futureCallGraph = interp.makeType("FutureCallGraph", module: "asyncio.graph")
    frameCallGraphEntry = interp.makeType("FrameCallGraphEntry", module: "asyncio.graph")
    frame = interp.makeType("frame")
    code = interp.makeType("code")
    func exceptionType(_ name: String, _ base: String, _ module: String) -> TypeObject {
      let t = interp.makeType(
        name, base: interp.exceptions[base]!, layout: .exception, module: module)
      t.isBaseException = true
      t.constructor = interp.baseExceptionType.constructor
      return t
    }
    queueEmpty = exceptionType("QueueEmpty", "Exception", "asyncio.queues")
    queueFull = exceptionType("QueueFull", "Exception", "asyncio.queues")
    queueShutDown = exceptionType("QueueShutDown", "Exception", "asyncio.queues")
    brokenBarrierError = exceptionType("BrokenBarrierError", "RuntimeError", "asyncio.exceptions")
    interp.exceptions["CancelledError"] = cancelledError
  }
}

extension Interpreter {
  // MARK: - Loops and tasks

  /// The loop `get_running_loop()` returns, or RuntimeError.
  func requireRunningLoop() throws(PyError) -> EventLoopObject {
    guard let loop = runningLoop else { throw error("RuntimeError", "no running event loop") }
    return loop
  }

  func newEventLoop() -> EventLoopObject {
    EventLoopObject(interp: self, type: asyncioTypes.loop)
  }

  /// `asyncio.get_event_loop()` as 3.11 has it: the running loop, else the current one (made
  /// on first use).
  func eventLoop() -> EventLoopObject {
    if let running = runningLoop { return running }
    if let current = currentLoop { return current }
    let made = newEventLoop()
    currentLoop = made
    return made
  }

  /// `loop.create_task(coro, name=)`: schedules the task's first step.
  func createTask(_ value: Value, name: Value = .none, context: Value = .none, loop: EventLoopObject)
    throws(PyError) -> TaskObject
  {
    if loop.isClosed { throw error("RuntimeError", "Event loop is closed") }
    guard case .object(let o) = value, let coroutine = o as? CoroutineObject else {
      throw typeError("a coroutine was expected, got \(try repr(value))")
    }
    // Only unnamed tasks use up a number, as with CPython's loop.create_task.
    if name.isNone { taskCounter += 1 }
    loop.taskSerial += 1
    let task = TaskObject(
      coroutine: coroutine, name: name.isNone ? nil : try toStrObject(name),
      number: taskCounter, serial: loop.taskSerial, loop: loop, type: asyncioTypes.task)
    task.context = try contextForNewTask(context)
    loop.addLive(task)
    loop.schedule(.step(task, nil))
    if let timeline { timeline.created(task, name: (try? toStr(task.name)) ?? "") }
    return task
  }

  func toStrObject(_ value: Value) throws(PyError) -> StrObject {
    if case .object(let o) = value, let s = o as? StrObject { return s }
    guard case .object(let o) = str(try toStr(value)), let s = o as? StrObject else {
      throw typeError("name must be a string")
    }
    return s
  }

  /// `asyncio.ensure_future`: a future stays itself, a coroutine becomes a task.
  func ensureFuture(_ value: Value, loop: EventLoopObject? = nil) throws(PyError) -> FutureObject {
    if case .object(let o) = value {
      if let future = o as? FutureObject {
        if let loop, future.loop !== loop {
          throw valueError("The future belongs to a different loop than the one specified as the loop argument")
        }
        return future
      }
      if o is CoroutineObject { return try createTask(value, loop: loop ?? eventLoop()) }
      if !o.type.isBuiltin, o.type.lookup(dunder.__await__) != nil {
        let wrapper = NativeCoroutine(name: "_wrap_awaitable", type: asyncioTypes.coroutine) { interp throws(PyError) in
          try await interp.awaitValue(value)
        }
        return try createTask(.object(wrapper), loop: loop ?? eventLoop())
      }
    }
    throw typeError("An asyncio.Future, a coroutine or an awaitable is required")
  }

  func futureArgument(_ value: Value, _ what: String) throws(PyError) -> FutureObject {
    guard case .object(let o) = value, let future = o as? FutureObject else {
      throw typeError("\(what) expected a Future, got \(typeName(value))")
    }
    return future
  }

  /// `asyncio.run(main)`: runs `main` in a new loop, cancels what is left, closes the loop.
  func asyncioRun(_ main: Value, debug: Value) throws(PyError) -> Value {
    if let session = interactiveSession, session.isAtPrompt {
      return try session.runMain(main)
    }
    if runningLoop != nil {
      if case .object(let o) = main, let c = o as? CoroutineObject { c.state = .closed }
      throw error("RuntimeError", "asyncio.run() cannot be called from a running event loop")
    }
    guard case .object(let o) = main, o is CoroutineObject else {
      throw valueError("a coroutine was expected, got \(try repr(main))")
    }
    let loop = newEventLoop()
    if !debug.isNone { loop.debug = try isTrue(debug) }
    currentLoop = loop
    defer {
      loop.isClosed = true
      currentLoop = nil
    }
    let task = try createTask(main, loop: loop)
    interruptCount = 0
    let savedHandler = onInterrupt
    onInterrupt = { [unowned self] in
      guard self.interruptCount == 1, !task.isDone else { return false }
      _ = task.cancel(message: .none)
      return true
    }
    defer { onInterrupt = savedHandler }
    let result: Value
    do throws(PyError) {
      result = try loop.runUntilComplete(.object(task))
    } catch {
      if error.exception.type.isSubtype(of: asyncioTypes.cancelledError), interruptCount > 0,
        task.uncancel() == 0
      {
        try shutDown(loop)
        // raise KeyboardInterrupt() while handling the CancelledError, as CPython's Runner does.
        let interrupt = ExceptionObject(type: exceptions["KeyboardInterrupt"]!, args: [], dict: makeDict())
        interrupt.context = .object(error.exception)
        throw PyError(interrupt)
      }
      try shutDown(loop)
      throw error
    }
    try shutDown(loop)
    return result
  }

  /// `Runner.close()`: cancels leftover tasks and waits for them, then the loop's own shutdown
  /// steps, each a `run_until_complete` as in CPython (they run the loop a little).
  private func shutDown(_ loop: EventLoopObject) throws(PyError) {
    if deadlocked { return }
    let leftovers = loop.liveTasksInOrder
    if !leftovers.isEmpty {
      for task in leftovers { _ = task.cancel(message: .none) }
      let gathered = try gather(leftovers.map { .object($0) }, returnExceptions: true)
      _ = try loop.runUntilComplete(.object(gathered))
      for task in leftovers where task.state == .finished {
        if let e = task.exception {
          task.logTraceback = false
          try loop.reportException(
            message: "unhandled exception during asyncio.run() shutdown", exception: e,
            extra: [("task", taskRepr(task))])
        }
      }
    }
    // The loop's own shutdown tasks are left out of a timeline: they are no task of the program.
    let recording = timeline
    timeline = nil
    defer { timeline = recording }
    for step in ["shutdown_asyncgens", "shutdown_default_executor"] {
      let coroutine = NativeCoroutine(name: step, qualifiedName: "BaseEventLoop.\(step)", type: asyncioTypes.coroutine) { interp throws(PyError) in
        if step == "shutdown_asyncgens" { try await interp.shutdownAsyncGenerators(loop) }
        return .none
      }
      _ = try loop.runUntilComplete(.object(coroutine))
    }
  }

  // MARK: - Executors

  /// `run_in_executor` and `to_thread`: a future the call's result or exception completes. The
  /// call runs on the loop one turn later (Coil has no threads to hand it to).
  func runOffLoop(_ loop: EventLoopObject, _ function: Value, _ arguments: [Value], _ keywords: Keywords)
    -> FutureObject
  {
    let future = FutureObject(loop: loop, type: asyncioTypes.future)
    loop.callSoon(.native { [unowned self] () throws(PyError) in
      if future.isDone { return }
      do throws(PyError) {
        let result = try self.call(function, arguments, keywords)
        try future.setResult(result)
      } catch {
        if self.isExitException(error.exception) { throw error }
        try future.setException(error.exception)
      }
    })
    return future
  }

  // MARK: - sleep

  /// `asyncio.sleep(delay, result)`.
  func asyncioSleep(_ delay: Value, _ result: Value) throws(PyError) -> Value {
    let seconds = try floatArgument(delay)
    if result.isNone { return .object(SleepCoroutine(delay: seconds, type: asyncioTypes.coroutine)) }
    return .object(SleepResultCoroutine(delay: seconds, result: result, type: asyncioTypes.coroutine))
  }

  // MARK: - Deadlocks

  /// The report printed when no task can ever run again.
  func deadlockReport(_ loop: EventLoopObject) -> String {
    let waiting = loop.liveTasksInOrder.filter { !$0.isDone }
    guard !waiting.isEmpty else {
      return "deadlock: the event loop has nothing to run and nothing can wake it\n"
    }
    let count = waiting.count
    var text = "deadlock: \(count) task\(count == 1 ? " is" : "s are") waiting and nothing can wake \(count == 1 ? "it" : "them")\n"
    let graph = AwaitGraph(loop)
    for task in waiting {
      text += "\(taskLabel(task)) (\(task.coroutine.qualifiedName)()):\n"
      for entry in callStack(of: task).reversed() {
        text += "  File \"\(entry.code.info.source.name)\", line \(entry.line), in \(entry.code.name)\n"
        let source = entry.code.info.source.line(entry.line).trimmingPrefix { $0 == " " || $0 == "\t" }
        if !source.isEmpty { text += "    \(source)\n" }
      }
      if let waiter = task.waiter {
        text += "  waits for \(waitDescription(waiter))\n"
      } else {
        text += "  waits for nothing it could be woken by\n"
      }
    }
    if let cycle = waitCycle(graph) {
      text += cycle.count == 2
        ? "cycle: \(taskLabel(cycle[0])) waits for itself\n"
        : "cycle: " + cycle.map(taskLabel).joined(separator: " waits for ") + "\n"
    }
    return text
  }

  // MARK: - Reprs

  /// CPython's `_format_coroutine`: `main() running at x.py:5`.
  func coroutineDescription(_ c: CoroutineObject) -> String {
    let name = "\(c.qualifiedName)()"
    guard let location = c.location else {
      return c.state == .closed ? "\(name) done" : "\(name) running"
    }
    if c.state == .closed { return "\(name) done, defined at \(location.path):\(location.definedAt)" }
    return "\(name) running at \(location.path):\(location.line)"
  }

  func callbackDescription(_ callback: DoneCallback) -> String {
    switch callback {
    case .wakeup: return "Task.task_wakeup()"
    case .native(let n): return "\(n.name)()"
    case .python(let f): return functionSource(.object(f.function))
    }
  }

  /// `f() at x.py:3`, as asyncio names a callback.
  func functionSource(_ f: Value) -> String {
    if case .object(let o) = f {
      if let function = o as? FunctionObject {
        let code = function.code
        return "\(function.qualifiedName)() at \(code.info.source.name):\(code.headerRange.start.line)"
      }
      if let method = o as? BoundMethodObject { return functionSource(method.function) }
      if let builtin = o as? BuiltinFunctionObject { return "\(builtin.name)()" }
    }
    return ((try? repr(f)) ?? "?") + "()"
  }

  private func futureInfo(_ future: FutureObject) throws(PyError) -> [String] {
    var info = [future.state.rawValue.lowercased()]
    if future.state == .finished {
      if let e = future.exception {
        info.append("exception=\(try repr(.object(e)))")
      } else {
        info.append("result=\(try shortRepr(future.result))")
      }
    }
    let callbacks = future.callbacks
    if !callbacks.isEmpty {
      let names = callbacks.map(callbackDescription)
      let text: String
      switch names.count {
      case 1: text = names[0]
      case 2: text = "\(names[0]), \(names[1])"
      default: text = "\(names[0]), <\(names.count - 2) more>, \(names[names.count - 1])"
      }
      info.append("cb=[\(text)]")
    }
    return info
  }

  /// `reprlib.repr`: long results are shortened.
  private func shortRepr(_ value: Value) throws(PyError) -> String {
    let text = try repr(value)
    if text.count > 30 {
      return String(text.prefix(13)) + "..." + String(text.suffix(14))
    }
    return text
  }

  func futureRepr(_ future: FutureObject) throws(PyError) -> String {
    if let task = future as? TaskObject { return try taskRepr(task) }
    return "<Future \(try futureInfo(future).joined(separator: " "))>"
  }

  func taskRepr(_ task: TaskObject) throws(PyError) -> String {
    // Tasks awaiting each other would repeat forever through `wait_for=`.
    try guardRecursion(task, "...") { () throws(PyError) -> String in try taskReprInfo(task) }
  }

  private func taskReprInfo(_ task: TaskObject) throws(PyError) -> String {
    var info = try futureInfo(task)
    if task.cancelsRequested > 0 && !task.isDone { info[0] = "cancelling" }
    info.insert("name=\(try repr(task.name))", at: 1)
    info.insert("coro=<\(coroutineDescription(task.coroutine))>", at: 2)
    if let waiter = task.waiter { info.insert("wait_for=\(try futureRepr(waiter))", at: 3) }
    return "<Task \(info.joined(separator: " "))>"
  }

  func handleDescription(_ handle: HandleObject) throws(PyError) -> String {
    guard let action = handle.action else { return "<cancelled>" }
    switch action {
    case .call(let f, let args):
      let name = functionSource(f)
      if args.isEmpty { return name }
      var rendered: [String] = []
      for a in args { rendered.append(try repr(a)) }
      return name.replacing("()", with: "(\(rendered.joined(separator: ", ")))")
    case .native: return "<callback>()"
    }
  }

  /// How a callback in the ready queue is named in "Exception in callback ...".
  func workDescription(_ work: LoopWork) throws(PyError) -> String {
    switch work {
    case .handle(let handle): return try handleDescription(handle)
    case .done(let callback, let future):
      return callbackDescription(callback).replacing("()", with: "(\(try futureRepr(future)))")
    case .step: return "<TaskStepMethWrapper>()"
    case .sleep(let future): return "_set_result_unless_cancelled(\(try futureRepr(future)))"
    }
  }

  func workRepr(_ work: LoopWork) throws(PyError) -> String {
    if case .handle(let handle) = work { return try handleRepr(handle) }
    return "<Handle \(try workDescription(work))>"
  }

  func handleRepr(_ handle: HandleObject) throws(PyError) -> String {
    let kind = handle.isTimer ? "TimerHandle" : "Handle"
    var info: [String] = []
    if handle.cancelled { info.append("cancelled") }
    if handle.isTimer { info.append("when=\(pythonFloatRepr(handle.when))") }
    if handle.action != nil { info.append(try handleDescription(handle)) }
    return "<\(kind) \(info.joined(separator: " "))>"
  }
}
