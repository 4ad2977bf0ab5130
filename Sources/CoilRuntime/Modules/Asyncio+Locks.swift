// asyncio's synchronization primitives as CPython 3.11's asyncio/locks.py has them: `Lock`,
// `Event`, `Condition`, `Semaphore`, `BoundedSemaphore` and `Barrier`.
//
// Each primitive keeps its waiters as futures in a FIFO deque and wakes them by setting their
// result, so a woken task runs one loop turn later, as in CPython. Every `await fut` below is
// the one suspension CPython's coroutine has at the same place, and the bookkeeping around it
// (removing the waiter in `finally`, a cancelled Lock waiter passing the wake-up on, a
// cancelled Semaphore waiter giving its slot back) is done in the same order, so tasks wake,
// and fail, in the turns and the order CPython's do. `Barrier` is built on a `Condition`, as
// in CPython, so its waits take the same turns too.

import CoilSyntax
import DequeModule

// MARK: - Loop binding

/// A primitive bound to the loop it first waits on (CPython's `mixins._LoopBoundMixin`).
class LoopBoundObject: PyObject {
  private var boundLoop: EventLoopObject?
  /// The attributes of an instance of a subclass defined in Coil code.
  var instanceDict: DictObject?

  override var attributes: DictObject? { instanceDict }

  /// `_get_loop()`: the running loop, which must be the one the object is bound to.
  func loop(_ interp: Interpreter) throws(PyError) -> EventLoopObject {
    let running = try interp.requireRunningLoop()
    if boundLoop == nil { boundLoop = running }
    guard running === boundLoop else {
      throw interp.error(
        "RuntimeError", "\(try interp.repr(.object(self))) is bound to a different event loop")
    }
    return running
  }

  /// A new pending future on the bound loop, for a waiter.
  func makeWaiter(_ interp: Interpreter) throws(PyError) -> FutureObject {
    let waiter = FutureObject(loop: try loop(interp), type: interp.asyncioTypes.future)
    waiter.owner = self
    return waiter
  }
}

extension Deque where Element == FutureObject {
  /// `deque.remove(fut)` for waiters, compared by identity; false when absent.
  @discardableResult
  mutating func remove(_ waiter: FutureObject) -> Bool {
    guard let index = firstIndex(where: { $0 === waiter }) else { return false }
    remove(at: index)
    return true
  }
}

extension Interpreter {
  func isCancellation(_ error: PyError) -> Bool {
    error.exception.type.isSubtype(of: asyncioTypes.cancelledError)
  }

  /// An instance of one of asyncio's exception classes, raised as `raise Class(message)`.
  func asyncioError(_ type: TypeObject, _ message: String? = nil) -> PyError {
    PyError(ExceptionObject(type: type, args: message.map { [str($0)] } ?? [], dict: makeDict()))
  }

  /// `<asyncio.locks.Lock object at 0x... [extra]>`: the default repr with the state added.
  func primitiveRepr(_ o: PyObject, _ extra: String, waiters: Int) -> String {
    let text = defaultRepr(o)
    let state = waiters > 0 ? "\(extra), waiters:\(waiters)" : extra
    return "<\(text.dropFirst().dropLast()) [\(state)]>"
  }
}

/// What Lock and Semaphore share: taken with `acquire`, given back with `release`.
protocol Acquirable: AnyObject {
  var isLocked: Bool { get }
  func acquire(_ interp: Interpreter) async throws(PyError) -> Value
  func release(_ interp: Interpreter) throws(PyError)
}

// MARK: - Lock

/// `asyncio.Lock`: a FIFO-fair lock no task owns.
final class LockObject: LoopBoundObject, Acquirable {
  var isLocked = false
  var waiters = Deque<FutureObject>()
  /// The task that took the lock, which a deadlock report names (asyncio does not track it).
  /// Held strongly (a weak reference would slow every use of the task) until the release.
  var holder: TaskObject?

