// asyncio's queues as CPython 3.11's asyncio/queues.py has them: `Queue`, `PriorityQueue` and
// `LifoQueue`, with `task_done`/`join`, plus 3.13's `shutdown` and `QueueShutDown`.
//
// Blocked getters and putters wait on futures in FIFO deques. A put wakes the first getter
// not yet done (`_wakeup_next` pops it), and a get wakes the first putter, so the woken task
// finds the item (or slot) one turn later; a waiter cancelled after it was woken passes the
// wake-up on to the next one, and a cancelled waiter removes itself. The priority queue is a
// binary heap kept exactly as Python's `heapq` keeps a list, so equal priorities come out,
// and `repr` shows the items, in CPython's order.

import CoilSyntax
import DequeModule

/// `asyncio.Queue`, `asyncio.PriorityQueue` or `asyncio.LifoQueue`.
final class QueueObject: LoopBoundObject {
  enum Order {
    case fifo, priority, lifo
  }

  let order: Order
  /// The `maxsize` given, compared as CPython compares it.
  var maxsize: Value
  /// The items: in order for a FIFO or LIFO queue, a heap for a priority queue.
  var items = Deque<Value>()
  var getters = Deque<FutureObject>()
  var putters = Deque<FutureObject>()
  var unfinishedTasks = 0
  /// Set when every item put has been marked done; `join()` waits for it.
  let finished: EventObject
  var isShutDown = false

  init(order: Order, maxsize: Value, finished: EventObject, type: TypeObject) {
    self.order = order
    self.maxsize = maxsize
    self.finished = finished
    finished.isSet = true
    super.init(type: type)
  }

  // MARK: - Size

  func isFull(_ interp: Interpreter) throws(PyError) -> Bool {
    if case .int(let limit) = maxsize { return limit > 0 && items.count >= limit }
    if try interp.isTrue(try interp.compare(maxsize, .int(0), .lessEqual)) { return false }
    return try interp.isTrue(try interp.compare(.int(items.count), maxsize, .greaterEqual))
  }

  // MARK: - Storage

  /// `_put`.
  private func store(_ interp: Interpreter, _ item: Value) throws(PyError) {
    items.append(item)
    if order == .priority { try siftDown(interp, from: 0, items.count - 1) }
  }

  /// `_get`.
  private func take(_ interp: Interpreter) throws(PyError) -> Value {
    switch order {
    case .fifo: return items.removeFirst()
    case .lifo: return items.removeLast()
    case .priority:
      let last = items.removeLast()
      guard !items.isEmpty else { return last }
      let first = items[0]
      items[0] = last
      try siftUp(interp, 0)
      return first
    }
  }

  private func less(_ interp: Interpreter, _ a: Value, _ b: Value) throws(PyError) -> Bool {
    if case .int(let x) = a, case .int(let y) = b { return x < y }
    return try interp.isTrue(try interp.compare(a, b, .less))
  }

  /// heapq's `_siftdown`: moves the item at `position` up toward `start`.
  private func siftDown(_ interp: Interpreter, from start: Int, _ position: Int) throws(PyError) {
    var position = position
    let item = items[position]
    while position > start {
      let parentPosition = (position - 1) >> 1
      let parent = items[parentPosition]
      guard try less(interp, item, parent) else { break }
      items[position] = parent
      position = parentPosition
    }
    items[position] = item
  }

  /// heapq's `_siftup`: moves the smaller child up until a leaf, then sifts the item down.
  private func siftUp(_ interp: Interpreter, _ start: Int) throws(PyError) {
    let end = items.count
    var position = start
    let item = items[position]
    var child = 2 * position + 1
    while child < end {
      let right = child + 1
      if right < end, !(try less(interp, items[child], items[right])) { child = right }
      items[position] = items[child]
      position = child
      child = 2 * position + 1
    }
    items[position] = item
    try siftDown(interp, from: start, position)
  }

  // MARK: - Putting and getting

