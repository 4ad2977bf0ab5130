// The `itertools` module, following CPython's C implementation step for step: every tool is a
// lazy iterator class (an `IteratorObject` subclass holding its state in fields), consumes its
// inputs only as far as asked, and checks its arguments with CPython's messages. The
// combinatoric tools are in Itertools+Combinatorics.swift.

import BigInt

// MARK: - Infinite iterators

/// `count(start=0, step=1)`. While the count fits a machine int and the step is 1 it counts
/// natively ("fast mode"); otherwise it adds `step` with Python's `+`.
final class CountIterator: IteratorObject {
  /// The next value in fast mode; nil in slow mode.
  var fast: Int?
  var current: Value
  let step: Value

  init(start: Value, step: Value, fast: Int?, type: TypeObject) {
    self.current = start
    self.step = step
    self.fast = fast
    super.init(type: type)
  }

  override func advance(_ interp: Interpreter) throws(PyError) -> Value? {
    if let n = fast {
      if n < Int.max {
        fast = n + 1
        return .int(n)
      }
      fast = nil
      current = .int(n)
    }
    let value = current
    current = try interp.binary(.add, current, step)
    return value
  }
}

/// `cycle(iterable)`: saves the first pass, then repeats it.
final class CycleIterator: IteratorObject {
  var source: Value?
  var saved: [Value] = []
  var index = 0

  init(source: Value, type: TypeObject) {
    self.source = source
    super.init(type: type)
  }

  override func advance(_ interp: Interpreter) throws(PyError) -> Value? {
    if let source {
      if let item = try interp.next(source) {
        saved.append(item)
        return item
      }
      self.source = nil
    }
    if saved.isEmpty { return nil }
    let item = saved[index]
    index += 1
    if index >= saved.count { index = 0 }
    return item
  }
}

/// `repeat(object, times=None)`; `remaining` is -1 for an endless repeat.
final class RepeatIterator: IteratorObject {
  let element: Value
  var remaining: Int

  init(element: Value, remaining: Int, type: TypeObject) {
    self.element = element
    self.remaining = remaining
    super.init(type: type)
  }

  override func advance(_ interp: Interpreter) throws(PyError) -> Value? {
    if remaining == 0 { return nil }
    if remaining > 0 { remaining -= 1 }
    return element
  }
}

// MARK: - Iterators terminating on the shortest input

/// `islice(iterable, [start,] stop[, step])`; `stop` is -1 for None.
final class IsliceIterator: IteratorObject {
  let source: Value
  let stop: Int
  let step: Int
  var consumed = 0
  var nextIndex: Int

  init(source: Value, start: Int, stop: Int, step: Int, type: TypeObject) {
    self.source = source
    self.nextIndex = start
    self.stop = stop
    self.step = step
    super.init(type: type)
  }

  override func advance(_ interp: Interpreter) throws(PyError) -> Value? {
    while consumed < nextIndex {
      guard try interp.next(source) != nil else { return nil }
      consumed += 1
    }
    if stop != -1 && consumed >= stop { return nil }
    guard let item = try interp.next(source) else { return nil }
    consumed += 1
    let (sum, overflow) = nextIndex.addingReportingOverflow(step)
    nextIndex = overflow || (stop != -1 && sum > stop) ? stop : sum
    return item
  }
}

/// `chain(*iterables)` and `chain.from_iterable(iterable)`.
final class ChainIterator: IteratorObject {
  /// The iterator over the iterables; nil once they are all used up.
  var source: Value?
  var active: Value?

  init(source: Value, type: TypeObject) {
    self.source = source
    super.init(type: type)
  }

  override func advance(_ interp: Interpreter) throws(PyError) -> Value? {
    while let source {
      if active == nil {
        guard let iterable = try interp.next(source) else {
          self.source = nil
          return nil
        }
        do throws(PyError) {
          active = try interp.makeIterator(iterable)
        } catch {
          self.source = nil
          throw error
        }
      }
      if let active, let item = try interp.next(active) { return item }
      active = nil
    }
    return nil
  }
}

/// `zip_longest(*iterables, fillvalue=None)`.
final class ZipLongestIterator: IteratorObject {
  /// The iterators still running; nil where one has ended.
  var iterators: [Value?]
  var active: Int
  let fillValue: Value