  /// `await lock.acquire()`.
  func acquire(_ interp: Interpreter) async throws(PyError) -> Value {
    if !isLocked && waiters.allSatisfy({ $0.state == .cancelled }) {
      isLocked = true
      holder = interp.runningLoop?.currentTask
      return .bool(true)
    }
    let waiter = try makeWaiter(interp)
    waiters.append(waiter)
    do throws(PyError) {
      _ = try await waiter.wait(interp)
      waiters.remove(waiter)
    } catch {
      waiters.remove(waiter)
      // The waiter was woken (or the lock freed) but will not take the lock: pass it on.
      if interp.isCancellation(error) && !isLocked { wakeUpFirst() }
      throw error
    }
    isLocked = true
    holder = interp.runningLoop?.currentTask
    return .bool(true)
  }

  func release(_ interp: Interpreter) throws(PyError) {
    guard isLocked else { throw interp.error("RuntimeError", "Lock is not acquired.") }
    isLocked = false
    holder = nil
    wakeUpFirst()
  }

  /// `_wake_up_first`: a first waiter already done will take the lock or pass it on itself.
  private func wakeUpFirst() {
    guard let first = waiters.first, !first.isDone else { return }
    try? first.setResult(.bool(true))
  }

  func repr(_ interp: Interpreter) -> String {
    interp.primitiveRepr(self, isLocked ? "locked" : "unlocked", waiters: waiters.count)
  }
}

// MARK: - Event

/// `asyncio.Event`: a flag tasks wait to see set.
final class EventObject: LoopBoundObject {
  var isSet = false
  var waiters = Deque<FutureObject>()

  func set() {
    guard !isSet else { return }
    isSet = true
    for waiter in waiters where !waiter.isDone { try? waiter.setResult(.bool(true)) }
  }

  /// `await event.wait()`.
  func wait(_ interp: Interpreter) async throws(PyError) -> Value {
    if isSet { return .bool(true) }
    let waiter = try makeWaiter(interp)
    waiters.append(waiter)
    do throws(PyError) {
      _ = try await waiter.wait(interp)
    } catch {
      waiters.remove(waiter)
      throw error
    }
    waiters.remove(waiter)
    return .bool(true)
  }

  func repr(_ interp: Interpreter) -> String {
    interp.primitiveRepr(self, isSet ? "set" : "unset", waiters: waiters.count)
  }
}

// MARK: - Condition

/// `asyncio.Condition`: waiting for a notification while holding a lock.
final class ConditionObject: LoopBoundObject {
  var lock: LockObject
  var waiters = Deque<FutureObject>()

  init(lock: LockObject, type: TypeObject) {
    self.lock = lock
    super.init(type: type)
  }

  /// `await cond.wait()`: releases the lock, waits to be notified, takes the lock again (even
  /// when cancelled, then raising a new CancelledError).
  func wait(_ interp: Interpreter) async throws(PyError) -> Value {
    guard lock.isLocked else {
      throw interp.error("RuntimeError", "cannot wait on un-acquired lock")
    }
    try lock.release(interp)
    var failure: PyError?
    do throws(PyError) {
      let waiter = try makeWaiter(interp)
      waiters.append(waiter)
      do throws(PyError) {
        _ = try await waiter.wait(interp)
      } catch {
        waiters.remove(waiter)
        throw error
      }
      waiters.remove(waiter)
    } catch {
      failure = error
    }
    var cancelled = false
    while true {
      do throws(PyError) {
        _ = try await lock.acquire(interp)
        break
      } catch {
        guard interp.isCancellation(error) else { throw error }
        cancelled = true
      }
    }
    if cancelled {
      let error = interp.asyncioError(interp.asyncioTypes.cancelledError)
      if let failure { error.exception.context = .object(failure.exception) }
      throw error
    }
    if let failure { throw failure }
    return .bool(true)
  }

  /// `await cond.wait_for(predicate)`: the predicate's first true value.
  func waitFor(_ interp: Interpreter, _ predicate: () throws(PyError) -> Value)
    async throws(PyError) -> Value
  {
    var result = try predicate()
    while !(try interp.isTrue(result)) {
      _ = try await wait(interp)
      result = try predicate()
    }
    return result
  }

  /// `cond.notify(n)`: wakes the first `n` waiters not already woken.
  func notify(_ interp: Interpreter, _ n: Int) throws(PyError) {
    guard lock.isLocked else {
      throw interp.error("RuntimeError", "cannot notify on un-acquired lock")
    }
    var woken = 0
    for waiter in waiters {
      if woken >= n { break }
      if !waiter.isDone {
        woken += 1
        try waiter.setResult(.bool(false))
      }
    }
  }

