// The `heapq` module. The heap functions follow CPython's `_heapq` C code exactly (the same
// comparisons, with `<`, in the same order, so a heap ends up in the same order as CPython's and
// a list resized by a comparison fails the same way); `nlargest`, `nsmallest` and `merge`
// follow heapq.py, including its decorated tuples and shortcuts.

import CoilSyntax

/// A lazy `heapq.merge(*iterables, key=None, reverse=False)`, run like heapq.py's generator.
final class MergeIterator: IteratorObject {
  /// One input: its current value, that value's key, its position and its iterator.
  struct Entry {
    var key: Value
    let order: Int
    var value: Value
    let iterator: Value
  }
  enum Phase { case notStarted, heap, single, done }

  let iterables: [Value]
  let keyFunction: Value
  let reverse: Bool
  var heap: [Entry] = []
  var phase = Phase.notStarted
  /// The top entry was produced and must advance before the next value.
  var pending = false
  /// Set while a step runs, so a key function or `__lt__` cannot re-enter it.
  var running = false

  init(iterables: [Value], keyFunction: Value, reverse: Bool, type: TypeObject) {
    self.iterables = iterables
    self.keyFunction = keyFunction
    self.reverse = reverse
    super.init(type: type)
  }

  /// Whether `a` sorts before `b` as heapq.py's `[key, order, ...]` lists compare.
  func less(_ a: Entry, _ b: Entry, _ interp: Interpreter) throws(PyError) -> Bool {
    let (x, y) = reverse ? (b, a) : (a, b)
    if try interp.keysEqual(x.key, y.key) { return x.order < y.order }
    return try interp.lessThan(x.key, y.key)
  }

  override func advance(_ interp: Interpreter) throws(PyError) -> Value? {
    if running { throw interp.valueError("generator already executing") }
    running = true
    defer { running = false }
    switch phase {
    case .notStarted:
      let direction = reverse ? -1 : 1
      for (order, iterable) in iterables.enumerated() {
        let iterator = try interp.makeIterator(iterable)
        guard let value = try interp.next(iterator) else { continue }
        let key = keyFunction.isNone ? value : try interp.call(keyFunction, [value])
        heap.append(Entry(key: key, order: order * direction, value: value, iterator: iterator))
      }
      try heapify(interp)
      phase = .heap
      return try produce(interp)
    case .heap:
      if pending {
        pending = false
        if let value = try interp.next(heap[0].iterator) {
          heap[0].key = keyFunction.isNone ? value : try interp.call(keyFunction, [value])
          heap[0].value = value
          try siftUp(0, interp)
        } else {
          let last = heap.removeLast()
          if !heap.isEmpty {
            heap[0] = last
            try siftUp(0, interp)
          }
        }
      }
      return try produce(interp)
    case .single:
      guard let entry = heap.first, let value = try interp.next(entry.iterator) else {
        phase = .done
        return nil
      }
      return value
    case .done:
      return nil
    }
  }

  /// The value at the top of the heap, with the phase for what follows it.
  private func produce(_ interp: Interpreter) throws(PyError) -> Value? {
    if heap.count > 1 {
      pending = true
      return heap[0].value
    }
    if let only = heap.first {
      phase = .single
      return only.value
    }
    phase = .done
    return nil
  }

  private func heapify(_ interp: Interpreter) throws(PyError) {
    var i = heap.count / 2 - 1
    while i >= 0 {
      try siftUp(i, interp)
      i -= 1
    }
  }

  private func siftDown(_ start: Int, _ position: Int, _ interp: Interpreter) throws(PyError) {
    var pos = position
    while pos > start {
      let parent = (pos - 1) >> 1
      if !(try less(heap[pos], heap[parent], interp)) { break }
      heap.swapAt(pos, parent)
      pos = parent
    }
  }

  private func siftUp(_ position: Int, _ interp: Interpreter) throws(PyError) {
    let end = heap.count
    var pos = position
    let limit = end >> 1
    while pos < limit {
      var child = 2 * pos + 1
      if child + 1 < end, !(try less(heap[child], heap[child + 1], interp)) { child += 1 }
      heap.swapAt(child, pos)
      pos = child
    }
    try siftDown(position, pos, interp)
  }
}

extension Interpreter {
  // MARK: - The heap algorithms of _heapq

  private func heapResized() -> PyError {
    error("RuntimeError", "list changed size during iteration")
  }

  /// `_siftdown`: moves the item at `position` up toward `start` while it is smaller than its
  /// parent (larger, for a max-heap).
  func heapSiftDown(_ heap: ListObject, _ start: Int, _ position: Int, max isMax: Bool)
    throws(PyError)
  {
    let size = heap.items.count
    if position >= size { throw indexError("index out of range") }
    var pos = position
    while pos > start {
      let parent = (pos - 1) >> 1
      let item = heap.items[pos]
      let parentItem = heap.items[parent]
      let less = isMax ? try lessThan(parentItem, item) : try lessThan(item, parentItem)
      if size != heap.items.count { throw heapResized() }
      if !less { break }
      heap.items.swapAt(parent, pos)
      pos = parent
    }
  }

