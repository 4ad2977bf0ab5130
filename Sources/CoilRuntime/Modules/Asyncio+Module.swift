// The `asyncio` module's table and the methods of its objects.

import CoilSyntax

extension Interpreter {
  /// Adds a method whose arguments bind like a Python `def`'s; the receiver is checked first.
  func asyncMethod<T: PyObject>(
    _ t: TypeObject, _ name: String, _ receiverType: T.Type, _ positional: [String] = [],
    required: Int? = nil, keywordOnly: [String] = [],
    _ body: @escaping (Interpreter, T, BoundArguments) throws(PyError) -> Value
  ) {
    // Built once: a method call builds no strings.
    let signature = PythonSignature("\(t.name).\(name)", positional, required: required, keywordOnly: keywordOnly)
    let typeName = "\(t.moduleName).\(t.name)"
    define(t, name) { interp, args, kwargs throws(PyError) in
      guard case .object(let o)? = args.first, let me = o as? T else {
        throw interp.typeError(
          "descriptor '\(name)' for '\(typeName)' objects doesn't apply to a '\(args.first.map { interp.typeName($0) } ?? "nothing")' object")
      }
      let bound = try interp.bind(signature, args.dropFirst(), kwargs)
      return try body(interp, me, bound)
    }
  }

  /// Adds a method that returns a coroutine doing `body`'s work; `await obj.method(...)` runs
  /// the work in place instead (see `AwaitMethodCallStatement`).
  func asyncCoroutineMethod<T: PyObject>(
    _ t: TypeObject, _ name: String, _ receiverType: T.Type, _ positional: [String] = [],
    required: Int? = nil, qualifiedName: String,
    _ body: @escaping (Interpreter, T, BoundArguments) async throws(PyError) -> Value
  ) {
    asyncMethod(t, name, T.self, positional, required: required) { interp, me, bound in
      interp.asyncioCoroutine(qualifiedName) { interp throws(PyError) in try await body(interp, me, bound) }
    }
    let signature = PythonSignature("\(t.name).\(name)", positional, required: required)
    let typeName = "\(t.moduleName).\(t.name)"
    guard case .object(let o)? = t.dict.getString(self.name(name)), let method = o as? BuiltinFunctionObject else { return }
    method.asyncBody = { interp, args, kwargs throws(PyError) in
      guard case .object(let o)? = args.first, let me = o as? T else {
        throw interp.typeError(
          "descriptor '\(name)' for '\(typeName)' objects doesn't apply to a '\(args.first.map { interp.typeName($0) } ?? "nothing")' object")
      }
      return try await body(interp, me, try interp.bind(signature, args.dropFirst(), kwargs))
    }
  }

  /// The `context=` keyword of `call_soon` and its kin (the only one they take), or a copy of
  /// the current context.
  private func callbackContext(_ kwargs: Keywords, _ name: String) throws(PyError) -> ContextObject? {
    var given: Value?
    for (key, value) in kwargs {
      guard key == "context" else {
        throw typeError("BaseEventLoop.\(name)() got an unexpected keyword argument '\(key)'")
      }
      given = value
    }
    return try contextForNewTask(given ?? .none)
  }

  /// `g.__next__()` and `g.send(v)` called on a generator: the call keeps the receiver alive,
  /// so it is read without a retain.
  func sendToGenerator(receiver: Value, _ how: GeneratorResume, _ method: String) throws(PyError) -> Value {
    guard let unretained = receiver.unretainedObject,
      unretained._withUnsafeGuaranteedRef({ Swift.type(of: $0) == GeneratorObject.self })
    else {
      throw typeError("descriptor '\(method)' for 'generator' objects doesn't apply to a '\(typeName(receiver))' object")
    }
    return try unretained.run { o throws(PyError) in
      try sendToGenerator(unsafeDowncast(o, to: GeneratorObject.self), how)
    }
  }

  /// `call_soon(callback, *args)`-style arguments after the receiver and leading ones.
  private func callbackArguments(_ args: [Value], from index: Int, _ name: String) throws(PyError) -> (Value, [Value]) {
    guard args.count > index else {
      throw typeError("\(name)() missing required positional argument: 'callback'")
    }
    let callback = args[index]
    if !isCallable(callback) {
      throw typeError("a callable object was expected by \(name)(), got \(try repr(callback))")
    }
    return (callback, Array(args[(index + 1)...]))
  }