  func notifyAll(_ interp: Interpreter) throws(PyError) {
    try notify(interp, waiters.count)
  }

  func repr(_ interp: Interpreter) -> String {
    interp.primitiveRepr(self, lock.isLocked ? "locked" : "unlocked", waiters: waiters.count)
  }
}

// MARK: - Semaphore

/// `asyncio.Semaphore` and `asyncio.BoundedSemaphore` (with a `bound`).
final class SemaphoreObject: LoopBoundObject, Acquirable {
  var value: Int
  /// The initial value a BoundedSemaphore may not be released past.
  var bound: Int?
  var waiters = Deque<FutureObject>()

  init(value: Int, bound: Int?, type: TypeObject) {
    self.value = value
    self.bound = bound
    super.init(type: type)
  }

  /// `locked()`: no slot is free, or a live waiter is ahead of a newcomer.
  var isLocked: Bool {
    value == 0 || waiters.contains { $0.state != .cancelled }
  }

  /// `await semaphore.acquire()`.
  func acquire(_ interp: Interpreter) async throws(PyError) -> Value {
    if !isLocked {
      value -= 1
      return .bool(true)
    }
    let waiter = try makeWaiter(interp)
    waiters.append(waiter)
    do throws(PyError) {
      _ = try await waiter.wait(interp)
      waiters.remove(waiter)
    } catch {
      waiters.remove(waiter)
      // Woken with a slot it will not use: give the slot back to the next waiter.
      if interp.isCancellation(error) && waiter.state != .cancelled {
        value += 1
        wakeUpNext()
      }
      throw error
    }
    if value > 0 { wakeUpNext() }
    return .bool(true)
  }

  func release(_ interp: Interpreter) throws(PyError) {
    if let bound, value >= bound {
      throw interp.valueError("BoundedSemaphore released too many times")
    }
    value += 1
    wakeUpNext()
  }

  /// `_wake_up_next`: hands a slot to the first waiter not already done.
  private func wakeUpNext() {
    for waiter in waiters where !waiter.isDone {
      value -= 1
      try? waiter.setResult(.bool(true))
      return
    }
  }

  func repr(_ interp: Interpreter) -> String {
    interp.primitiveRepr(
      self, isLocked ? "locked" : "unlocked, value:\(value)", waiters: waiters.count)
  }
}

// MARK: - Barrier

/// `asyncio.Barrier`: lets `parties` tasks through together, built on a Condition.
final class BarrierObject: LoopBoundObject {
  enum State: String {
    case filling, draining, resetting, broken
  }

  let condition: ConditionObject
  let parties: Int
  var state = State.filling
  /// Tasks inside `wait()`.
  var count = 0

  init(parties: Int, condition: ConditionObject, type: TypeObject) {
    self.parties = parties
    self.condition = condition
    super.init(type: type)
  }

  var waiting: Int { state == .filling ? count : 0 }

  /// `async with self._cond:` around `body`.
  private func holdingLock(
    _ interp: Interpreter, _ body: () async throws(PyError) -> Value
  ) async throws(PyError) -> Value {
    _ = try await condition.lock.acquire(interp)
    let result: Value
    do throws(PyError) {
      result = try await body()
    } catch {
      try condition.lock.release(interp)
      throw error
    }
    try condition.lock.release(interp)
    return result
  }

  /// `await barrier.wait()`: this task's arrival index once all parties are in.
  func wait(_ interp: Interpreter) async throws(PyError) -> Value {
    try await holdingLock(interp) { () async throws(PyError) -> Value in
      // Block while the barrier drains or resets.
      _ = try await condition.waitFor(interp) { .bool(state != .draining && state != .resetting) }
      if state == .broken { throw brokenError(interp, "Barrier aborted") }
      let index = count
      count += 1
      do throws(PyError) {
        if index + 1 == parties {
          state = .draining
          try condition.notifyAll(interp)
        } else {
          _ = try await condition.waitFor(interp) { .bool(state != .filling) }
          if state == .broken || state == .resetting {
            throw brokenError(interp, "Abort or reset of barrier")
          }
        }
      } catch {
        count -= 1
        try leave(interp)
        throw error
      }
      count -= 1
      try leave(interp)
      return .int(index)
    }
  }

