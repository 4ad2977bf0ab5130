// The event loop Coil owns, a port of CPython's `BaseEventLoop` scheduling.
//
// How ready work is ordered: `call_soon` appends a handle to the ready queue. One turn
// (`runOnce`, CPython's `_run_once`) drops cancelled timers at the head of the timer heap (or
// rebuilds the heap when more than half of 100+ timers are cancelled), waits until the
// earliest timer is due if nothing is ready, moves every due timer to the ready queue, and
// runs exactly the handles that were ready when the turn began; whatever they schedule runs
// next turn.
//
// When timers fire: timers live in a binary heap ordered by deadline alone, pushed and popped
// as Python's `heapq` does, so timers with equal deadlines come out in the order CPython's do
// (which is not first-in first-out). A timer is due when its deadline is before the clock plus
// its resolution. Under the virtual clock, waiting for a timer moves the clock to its deadline
// instead of sleeping. Virtual time stands still while code runs, so `call_later` timers that
// CPython would give deadlines microseconds apart get equal ones; they keep the order CPython's
// distinct deadlines give them (the order they were set) by a sequence number that breaks the
// tie. Timers set with `call_at` for the same instant keep heapq's order.
//
// What may suspend: a Coil task is a Swift `Task` preferring the loop's `LoopExecutor`. Its
// coroutine suspends only where it awaits a pending future (or `sleep(0)` yields a turn): it
// parks a continuation on its `TaskObject` and tells the task what it waits for. The task's
// `step` (CPython's `Task.__step`) is itself a loop handle: it resumes the continuation and
// runs the executor's jobs on the spot, so the coroutine runs up to its next suspension inside
// the handle, exactly where CPython would run it.
//
// How cancellation works: `task.cancel()` cancels the future the task waits on, which wakes
// the task with `CancelledError` at its `await`; a task not waiting on anything gets the error
// at its next step. A `TaskGroup` cancels its parent task when a child fails and uncancels it
// on exit, so a cancellation requested from outside still propagates (see Asyncio+Groups.swift).

import DequeModule
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs Swift jobs of Coil tasks on the interpreter's thread, when the loop asks.
final class LoopExecutor: TaskExecutor {
  private let jobs = Mutex<Deque<UnownedJob>>([])

  func enqueue(_ job: consuming ExecutorJob) {
    let unowned = UnownedJob(job)
    jobs.withLock { $0.append(unowned) }
  }

  /// Runs every queued job, and the jobs they queue, until none is left.
  func drain() {
    while let job = jobs.withLock({ $0.popFirst() }) {
      job.runSynchronously(on: asUnownedTaskExecutor())
    }
  }
}

/// The loop's clock: the real monotonic clock, or a virtual one that jumps to the next timer.
public final class Clock {
  public let isVirtual: Bool
  private var virtualNow: Double = 0
  private let wallAtStart: Double

  public init(virtual: Bool) {
    isVirtual = virtual
    var ts = timespec()
    clock_gettime(CLOCK_REALTIME, &ts)
    // Whole seconds, so differences of virtual wall times are exact.
    wallAtStart = Double(ts.tv_sec)
  }

