// Futures and tasks, with the semantics of CPython 3.11's `_asyncio.Future` and
// `_asyncio.Task`: one callback list per future in registration order, done callbacks always
// scheduled with `call_soon`, a task's first step only scheduled by `create_task`, and the
// cancellation bookkeeping (`cancel`, `cancelling`, `uncancel`, `_must_cancel`) of
// `Task.__step`.

import CoilSyntax

/// `asyncio.Future`.
class FutureObject: PyObject {
  enum State: String {
    case pending = "PENDING"
    case cancelled = "CANCELLED"
    case finished = "FINISHED"
  }

  // Fields are ordered so one-byte ones fill the padding after `Value`s: a parked task holds a
  // few futures, and their size counts toward its memory.
  let loop: EventLoopObject
  var exception: ExceptionObject?
  var result: Value = .none
  var state = State.pending
  /// An exception nobody retrieved is reported when the future is dropped.
  var logTraceback = false
  /// `_asyncio_future_blocking`: set by `__await__` as it yields the future, so a task can
  /// tell `yield from future` from a bare `yield future`.
  var blocking = false
  /// What few futures need, kept apart so every future stays small.
  private var extras: FutureExtras?

  /// The lock, event, condition, semaphore or queue this future is a waiter of, which a
  /// deadlock report names.
  var owner: PyObject? {
    get { extras?.owner }
    set {
      if newValue == nil && extras == nil { return }
      extrasMade().owner = newValue
    }
  }

  /// The `except` blocks a task was inside when it suspended (tasks only).
  var handlingWhileSuspended: [ExceptionObject]? {
    get { extras?.handling }
    set {
      if newValue == nil && extras == nil { return }
      extrasMade().handling = newValue
    }
  }

  /// The exception's traceback when it was set; the first `result()` restores it, later ones
  /// raise with an empty traceback, as CPython's C future does.
  var exceptionTraceback: [TracebackEntry]? {
    get { extras?.exceptionTraceback }
    set {
      if newValue == nil && extras == nil { return }
      extrasMade().exceptionTraceback = newValue
    }
  }

  var cancelMessage: Value {
    get { extras?.cancelMessage ?? .none }
    set {
      if newValue.isNone && extras == nil { return }
      extrasMade().cancelMessage = newValue
    }
  }

  /// The `CancelledError` that cancelled a task's coroutine, raised again by `result()`.
  var cancelledException: ExceptionObject? {
    get { extras?.cancelledException }
    set {
      if newValue == nil && extras == nil { return }
      extrasMade().cancelledException = newValue
    }
  }

  /// The attributes of an instance of a subclass defined in Coil code.
  var instanceDict: DictObject? {
    get { extras?.instanceDict }
    set {
      if newValue == nil && extras == nil { return }
      extrasMade().instanceDict = newValue
    }
  }

  override var attributes: DictObject? { extras?.instanceDict }

  /// What TaskGroup and `shield` record as awaiting this future (CPython 3.14's
  /// `_asyncio_awaited_by`); a task waiting on the future is found from the task instead.
  var awaitedBy: [FutureObject] { extras?.awaitedBy ?? [] }

  func addAwaitedBy(_ parent: FutureObject) {
    extrasMade().awaitedBy.append(parent)
  }

  func discardAwaitedBy(_ parent: FutureObject) {
    extras?.awaitedBy.removeAll { $0 === parent }
  }

  private func extrasMade() -> FutureExtras {
    if let extras { return extras }
    let made = FutureExtras()
    extras = made
    return made
  }
  /// Done callbacks in registration order; the first is kept inline, as most futures have
  /// exactly one (the task waiting on them).
  private var moreCallbacks: [DoneCallback] = []
  private var firstCallback: DoneCallback?

  var callbacks: [DoneCallback] {
    guard let firstCallback else { return [] }
    return [firstCallback] + moreCallbacks
  }
  init(loop: EventLoopObject, type: TypeObject) {
    self.loop = loop
    super.init(type: type)
  }

  var interp: Interpreter { loop.interp }
  var isDone: Bool { state != .pending }

  deinit {
    if logTraceback, let exception, !loop.interp.finalizing {
      loop.interp.reportUnretrieved(self, exception)
    }
  }

  // MARK: - Results