  /// `_exit`: the last task out lets the tasks waiting for the drain in.
  private func leave(_ interp: Interpreter) throws(PyError) {
    guard count == 0 else { return }
    if state == .resetting || state == .draining { state = .filling }
    try condition.notifyAll(interp)
  }

  func reset(_ interp: Interpreter) async throws(PyError) -> Value {
    try await holdingLock(interp) { () throws(PyError) -> Value in
      if count > 0 {
        state = .resetting
      } else {
        state = .filling
      }
      try condition.notifyAll(interp)
      return .none
    }
  }

  func abort(_ interp: Interpreter) async throws(PyError) -> Value {
    try await holdingLock(interp) { () throws(PyError) -> Value in
      state = .broken
      try condition.notifyAll(interp)
      return .none
    }
  }

  private func brokenError(_ interp: Interpreter, _ message: String) -> PyError {
    interp.asyncioError(interp.asyncioTypes.brokenBarrierError, message)
  }

  func repr(_ interp: Interpreter) -> String {
    var extra = state.rawValue
    if state != .broken { extra += ", waiters:\(waiting)/\(parties)" }
    return interp.primitiveRepr(self, extra, waiters: 0)
  }
}

// MARK: - Methods

extension Interpreter {
  /// A native coroutine of an asyncio method, named as CPython's is.
  func asyncioCoroutine(
    _ qualifiedName: String, _ body: @escaping (Interpreter) async throws(PyError) -> Value
  ) -> Value {
    .object(NativeCoroutine(qualifiedName: qualifiedName, type: asyncioTypes.coroutine, body))
  }

  /// A read-only property of a builtin asyncio type.
  func asyncioProperty<T: PyObject>(
    _ t: TypeObject, _ name: String, _ receiverType: T.Type,
    _ get: @escaping (Interpreter, T) throws(PyError) -> Value
  ) {
    let getter = makeBuiltin(name) { interp, args, _ throws(PyError) in
      try get(interp, try interp.receiver(args, T.self, name, "\(t.moduleName).\(t.name)"))
    }
    let property = PropertyObject(
      getter: .object(getter), setter: .none, deleter: .none, doc: .none, type: types.property)
    t.dict.setString(self.name(name), .object(property))
    t.hasDataDescriptors = true
  }

  /// Binds a constructor's arguments as `Name.__init__(self, ...)` would.
  private func bindInit(
    _ name: String, _ positional: [String], required: Int = 0, _ args: [Value],
    _ kwargs: Keywords
  ) throws(PyError) -> BoundArguments {
    try bind(
      PythonSignature("\(name).__init__", positional, required: required), args.dropFirst(),
      kwargs)
  }

  /// `locked`, `acquire`, `release` and `async with` of Lock and Semaphore.
  private func defineAcquirable<T: LoopBoundObject & Acquirable>(
    _ t: TypeObject, _ receiverType: T.Type, qualifiedName: String
  ) {
    asyncMethod(t, "locked", T.self) { _, me, _ in .bool(me.isLocked) }
    asyncCoroutineMethod(t, "acquire", T.self, qualifiedName: qualifiedName) { interp, me, _ throws(PyError) in
      try await me.acquire(interp)
    }
    asyncMethod(t, "release", T.self) { interp, me, _ throws(PyError) in
      try me.release(interp)
      return .none
    }
    defineContextManager(
      t, T.self,
      acquire: { interp, me throws(PyError) in try await me.acquire(interp) },
      release: { interp, me throws(PyError) in try me.release(interp) })
  }

  /// The `async with` methods of Lock, Semaphore and Condition (`_ContextManagerMixin`).
  private func defineContextManager<T: PyObject>(
    _ t: TypeObject, _ receiverType: T.Type,
    acquire: @escaping (Interpreter, T) async throws(PyError) -> Value,
    release: @escaping (Interpreter, T) throws(PyError) -> Void
  ) {
    asyncMethod(t, "__aenter__", T.self) { interp, me, _ in
      interp.asyncioCoroutine("_ContextManagerMixin.__aenter__") { interp throws(PyError) in
        _ = try await acquire(interp, me)
        return .none
      }
    }
    asyncMethod(t, "__aexit__", T.self, ["exc_type", "exc", "tb"]) { interp, me, _ in
      interp.asyncioCoroutine("_ContextManagerMixin.__aexit__") { interp throws(PyError) in
        try release(interp, me)
        return .none
      }
    }
  }