  init(iterators: [Value], fillValue: Value, type: TypeObject) {
    self.iterators = iterators
    self.active = iterators.count
    self.fillValue = fillValue
    super.init(type: type)
  }

  override func advance(_ interp: Interpreter) throws(PyError) -> Value? {
    if iterators.isEmpty || active == 0 { return nil }
    var items: [Value] = []
    items.reserveCapacity(iterators.count)
    for i in iterators.indices {
      guard let iterator = iterators[i] else {
        items.append(fillValue)
        continue
      }
      let item: Value?
      do throws(PyError) { item = try interp.next(iterator) } catch {
        active = 0
        throw error
      }
      if let item {
        items.append(item)
      } else {
        active -= 1
        if active == 0 { return nil }
        iterators[i] = nil
        items.append(fillValue)
      }
    }
    return interp.makeTuple(items)
  }
}

/// `accumulate(iterable, func=None, *, initial=None)`.
final class AccumulateIterator: IteratorObject {
  let source: Value
  let function: Value
  var initial: Value
  var total: Value?

  init(source: Value, function: Value, initial: Value, type: TypeObject) {
    self.source = source
    self.function = function
    self.initial = initial
    super.init(type: type)
  }

  override func advance(_ interp: Interpreter) throws(PyError) -> Value? {
    if !initial.isNone {
      total = initial
      initial = .none
      return total
    }
    guard let value = try interp.next(source) else { return nil }
    guard let total else {
      self.total = value
      return value
    }
    let sum =
      function.isNone
      ? try interp.binary(.add, total, value) : try interp.call(function, [total, value])
    self.total = sum
    return sum
  }
}

/// `groupby(iterable, key=None)`. A new group invalidates the previous group's iterator, which
/// remembers the group number it was made for.
final class GroupbyIterator: IteratorObject {
  let source: Value
  let keyFunction: Value
  var targetKey: Value?
  var currentKey: Value?
  var currentValue: Value?
  /// Counts groups; the group iterator whose number this is may still produce values.
  var currentGroup = 0

  init(source: Value, keyFunction: Value, type: TypeObject) {
    self.source = source
    self.keyFunction = keyFunction
    super.init(type: type)
  }

  /// Reads the next value and its key; false at the end of the input.
  func step(_ interp: Interpreter) throws(PyError) -> Bool {
    guard let value = try interp.next(source) else { return false }
    let key = keyFunction.isNone ? value : try interp.call(keyFunction, [value])
    currentValue = value
    currentKey = key
    return true
  }

  override func advance(_ interp: Interpreter) throws(PyError) -> Value? {
    currentGroup += 1
    while true {
      if let currentKey {
        guard let targetKey else { break }
        if !(try interp.keysEqual(targetKey, currentKey)) { break }
      }
      if !(try step(interp)) { return nil }
    }
    guard let key = currentKey else { return nil }
    targetKey = key
    let group = GrouperIterator(
      parent: self, key: key, number: currentGroup, type: interp.libraryTypes.grouper)
    return interp.makeTuple([key, .object(group)])
  }
}

/// The iterator over one group of a `groupby`.
final class GrouperIterator: IteratorObject {
  let parent: GroupbyIterator
  let key: Value
  let number: Int

  init(parent: GroupbyIterator, key: Value, number: Int, type: TypeObject) {
    self.parent = parent
    self.key = key
    self.number = number
    super.init(type: type)
  }

  override func advance(_ interp: Interpreter) throws(PyError) -> Value? {
    if parent.currentGroup != number { return nil }
    if parent.currentValue == nil {
      if !(try parent.step(interp)) { return nil }
    }
    guard let currentKey = parent.currentKey, try interp.keysEqual(key, currentKey) else {
      return nil
    }
    let value = parent.currentValue
    parent.currentValue = nil
    return value
  }
}

/// `starmap(function, iterable)`.
final class StarmapIterator: IteratorObject {
  let function: Value
  let source: Value

  init(function: Value, source: Value, type: TypeObject) {
    self.function = function
    self.source = source
    super.init(type: type)
  }

  override func advance(_ interp: Interpreter) throws(PyError) -> Value? {
    guard let item = try interp.next(source) else { return nil }
    if case .object(let o) = item, let tuple = o as? TupleObject {
      return try interp.call(function, tuple.items)
    }
    return try interp.call(function, try interp.iterate(item))
  }
}