  /// `future.result()`.
  @inline(never) func resultValue() throws(PyError) -> Value {
    switch state {
    case .cancelled:
      throw PyError(makeCancelledError())
    case .pending:
      throw interp.error("InvalidStateError", "Result is not set.")
    case .finished:
      logTraceback = false
      if let exception {
        exception.traceback = exceptionTraceback ?? []
        exceptionTraceback = nil
        exception.pendingRange = nil
        exception.frameEntryAdded = false
        // `raise self._exception`: raised anew where the result is asked for.
        exception.contextSettled = false
        throw PyError(exception)
      }
      return result
    }
  }

  /// `future.exception()`.
  func exceptionValue() throws(PyError) -> Value {
    switch state {
    case .cancelled: throw PyError(makeCancelledError())
    case .pending: throw interp.error("InvalidStateError", "Exception is not set.")
    case .finished:
      logTraceback = false
      return exception.map { .object($0) } ?? .none
    }
  }

  /// CPython's `_make_cancelled_error`: the saved error once, then fresh ones.
  func makeCancelledError() -> ExceptionObject {
    if let saved = cancelledException {
      cancelledException = nil
      saved.pendingRange = nil
      saved.frameEntryAdded = false
      return saved
    }
    let args: [Value] = cancelMessage.isNone ? [] : [cancelMessage]
    return ExceptionObject(type: interp.asyncioTypes.cancelledError, args: args, dict: interp.makeDict())
  }

  func setResult(_ value: Value) throws(PyError) {
    guard state == .pending else { throw invalidState() }
    result = value
    state = .finished
    scheduleCallbacks()
  }

  func setException(_ e: ExceptionObject) throws(PyError) {
    guard state == .pending else { throw invalidState() }
    if e.type.isSubtype(of: interp.stopIterationType) {
      throw interp.typeError("StopIteration interacts badly with generators and cannot be raised into a Future")
    }
    exception = e
    exceptionTraceback = e.traceback
    state = .finished
    scheduleCallbacks()
    logTraceback = true
  }

  private func invalidState() -> PyError {
    interp.error("InvalidStateError", "invalid state")
  }

  /// `future.cancel(msg)`; tasks and gathering futures override it.
  func cancel(message: Value) -> Bool {
    futureCancel(message: message)
  }

  /// `Future.cancel` itself, which `Task.__step` calls as `super().cancel()`.
  final func futureCancel(message: Value) -> Bool {
    logTraceback = false
    guard state == .pending else { return false }
    state = .cancelled
    cancelMessage = message
    scheduleCallbacks()
    return true
  }

  // MARK: - Callbacks

  private func scheduleCallbacks() {
    guard let first = firstCallback else { return }
    let more = moreCallbacks
    firstCallback = nil
    moreCallbacks = []
    loop.schedule(.done(first, self))
    for callback in more { loop.schedule(.done(callback, self)) }
  }

  func addDoneCallback(_ callback: DoneCallback) {
    if state != .pending {
      loop.schedule(.done(callback, self))
    } else if firstCallback == nil {
      firstCallback = callback
    } else {
      moreCallbacks.append(callback)
    }
  }

  /// Removes every registration matching; returns how many there were.
  @discardableResult
  func removeDoneCallback<E: Error>(where matches: (DoneCallback) throws(E) -> Bool) throws(E) -> Int {
    let all = callbacks
    var kept: [DoneCallback] = []
    for callback in all where try !matches(callback) { kept.append(callback) }
    firstCallback = kept.first
    moreCallbacks = Array(kept.dropFirst())
    return all.count - kept.count
  }

  // MARK: - Awaiting

  /// `await future` inside a task.
  @inline(__always) func wait(_ interp: Interpreter) async throws(PyError) -> Value {
    if state == .pending {
      try await interp.suspendCurrentTask(on: self)
      if state == .pending { throw notUsedWithAwait() }
    }
    return try resultValue()
  }

  /// The result once the task waiting on this future is woken.
  @inline(never) func resultAfterWait() throws(PyError) -> Value {
    if state == .pending { throw notUsedWithAwait() }
    return try resultValue()
  }

  private func notUsedWithAwait() -> PyError {
    interp.error("RuntimeError", "await wasn't used with future")
  }
}

/// The rarely set parts of a future.
final class FutureExtras {
  // Strong, not weak: a weak reference would put the owner's reference counts in a side table,
  // slowing every use of a queue or lock. The waiter leaves its owner's list when it is done.
  var owner: PyObject?
  var handling: [ExceptionObject]?
  var exceptionTraceback: [TracebackEntry]?
  var cancelMessage: Value = .none
  var cancelledException: ExceptionObject?
  var awaitedBy: [FutureObject] = []
  var instanceDict: DictObject?
}