  func setUpLockMethods(_ t: AsyncioTypes) {
    setUpLock(t.lock)
    setUpEvent(t.event)
    setUpCondition(t.condition)
    setUpSemaphore(t.semaphore, bounded: t.boundedSemaphore)
    setUpBarrier(t.barrier)
  }

  private func setUpLock(_ t: TypeObject) {
    setConstructor(t) { interp, args, kwargs throws(PyError) in
      _ = try interp.bindInit("Lock", [], args, kwargs)
      return .object(LockObject(type: interp.asyncioTypes.lock))
    }
    // A subclass's instance is made with the defaults; these __init__ methods set it up.
    asyncMethod(t, "__init__", LockObject.self) { _, _, _ in .none }
    defineAcquirable(t, LockObject.self, qualifiedName: "Lock.acquire")
  }

  private func setUpEvent(_ t: TypeObject) {
    setConstructor(t) { interp, args, kwargs throws(PyError) in
      _ = try interp.bindInit("Event", [], args, kwargs)
      return .object(EventObject(type: interp.asyncioTypes.event))
    }
    asyncMethod(t, "__init__", EventObject.self) { _, _, _ in .none }
    asyncMethod(t, "is_set", EventObject.self) { _, event, _ in .bool(event.isSet) }
    asyncMethod(t, "set", EventObject.self) { _, event, _ in
      event.set()
      return .none
    }
    asyncMethod(t, "clear", EventObject.self) { _, event, _ in
      event.isSet = false
      return .none
    }
    asyncCoroutineMethod(t, "wait", EventObject.self, qualifiedName: "Event.wait") { interp, event, _ throws(PyError) in
      try await event.wait(interp)
    }
  }

  private func setUpCondition(_ t: TypeObject) {
    func conditionLock(_ interp: Interpreter, _ given: Value?) throws(PyError) -> LockObject {
      switch given {
      case nil, .none?:
        return LockObject(type: interp.asyncioTypes.lock)
      case .object(let o as LockObject)?:
        return o
      case let other?:
        throw interp.typeError(
          "Condition() lock must be an asyncio.Lock, not \(interp.typeName(other))")
      }
    }
    setConstructor(t) { interp, args, kwargs throws(PyError) in
      let bound = try interp.bindInit("Condition", ["lock"], args, kwargs)
      return .object(ConditionObject(lock: try conditionLock(interp, bound["lock"]), type: interp.asyncioTypes.condition))
    }
    asyncMethod(t, "__init__", ConditionObject.self, ["lock"], required: 0) { interp, c, bound throws(PyError) in
      c.lock = try conditionLock(interp, bound["lock"])
      return .none
    }
    asyncMethod(t, "locked", ConditionObject.self) { _, c, _ in .bool(c.lock.isLocked) }
    asyncMethod(t, "acquire", ConditionObject.self) { interp, c, _ in
      interp.asyncioCoroutine("Lock.acquire") { interp throws(PyError) in
        try await c.lock.acquire(interp)
      }
    }
    asyncMethod(t, "release", ConditionObject.self) { interp, c, _ throws(PyError) in
      try c.lock.release(interp)
      return .none
    }
    asyncMethod(t, "wait", ConditionObject.self) { interp, c, _ in
      interp.asyncioCoroutine("Condition.wait") { interp throws(PyError) in
        try await c.wait(interp)
      }
    }
    asyncMethod(t, "wait_for", ConditionObject.self, ["predicate"]) { interp, c, bound in
      let predicate = bound["predicate"]!
      return interp.asyncioCoroutine("Condition.wait_for") { interp throws(PyError) in
        try await c.waitFor(interp) { () throws(PyError) -> Value in
          try interp.call(predicate, [])
        }
      }
    }
    asyncMethod(t, "notify", ConditionObject.self, ["n"], required: 0) {
      interp, c, bound throws(PyError) in
      let n = try bound["n"].map { v throws(PyError) in try interp.intArgument(v) } ?? 1
      try c.notify(interp, n)
      return .none
    }
    asyncMethod(t, "notify_all", ConditionObject.self) { interp, c, _ throws(PyError) in
      try c.notifyAll(interp)
      return .none
    }
    defineContextManager(
      t, ConditionObject.self,
      acquire: { interp, c throws(PyError) in try await c.lock.acquire(interp) },
      release: { interp, c throws(PyError) in try c.lock.release(interp) })
  }

