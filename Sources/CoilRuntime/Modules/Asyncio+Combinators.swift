// asyncio's combinators with CPython 3.11's semantics, cancellation included: `gather`,
// `wait`, `wait_for`, `as_completed` and `shield`. Each registers the same done callbacks, in
// the same order, as CPython's tasks.py, so the loop runs them in the same turns.

import CoilSyntax

extension Interpreter {
  // MARK: - gather

  /// `asyncio.gather(*aws, return_exceptions=False)`.
  func gather(_ awaitables: [Value], returnExceptions: Bool) throws(PyError) -> FutureObject {
    if awaitables.isEmpty {
      let outer = FutureObject(loop: eventLoop(), type: asyncioTypes.future)
      try outer.setResult(makeList([]))
      return outer
    }
    var children: [FutureObject] = []
    var seen: [ObjectIdentifier: FutureObject] = [:]
    var count = 0
    var finished = 0
    var loop: EventLoopObject?
    weak var outerReference: GatheringFutureObject?
    let onDone = NativeCallback("gather.<locals>._done_callback") { [unowned self] child throws(PyError) in
      finished += 1
      guard let outer = outerReference, !outer.isDone else {
        if child.state != .cancelled { child.logTraceback = false }
        return
      }
      if !returnExceptions {
        if child.state == .cancelled {
          try outer.setException(child.makeCancelledError())
          return
        }
        if let e = child.exception {
          child.logTraceback = false
          try outer.setException(e)
          return
        }
      }
      guard finished == count else { return }
      var results: [Value] = []
      for c in outer.children {
        if c.state == .cancelled {
          let message: Value = c.cancelMessage.isNone ? self.str("") : c.cancelMessage
          results.append(.object(ExceptionObject(type: self.asyncioTypes.cancelledError, args: [message], dict: self.makeDict())))
        } else if let e = c.exception {
          c.logTraceback = false
          results.append(.object(e))
        } else {
          results.append(c.result)
        }
      }
      if outer.cancelRequested {
        try outer.setException(child.makeCancelledError())
      } else {
        try outer.setResult(self.makeList(results))
      }
    }
    for value in awaitables {
      let key: ObjectIdentifier? = value.asObject.map(ObjectIdentifier.init)
      if let key, let existing = seen[key] {
        children.append(existing)
        continue
      }
      let future = try ensureFuture(value, loop: loop)
      if loop == nil { loop = future.loop }
      count += 1
      if let key { seen[key] = future }
      future.addDoneCallback(.native(onDone))
      children.append(future)
    }
    let outer = GatheringFutureObject(loop: loop!, type: asyncioTypes.future)
    outer.children = children
    outerReference = outer
    onDone.owner = outer
    return outer
  }

  // MARK: - wait

  static let waitConstants = ["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"]

  /// `asyncio.wait(fs, timeout=None, return_when=ALL_COMPLETED)`.
  func wait(_ fs: Value, timeout: Value, returnWhen: Value) throws(PyError) -> Value {
    if case .object(let o) = fs, o is FutureObject || o is CoroutineObject {
      throw typeError("expect a list of futures, not \(typeName(fs))")
    }
    let items = try iterate(fs)
    if items.isEmpty { throw valueError("Set of Tasks/Futures is empty.") }
    let mode = (try? toStr(returnWhen)) ?? ""
    guard case .object(let m) = returnWhen, m is StrObject, Interpreter.waitConstants.contains(mode) else {
      throw valueError("Invalid return_when value: \(try toStr(returnWhen))")
    }
    let loop = try requireRunningLoop()
    var futures: [FutureObject] = []
    var seen: Set<ObjectIdentifier> = []
    for item in items {
      if case .object(let o) = item, o is CoroutineObject {
        throw typeError("Passing coroutines is forbidden, use tasks explicitly.")
      }
      let future = try ensureFuture(item, loop: loop)
      if seen.insert(ObjectIdentifier(future)).inserted { futures.append(future) }
    }
    let seconds: Double? = timeout.isNone ? nil : try floatArgument(timeout)
    return .object(
      NativeCoroutine(name: "wait", type: asyncioTypes.coroutine) { interp throws(PyError) in
        try await interp.waitFutures(futures, timeout: seconds, returnWhen: mode, loop: loop)
      })
  }