  func makeAsyncioModule() -> ModuleObject {
    let t = asyncioTypes
    let m = makeModule("asyncio", [
      ("run", { interp, args, kwargs throws(PyError) in
        let bound = try interp.bind(PythonSignature("run", ["main"], keywordOnly: ["debug"], isMethod: false), args[...], kwargs)
        return try interp.asyncioRun(bound["main"]!, debug: bound["debug"] ?? .none)
      }),
      ("sleep", { interp, args, kwargs throws(PyError) in
        let bound = try interp.bind(PythonSignature("sleep", ["delay", "result"], required: 1, isMethod: false), args[...], kwargs)
        return try interp.asyncioSleep(bound["delay"]!, bound["result"] ?? .none)
      }),
      ("create_task", { interp, args, kwargs throws(PyError) in
        let bound = try interp.bind(PythonSignature("create_task", ["coro"], keywordOnly: ["name", "context"], isMethod: false), args[...], kwargs)
        let loop: EventLoopObject
        do throws(PyError) { loop = try interp.requireRunningLoop() } catch {
          if case .object(let o) = bound["coro"]!, let c = o as? CoroutineObject { c.state = .closed }
          throw error
        }
        // asyncio.create_task names the task after making it, so a name= still uses a number.
        let task = try interp.createTask(bound["coro"]!, context: bound["context"] ?? .none, loop: loop)
        if let name = bound["name"], !name.isNone { task.customName = try interp.toStrObject(name) }
        return .object(task)
      }),
      ("ensure_future", { interp, args, kwargs throws(PyError) in
        let bound = try interp.bind(PythonSignature("ensure_future", ["coro_or_future"], keywordOnly: ["loop"], isMethod: false), args[...], kwargs)
        var loop: EventLoopObject?
        if case .object(let o)? = bound["loop"], let l = o as? EventLoopObject { loop = l }
        return .object(try interp.ensureFuture(bound["coro_or_future"]!, loop: loop))
      }),
      ("gather", { interp, args, kwargs throws(PyError) in
        var returnExceptions = false
        for (key, value) in kwargs {
          guard key == "return_exceptions" else {
            throw interp.typeError("gather() got an unexpected keyword argument '\(key)'")
          }
          returnExceptions = try interp.isTrue(value)
        }
        return .object(try interp.gather(args, returnExceptions: returnExceptions))
      }),
      ("wait", { interp, args, kwargs throws(PyError) in
        let bound = try interp.bind(PythonSignature("wait", ["fs"], keywordOnly: ["timeout", "return_when"], isMethod: false), args[...], kwargs)
        return try interp.wait(bound["fs"]!, timeout: bound["timeout"] ?? .none, returnWhen: bound["return_when"] ?? interp.str("ALL_COMPLETED"))
      }),
      ("wait_for", { interp, args, kwargs throws(PyError) in
        let bound = try interp.bind(PythonSignature("wait_for", ["fut", "timeout"], isMethod: false), args[...], kwargs)
        return try interp.waitFor(bound["fut"]!, timeout: bound["timeout"]!)
      }),
      ("as_completed", { interp, args, kwargs throws(PyError) in
        let bound = try interp.bind(PythonSignature("as_completed", ["fs"], keywordOnly: ["timeout"], isMethod: false), args[...], kwargs)
        let fs = bound["fs"]!
        if case .object(let o) = fs, o is FutureObject || o is CoroutineObject {
          throw interp.typeError("expect an iterable of futures, not \(interp.typeName(fs))")
        }
        let timeout = bound["timeout"] ?? .none
        let state = AsCompletedState(
          futures: try interp.iterate(fs), timeout: timeout.isNone ? nil : try interp.floatArgument(timeout))
        return .object(IteratorObject(type: interp.asyncioTypes.asCompleted) { interp throws(PyError) in
          try state.next(interp)
        })
      }),
      ("shield", { interp, args, kwargs throws(PyError) in
        let bound = try interp.bind(PythonSignature("shield", ["arg"], isMethod: false), args[...], kwargs)
        return .object(try interp.shield(bound["arg"]!))
      }),
      ("to_thread", { interp, args, kwargs throws(PyError) in
        guard let function = args.first else {
          throw interp.typeError("to_thread() missing 1 required positional argument: 'func'")
        }
        let arguments = Array(args.dropFirst())
        return .object(NativeCoroutine(name: "to_thread", type: interp.asyncioTypes.coroutine) { interp throws(PyError) in
          let future = interp.runOffLoop(try interp.requireRunningLoop(), function, arguments, kwargs)
          return try await future.wait(interp)
        })
      }),
      ("capture_call_graph", { interp, args, kwargs throws(PyError) in
        let bound = try interp.bind(PythonSignature("capture_call_graph", ["future"], required: 0, keywordOnly: ["depth", "limit"], isMethod: false), args[...], kwargs)
        guard let graph = try interp.captureCallGraph(bound["future"] ?? .none, depth: bound["depth"] ?? .none, limit: bound["limit"] ?? .none) else { return .none }
        return interp.callGraphObject(graph)
      }),
      ("format_call_graph", { interp, args, kwargs throws(PyError) in
        let bound = try interp.bind(PythonSignature("format_call_graph", ["future"], required: 0, keywordOnly: ["depth", "limit"], isMethod: false), args[...], kwargs)
        guard let graph = try interp.captureCallGraph(bound["future"] ?? .none, depth: bound["depth"] ?? .none, limit: bound["limit"] ?? .none) else { return interp.str("") }
        return interp.str(interp.formatCallGraph(graph))
      }),
      ("print_call_graph", { interp, args, kwargs throws(PyError) in
        let bound = try interp.bind(PythonSignature("print_call_graph", ["future"], required: 0, keywordOnly: ["file", "depth", "limit"], isMethod: false), args[...], kwargs)
        let graph = try interp.captureCallGraph(bound["future"] ?? .none, depth: bound["depth"] ?? .none, limit: bound["limit"] ?? .none)
        let text = graph.map { interp.formatCallGraph($0) } ?? ""
        try interp.writeText(text + "\n", to: bound["file"] ?? .none)
        return .none
      }),
      ("timeout", { interp, args, kwargs throws(PyError) in
        let bound = try interp.bind(PythonSignature("timeout", ["delay"], isMethod: false), args[...], kwargs)
        let loop = try interp.requireRunningLoop()
        let delay = bound["delay"]!
        let when: Double? = delay.isNone ? nil : loop.time() + (try interp.floatArgument(delay))
        return .object(TimeoutObject(when: when, type: interp.asyncioTypes.timeout))
      }),
      ("timeout_at", { interp, args, kwargs throws(PyError) in
        let bound = try interp.bind(PythonSignature("timeout_at", ["when"], isMethod: false), args[...], kwargs)
        let when = bound["when"]!
        return .object(TimeoutObject(when: when.isNone ? nil : try interp.floatArgument(when), type: interp.asyncioTypes.timeout))
      }),
      ("get_running_loop", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("get_running_loop", args, min: 0, max: 0, kwargs)
        return .object(try interp.requireRunningLoop())
      }),
      ("get_event_loop", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("get_event_loop", args, min: 0, max: 0, kwargs)
        return .object(interp.eventLoop())
      }),
      ("new_event_loop", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("new_event_loop", args, min: 0, max: 0, kwargs)
        return .object(interp.newEventLoop())
      }),
      ("set_event_loop", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("set_event_loop", args, min: 1, max: 1, kwargs)
        if args[0].isNone {
          interp.currentLoop = nil
        } else if case .object(let o) = args[0], let loop = o as? EventLoopObject {
          interp.currentLoop = loop
        } else {
          throw interp.typeError("loop must be an instance of AbstractEventLoop or None, not '\(interp.typeName(args[0]))'")
        }
        return .none
      }),
      ("current_task", { interp, args, kwargs throws(PyError) in
        let bound = try interp.bind(PythonSignature("current_task", ["loop"], required: 0, isMethod: false), args[...], kwargs)
        var loop = interp.runningLoop
        if case .object(let o)? = bound["loop"], let l = o as? EventLoopObject { loop = l }
        guard let loop else { throw interp.error("RuntimeError", "no running event loop") }
        return loop.currentTask.map { .object($0) } ?? .none
      }),
      ("all_tasks", { interp, args, kwargs throws(PyError) in
        let bound = try interp.bind(PythonSignature("all_tasks", ["loop"], required: 0, isMethod: false), args[...], kwargs)
        var loop = interp.runningLoop
        if case .object(let o)? = bound["loop"], let l = o as? EventLoopObject { loop = l }
        guard let loop else { throw interp.error("RuntimeError", "no running event loop") }
        let result = interp.makeSet()
        for task in loop.liveTasksInOrder where !task.isDone { try result.add(.object(task), interp) }
        return .object(result)
      }),
      ("iscoroutine", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("iscoroutine", args, min: 1, max: 1, kwargs)
        return .bool(args[0].asObject is CoroutineObject)
      }),
      ("iscoroutinefunction", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("iscoroutinefunction", args, min: 1, max: 1, kwargs)
        var target = args[0]
        if case .object(let o) = target, let m = o as? BoundMethodObject { target = m.function }
        if case .object(let o) = target, let f = o as? FunctionObject { return .bool(f.code.isAsync) }
        return .bool(false)
      }),
      ("isfuture", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("isfuture", args, min: 1, max: 1, kwargs)
        return .bool(args[0].asObject is FutureObject)
      }),
    ])
    m.set("Future", .object(t.future))
    m.set("Task", .object(t.task))
    m.set("Handle", .object(t.handle))
    m.set("TimerHandle", .object(t.timerHandle))
    m.set("TaskGroup", .object(t.taskGroup))
    m.set("Timeout", .object(t.timeout))
    m.set("CancelledError", .object(t.cancelledError))
    m.set("InvalidStateError", .object(t.invalidStateError))
    m.set("TimeoutError", .object(exceptions["TimeoutError"]!))
    for type in [
      t.lock, t.event, t.condition, t.semaphore, t.boundedSemaphore, t.barrier, t.queue,
      t.priorityQueue, t.lifoQueue, t.queueEmpty, t.queueFull, t.queueShutDown,
      t.brokenBarrierError,
    ] { m.set(type.name, .object(type)) }
    for name in Interpreter.waitConstants { m.set(name, str(name)) }
    return m
  }

  // MARK: - Futures and tasks

  /// The types of asyncio's objects, coroutines and generators, with their methods.
  func makeAsyncioTypes() -> AsyncioTypes {
    let t = AsyncioTypes(self)
    setUpFutureMethods(t)
    setUpLoopMethods(t)
    setUpGroupMethods(t)
    setUpLockMethods(t)
    setUpQueueMethods(t)
    setUpGraphMethods(t)
    setUpAsyncGeneratorMethods(t)
    return t
  }

  private func setUpFutureMethods(_ t: AsyncioTypes) {
    setConstructor(t.future) { interp, args, kwargs throws(PyError) in
      let bound = try interp.bind(PythonSignature("Future", [], keywordOnly: ["loop"], isMethod: false), args.dropFirst(), kwargs)
      var loop = interp.eventLoop()
      if case .object(let o)? = bound["loop"], let l = o as? EventLoopObject { loop = l }
      return .object(FutureObject(loop: loop, type: interp.asyncioTypes.future))
    }
    setConstructor(t.task) { interp, args, kwargs throws(PyError) in
      let bound = try interp.bind(PythonSignature("Task", ["coro"], keywordOnly: ["loop", "name", "context"], isMethod: false), args.dropFirst(), kwargs)
      var loop = interp.eventLoop()
      if case .object(let o)? = bound["loop"], let l = o as? EventLoopObject { loop = l }
      return .object(try interp.createTask(bound["coro"]!, name: bound["name"] ?? .none, context: bound["context"] ?? .none, loop: loop))
    }
    setConstructor(t.coroutine) { interp, _, _ throws(PyError) in
      throw interp.typeError("cannot create 'coroutine' instances")
    }
    asyncMethod(t.future, "__init__", FutureObject.self, keywordOnly: ["loop"]) { _, _, _ in .none }
    asyncMethod(t.future, "result", FutureObject.self) { _, f, _ throws(PyError) in try f.resultValue() }
    asyncMethod(t.future, "exception", FutureObject.self) { _, f, _ throws(PyError) in try f.exceptionValue() }
    asyncMethod(t.future, "done", FutureObject.self) { _, f, _ in .bool(f.isDone) }
    asyncMethod(t.future, "cancelled", FutureObject.self) { _, f, _ in .bool(f.state == .cancelled) }
    asyncMethod(t.future, "get_loop", FutureObject.self) { _, f, _ in .object(f.loop) }
    asyncMethod(t.future, "cancel", FutureObject.self, ["msg"], required: 0) { _, f, bound in
      .bool(f.cancel(message: bound["msg"] ?? .none))
    }
    asyncMethod(t.future, "set_result", FutureObject.self, ["result"]) { interp, f, bound throws(PyError) in
      if f is TaskObject { throw interp.error("RuntimeError", "Task does not support set_result operation") }
      guard !f.isDone else {
        throw interp.error("InvalidStateError", "invalid state")
      }
      try f.setResult(bound["result"]!)
      return .none
    }
    asyncMethod(t.future, "set_exception", FutureObject.self, ["exception"]) { interp, f, bound throws(PyError) in
      if f is TaskObject { throw interp.error("RuntimeError", "Task does not support set_exception operation") }
      guard !f.isDone else { throw interp.error("InvalidStateError", "invalid state") }
      var value = bound["exception"]!
      if case .object(let o) = value, let type = o as? TypeObject, type.isBaseException {
        value = try interp.call(value, [])
      }
      guard case .object(let o) = value, let e = o as? ExceptionObject else {
        throw interp.typeError("exception must be an exception instance, not \(interp.typeName(value))")
      }
      try f.setException(e)
      return .none
    }
    asyncMethod(t.future, "add_done_callback", FutureObject.self, ["fn"], keywordOnly: ["context"]) { interp, f, bound throws(PyError) in
      let fn = bound["fn"]!
      guard case .object(let callable) = fn, interp.isCallable(fn) else {
        throw interp.typeError("'\(interp.typeName(fn))' object is not callable")
      }
      f.addDoneCallback(.python(ContextCallback(callable, context: try interp.contextForNewTask(bound["context"] ?? .none))))
      return .none
    }
    asyncMethod(t.future, "remove_done_callback", FutureObject.self, ["fn"]) { interp, f, bound throws(PyError) in
      let fn = bound["fn"]!
      let removed = try f.removeDoneCallback { (c: DoneCallback) throws(PyError) -> Bool in
        if case .python(let g) = c { return try interp.equal(.object(g.function), fn) }
        return false
      }
      return .int(removed)
    }
    asyncMethod(t.task, "get_name", TaskObject.self) { _, task, _ in task.name }
    asyncMethod(t.task, "set_name", TaskObject.self, ["value"]) { interp, task, bound throws(PyError) in
      task.customName = try interp.toStrObject(bound["value"]!)
      return .none
    }
    asyncMethod(t.task, "get_coro", TaskObject.self) { _, task, _ in .object(task.coroutine) }
    asyncMethod(t.task, "get_context", TaskObject.self) { interp, task, _ in
      if let context = task.context { return .object(context) }
      let made = ContextObject(type: interp.contextTypes.context)
      task.context = made
      return .object(made)
    }
    asyncMethod(t.task, "cancelling", TaskObject.self) { _, task, _ in .int(Int(task.cancelsRequested)) }
    asyncMethod(t.task, "uncancel", TaskObject.self) { _, task, _ in .int(task.uncancel()) }
    setConstructor(t.generator) { interp, _, _ throws(PyError) in
      throw interp.typeError("cannot create 'generator' instances")
    }
    define(t.generator, "__iter__") { _, args, _ in args[0] }
    // `__next__` and `send` are called in loops; they check their arguments without binding.
    define(
      t.generator, "__next__",
      unary: { interp, receiver throws(PyError) in
        try interp.sendToGenerator(receiver: receiver, .send(.none), "__next__")
      }
    ) { interp, args, kwargs throws(PyError) in
      let g = try interp.receiver(args, GeneratorObject.self, "__next__", "generator")
      if args.count != 1 || !kwargs.isEmpty { throw interp.typeError("expected 0 arguments, got \(args.count - 1 + kwargs.count)") }
      return try interp.sendToGenerator(g, .send(.none))
    }
    define(
      t.generator, "send",
      withOneArgument: { interp, receiver, value throws(PyError) in
        try interp.sendToGenerator(receiver: receiver, .send(value), "send")
      }
    ) { interp, args, kwargs throws(PyError) in
      let g = try interp.receiver(args, GeneratorObject.self, "send", "generator")
      guard args.count == 2, kwargs.isEmpty else {
        if !kwargs.isEmpty { throw interp.typeError("generator.send() takes no keyword arguments") }
        throw interp.typeError("generator.send() takes exactly one argument (\(args.count - 1) given)")
      }
      return try interp.sendToGenerator(g, .send(args[1]))
    }
    asyncMethod(t.generator, "close", GeneratorObject.self) { interp, g, _ throws(PyError) in
      try g.close(interp)
      return .none
    }
    define(t.generator, "throw") { interp, args, kwargs throws(PyError) in
      let g = try interp.receiver(args, GeneratorObject.self, "throw", "generator")
      guard args.count >= 2, args.count <= 4, kwargs.isEmpty else {
        throw interp.typeError("throw expected at least 1 argument, got \(max(args.count - 1, 0))")
      }
      let exception = try interp.exceptionToThrow(args[1], args.count > 2 ? args[2] : .none)
      return try interp.sendToGenerator(g, .throwIn(exception))
    }
    asyncMethod(t.coroutine, "close", CoroutineObject.self) { interp, c, _ throws(PyError) in
      if let driver = c.driver {
        try driver.close(interp)
        c.state = .closed
      } else if c.state == .created {
        c.state = .closed
      }
      return .none
    }
    // `yield from future` in a generator-based `__await__`: the future itself, then its result.
    for name in ["__await__", "__iter__"] {
      asyncMethod(t.future, name, FutureObject.self) { interp, future, _ in
        var yielded = false
        return .object(IteratorObject(type: interp.asyncioTypes.futureIterator) { interp throws(PyError) in
          if !yielded && !future.isDone {
            yielded = true
            future.blocking = true
            return .object(future)
          }
          if !future.isDone { throw interp.error("RuntimeError", "await wasn't used with future") }
          let result = try future.resultValue()
          throw PyError(ExceptionObject(
            type: interp.stopIterationType, args: result.isNone ? [] : [result], dict: interp.makeDict()))
        })
      }
    }
    asyncMethod(t.coroutine, "send", CoroutineObject.self, ["value"]) { interp, c, bound throws(PyError) in
      try interp.driver(of: c).step(.send(bound["value"]!))
    }
    define(t.coroutine, "throw") { interp, args, kwargs throws(PyError) in
      let c = try interp.receiver(args, CoroutineObject.self, "throw", "coroutine")
      guard args.count >= 2, args.count <= 4, kwargs.isEmpty else {
        throw interp.typeError("throw expected at least 1 argument, got \(max(args.count - 1, 0))")
      }
      let exception = try interp.exceptionToThrow(args[1], args.count > 2 ? args[2] : .none)
      return try interp.driver(of: c).step(.throwIn(exception))
    }
    asyncMethod(t.coroutine, "__await__", CoroutineObject.self) { interp, c, _ throws(PyError) in
      .object(try interp.driver(of: c))
    }
    let wrapper = t.coroutineWrapper
    define(wrapper, "__iter__") { _, args, _ in args[0] }
    asyncMethod(wrapper, "__next__", CoroutineDriver.self) { _, d, _ throws(PyError) in try d.step(.send(.none)) }
    asyncMethod(wrapper, "send", CoroutineDriver.self, ["value"]) { _, d, bound throws(PyError) in
      try d.step(.send(bound["value"]!))
    }
    define(wrapper, "throw") { interp, args, kwargs throws(PyError) in
      let d = try interp.receiver(args, CoroutineDriver.self, "throw", "coroutine_wrapper")
      guard args.count >= 2, args.count <= 4, kwargs.isEmpty else {
        throw interp.typeError("throw expected at least 1 argument, got \(max(args.count - 1, 0))")
      }
      return try d.step(.throwIn(try interp.exceptionToThrow(args[1], args.count > 2 ? args[2] : .none)))
    }
    asyncMethod(wrapper, "close", CoroutineDriver.self) { interp, d, _ throws(PyError) in
      try d.close(interp)
      d.coroutine?.state = .closed
      return .none
    }
  }

  // MARK: - Loops and handles

  private func setUpLoopMethods(_ t: AsyncioTypes) {
    asyncMethod(t.loop, "run_until_complete", EventLoopObject.self, ["future"]) { _, loop, bound throws(PyError) in
      try loop.runUntilComplete(bound["future"]!)
    }
    asyncMethod(t.loop, "run_forever", EventLoopObject.self) { _, loop, _ throws(PyError) in
      try loop.runForever()
      return .none
    }
    asyncMethod(t.loop, "stop", EventLoopObject.self) { _, loop, _ in
      loop.stopping = true
      return .none
    }
    asyncMethod(t.loop, "close", EventLoopObject.self) { interp, loop, _ throws(PyError) in
      if loop.isRunning { throw interp.error("RuntimeError", "Cannot close a running event loop") }
      loop.isClosed = true
      loop.ready.removeAll()
      loop.scheduled.removeAll()
      return .none
    }
    asyncMethod(t.loop, "is_running", EventLoopObject.self) { _, loop, _ in .bool(loop.isRunning) }
    asyncMethod(t.loop, "is_closed", EventLoopObject.self) { _, loop, _ in .bool(loop.isClosed) }
    asyncMethod(t.loop, "time", EventLoopObject.self) { _, loop, _ in .float(loop.time()) }
    asyncMethod(t.loop, "get_debug", EventLoopObject.self) { _, loop, _ in .bool(loop.debug) }
    asyncMethod(t.loop, "set_debug", EventLoopObject.self, ["enabled"]) { interp, loop, bound throws(PyError) in
      loop.debug = try interp.isTrue(bound["enabled"]!)
      return .none
    }
    asyncMethod(t.loop, "create_future", EventLoopObject.self) { interp, loop, _ in
      .object(FutureObject(loop: loop, type: interp.asyncioTypes.future))
    }
    asyncMethod(t.loop, "create_task", EventLoopObject.self, ["coro"], keywordOnly: ["name", "context"]) { interp, loop, bound throws(PyError) in
      .object(try interp.createTask(bound["coro"]!, name: bound["name"] ?? .none, context: bound["context"] ?? .none, loop: loop))
    }
    asyncMethod(t.loop, "set_exception_handler", EventLoopObject.self, ["handler"]) { interp, loop, bound throws(PyError) in
      let handler = bound["handler"]!
      if !handler.isNone && !interp.isCallable(handler) {
        throw interp.typeError("A callable object or None is expected, got \(try interp.repr(handler))")
      }
      loop.exceptionHandler = handler
      return .none
    }
    asyncMethod(t.loop, "get_exception_handler", EventLoopObject.self) { _, loop, _ in loop.exceptionHandler }
    asyncMethod(t.loop, "shutdown_asyncgens", EventLoopObject.self) { interp, _, _ in
      .object(NativeCoroutine(name: "shutdown_asyncgens", qualifiedName: "BaseEventLoop.shutdown_asyncgens", type: interp.asyncioTypes.coroutine) { _ in .none })
    }
    define(t.loop, "call_soon") { interp, args, kwargs throws(PyError) in
      let loop = try interp.receiver(args, EventLoopObject.self, "call_soon", "BaseEventLoop")
      let (callback, arguments) = try interp.callbackArguments(args, from: 1, "call_soon")
      let context = try interp.callbackContext(kwargs, "call_soon")
      if loop.isClosed { throw interp.error("RuntimeError", "Event loop is closed") }
      return .object(loop.callSoon(.call(callback, arguments), context: context))
    }
    // Coil runs one thread: the "executor" runs the call on the loop, one turn after it was
    // asked for, so the loop waits while it runs (see README: Not yet).
    define(t.loop, "run_in_executor") { interp, args, kwargs throws(PyError) in
      let loop = try interp.receiver(args, EventLoopObject.self, "run_in_executor", "BaseEventLoop")
      guard args.count >= 3, kwargs.isEmpty else {
        throw interp.typeError("run_in_executor() missing 2 required positional arguments: 'executor' and 'func'")
      }
      if loop.isClosed { throw interp.error("RuntimeError", "Event loop is closed") }
      return .object(interp.runOffLoop(loop, args[2], Array(args.dropFirst(3)), []))
    }
    define(t.loop, "call_later") { interp, args, kwargs throws(PyError) in
      let loop = try interp.receiver(args, EventLoopObject.self, "call_later", "BaseEventLoop")
      guard args.count > 1 else { throw interp.typeError("call_later() missing required positional argument: 'delay'") }
      let delay = try interp.floatArgument(args[1])
      let (callback, arguments) = try interp.callbackArguments(args, from: 2, "call_later")
      let context = try interp.callbackContext(kwargs, "call_later")
      return .object(loop.callLater(delay, .call(callback, arguments), context: context))
    }
    define(t.loop, "call_at") { interp, args, kwargs throws(PyError) in
      let loop = try interp.receiver(args, EventLoopObject.self, "call_at", "BaseEventLoop")
      guard args.count > 1 else { throw interp.typeError("call_at() missing required positional argument: 'when'") }
      let when = try interp.floatArgument(args[1])
      let (callback, arguments) = try interp.callbackArguments(args, from: 2, "call_at")
      let context = try interp.callbackContext(kwargs, "call_at")
      return .object(loop.callAt(when, .call(callback, arguments), context: context))
    }
    asyncMethod(t.handle, "cancel", HandleObject.self) { interp, handle, _ in
      if let loop = interp.runningLoop ?? interp.currentLoop { loop.cancel(handle) } else { handle.cancelled = true }
      return .none
    }
    asyncMethod(t.handle, "cancelled", HandleObject.self) { _, handle, _ in .bool(handle.cancelled) }
    asyncMethod(t.timerHandle, "when", HandleObject.self) { _, handle, _ in .float(handle.when) }
    define(t.asCompleted, "__aiter__") { _, args, _ in args[0] }
    define(t.asCompleted, "__anext__") { interp, args, _ throws(PyError) in
      guard case .object(let o)? = args.first, let it = o as? IteratorObject else { return .none }
      guard let next = try it.next(interp) else {
        throw PyError(ExceptionObject(type: interp.stopAsyncIterationType, args: [], dict: interp.makeDict()))
      }
      return next
    }
  }

  // MARK: - TaskGroup and Timeout

  private func setUpGroupMethods(_ t: AsyncioTypes) {
    setConstructor(t.taskGroup) { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("TaskGroup", Array(args.dropFirst()), min: 0, max: 0, kwargs)
      return .object(TaskGroupObject(type: interp.asyncioTypes.taskGroup))
    }
    asyncMethod(t.taskGroup, "__aenter__", TaskGroupObject.self) { interp, group, _ in
      .object(NativeCoroutine(name: "__aenter__", qualifiedName: "TaskGroup.__aenter__", type: interp.asyncioTypes.coroutine) { interp throws(PyError) in
        try group.enter(interp)
      })
    }
    asyncMethod(t.taskGroup, "__aexit__", TaskGroupObject.self, ["et", "exc", "tb"]) { interp, group, bound in
      let exception = bound["exc"]!.asObject as? ExceptionObject
      return .object(NativeCoroutine(name: "__aexit__", qualifiedName: "TaskGroup.__aexit__", type: interp.asyncioTypes.coroutine) { interp throws(PyError) in
        try await group.exit(interp, exception)
      })
    }
    asyncMethod(t.taskGroup, "create_task", TaskGroupObject.self, ["coro"], keywordOnly: ["name", "context"]) { interp, group, bound throws(PyError) in
      .object(try group.createTask(interp, bound["coro"]!, name: bound["name"] ?? .none, context: bound["context"] ?? .none))
    }
    asyncMethod(t.timeout, "__aenter__", TimeoutObject.self) { interp, timeout, _ in
      .object(NativeCoroutine(name: "__aenter__", qualifiedName: "Timeout.__aenter__", type: interp.asyncioTypes.coroutine) { interp throws(PyError) in
        try timeout.enter(interp)
      })
    }
    asyncMethod(t.timeout, "__aexit__", TimeoutObject.self, ["exc_type", "exc_val", "exc_tb"]) { interp, timeout, bound in
      let exception = bound["exc_val"]!.asObject as? ExceptionObject
      return .object(NativeCoroutine(name: "__aexit__", qualifiedName: "Timeout.__aexit__", type: interp.asyncioTypes.coroutine) { interp throws(PyError) in
        try timeout.exit(interp, exception)
      })
    }
    asyncMethod(t.timeout, "when", TimeoutObject.self) { _, timeout, _ in timeout.when.map { .float($0) } ?? .none }
    asyncMethod(t.timeout, "expired", TimeoutObject.self) { _, timeout, _ in
      .bool(timeout.state == .expiring || timeout.state == .expired)
    }
    asyncMethod(t.timeout, "reschedule", TimeoutObject.self, ["when"]) { interp, timeout, bound throws(PyError) in
      let when = bound["when"]!
      try timeout.reschedule(interp, when.isNone ? nil : try interp.floatArgument(when))
      return .none
    }
  }

  /// The repr of asyncio's objects.
  func asyncioRepr(_ o: PyObject) throws(PyError) -> String? {
    switch o {
    case let task as TaskObject: return try taskRepr(task)
    case let future as FutureObject: return try futureRepr(future)
    case let c as CoroutineObject: return coroutineRepr(c)
    case let g as GeneratorObject: return "<generator object \(g.qualifiedName) at \(addressText(g))>"
    case let g as AsyncGeneratorObject: return "<async_generator object \(g.qualifiedName) at \(addressText(g))>"
    case let h as HandleObject: return try handleRepr(h)
    case let g as TaskGroupObject: return g.repr()
    case let t as TimeoutObject: return t.repr()
    case let q as QueueObject: return try q.repr(self)
    case let loop as EventLoopObject:
      return "<_UnixSelectorEventLoop running=\(loop.isRunning ? "True" : "False") closed=\(loop.isClosed ? "True" : "False") debug=\(loop.debug ? "True" : "False")>"
    default: return lockRepr(o)
    }
  }
}