  private func setUpSemaphore(_ t: TypeObject, bounded: TypeObject) {
    for (type, isBounded) in [(t, false), (bounded, true)] {
      let name = type.name
      setConstructor(type) { interp, args, kwargs throws(PyError) in
        let bound = try interp.bindInit(name, ["value"], args, kwargs)
        let value = try bound["value"].map { v throws(PyError) in try interp.intArgument(v) } ?? 1
        if value < 0 { throw interp.valueError("Semaphore initial value must be >= 0") }
        return .object(SemaphoreObject(value: value, bound: isBounded ? value : nil, type: type))
      }
      asyncMethod(type, "__init__", SemaphoreObject.self, ["value"], required: 0) { interp, s, bound throws(PyError) in
        let value = try bound["value"].map { v throws(PyError) in try interp.intArgument(v) } ?? 1
        if value < 0 { throw interp.valueError("Semaphore initial value must be >= 0") }
        s.value = value
        if isBounded { s.bound = value }
        return .none
      }
    }
    defineAcquirable(t, SemaphoreObject.self, qualifiedName: "Semaphore.acquire")
  }

  private func setUpBarrier(_ t: TypeObject) {
    setConstructor(t) { interp, args, kwargs throws(PyError) in
      let bound = try interp.bindInit("Barrier", ["parties"], required: 1, args, kwargs)
      let parties = try interp.intArgument(bound["parties"]!)
      if parties < 1 { throw interp.valueError("parties must be > 0") }
      let types = interp.asyncioTypes
      let condition = ConditionObject(lock: LockObject(type: types.lock), type: types.condition)
      return .object(BarrierObject(parties: parties, condition: condition, type: types.barrier))
    }
    asyncMethod(t, "wait", BarrierObject.self) { interp, b, _ in
      interp.asyncioCoroutine("Barrier.wait") { interp throws(PyError) in try await b.wait(interp) }
    }
    asyncMethod(t, "reset", BarrierObject.self) { interp, b, _ in
      interp.asyncioCoroutine("Barrier.reset") { interp throws(PyError) in
        try await b.reset(interp)
      }
    }
    asyncMethod(t, "abort", BarrierObject.self) { interp, b, _ in
      interp.asyncioCoroutine("Barrier.abort") { interp throws(PyError) in
        try await b.abort(interp)
      }
    }
    asyncMethod(t, "__aenter__", BarrierObject.self) { interp, b, _ in
      interp.asyncioCoroutine("Barrier.__aenter__") { interp throws(PyError) in
        try await b.wait(interp)
      }
    }
    define(t, "__aexit__") { interp, args, _ throws(PyError) in
      _ = try interp.receiver(args, BarrierObject.self, "__aexit__", "asyncio.locks.Barrier")
      return interp.asyncioCoroutine("Barrier.__aexit__") { _ in .none }
    }
    asyncioProperty(t, "parties", BarrierObject.self) { _, b in .int(b.parties) }
    asyncioProperty(t, "n_waiting", BarrierObject.self) { _, b in .int(b.waiting) }
    asyncioProperty(t, "broken", BarrierObject.self) { _, b in .bool(b.state == .broken) }
  }

  /// The reprs of the primitives, or nil for other objects.
  func lockRepr(_ o: PyObject) -> String? {
    switch o {
    case let lock as LockObject: return lock.repr(self)
    case let event as EventObject: return event.repr(self)
    case let condition as ConditionObject: return condition.repr(self)
    case let semaphore as SemaphoreObject: return semaphore.repr(self)
    case let barrier as BarrierObject: return barrier.repr(self)
    default: return nil
    }
  }
}