  /// CPython's `_wait`: returns the `(done, pending)` sets.
  func waitFutures(_ futures: [FutureObject], timeout: Double?, returnWhen: String, loop: EventLoopObject)
    async throws(PyError) -> Value
  {
    let waiter = FutureObject(loop: loop, type: asyncioTypes.future)
    var timeoutHandle: HandleObject?
    if let timeout {
      timeoutHandle = loop.callLater(timeout, .native { () throws(PyError) in
        if !waiter.isDone { try waiter.setResult(.none) }
      })
    }
    var counter = futures.count
    let onCompletion = NativeCallback("_wait.<locals>._on_completion") { f throws(PyError) in
      counter -= 1
      if counter <= 0 || returnWhen == "FIRST_COMPLETED"
        || (returnWhen == "FIRST_EXCEPTION" && f.state == .finished && f.exception != nil)
      {
        if let timeoutHandle { loop.cancel(timeoutHandle) }
        if !waiter.isDone { try waiter.setResult(.none) }
      }
    }
    for f in futures { f.addDoneCallback(.native(onCompletion)) }
    func cleanUp() {
      if let timeoutHandle { loop.cancel(timeoutHandle) }
      for f in futures {
        f.removeDoneCallback { if case .native(let n) = $0 { return n === onCompletion }; return false }
      }
    }
    do throws(PyError) {
      _ = try await waiter.wait(self)
    } catch {
      cleanUp()
      throw error
    }
    cleanUp()
    let done = makeSet()
    let pending = makeSet()
    for f in futures {
      try (f.isDone ? done : pending).add(.object(f), self)
    }
    return makeTuple([.object(done), .object(pending)])
  }

  func makeSet() -> SetObject {
    SetObject(type: types.set, frozen: false)
  }

  // MARK: - wait_for

  /// `asyncio.wait_for(aw, timeout)`, the 3.11 version.
  func waitFor(_ awaitable: Value, timeout: Value) throws(PyError) -> Value {
    let seconds: Double? = timeout.isNone ? nil : try floatArgument(timeout)
    return .object(
      NativeCoroutine(name: "wait_for", type: asyncioTypes.coroutine) { interp throws(PyError) in
        try await interp.runWaitFor(awaitable, seconds)
      })
  }

  private func runWaitFor(_ awaitable: Value, _ timeout: Double?) async throws(PyError) -> Value {
    let loop = try requireRunningLoop()
    guard let timeout else { return try await awaitValue(awaitable) }
    if timeout <= 0 {
      let future = try ensureFuture(awaitable, loop: loop)
      if future.isDone { return try future.resultValue() }
      try await cancelAndWait(future, loop)
      do throws(PyError) {
        return try future.resultValue()
      } catch {
        throw timeoutFrom(error)
      }
    }
    let waiter = FutureObject(loop: loop, type: asyncioTypes.future)
    let timeoutHandle = loop.callLater(timeout, .native { () throws(PyError) in
      if !waiter.isDone { try waiter.setResult(.none) }
    })
    defer { loop.cancel(timeoutHandle) }
    let release = NativeCallback("_release_waiter") { _ throws(PyError) in
      if !waiter.isDone { try waiter.setResult(.none) }
    }
    let future = try ensureFuture(awaitable, loop: loop)
    future.addDoneCallback(.native(release))
    let remove = { _ = future.removeDoneCallback { if case .native(let n) = $0 { return n === release }; return false } }
    do throws(PyError) {
      _ = try await waiter.wait(self)
    } catch {
      guard error.exception.type.isSubtype(of: asyncioTypes.cancelledError) else { throw error }
      if future.isDone { return try future.resultValue() }
      remove()
      try await cancelAndWait(future, loop)
      throw error
    }
    if future.isDone { return try future.resultValue() }
    remove()
    try await cancelAndWait(future, loop)
    do throws(PyError) {
      return try future.resultValue()
    } catch {
      throw timeoutFrom(error)
    }
  }

  /// `raise TimeoutError() from exc` when `exc` is a CancelledError.
  private func timeoutFrom(_ error: PyError) -> PyError {
    guard error.exception.type.isSubtype(of: asyncioTypes.cancelledError) else { return error }
    let timeout = ExceptionObject(type: exceptions["TimeoutError"]!, args: [], dict: makeDict())
    timeout.cause = .object(error.exception)
    timeout.suppressContext = true
    timeout.context = .object(error.exception)
    return PyError(timeout)
  }

  /// CPython's `_cancel_and_wait`: cancels `future` and waits until it is done.
  private func cancelAndWait(_ future: FutureObject, _ loop: EventLoopObject) async throws(PyError) {
    let waiter = FutureObject(loop: loop, type: asyncioTypes.future)
    let release = NativeCallback("_release_waiter") { _ throws(PyError) in
      if !waiter.isDone { try waiter.setResult(.none) }
    }
    future.addDoneCallback(.native(release))
    defer { future.removeDoneCallback { if case .native(let n) = $0 { return n === release }; return false } }
    _ = future.cancel(message: .none)
    _ = try await waiter.wait(self)
  }