/// `takewhile`, `dropwhile`, `filterfalse` and `compress`: one value at a time, kept or not.
final class FilteringIterator: IteratorObject {
  enum Kind { case takewhile, dropwhile, filterfalse, compress }
  let kind: Kind
  /// The predicate, or for `compress` the selectors' iterator.
  let predicate: Value
  let source: Value
  /// takewhile: the predicate has failed; dropwhile: it has, and values now pass.
  var switched = false

  init(kind: Kind, predicate: Value, source: Value, type: TypeObject) {
    self.kind = kind
    self.predicate = predicate
    self.source = source
    super.init(type: type)
  }

  override func advance(_ interp: Interpreter) throws(PyError) -> Value? {
    switch kind {
    case .takewhile:
      if switched { return nil }
      guard let item = try interp.next(source) else { return nil }
      if try interp.isTrue(try interp.call(predicate, [item])) { return item }
      switched = true
      return nil
    case .dropwhile:
      while let item = try interp.next(source) {
        if switched { return item }
        if !(try interp.isTrue(try interp.call(predicate, [item]))) {
          switched = true
          return item
        }
      }
      return nil
    case .filterfalse:
      while let item = try interp.next(source) {
        let test: Value
        if predicate.isNone || predicate.asObject === interp.types.bool {
          test = item
        } else {
          test = try interp.call(predicate, [item])
        }
        if !(try interp.isTrue(test)) { return item }
      }
      return nil
    case .compress:
      while let datum = try interp.next(source) {
        guard let selector = try interp.next(predicate) else { return nil }
        if try interp.isTrue(selector) { return datum }
      }
      return nil
    }
  }
}

/// `pairwise(iterable)`.
final class PairwiseIterator: IteratorObject {
  let source: Value
  var previous: Value?

  init(source: Value, type: TypeObject) {
    self.source = source
    super.init(type: type)
  }

  override func advance(_ interp: Interpreter) throws(PyError) -> Value? {
    if previous == nil {
      guard let first = try interp.next(source) else { return nil }
      previous = first
    }
    guard let old = previous, let new = try interp.next(source) else {
      previous = nil
      return nil
    }
    previous = new
    return interp.makeTuple([old, new])
  }
}

// MARK: - tee

/// A run of values read from a `tee`'s source, shared by its iterators. Links chain in reading
/// order; once every iterator has passed a link nothing refers to it and it is freed.
final class TeeLink {
  static let capacity = 57
  let source: TeeSource
  var values: [Value] = []
  var next: TeeLink?

  init(source: TeeSource) {
    self.source = source
    values.reserveCapacity(TeeLink.capacity)
  }
}

/// The iterator all copies of a `tee` read from.
final class TeeSource {
  let iterator: Value
  var running = false

  init(iterator: Value) {
    self.iterator = iterator
  }
}

/// One of the iterators `tee` returns.
final class TeeIterator: IteratorObject {
  var link: TeeLink
  var index: Int

  init(link: TeeLink, index: Int, type: TypeObject) {
    self.link = link
    self.index = index
    super.init(type: type)
  }

  override func advance(_ interp: Interpreter) throws(PyError) -> Value? {
    if index >= TeeLink.capacity {
      if link.next == nil { link.next = TeeLink(source: link.source) }
      if let next = link.next { link = next }
      index = 0
    }
    if index < link.values.count {
      index += 1
      return link.values[index - 1]
    }
    let source = link.source
    if source.running { throw interp.error("RuntimeError", "cannot re-enter the tee iterator") }
    source.running = true
    defer { source.running = false }
    guard let value = try interp.next(source.iterator) else { return nil }
    link.values.append(value)
    index += 1
    return value
  }

  func copy(_ interp: Interpreter) -> TeeIterator {
    TeeIterator(link: link, index: index, type: interp.libraryTypes.tee)
  }
}

// MARK: - The module

extension Interpreter {
  /// Defines `__iter__` (the iterator itself) and `__next__` on an iterator class.
  func defineIteratorProtocol(_ t: TypeObject) {
    let qualified = "\(t.moduleName).\(t.name)"
    define(t, "__iter__") { interp, args, _ throws(PyError) in
      guard let first = args.first else {
        throw interp.typeError("descriptor '__iter__' of '\(qualified)' object needs an argument")
      }
      return first
    }
    define(t, "__next__") { interp, args, _ throws(PyError) in
      guard case .object(let o)? = args.first, let iterator = o as? IteratorObject else {
        throw interp.typeError("descriptor '__next__' of '\(qualified)' object needs an argument")
      }
      if let value = try iterator.next(interp) { return value }
      throw interp.stopIteration()
    }
  }