  /// `_wakeup_next`: wakes the first waiter not already done, dropping those before it.
  private func wakeUpNext(_ waiters: inout Deque<FutureObject>) {
    while let waiter = waiters.popFirst() {
      if !waiter.isDone {
        try? waiter.setResult(.none)
        return
      }
    }
  }

  func putNowait(_ interp: Interpreter, _ item: Value) throws(PyError) {
    if isShutDown { throw interp.asyncioError(interp.asyncioTypes.queueShutDown) }
    if try isFull(interp) { throw interp.asyncioError(interp.asyncioTypes.queueFull) }
    try store(interp, item)
    unfinishedTasks += 1
    finished.isSet = false
    wakeUpNext(&getters)
  }

  /// `await queue.put(item)`: waits for a free slot first.
  func put(_ interp: Interpreter, _ item: Value) async throws(PyError) {
    while try isFull(interp) {
      if isShutDown { throw interp.asyncioError(interp.asyncioTypes.queueShutDown) }
      let putter = try makeWaiter(interp)
      putters.append(putter)
      do throws(PyError) {
        _ = try await putter.wait(interp)
      } catch {
        _ = putter.cancel(message: .none)
        // A get_nowait or shutdown may have removed it already.
        putters.remove(putter)
        // Woken for a slot it will not take: wake the next in line.
        if !(try isFull(interp)) && putter.state != .cancelled { wakeUpNext(&putters) }
        throw error
      }
    }
    if isSubclassed {
      // As queues.py does, through the method a subclass may have overridden.
      _ = try interp.callMethod(name: "put_nowait", on: .object(self), [item])
    } else {
      try putNowait(interp, item)
    }
  }

  /// An instance of a class defined in Coil code that derives from a queue class.
  var isSubclassed: Bool { !type.isBuiltin }

  func getNowait(_ interp: Interpreter) throws(PyError) -> Value {
    if items.isEmpty {
      if isShutDown { throw interp.asyncioError(interp.asyncioTypes.queueShutDown) }
      throw interp.asyncioError(interp.asyncioTypes.queueEmpty)
    }
    let item = try take(interp)
    wakeUpNext(&putters)
    return item
  }

  /// `await queue.get()`: waits for an item first.
  func get(_ interp: Interpreter) async throws(PyError) -> Value {
    while items.isEmpty {
      if isShutDown { throw interp.asyncioError(interp.asyncioTypes.queueShutDown) }
      let getter = try makeWaiter(interp)
      getters.append(getter)
      do throws(PyError) {
        _ = try await getter.wait(interp)
      } catch {
        _ = getter.cancel(message: .none)
        getters.remove(getter)
        // Woken for an item it will not take: wake the next in line.
        if !items.isEmpty && getter.state != .cancelled { wakeUpNext(&getters) }
        throw error
      }
    }
    if isSubclassed { return try interp.callMethod(name: "get_nowait", on: .object(self), []) }
    return try getNowait(interp)
  }

  // MARK: - Tasks done

  func taskDone(_ interp: Interpreter) throws(PyError) {
    if unfinishedTasks <= 0 { throw interp.valueError("task_done() called too many times") }
    unfinishedTasks -= 1
    if unfinishedTasks == 0 { finished.set() }
  }

  /// `await queue.join()`.
  func join(_ interp: Interpreter) async throws(PyError) {
    if unfinishedTasks > 0 { _ = try await finished.wait(interp) }
  }

  /// `queue.shutdown(immediate)` (Python 3.13): puts fail from now on, gets once the queue is
  /// empty (at once if `immediate`, which drops the items); every blocked caller wakes.
  func shutDown(_ interp: Interpreter, immediate: Bool) throws(PyError) {
    isShutDown = true
    if immediate {
      while !items.isEmpty {
        _ = try take(interp)
        if unfinishedTasks > 0 { unfinishedTasks -= 1 }
      }
      if unfinishedTasks == 0 { finished.set() }
    }
    while let getter = getters.popFirst() {
      if !getter.isDone { try getter.setResult(.none) }
    }
    while let putter = putters.popFirst() {
      if !putter.isDone { try putter.setResult(.none) }
    }
  }

  // MARK: - Text