/// `asyncio.gather`'s future: cancelling it cancels its children.
final class GatheringFutureObject: FutureObject {
  var children: [FutureObject] = []
  var cancelRequested = false

  override func cancel(message: Value) -> Bool {
    if isDone { return false }
    var any = false
    for child in children where child.cancel(message: message) { any = true }
    if any { cancelRequested = true }
    return any
  }
}

/// How a task's coroutine ended.
enum TaskOutcome {
  case returned(Value)
  case raised(PyError)
}

/// `asyncio.Task`: runs a coroutine on the loop as a Swift task.
final class TaskObject: FutureObject {
  let coroutine: CoroutineObject
  /// The name given with `name=` or `set_name`; otherwise it is `Task-N` from `number`.
  var mustCancel = false
  var started = false
  let number: Int32
  /// Creation order, for listing tasks.
  let serial: Int32
  var savedDepth: Int32 = 0
  var cancelsRequested: Int32 = 0
  var customName: StrObject?
  /// The future the task waits on (`_fut_waiter`).
  var waiter: FutureObject?
  var continuation: UnsafeContinuation<ExceptionObject?, Never>?
  /// The async generator body running for this task when it suspended.
  var savedGenerator: GeneratorBody?
  /// The `contextvars` context the task runs in (nil: an empty one, made when first set).
  var context: ContextObject?
  /// The task's own `except` nesting and call depth while it is suspended.
  var savedHandling: [ExceptionObject] {
    get { handlingWhileSuspended ?? [] }
    set { handlingWhileSuspended = newValue.isEmpty ? nil : newValue }
  }
  /// Neighbours in the loop's list of unfinished tasks.
  unowned(unsafe) var previousLive: TaskObject?
  var nextLive: TaskObject?

  init(coroutine: CoroutineObject, name: StrObject?, number: Int, serial: Int, loop: EventLoopObject, type: TypeObject) {
    self.coroutine = coroutine
    self.customName = name
    self.number = Int32(truncatingIfNeeded: number)
    self.serial = Int32(truncatingIfNeeded: serial)
    super.init(loop: loop, type: type)
  }

  var name: Value { customName.map { .object($0) } ?? interp.str("Task-\(number)") }

  override func cancel(message: Value) -> Bool {
    logTraceback = false
    if isDone { return false }
    interp.timeline?.cancelRequested(self)
    cancelsRequested += 1
    if let waiter, waiter.cancel(message: message) { return true }
    mustCancel = true
    cancelMessage = message
    return true
  }

  func uncancel() -> Int {
    if cancelsRequested > 0 { cancelsRequested -= 1 }
    return Int(cancelsRequested)
  }

  /// `Task.__wakeup`: the awaited future is done; step with its exception, if any.
  func wakeup(_ future: FutureObject) throws(PyError) {
    let thrown: ExceptionObject?
    do throws(PyError) {
      _ = try future.resultValue()
      thrown = nil
    } catch {
      thrown = error.exception
    }
    try step(thrown)
  }

  /// `Task.__step`: runs the coroutine up to its next suspension, or to its end.
  func step(_ thrown: ExceptionObject?) throws(PyError) {
    let interp = self.interp
    guard state == .pending else {
      throw interp.error("InvalidStateError", "_step(): already done: \(try interp.taskRepr(self))")
    }
    let timeline = interp.timeline
    timeline?.stepBegan(self)
    var exception = thrown
    if mustCancel {
      if exception.map({ !$0.type.isSubtype(of: interp.asyncioTypes.cancelledError) }) ?? true {
        exception = makeCancelledError()
      }
      mustCancel = false
    }
    waiter = nil
    let previous = loop.currentTask
    loop.currentTask = self
    let outerHandling = interp.handling
    let outerDepth = interp.depth
    let outerGenerator = interp.currentGenerator
    interp.currentGenerator = savedGenerator
    let outerContext = interp.currentContext
    interp.currentContext = context
    loop.suspendedOn = nil
    loop.outcome = nil
    if !started {
      started = true
      savedDepth = Int32(truncatingIfNeeded: outerDepth)
      if let exception {
        // Throwing into a coroutine that never started ends it without running any code.
        coroutine.state = .closed
        loop.outcome = .raised(PyError(exception))
      } else {
        interp.handling = []
        interp.depth = Int(savedDepth)
        start()
        loop.executor.drain()
      }
    } else if let c = continuation {
      continuation = nil
      interp.handling = savedHandling
      interp.depth = Int(savedDepth)
      nonisolated(unsafe) let thrownIn = exception
      c.resume(returning: thrownIn)
      loop.executor.drain()
    }
    savedHandling = interp.handling
    savedDepth = Int32(truncatingIfNeeded: interp.depth)
    savedGenerator = interp.currentGenerator
    interp.currentGenerator = outerGenerator
    context = interp.currentContext
    interp.currentContext = outerContext
    interp.handling = outerHandling
    interp.depth = outerDepth
    loop.currentTask = previous
    timeline?.stepEnded(self)
    if let outcome = loop.outcome {
      loop.outcome = nil
      finish(outcome)
      if case .raised(let error) = outcome, interp.isExitException(error.exception) { throw error }
    } else if let suspendedOn = loop.suspendedOn {
      loop.suspendedOn = nil
      if let future = suspendedOn {
        future.addDoneCallback(.wakeup(self))
        waiter = future
        if mustCancel, future.cancel(message: cancelMessage) { mustCancel = false }
      } else {
        loop.schedule(.step(self, nil))
      }
    }
  }