  /// Defines `__new__` on an itertools class; `body` gets the class and the other arguments.
  private func defineConstructor(
    _ t: TypeObject,
    _ body:
      @escaping (Interpreter, TypeObject, ArraySlice<Value>, Keywords) throws(PyError) ->
      IteratorObject
  ) {
    defineIteratorProtocol(t)
    let name = t.name
    define(t, "__new__") { interp, args, kwargs throws(PyError) in
      let cls = try interp.classArgument(args, name)
      return .object(try body(interp, cls, args.dropFirst(), kwargs))
    }
  }

  /// Defines the methods of the itertools classes, once; `collections` uses them too.
  func setUpItertoolsClasses() {
    let t = libraryTypes
    if t.itertoolsReady { return }
    t.itertoolsReady = true
    setUpInfiniteIterators(t)
    setUpFilteringIterators(t)
    setUpCombinatoricIterators(t)
    setUpTee(t)
  }

  func makeItertoolsModule() -> ModuleObject {
    let t = libraryTypes
    setUpItertoolsClasses()
    let m = makeModule(
      "itertools",
      [
        (
          "tee",
          { interp, args, kwargs throws(PyError) in
            try interp.checkNoKeywords("tee", kwargs)
            try interp.checkPositional("tee", args.count, min: 1, max: 2)
            let n = args.count > 1 ? try interp.sizeArgument(args[1]) : 2
            if n < 0 { throw interp.valueError("n must be >= 0") }
            if n == 0 { return interp.makeTuple([]) }
            try interp.checkAllocation(n)
            let iterator = try interp.makeIterator(args[0])
            let first: Value
            if case .object(let o) = iterator, let tee = o as? TeeIterator {
              first = .object(tee.copy(interp))
            } else if let copy = try interp.lookupAttribute(iterator, interp.name("__copy__")) {
              var copies = [iterator]
              for _ in 1..<n { copies.append(try interp.call(copy, [])) }
              return interp.makeTuple(copies)
            } else {
              let link = TeeLink(source: TeeSource(iterator: iterator))
              first = .object(TeeIterator(link: link, index: 0, type: interp.libraryTypes.tee))
            }
            var copies = [first]
            if case .object(let o) = first, let tee = o as? TeeIterator {
              for _ in 1..<n { copies.append(.object(tee.copy(interp))) }
            }
            return interp.makeTuple(copies)
          }
        )
      ])
    let classes: [(String, TypeObject)] = [
      ("count", t.count), ("cycle", t.cycle), ("repeat", t.repeatType), ("islice", t.islice),
      ("chain", t.chain), ("zip_longest", t.zipLongest), ("product", t.product),
      ("permutations", t.permutations), ("combinations", t.combinations),
      ("combinations_with_replacement", t.combinationsWithReplacement),
      ("accumulate", t.accumulate), ("groupby", t.groupby), ("starmap", t.starmap),
      ("takewhile", t.takewhile), ("dropwhile", t.dropwhile), ("filterfalse", t.filterfalse),
      ("compress", t.compress), ("pairwise", t.pairwise), ("_tee", t.tee), ("_grouper", t.grouper),
    ]
    for (name, type) in classes { m.set(name, .object(type)) }
    return m
  }