  /// `time.monotonic()`, `time.perf_counter()` and `loop.time()`.
  public func monotonic() -> Double {
    if isVirtual { return virtualNow }
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  /// `time.time()`.
  public func wall() -> Double {
    if isVirtual { return wallAtStart + virtualNow }
    var ts = timespec()
    clock_gettime(CLOCK_REALTIME, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  /// Waits `seconds`, polling for Ctrl-C; the virtual clock just moves. An event loop's wait
  /// (`wakesOnInterrupt`) also ends when a Ctrl-C is handled without an exception, as when
  /// `asyncio.run` cancels its main task: the loop has work again.
  func sleep(_ seconds: Double, _ interp: Interpreter, wakesOnInterrupt: Bool = false)
    throws(PyError)
  {
    guard seconds > 0 else { return }
    if isVirtual {
      virtualNow += seconds
      return
    }
    interp.flushOutput()
    let deadline = monotonic() + seconds
    let interrupts = interp.interruptCount
    while true {
      try interp.checkInterrupt()
      if wakesOnInterrupt && interp.interruptCount != interrupts { return }
      let left = deadline - monotonic()
      if left <= 0 { return }
      let slice = min(left, 0.05)
      var ts = timespec(tv_sec: Int(slice), tv_nsec: Int((slice - Double(Int(slice))) * 1e9))
      var remaining = timespec()
      _ = nanosleep(&ts, &remaining)
    }
  }

  /// Moves the virtual clock to `time` if it is later.
  func advance(to time: Double) {
    if isVirtual && time > virtualNow { virtualNow = time }
  }
}

/// Work in the ready queue. Handles are what `call_soon` and friends return; the loop's own
/// work (task steps, done callbacks, sleeps' timers) needs no handle object, so a step costs
/// no allocation.
enum LoopWork {
  case handle(HandleObject)
  /// `Task.__step`, optionally throwing an exception into the coroutine.
  case step(TaskObject, ExceptionObject?)
  /// A future's done callback, called with the future.
  case done(DoneCallback, FutureObject)
  /// An `asyncio.sleep` that is due: its future gets its result unless cancelled.
  case sleep(SleepFutureObject)
}

/// A timer in the heap: a timer handle, or the future of an `asyncio.sleep`.
struct TimerEntry {
  enum Target {
    case handle(HandleObject)
    case sleep(SleepFutureObject)
  }

  let when: Double
  /// Breaks ties between equal deadlines under the virtual clock (0 otherwise).
  let sequence: Int
  let target: Target

  var isCancelled: Bool {
    switch target {
    case .handle(let h): return h.cancelled
    case .sleep(let s): return s.timerCancelled
    }
  }

  func unschedule() {
    switch target {
    case .handle(let h): h.scheduled = false
    case .sleep(let s): s.timerScheduled = false
    }
  }

  var work: LoopWork {
    switch target {
    case .handle(let h): return .handle(h)
    case .sleep(let s): return .sleep(s)
    }
  }
}

/// The future an `asyncio.sleep` waits on, with its timer's state inline (no handle object).
final class SleepFutureObject: FutureObject {
  var timerScheduled = false
  var timerCancelled = false

  /// The result to set when the timer fires, kept in `result` until then.
  init(loop: EventLoopObject, result: Value, type: TypeObject) {
    super.init(loop: loop, type: type)
    self.result = result
  }
}

/// A callback scheduled on the loop: `asyncio.Handle`, or `asyncio.TimerHandle` when `isTimer`.
final class HandleObject: PyObject {
  enum Action {
    /// A Coil callable with arguments (`call_soon(f, *args)`).
    case call(Value, [Value])
    case native(() throws(PyError) -> Void)
  }

  var action: Action?
  var cancelled = false
  let isTimer: Bool
  let when: Double
  /// In the timer heap.
  var scheduled = false
  /// The context a Coil callback runs in: a copy of the scheduler's, or the one given with
  /// `context=`; nil for an empty one, made fresh for each run.
  var context: ContextObject?

  init(_ action: Action, when: Double? = nil, type: TypeObject) {
    self.action = action
    self.isTimer = when != nil
    self.when = when ?? 0
    super.init(type: type)
  }
}

/// A callback a future calls when it is done.
enum DoneCallback {
  /// The task waiting on the future (`Task.__wakeup`).
  case wakeup(TaskObject)
  /// A Coil callable and its context (one object, which keeps this enum and the ready queue
  /// small).
  case python(ContextCallback)
  case native(NativeCallback)
}

/// `add_done_callback(fn, context=...)`: the callable, and the context it runs in (a copy of
/// the registering code's, or the one given; nil for an empty one).
final class ContextCallback {
  let function: PyObject
  let context: ContextObject?

  init(_ function: PyObject, context: ContextObject?) {
    self.function = function
    self.context = context
  }
}

/// A Swift done callback, compared by identity for `remove_done_callback`.
final class NativeCallback {
  let name: String
  let body: (FutureObject) throws(PyError) -> Void
  /// The gather or TaskGroup that waits through this callback, for call graphs.
  weak var owner: AnyObject?

  init(_ name: String, _ body: @escaping (FutureObject) throws(PyError) -> Void) {
    self.name = name
    self.body = body
  }
}

/// An asyncio event loop.
final class EventLoopObject: PyObject {
  unowned let interp: Interpreter
  let executor = LoopExecutor()
  var ready = Deque<LoopWork>()
  /// Timers, a binary heap by deadline kept exactly as Python's `heapq` keeps a list.
  var scheduled: [TimerEntry] = []
  var timerCancelledCount = 0
  var timerSequence = 0
  var stopping = false
  var isClosed = false
  var isRunning = false
  var currentTask: TaskObject?
  /// What the task being stepped did: suspended on a future (or nil: yielded a turn), or ended.
  var suspendedOn: FutureObject??
  var outcome: TaskOutcome?
  /// Creation order of tasks.
  var taskSerial = 0
  /// Tasks not yet done (`asyncio.all_tasks`), a list linked through the tasks, oldest first.
  private var firstLive: TaskObject?
  private unowned(unsafe) var lastLive: TaskObject?
  private(set) var liveCount = 0

  func addLive(_ task: TaskObject) {
    task.previousLive = lastLive
    if let lastLive { lastLive.nextLive = task } else { firstLive = task }
    lastLive = task
    liveCount += 1
  }

  func removeLive(_ task: TaskObject) {
    guard task.previousLive != nil || firstLive === task else { return }
    let next = task.nextLive
    if let previous = task.previousLive { previous.nextLive = next } else { firstLive = next }
    if let next { next.previousLive = task.previousLive } else { lastLive = task.previousLive }
    task.previousLive = nil
    task.nextLive = nil
    liveCount -= 1
  }

  /// The tasks not yet done, oldest first.
  var liveTasksInOrder: [TaskObject] {
    var result: [TaskObject] = []
    var task = firstLive
    while let t = task {
      result.append(t)
      task = t.nextLive
    }
    return result
  }
  var exceptionHandler: Value = .none

  /// The clock's time when the loop was made, from which reports measure.
  let createdAt: Double
  /// Debug mode: steps and callbacks that hold the loop 100 ms or more are reported.
  var debug: Bool
  /// The async generators first iterated on this loop, which `shutdown_asyncgens` closes.
  var asyncGenerators: [WeakAsyncGenerator] = []

  init(interp: Interpreter, type: TypeObject) {
    self.interp = interp
    createdAt = interp.clock.monotonic()
    debug = interp.asyncioDebug
    super.init(type: type)
  }

  /// When a sleep's timer is due, if it is set.
  func deadline(of sleep: SleepFutureObject) -> Double? {
    for entry in scheduled {
      if case .sleep(let s) = entry.target, s === sleep { return entry.when }
    }
    return nil
  }

  func time() -> Double { interp.clock.monotonic() }

  // MARK: - Scheduling

  /// Appends the loop's own work to the ready queue.
  @inline(__always) func schedule(_ work: LoopWork) {
    ready.append(work)
  }

  @discardableResult
  func callSoon(_ action: HandleObject.Action, context: ContextObject? = nil) -> HandleObject {
    let handle = HandleObject(action, type: interp.asyncioTypes.handle)
    handle.context = context
    ready.append(.handle(handle))
    return handle
  }

  @discardableResult
  func callAt(_ when: Double, _ action: HandleObject.Action, context: ContextObject? = nil) -> HandleObject {
    let handle = HandleObject(action, when: when, type: interp.asyncioTypes.timerHandle)
    handle.context = context
    heapPush(TimerEntry(when: when, sequence: 0, target: .handle(handle)))
    handle.scheduled = true
    return handle
  }

  /// The tie-breaking sequence number of a timer set now (see the top of this file).
  private func nextSequence() -> Int {
    guard interp.clock.isVirtual else { return 0 }
    timerSequence += 1
    return timerSequence
  }

  /// `call_later(delay, ...)`: a deadline read from the clock now.
  @discardableResult
  func callLater(_ delay: Double, _ action: HandleObject.Action, context: ContextObject? = nil) -> HandleObject {
    let when = time() + delay
    let handle = HandleObject(action, when: when, type: interp.asyncioTypes.timerHandle)
    handle.context = context
    heapPush(TimerEntry(when: when, sequence: nextSequence(), target: .handle(handle)))
    handle.scheduled = true
    return handle
  }

  /// `asyncio.sleep`'s `call_later(delay, _set_result_unless_cancelled, future, result)`.
  func scheduleSleep(_ future: SleepFutureObject, after delay: Double) {
    heapPush(TimerEntry(when: time() + delay, sequence: nextSequence(), target: .sleep(future)))
    future.timerScheduled = true
  }

  func cancel(_ handle: HandleObject) {
    if handle.cancelled { return }
    handle.cancelled = true
    handle.action = nil
    if handle.isTimer && handle.scheduled { timerCancelledCount += 1 }
  }

  func cancelSleep(_ future: SleepFutureObject) {
    if future.timerCancelled { return }
    future.timerCancelled = true
    if future.timerScheduled { timerCancelledCount += 1 }
  }

  // MARK: - Running

  /// One turn of the loop, as CPython's `_run_once`.
  func runOnce() throws(PyError) {
    try interp.checkInterrupt()
    if scheduled.count > 100 && timerCancelledCount * 2 > scheduled.count {
      var kept: [TimerEntry] = []
      for entry in scheduled {
        if entry.isCancelled {
          entry.unschedule()
        } else {
          kept.append(entry)
        }
      }
      scheduled = kept
      heapify()
      timerCancelledCount = 0
    } else {
      while let first = scheduled.first, first.isCancelled {
        timerCancelledCount -= 1
        heapPop().unschedule()
      }
    }
    if ready.isEmpty && !stopping {
      if let first = scheduled.first {
        let timeout = min(max(0, first.when - time()), 86400)
        if interp.clock.isVirtual {
          interp.clock.advance(to: first.when)
        } else {
          try interp.clock.sleep(timeout, interp, wakesOnInterrupt: true)
        }
      } else {
        try waitForever()
      }
    }
    let endTime = time() + 1e-9
    while let first = scheduled.first, first.when < endTime {
      let entry = heapPop()
      entry.unschedule()
      ready.append(entry.work)
    }
    let count = ready.count
    for _ in 0..<count {
      if debug {
        try runTimed(ready.removeFirst())
      } else {
        try run(ready.removeFirst())
      }
    }
  }

  /// Debug mode's `_run_once`: a step or callback that took `slow_callback_duration` (0.1 s)
  /// or more on the loop's clock is reported, as CPython's logger reports it.
  private func runTimed(_ work: LoopWork) throws(PyError) {
    let start = time()
    defer {
      let took = time() - start
      if took >= 0.1 {
        let what: String
        switch work {
        case .step(let task, _): what = (try? interp.taskRepr(task)) ?? "<Task>"
        case .done(.wakeup(let task), _): what = (try? interp.taskRepr(task)) ?? "<Task>"
        default: what = (try? interp.workRepr(work)) ?? "<Handle>"
        }
        let seconds = (try? formatFloat(took, spec: ".3f")) ?? "\(took)"
        interp.writeErrorText("Executing \(what) took \(seconds) seconds\n")
      }
    }
    try run(work)
  }

  /// Nothing is ready, no timer is set, and nothing outside the loop (no input, no other
  /// thread) can make work: nothing can ever run again. CPython would hang here for good; Coil
  /// says which tasks wait where, and for what, and ends the program with status 1.
  private func waitForever() throws(PyError) {
    let report = interp.deadlockReport(self)
    if interp.interactiveSession != nil {
      // At the prompt the awaited statement gets the report, and the REPL goes on.
      throw interp.error("RuntimeError", String(report.dropLast()))
    }
    interp.writeErrorText(report)
    interp.deadlocked = true
    throw PyError(
      ExceptionObject(type: interp.exceptions["SystemExit"]!, args: [.int(1)], dict: interp.makeDict()))
  }

  private func run(_ work: LoopWork) throws(PyError) {
    switch work {
    case .step(let task, let exception):
      try task.step(exception)
    case .done(let callback, let future):
      switch callback {
      case .wakeup(let task):
        try task.wakeup(future)
      case .python(let callback):
        try callReporting(work) { () throws(PyError) in
          _ = try interp.callInContext(callback.context, .object(callback.function), [.object(future)])
        }
      case .native(let native):
        try callReporting(work) { () throws(PyError) in try native.body(future) }
      }
    case .sleep(let future):
      if !future.timerCancelled && !future.isDone { try future.setResult(future.result) }
    case .handle(let handle):
      guard !handle.cancelled, let action = handle.action else { return }
      switch action {
      case .call(let function, let arguments):
        try callReporting(work) { () throws(PyError) in
          _ = try interp.callInContext(handle.context, function, arguments)
        }
      case .native(let body):
        try callReporting(work, body)
      }
    }
  }

  /// Runs a callback; an exception other than SystemExit and KeyboardInterrupt goes to the
  /// loop's exception handler, as CPython's `Handle._run` does.
  private func callReporting(_ work: LoopWork, _ body: () throws(PyError) -> Void) throws(PyError) {
    do throws(PyError) {
      try body()
    } catch {
      let e = error.exception
      if e.type.isSubtype(of: interp.exceptions["SystemExit"]!)
        || e.type.isSubtype(of: interp.exceptions["KeyboardInterrupt"]!)
      {
        throw error
      }
      let description = (try? interp.workDescription(work)) ?? "callback"
      try reportException(message: "Exception in callback \(description)", exception: e, extra: [
        ("handle", (try? interp.workRepr(work)) ?? "<Handle>")
      ])
    }
  }

  /// `loop.call_exception_handler`: the custom handler if set, else CPython's default log.
  func reportException(message: String, exception: ExceptionObject?, extra: [(String, String)])
    throws(PyError)
  {
    if !exceptionHandler.isNone {
      let context = interp.makeDict()
      context.setString(interp.name("message"), interp.str(message))
      if let exception { context.setString(interp.name("exception"), .object(exception)) }
      _ = try interp.call(exceptionHandler, [.object(self), .object(context)])
      return
    }
    var text = message + "\n"
    for (key, value) in extra { text += "\(key): \(value)\n" }
    if let exception {
      text += interp.formatException(exception)
    }
    interp.writeErrorText(text)
  }

  /// `loop.run_forever()`.
  func runForever() throws(PyError) {
    if isClosed { throw interp.error("RuntimeError", "Event loop is closed") }
    if isRunning { throw interp.error("RuntimeError", "This event loop is already running") }
    if interp.runningLoop != nil {
      throw interp.error("RuntimeError", "Cannot run the event loop while another loop is running")
    }
    isRunning = true
    interp.runningLoop = self
    defer {
      stopping = false
      isRunning = false
      interp.runningLoop = nil
    }
    while true {
      try runOnce()
      if stopping { break }
    }
  }

  /// `loop.run_until_complete(future)`.
  func runUntilComplete(_ value: Value) throws(PyError) -> Value {
    if isClosed { throw interp.error("RuntimeError", "Event loop is closed") }
    if isRunning { throw interp.error("RuntimeError", "This event loop is already running") }
    let future = try interp.ensureFuture(value, loop: self)
    let stop = NativeCallback("_run_until_complete_cb") { [unowned self] f throws(PyError) in
      if f.state != .cancelled, let e = f.exception,
        e.type.isSubtype(of: interp.exceptions["SystemExit"]!)
          || e.type.isSubtype(of: interp.exceptions["KeyboardInterrupt"]!)
      {
        return
      }
      self.stopping = true
    }
    future.addDoneCallback(.native(stop))
    defer { future.removeDoneCallback { if case .native(let n) = $0 { return n === stop }; return false } }
    do throws(PyError) {
      try runForever()
    } catch {
      if future.state == .finished { future.logTraceback = false }
      throw error
    }
    if future.state == .pending {
      throw interp.error("RuntimeError", "Event loop stopped before Future completed.")
    }
    return try future.resultValue()
  }

  // MARK: - heapq

  // Python's heapq: _siftdown and _siftup, comparing deadlines with `<` only.

  @inline(__always) private func isEarlier(_ a: TimerEntry, _ b: TimerEntry) -> Bool {
    a.when < b.when || (a.when == b.when && a.sequence < b.sequence)
  }

  private func siftDown(_ startPos: Int, _ pos: Int) {
    var pos = pos
    let newItem = scheduled[pos]
    while pos > startPos {
      let parentPos = (pos - 1) >> 1
      let parent = scheduled[parentPos]
      if isEarlier(newItem, parent) {
        scheduled[pos] = parent
        pos = parentPos
        continue
      }
      break
    }
    scheduled[pos] = newItem
  }

  private func siftUp(_ pos: Int) {
    var pos = pos
    let endPos = scheduled.count
    let startPos = pos
    let newItem = scheduled[pos]
    var childPos = 2 * pos + 1
    while childPos < endPos {
      let rightPos = childPos + 1
      if rightPos < endPos && !isEarlier(scheduled[childPos], scheduled[rightPos]) {
        childPos = rightPos
      }
      scheduled[pos] = scheduled[childPos]
      pos = childPos
      childPos = 2 * pos + 1
    }
    scheduled[pos] = newItem
    siftDown(startPos, pos)
  }

  private func heapPush(_ item: TimerEntry) {
    scheduled.append(item)
    siftDown(0, scheduled.count - 1)
  }

  private func heapPop() -> TimerEntry {
    let last = scheduled.removeLast()
    if scheduled.isEmpty { return last }
    let top = scheduled[0]
    scheduled[0] = last
    siftUp(0)
    return top
  }

  private func heapify() {
    for i in stride(from: scheduled.count / 2 - 1, through: 0, by: -1) { siftUp(i) }
  }
}