  private func start() {
    nonisolated(unsafe) let task = self
    Task(executorPreference: loop.executor) {
      do throws(PyError) {
        task.ended(.returned(try await task.coroutine.run(task.loop.interp)))
      } catch {
        task.ended(.raised(error))
      }
    }
  }

  @inline(never) private func ended(_ outcome: TaskOutcome) {
    loop.outcome = outcome
  }

  private func finish(_ outcome: TaskOutcome) {
    loop.removeLive(self)
    switch outcome {
    case .returned(let value):
      if mustCancel {
        mustCancel = false
        _ = futureCancel(message: cancelMessage)
      } else {
        try? setResult(value)
      }
    case .raised(let error):
      let e = error.exception
      if e.type.isSubtype(of: interp.asyncioTypes.cancelledError) {
        cancelledException = e
        _ = futureCancel(message: .none)
      } else {
        try? setException(e)
      }
    }
    if let timeline = interp.timeline {
      timeline.finished(self, name: (try? interp.toStr(name)) ?? "", interp.timelineOutcome(self))
    }
  }
}

extension Interpreter {
  /// Parks the running task's coroutine until its next step; `future` is what it waits for
  /// (nil: just yield one turn). Throws what the step throws in.
  @inline(__always) func suspendCurrentTask(on future: FutureObject?) async throws(PyError) {
    // Everything but the suspension itself is out of line: this code is inlined into the frames
    // a parked task keeps, and they should stay small.
    guard let task = try taskToSuspend(waitingFor: future) else {
      try await yieldToDriver(future)
      return
    }
    let thrown = await withUnsafeContinuation { (c: UnsafeContinuation<ExceptionObject?, Never>) in
      task.continuation = c
      task.loop.suspendedOn = .some(future)
    }
    if let thrown { throw thrownIn(thrown) }
  }

  /// The running task, after checking it may wait for `future`.
  @inline(never) private func taskToSuspend(waitingFor future: FutureObject?) throws(PyError) -> TaskObject? {
    if let body = currentGenerator, body.drivesCoroutine { return nil }
    guard let loop = runningLoop, let task = loop.currentTask else {
      throw error("RuntimeError", "await outside of a running task")
    }
    if let future, future === task {
      throw error("RuntimeError", "Task cannot await on itself: \(try taskRepr(task))")
    }
    if let future, future.loop !== loop {
      throw error(
        "RuntimeError", "Task \(try taskRepr(task)) got Future \(try futureRepr(future)) attached to a different loop")
    }
    return task
  }

  @inline(never) private func thrownIn(_ exception: ExceptionObject) -> PyError {
    exception.pendingRange = nil
    exception.frameEntryAdded = false
    return PyError(exception)
  }

  func isExitException(_ e: ExceptionObject) -> Bool {
    e.type.isSubtype(of: exceptions["SystemExit"]!) || e.type.isSubtype(of: exceptions["KeyboardInterrupt"]!)
  }

  /// "Task exception was never retrieved" / "Future exception was never retrieved".
  func reportUnretrieved(_ future: FutureObject, _ exception: ExceptionObject) {
    let what = future is TaskObject ? "Task" : "Future"
    var text = "\(what) exception was never retrieved\n"
    text += "future: \((try? futureRepr(future)) ?? "<\(what)>")\n"
    let saved = exception.traceback
    exception.traceback = future.exceptionTraceback ?? saved
    text += formatException(exception)
    exception.traceback = saved
    writeErrorText(text)
  }
}