  private func setUpInfiniteIterators(_ t: LibraryTypes) {
    defineConstructor(t.count) { interp, cls, args, kwargs throws(PyError) in
      let values = try interp.parseArguments("count", args, kwargs, ["start", "step"], required: 0)
      let start = values[0] ?? .int(0)
      let step = values[1] ?? .int(1)
      for v in [start, step] where !interp.isNumber(v) {
        throw interp.typeError("a number is required")
      }
      var fast: Int?
      switch (start, step) {
      case (.int(let n), .int(1)), (.int(let n), .bool(true)): fast = n
      case (.bool(let b), .int(1)), (.bool(let b), .bool(true)): fast = b ? 1 : 0
      default: break
      }
      return CountIterator(start: start, step: step, fast: fast, type: cls)
    }
    define(t.count, "__repr__") { interp, args, _ throws(PyError) in
      let count = try interp.nativeReceiver(
        args, CountIterator.self, "__repr__", interp.libraryTypes.count)
      let name = count.type.name
      if let n = count.fast { return interp.str("\(name)(\(n))") }
      switch count.step {
      case .int(1), .bool(true): return interp.str("\(name)(\(try interp.repr(count.current)))")
      default:
        return interp.str(
          "\(name)(\(try interp.repr(count.current)), \(try interp.repr(count.step)))")
      }
    }
    defineConstructor(t.cycle) { interp, cls, args, kwargs throws(PyError) in
      try interp.checkNoKeywords("cycle", kwargs)
      try interp.checkPositional("cycle", args.count, min: 1, max: 1)
      return CycleIterator(source: try interp.makeIterator(args[args.startIndex]), type: cls)
    }
    defineConstructor(t.repeatType) { interp, cls, args, kwargs throws(PyError) in
      let values = try interp.parseArguments(
        "repeat", args, kwargs, ["object", "times"], required: 1)
      var remaining = -1
      if let times = values[1] { remaining = max(0, try interp.sizeArgument(times)) }
      return RepeatIterator(element: values[0] ?? .none, remaining: remaining, type: cls)
    }
    define(t.repeatType, "__repr__") { interp, args, _ throws(PyError) in
      let r = try interp.nativeReceiver(
        args, RepeatIterator.self, "__repr__", interp.libraryTypes.repeatType)
      let element = try interp.repr(r.element)
      if r.remaining < 0 { return interp.str("\(r.type.name)(\(element))") }
      return interp.str("\(r.type.name)(\(element), \(r.remaining))")
    }
    define(t.repeatType, "__length_hint__") { interp, args, _ throws(PyError) in
      let r = try interp.nativeReceiver(
        args, RepeatIterator.self, "__length_hint__", interp.libraryTypes.repeatType)
      if r.remaining < 0 { throw interp.typeError("len() of unsized object") }
      return .int(r.remaining)
    }
  }