  /// `_format`: `maxsize=0 _queue=[1, 2] _getters[1] tasks=2`.
  func format(_ interp: Interpreter) throws(PyError) -> String {
    var text = "maxsize=\(try interp.repr(maxsize))"
    if !items.isEmpty { text += " _queue=\(try interp.repr(interp.makeList(Array(items))))" }
    if !getters.isEmpty { text += " _getters[\(getters.count)]" }
    if !putters.isEmpty { text += " _putters[\(putters.count)]" }
    if unfinishedTasks != 0 { text += " tasks=\(unfinishedTasks)" }
    if isShutDown { text += " shutdown" }
    return text
  }

  func repr(_ interp: Interpreter) throws(PyError) -> String {
    let address = String(UInt(bitPattern: interp.identity(self)), radix: 16)
    return "<\(type.name) at 0x\(address) \(try format(interp))>"
  }

  func str(_ interp: Interpreter) throws(PyError) -> String {
    "<\(type.name) \(try format(interp))>"
  }
}

// MARK: - Methods

extension Interpreter {
  func setUpQueueMethods(_ t: AsyncioTypes) {
    for type in [t.queue, t.priorityQueue, t.lifoQueue] {
      setConstructor(type) { interp, args, kwargs throws(PyError) in
        let bound = try interp.bind(
          PythonSignature("Queue.__init__", ["maxsize"], required: 0), args.dropFirst(), kwargs)
        let types = interp.asyncioTypes
        var made = type
        if case .object(let o)? = args.first, let given = o as? TypeObject { made = given }
        let order: QueueObject.Order =
          made.isSubtype(of: types.priorityQueue)
          ? .priority : made.isSubtype(of: types.lifoQueue) ? .lifo : .fifo
        return .object(
          QueueObject(
            order: order, maxsize: bound["maxsize"] ?? .int(0),
            finished: EventObject(type: types.event), type: made))
      }
    }
    let queue = t.queue
    // A subclass's instance is made with the defaults, then its __init__ runs this one.
    asyncMethod(queue, "__init__", QueueObject.self, ["maxsize"], required: 0) { _, q, bound in
      q.maxsize = bound["maxsize"] ?? .int(0)
      return .none
    }
    asyncioProperty(queue, "maxsize", QueueObject.self) { _, q in q.maxsize }
    asyncMethod(queue, "qsize", QueueObject.self) { _, q, _ in .int(q.items.count) }
    asyncMethod(queue, "empty", QueueObject.self) { _, q, _ in .bool(q.items.isEmpty) }
    asyncMethod(queue, "full", QueueObject.self) { interp, q, _ throws(PyError) in
      .bool(try q.isFull(interp))
    }
    asyncMethod(queue, "put_nowait", QueueObject.self, ["item"]) {
      interp, q, bound throws(PyError) in
      try q.putNowait(interp, bound["item"]!)
      return .none
    }
    asyncCoroutineMethod(queue, "put", QueueObject.self, ["item"], qualifiedName: "Queue.put") {
      interp, q, bound throws(PyError) in
      try await q.put(interp, bound["item"]!)
      return .none
    }
    asyncMethod(queue, "get_nowait", QueueObject.self) { interp, q, _ throws(PyError) in
      try q.getNowait(interp)
    }
    asyncCoroutineMethod(queue, "get", QueueObject.self, qualifiedName: "Queue.get") { interp, q, _ throws(PyError) in
      try await q.get(interp)
    }
    asyncMethod(queue, "task_done", QueueObject.self) { interp, q, _ throws(PyError) in
      try q.taskDone(interp)
      return .none
    }
    asyncCoroutineMethod(queue, "join", QueueObject.self, qualifiedName: "Queue.join") { interp, q, _ throws(PyError) in
      try await q.join(interp)
      return .none
    }
    asyncMethod(queue, "shutdown", QueueObject.self, ["immediate"], required: 0) {
      interp, q, bound throws(PyError) in
      try q.shutDown(interp, immediate: try interp.isTrue(bound["immediate"] ?? .bool(false)))
      return .none
    }
  }
}