  // MARK: - shield

  /// `asyncio.shield(aw)`.
  func shield(_ awaitable: Value) throws(PyError) -> FutureObject {
    let inner = try ensureFuture(awaitable)
    if inner.isDone { return inner }
    let outer = FutureObject(loop: inner.loop, type: asyncioTypes.future)
    let current = runningLoop?.currentTask
    if let current { inner.addAwaitedBy(current) }
    let innerDone = NativeCallback("shield.<locals>._inner_done_callback") { [weak outer] inner throws(PyError) in
      if let current { inner.discardAwaitedBy(current) }
      guard let outer else { return }
      if outer.state == .cancelled {
        if inner.state != .cancelled { inner.logTraceback = false }
        return
      }
      if inner.state == .cancelled {
        _ = outer.cancel(message: .none)
      } else if let e = inner.exception {
        inner.logTraceback = false
        try outer.setException(e)
      } else {
        try outer.setResult(inner.result)
      }
    }
    let outerDone = NativeCallback("shield.<locals>._outer_done_callback") { _ throws(PyError) in
      if !inner.isDone {
        inner.removeDoneCallback { if case .native(let n) = $0 { return n === innerDone }; return false }
      }
    }
    inner.addDoneCallback(.native(innerDone))
    outer.addDoneCallback(.native(outerDone))
    return outer
  }
}

// MARK: - as_completed

/// The iterator `asyncio.as_completed` returns: each step gives a coroutine that waits for the
/// next future to finish. It is also an async iterator, as in Python 3.13.
final class AsCompletedState {
  var futures: [Value]
  let timeout: Double?
  var started = false
  var remaining = 0
  /// The futures not finished yet, by identity (CPython's `todo` set).
  var todo: [ObjectIdentifier: FutureObject] = [:]
  /// Finished futures not yet handed out; nil marks a timeout.
  var done: [FutureObject?] = []
  var getters: [FutureObject] = []
  var timeoutHandle: HandleObject?
  var onCompletion: NativeCallback?

  init(futures: [Value], timeout: Double?) {
    self.futures = futures
    self.timeout = timeout
  }

  private func put(_ item: FutureObject?) throws(PyError) {
    done.append(item)
    while !getters.isEmpty {
      let getter = getters.removeFirst()
      if !getter.isDone {
        try getter.setResult(.none)
        break
      }
    }
  }

  private func start(_ interp: Interpreter) throws(PyError) {
    started = true
    let loop = interp.eventLoop()
    var ordered: [FutureObject] = []
    for value in futures {
      let future = try interp.ensureFuture(value, loop: loop)
      if todo.updateValue(future, forKey: ObjectIdentifier(future)) == nil { ordered.append(future) }
    }
    futures = []
    remaining = todo.count
    let completion = NativeCallback("as_completed.<locals>._on_completion") { [unowned self] f throws(PyError) in
      guard !self.todo.isEmpty else { return }
      self.todo.removeValue(forKey: ObjectIdentifier(f))
      try self.put(f)
      if self.todo.isEmpty, let h = self.timeoutHandle { loop.cancel(h) }
    }
    onCompletion = completion
    for f in ordered { f.addDoneCallback(.native(completion)) }
    if !todo.isEmpty, let timeout {
      timeoutHandle = loop.callLater(timeout, .native { [unowned self] () throws(PyError) in
        for f in self.todo.values {
          f.removeDoneCallback { if case .native(let n) = $0 { return n === completion }; return false }
          try self.put(nil)
        }
        self.todo.removeAll()
      })
    }
  }

  /// The next `_wait_for_one()` coroutine, or nil when every future has been handed out.
  func next(_ interp: Interpreter) throws(PyError) -> Value? {
    if !started { try start(interp) }
    guard remaining > 0 else { return nil }
    remaining -= 1
    return .object(
      NativeCoroutine(name: "_wait_for_one", qualifiedName: "as_completed.<locals>._wait_for_one", type: interp.asyncioTypes.coroutine) {
        [self] interp throws(PyError) in
        while self.done.isEmpty {
          let loop = try interp.requireRunningLoop()
          let getter = FutureObject(loop: loop, type: interp.asyncioTypes.future)
          self.getters.append(getter)
          do throws(PyError) {
            _ = try await getter.wait(interp)
          } catch {
            self.getters.removeAll { $0 === getter }
            throw error
          }
        }
        guard let f = self.done.removeFirst() else {
          throw PyError(ExceptionObject(type: interp.exceptions["TimeoutError"]!, args: [], dict: interp.makeDict()))
        }
        return try f.resultValue()
      })
  }
}