  /// `_siftup`: moves the smaller child up until a leaf, then sifts the item down into place.
  func heapSiftUp(_ heap: ListObject, _ position: Int, max isMax: Bool) throws(PyError) {
    let end = heap.items.count
    if position >= end { throw indexError("index out of range") }
    var pos = position
    let limit = end >> 1
    while pos < limit {
      var child = 2 * pos + 1
      if child + 1 < end {
        let left = heap.items[child]
        let right = heap.items[child + 1]
        let less = isMax ? try lessThan(right, left) : try lessThan(left, right)
        if end != heap.items.count { throw heapResized() }
        if !less { child += 1 }
      }
      heap.items.swapAt(child, pos)
      pos = child
    }
    try heapSiftDown(heap, position, pos, max: isMax)
  }

  func heapPush(_ heap: ListObject, _ item: Value) throws(PyError) {
    heap.items.append(item)
    try heapSiftDown(heap, 0, heap.items.count - 1, max: false)
  }

  func heapPop(_ heap: ListObject, max isMax: Bool = false) throws(PyError) -> Value {
    guard let last = heap.items.popLast() else { throw indexError("index out of range") }
    if heap.items.isEmpty { return last }
    let top = heap.items[0]
    heap.items[0] = last
    try heapSiftUp(heap, 0, max: isMax)
    return top
  }

  func heapReplace(_ heap: ListObject, _ item: Value, max isMax: Bool = false) throws(PyError)
    -> Value
  {
    guard let top = heap.items.first else { throw indexError("index out of range") }
    heap.items[0] = item
    try heapSiftUp(heap, 0, max: isMax)
    return top
  }

  func heapify(_ heap: ListObject, max isMax: Bool = false) throws(PyError) {
    var i = heap.items.count / 2 - 1
    while i >= 0 {
      try heapSiftUp(heap, i, max: isMax)
      i -= 1
    }
  }

  // MARK: - nlargest and nsmallest

  /// heapq.py's `nsmallest(n, iterable, key)` or, with `largest`, `nlargest`.
  func nBest(_ n: Value, _ iterable: Value, key: Value, largest: Bool) throws(PyError) -> Value {
    let keyFunction: Value? = key.isNone ? nil : key
    if try equal(n, .int(1)) {
      var best: Value?
      var bestKey: Value = .none
      let iterator = try makeIterator(iterable)
      while let item = try next(iterator) {
        let k = try keyFunction.map { f throws(PyError) in try call(f, [item]) } ?? item
        let better =
          best == nil ? true : try isTrue(try compare(k, bestKey, largest ? .greater : .less))
        if better {
          best = item
          bestKey = k
        }
      }
      return makeList(best.map { [$0] } ?? [])
    }
    var size: Int?
    do throws(PyError) { size = try length(iterable) } catch {
      guard error.matches("TypeError", self) || error.matches("AttributeError", self) else {
        throw error
      }
    }
    if let size, try isTrue(try compare(n, .int(size), .greaterEqual)) {
      var items = try iterate(iterable)
      try sortValues(&items, key: key, reverse: .bool(largest))
      let slice = SliceObject(start: .none, stop: n, step: .none, type: types.slice)
      return makeList(try sliceItems(items, slice))
    }
    let limitValue = largest ? try unary(.minus, n) : n
    guard let rawLimit = try clampedIndex(limitValue) else {
      throw typeError("'\(typeName(limitValue))' object cannot be interpreted as an integer")
    }
    let limit = largest ? (rawLimit == Int.min ? Int.max : -rawLimit) : rawLimit
    let iterator = try makeIterator(iterable)
    var decorated: [Value] = []
    var index = 0
    while index < limit, let item = try next(iterator) {
      let order = Value.int(largest ? -index : index)
      decorated.append(
        makeTuple(
          keyFunction == nil ? [item, order] : [try call(keyFunction!, [item]), order, item]))
      index += 1
    }
    if decorated.isEmpty { return makeList([]) }
    let heap = ListObject(decorated, type: types.list)
    // nsmallest keeps a max-heap of the n smallest so far, nlargest a min-heap.
    try heapify(heap, max: !largest)
    func topKey() -> Value {
      if case .object(let o) = heap.items[0], let t = o as? TupleObject, let first = t.items.first {
        return first
      }
      return .none
    }
    var top = topKey()
    var order = largest ? -limit : limit
    while let item = try next(iterator) {
      let k = try keyFunction.map { f throws(PyError) in try call(f, [item]) } ?? item
      if largest ? try lessThan(top, k) : try lessThan(k, top) {
        let entry = makeTuple(keyFunction == nil ? [item, .int(order)] : [k, .int(order), item])
        _ = try heapReplace(heap, entry, max: !largest)
        top = topKey()
        order &+= largest ? -1 : 1
      }
    }
    var sorted = heap.items
    try sortValues(&sorted, key: nil, reverse: .bool(largest))
    return makeList(
      sorted.map { entry in
        guard case .object(let o) = entry, let t = o as? TupleObject else { return entry }
        return keyFunction == nil ? t.items[0] : t.items[2]
      })
  }