  private func setUpFilteringIterators(_ t: LibraryTypes) {
    defineConstructor(t.islice) { interp, cls, args, kwargs throws(PyError) in
      try interp.checkNoKeywords("islice", kwargs)
      try interp.checkPositional("islice", args.count, min: 2, max: 4)
      let a = Array(args)
      let stopMessage =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
      var start = 0
      var stop = -1
      var step = 1
      // PyNumber_AsSsize_t failing (no __index__, or beyond sys.maxsize) reads as -1.
      func index(_ v: Value) throws(PyError) -> Int {
        if case .object(let o) = v, o is BigIntObject { return -1 }
        do throws(PyError) { return try interp.clampedIndex(v) ?? -1 } catch { return -1 }
      }
      if a.count == 2 {
        if !a[1].isNone {
          stop = try index(a[1])
          if stop == -1 { throw interp.valueError(stopMessage) }
        }
      } else {
        if !a[1].isNone { start = try index(a[1]) }
        if !a[2].isNone {
          stop = try index(a[2])
          if stop == -1 { throw interp.valueError(stopMessage) }
        }
      }
      if start < 0 || stop < -1 {
        throw interp.valueError(
          "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
      }
      if a.count == 4, !a[3].isNone { step = try index(a[3]) }
      if step < 1 {
        throw interp.valueError("Step for islice() must be a positive integer or None.")
      }
      let source = try interp.makeIterator(a[0])
      return IsliceIterator(source: source, start: start, stop: stop, step: step, type: cls)
    }
    defineConstructor(t.chain) { interp, cls, args, kwargs throws(PyError) in
      try interp.checkNoKeywords("chain", kwargs)
      return ChainIterator(
        source: try interp.makeIterator(interp.makeTuple(Array(args))), type: cls)
    }
    defineClassMethod(t.chain, "from_iterable") { interp, args, kwargs throws(PyError) in
      try interp.checkNoKeywords("chain.from_iterable", kwargs)
      guard args.count == 2 else {
        throw interp.typeError(
          "chain.from_iterable() takes exactly one argument (\(max(args.count - 1, 0)) given)")
      }
      let cls = try interp.classArgument(args, "chain")
      return .object(ChainIterator(source: try interp.makeIterator(args[1]), type: cls))
    }
    defineConstructor(t.zipLongest) { interp, cls, args, kwargs throws(PyError) in
      var fillValue: Value = .none
      if !kwargs.isEmpty {
        guard kwargs.count == 1, kwargs[0].0 == "fillvalue" else {
          throw interp.typeError("zip_longest() got an unexpected keyword argument")
        }
        fillValue = kwargs[0].1
      }
      var iterators: [Value] = []
      for a in args { iterators.append(try interp.makeIterator(a)) }
      return ZipLongestIterator(iterators: iterators, fillValue: fillValue, type: cls)
    }
    defineConstructor(t.accumulate) { interp, cls, args, kwargs throws(PyError) in
      let values = try interp.parseArguments(
        "accumulate", args, kwargs, ["iterable", "func", "initial"], required: 1, positional: 2)
      let source = try interp.makeIterator(values[0] ?? .none)
      return AccumulateIterator(
        source: source, function: values[1] ?? .none, initial: values[2] ?? .none, type: cls)
    }
    defineConstructor(t.groupby) { interp, cls, args, kwargs throws(PyError) in
      let values = try interp.parseArguments(
        "groupby", args, kwargs, ["iterable", "key"], required: 1)
      let source = try interp.makeIterator(values[0] ?? .none)
      return GroupbyIterator(source: source, keyFunction: values[1] ?? .none, type: cls)
    }
    defineIteratorProtocol(t.grouper)
    defineConstructor(t.starmap) { interp, cls, args, kwargs throws(PyError) in
      try interp.checkNoKeywords("starmap", kwargs)
      try interp.checkPositional("starmap", args.count, min: 2, max: 2)
      let source = try interp.makeIterator(args[args.startIndex + 1])
      return StarmapIterator(function: args[args.startIndex], source: source, type: cls)
    }
    let predicated: [(TypeObject, FilteringIterator.Kind, String)] = [
      (t.takewhile, .takewhile, "takewhile"), (t.dropwhile, .dropwhile, "dropwhile"),
      (t.filterfalse, .filterfalse, "filterfalse"),
    ]
    for (type, kind, name) in predicated {
      defineConstructor(type) { interp, cls, args, kwargs throws(PyError) in
        try interp.checkNoKeywords(name, kwargs)
        try interp.checkPositional(name, args.count, min: 2, max: 2)
        let source = try interp.makeIterator(args[args.startIndex + 1])
        return FilteringIterator(
          kind: kind, predicate: args[args.startIndex], source: source, type: cls)
      }
    }
    defineConstructor(t.compress) { interp, cls, args, kwargs throws(PyError) in
      let values = try interp.parseArguments(
        "compress", args, kwargs, ["data", "selectors"], required: 2)
      let data = try interp.makeIterator(values[0] ?? .none)
      let selectors = try interp.makeIterator(values[1] ?? .none)
      return FilteringIterator(kind: .compress, predicate: selectors, source: data, type: cls)
    }
    defineConstructor(t.pairwise) { interp, cls, args, kwargs throws(PyError) in
      try interp.checkNoKeywords("pairwise", kwargs)
      try interp.checkPositional("pairwise", args.count, min: 1, max: 1)
      return PairwiseIterator(source: try interp.makeIterator(args[args.startIndex]), type: cls)
    }
  }

  private func setUpTee(_ t: LibraryTypes) {
    defineConstructor(t.tee) { interp, cls, args, kwargs throws(PyError) in
      try interp.checkNoKeywords("_tee", kwargs)
      try interp.checkPositional("_tee", args.count, min: 1, max: 1)
      let iterator = try interp.makeIterator(args[args.startIndex])
      if case .object(let o) = iterator, let tee = o as? TeeIterator { return tee.copy(interp) }
      return TeeIterator(link: TeeLink(source: TeeSource(iterator: iterator)), index: 0, type: cls)
    }
    define(t.tee, "__copy__") { interp, args, _ throws(PyError) in
      let tee = try interp.nativeReceiver(
        args, TeeIterator.self, "__copy__", interp.libraryTypes.tee)
      return .object(tee.copy(interp))
    }
  }

  /// Whether a value is a number as `PyNumber_Check` decides (ints, floats, complex numbers,
  /// and objects with `__index__`, `__int__` or `__float__`).
  func isNumber(_ value: Value) -> Bool {
    switch value {
    case .int, .bool, .float: return true
    case .none: return false
    case .object(let o):
      if o is BigIntObject || o is ComplexObject { return true }
      return ["__index__", "__int__", "__float__"].contains { o.type.lookup(name($0)) != nil }
    }
  }
}