  // MARK: - The module

  func makeHeapqModule() -> ModuleObject {
    /// The list argument of a heap function, or CPython's TypeError.
    func heapArgument(_ interp: Interpreter, _ value: Value, _ function: String, numbered: Bool)
      throws(PyError) -> ListObject
    {
      if case .object(let o) = value, let list = o as? ListObject { return list }
      throw interp.typeError(
        "\(function)() argument\(numbered ? " 1" : "") must be list, not \(interp.typeName(value))")
    }
    func oneArgument(
      _ name: String, max isMax: Bool,
      _ body: @escaping (Interpreter, ListObject) throws(PyError) -> Value
    )
      -> (String, BuiltinFunctionObject.Body)
    {
      (
        name,
        { interp, args, kwargs throws(PyError) in
          try interp.checkNoKeywords("_heapq.\(name)", kwargs)
          if args.count != 1 {
            throw interp.typeError(
              "_heapq.\(name)() takes exactly one argument (\(args.count) given)")
          }
          return try body(interp, try heapArgument(interp, args[0], name, numbered: false))
        }
      )
    }
    func twoArguments(
      _ name: String, _ body: @escaping (Interpreter, ListObject, Value) throws(PyError) -> Value
    )
      -> (String, BuiltinFunctionObject.Body)
    {
      (
        name,
        { interp, args, kwargs throws(PyError) in
          try interp.checkNoKeywords("_heapq.\(name)", kwargs)
          try interp.checkPositional(name, args.count, min: 2, max: 2)
          return try body(interp, try heapArgument(interp, args[0], name, numbered: true), args[1])
        }
      )
    }
    func best(_ name: String, largest: Bool) -> (String, BuiltinFunctionObject.Body) {
      (
        name,
        { interp, args, kwargs throws(PyError) in
          let bound = try interp.bind(
            PythonSignature(name, ["n", "iterable", "key"], required: 2, isMethod: false),
            args[...], kwargs)
          return try interp.nBest(
            bound["n"]!, bound["iterable"]!, key: bound["key"] ?? .none, largest: largest)
        }
      )
    }
    let m = makeModule(
      "heapq",
      [
        twoArguments("heappush") { interp, heap, item throws(PyError) in
          try interp.heapPush(heap, item)
          return .none
        },
        oneArgument("heappop", max: false) { interp, heap throws(PyError) in
          try interp.heapPop(heap)
        },
        oneArgument("heapify", max: false) { interp, heap throws(PyError) in
          try interp.heapify(heap)
          return .none
        },
        twoArguments("heapreplace") { interp, heap, item throws(PyError) in
          try interp.heapReplace(heap, item)
        },
        twoArguments("heappushpop") { interp, heap, item throws(PyError) in
          guard let top = heap.items.first else { return item }
          if !(try interp.lessThan(top, item)) { return item }
          return try interp.heapReplace(heap, item)
        },
        oneArgument("_heappop_max", max: true) { interp, heap throws(PyError) in
          try interp.heapPop(heap, max: true)
        },
        oneArgument("_heapify_max", max: true) { interp, heap throws(PyError) in
          try interp.heapify(heap, max: true)
          return .none
        },
        twoArguments("_heapreplace_max") { interp, heap, item throws(PyError) in
          try interp.heapReplace(heap, item, max: true)
        },
        best("nlargest", largest: true),
        best("nsmallest", largest: false),
        (
          "merge",
          { interp, args, kwargs throws(PyError) in
            var key: Value = .none
            var reverse = false
            for (name, value) in kwargs {
              switch name {
              case "key": key = value
              case "reverse": reverse = try interp.isTrue(value)
              default:
                throw interp.typeError("merge() got an unexpected keyword argument '\(name)'")
              }
            }
            return .object(
              MergeIterator(
                iterables: args, keyFunction: key, reverse: reverse, type: interp.libraryTypes.merge
              ))
          }
        ),
      ])
    let merge = libraryTypes.merge
    defineIteratorProtocol(merge)
    define(merge, "__repr__") { interp, args, _ throws(PyError) in
      guard case .object(let o)? = args.first else { return interp.str("<generator object merge>") }
      return interp.str("<generator object merge at \(interp.addressText(o))>")
    }
    m.set(
      "__all__",
      makeList(
        ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop"].map {
          str($0)
        }))
    return m
  }
}
