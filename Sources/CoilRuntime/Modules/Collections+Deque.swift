// `collections.deque` on swift-collections' `Deque`: appends and pops at both ends in constant
// time, an optional maximum length that drops items from the opposite end, and CPython's
// mutation counter, which iterators compare to raise "deque mutated during iteration".

import CoilSyntax
import DequeModule

/// A `collections.deque`.
final class DequeObject: PyObject {
  var items = Deque<Value>()
  /// nil for an unbounded deque.
  var maxlen: Int?
  /// Bumped by every change of length or order, as CPython's `state`.
  var state = 0
  /// Instance attributes when this deque is an instance of a subclass.
  var instanceDict: DictObject?

  override init(type: TypeObject) {
    super.init(type: type)
  }

  override var attributes: DictObject? { instanceDict }

  func append(_ value: Value) {
    state &+= 1
    if maxlen == 0 { return }
    items.append(value)
    if let maxlen, items.count > maxlen { items.removeFirst() }
  }

  func appendLeft(_ value: Value) {
    state &+= 1
    if maxlen == 0 { return }
    items.prepend(value)
    if let maxlen, items.count > maxlen { items.removeLast() }
  }

  /// Moves the last `n` items to the front (the first `-n` to the back when negative).
  func rotate(_ n: Int) {
    let count = items.count
    if count <= 1 { return }
    state &+= 1
    var k = n % count
    if k < 0 { k += count }
    if k == 0 { return }
    if k <= count / 2 {
      for _ in 0..<k { items.prepend(items.removeLast()) }
    } else {
      for _ in 0..<(count - k) { items.append(items.removeFirst()) }
    }
  }
}

/// An iterator over a deque, forward or reversed, that fails once the deque changes.
final class DequeIterator: IteratorObject {
  let deque: DequeObject
  let state: Int
  let reversed: Bool
  var position = 0

  init(deque: DequeObject, reversed: Bool, type: TypeObject) {
    self.deque = deque
    self.state = deque.state
    self.reversed = reversed
    super.init(type: type)
  }

  override func advance(_ interp: Interpreter) throws(PyError) -> Value? {
    if deque.state != state {
      throw interp.error("RuntimeError", "deque mutated during iteration")
    }
    let count = deque.items.count
    guard position < count else { return nil }
    position += 1
    return deque.items[reversed ? count - position : position - 1]
  }
}

extension Interpreter {
  /// The items of an iterable for extending a deque; a deque extended by itself is copied first.
  private func dequeSource(_ deque: DequeObject, _ iterable: Value) throws(PyError) -> Value {
    if case .object(let o) = iterable, o === deque { return makeList(Array(deque.items)) }
    return iterable
  }

  func dequeExtend(_ deque: DequeObject, _ iterable: Value, left: Bool = false) throws(PyError) {
    let iterator = try makeIterator(try dequeSource(deque, iterable))
    while let item = try next(iterator) {
      if left { deque.appendLeft(item) } else { deque.append(item) }
    }
  }

  /// `deque(iterable, maxlen)` made for class `type`, as `copy()` and `+` make new deques.
  func makeDeque(_ type: TypeObject, _ items: Deque<Value>, maxlen: Int?) throws(PyError) -> Value {
    if type === libraryTypes.deque {
      let made = DequeObject(type: type)
      made.items = items
      made.maxlen = maxlen
      return .object(made)
    }
    let list = makeList(Array(items))
    return try call(.object(type), maxlen.map { [list, .int($0)] } ?? [list])
  }

  /// Normalizes a deque index, or IndexError "deque index out of range".
  private func dequeIndex(_ deque: DequeObject, _ key: Value) throws(PyError) -> Int {
    guard let raw = try clampedIndex(key) else {
      throw typeError("sequence index must be integer, not '\(typeName(key))'")
    }
    let count = deque.items.count
    let i = raw < 0 ? raw + count : raw
    if i < 0 || i >= count { throw indexError("deque index out of range") }
    return i
  }

  func setUpDeque(_ t: TypeObject) {
    func d(_ args: [Value], _ method: String) throws(PyError) -> DequeObject {
      try nativeReceiver(args, DequeObject.self, method, t)
    }
    /// Checks a method taking exactly one argument: `deque.append() takes exactly one argument`.
    func one(_ interp: Interpreter, _ args: [Value], _ method: String) throws(PyError) {
      if args.count != 2 {
        throw interp.typeError(
          "deque.\(method)() takes exactly one argument (\(max(args.count - 1, 0)) given)")
      }
    }
    func none(_ interp: Interpreter, _ args: [Value], _ method: String) throws(PyError) {
      if args.count > 1 {
        throw interp.typeError("deque.\(method)() takes no arguments (\(args.count - 1) given)")
      }
    }
    makeUnhashable(t)
    define(t, "__new__") { interp, args, _ throws(PyError) in
      let cls = try interp.classArgument(args, "deque")
      let made = DequeObject(type: cls)
      if cls !== interp.libraryTypes.deque { made.instanceDict = interp.makeDict() }
      return .object(made)
    }
    define(t, "__init__") { interp, args, kwargs throws(PyError) in
      let deque = try d(args, "__init__")
      let values = try interp.parseArguments(
        "deque", args.dropFirst(), kwargs, ["iterable", "maxlen"], required: 0)
      var maxlen: Int?
      if let given = values[1], !given.isNone {
        switch given {
        case .int, .bool: maxlen = try interp.sizeArgument(given)
        case .object(let o) where o is BigIntObject: maxlen = try interp.sizeArgument(given)
        default: throw interp.typeError("an integer is required")
        }
        if let m = maxlen, m < 0 { throw interp.valueError("maxlen must be non-negative") }
      }
      deque.maxlen = maxlen
      if !deque.items.isEmpty {
        deque.items.removeAll()
        deque.state &+= 1
      }
      if let iterable = values[0] { try interp.dequeExtend(deque, iterable) }
      return .none
    }
    define(t, "append") { interp, args, _ throws(PyError) in
      try one(interp, args, "append")
      try d(args, "append").append(args[1])
      return .none
    }
    define(t, "appendleft") { interp, args, _ throws(PyError) in
      try one(interp, args, "appendleft")
      try d(args, "appendleft").appendLeft(args[1])
      return .none
    }
    for (name, left) in [("pop", false), ("popleft", true)] {
      define(t, name) { interp, args, _ throws(PyError) in
        try none(interp, args, name)
        let deque = try d(args, name)
        guard !deque.items.isEmpty else { throw interp.indexError("pop from an empty deque") }
        deque.state &+= 1
        return left ? deque.items.removeFirst() : deque.items.removeLast()
      }
    }
    for (name, left) in [("extend", false), ("extendleft", true)] {
      define(t, name) { interp, args, _ throws(PyError) in
        try one(interp, args, name)
        try interp.dequeExtend(try d(args, name), args[1], left: left)
        return .none
      }
    }
    define(t, "rotate") { interp, args, kwargs throws(PyError) in
      let deque = try d(args, "rotate")
      if !kwargs.isEmpty { throw interp.typeError("deque.rotate() takes no keyword arguments") }
      try interp.checkPositional("deque.rotate", args.count - 1, min: 0, max: 1)
      deque.rotate(args.count > 1 ? try interp.sizeArgument(args[1]) : 1)
      return .none
    }
    define(t, "clear") { interp, args, _ throws(PyError) in
      try none(interp, args, "clear")
      let deque = try d(args, "clear")
      deque.items.removeAll()
      deque.state &+= 1
      return .none
    }
    define(t, "reverse") { interp, args, _ throws(PyError) in
      try none(interp, args, "reverse")
      try d(args, "reverse").items.reverse()
      return .none
    }
    for name in ["copy", "__copy__"] {
      define(t, name) { interp, args, _ throws(PyError) in
        try none(interp, args, name)
        let deque = try d(args, name)
        return try interp.makeDeque(deque.type, deque.items, maxlen: deque.maxlen)
      }
    }
    define(t, "count") { interp, args, _ throws(PyError) in
      try one(interp, args, "count")
      let deque = try d(args, "count")
      let state = deque.state
      var total = 0
      var i = 0
      while i < deque.items.count {
        if try interp.keysEqual(deque.items[i], args[1]) { total += 1 }
        if deque.state != state {
          throw interp.error("RuntimeError", "deque mutated during iteration")
        }
        i += 1
      }
      return .int(total)
    }
    define(t, "index") { interp, args, _ throws(PyError) in
      let deque = try d(args, "index")
      if args.count < 2 { throw interp.typeError("index() takes at least 1 argument (0 given)") }
      if args.count > 4 {
        throw interp.typeError("index() takes at most 3 arguments (\(args.count - 1) given)")
      }
      let count = deque.items.count
      func bound(_ v: Value, _ fallback: Int) throws(PyError) -> Int {
        guard let raw = try interp.clampedIndex(v) else {
          throw interp.typeError("slice indices must be integers or have an __index__ method")
        }
        return raw < 0 ? max(raw + count, 0) : min(raw, count)
      }
      let start = args.count > 2 ? try bound(args[2], 0) : 0
      let stop = args.count > 3 ? try bound(args[3], count) : count
      let state = deque.state
      var i = start
      while i < stop && i < deque.items.count {
        if try interp.keysEqual(deque.items[i], args[1]) { return .int(i) }
        if deque.state != state {
          throw interp.error("RuntimeError", "deque mutated during iteration")
        }
        i += 1
      }
      throw interp.valueError("\(try interp.repr(args[1])) is not in deque")
    }
    define(t, "insert") { interp, args, _ throws(PyError) in
      let deque = try d(args, "insert")
      if args.count != 3 {
        throw interp.typeError("insert() takes exactly 2 arguments (\(args.count - 1) given)")
      }
      if let maxlen = deque.maxlen, deque.items.count >= maxlen {
        throw interp.indexError("deque already at its maximum size")
      }
      var i = try interp.sizeArgument(args[1])
      let count = deque.items.count
      if i < 0 { i = max(0, i + count) }
      deque.items.insert(args[2], at: min(i, count))
      deque.state &+= 1
      return .none
    }
    define(t, "remove") { interp, args, _ throws(PyError) in
      try one(interp, args, "remove")
      let deque = try d(args, "remove")
      let state = deque.state
      var i = 0
      while i < deque.items.count {
        let equal = try interp.keysEqual(deque.items[i], args[1])
        if deque.state != state { throw interp.indexError("deque mutated during remove().") }
        if equal {
          deque.items.remove(at: i)
          deque.state &+= 1
          return .none
        }
        i += 1
      }
      throw interp.valueError("\(try interp.repr(args[1])) is not in deque")
    }
    define(t, "__len__") { interp, args, _ throws(PyError) in
      .int(try d(args, "__len__").items.count)
    }
    define(t, "__bool__") { interp, args, _ throws(PyError) in
      .bool(!(try d(args, "__bool__").items.isEmpty))
    }
    define(t, "__iter__") { interp, args, _ throws(PyError) in
      .object(
        DequeIterator(
          deque: try d(args, "__iter__"), reversed: false, type: interp.libraryTypes.dequeIterator))
    }
    define(t, "__reversed__") { interp, args, _ throws(PyError) in
      .object(
        DequeIterator(
          deque: try d(args, "__reversed__"), reversed: true,
          type: interp.libraryTypes.dequeReverseIterator))
    }
    define(t, "__contains__") { interp, args, _ throws(PyError) in
      try one(interp, args, "__contains__")
      let deque = try d(args, "__contains__")
      let state = deque.state
      var i = 0
      while i < deque.items.count {
        if try interp.keysEqual(deque.items[i], args[1]) { return .bool(true) }
        if deque.state != state {
          throw interp.error("RuntimeError", "deque mutated during iteration")
        }
        i += 1
      }
      return .bool(false)
    }
    define(t, "__getitem__") { interp, args, _ throws(PyError) in
      try one(interp, args, "__getitem__")
      let deque = try d(args, "__getitem__")
      return deque.items[try interp.dequeIndex(deque, args[1])]
    }
    define(t, "__setitem__") { interp, args, _ throws(PyError) in
      let deque = try d(args, "__setitem__")
      if args.count != 3 {
        throw interp.typeError("expected 2 arguments, got \(max(args.count - 1, 0))")
      }
      deque.items[try interp.dequeIndex(deque, args[1])] = args[2]
      return .none
    }
    define(t, "__delitem__") { interp, args, _ throws(PyError) in
      try one(interp, args, "__delitem__")
      let deque = try d(args, "__delitem__")
      deque.items.remove(at: try interp.dequeIndex(deque, args[1]))
      deque.state &+= 1
      return .none
    }
    define(t, "__repr__") { interp, args, _ throws(PyError) in
      let deque = try d(args, "__repr__")
      let name = shortTypeName(deque.type)
      let body = try interp.guardRecursion(deque, "[...]") { () throws(PyError) -> String in
        try interp.repr(interp.makeList(Array(deque.items)))
      }
      if body == "[...]" { return interp.str(body) }
      if let maxlen = deque.maxlen { return interp.str("\(name)(\(body), maxlen=\(maxlen))") }
      return interp.str("\(name)(\(body))")
    }
    let comparisons: [(String, ComparisonOperator)] = [
      ("__eq__", .equal), ("__ne__", .notEqual), ("__lt__", .less), ("__le__", .lessEqual),
      ("__gt__", .greater), ("__ge__", .greaterEqual),
    ]
    for (name, op) in comparisons {
      define(t, name) { interp, args, _ throws(PyError) in
        let deque = try d(args, name)
        guard args.count == 2, case .object(let o) = args[1], let other = o as? DequeObject else {
          return interp.notImplemented
        }
        guard let result = try interp.compareSequences(Array(deque.items), Array(other.items), op)
        else {
          return interp.notImplemented
        }
        return .bool(result)
      }
    }
    define(t, "__add__") { interp, args, _ throws(PyError) in
      try one(interp, args, "__add__")
      let deque = try d(args, "__add__")
      guard case .object(let o) = args[1], let other = o as? DequeObject else {
        throw interp.typeError(
          "can only concatenate deque (not \"\(interp.typeName(args[1]))\") to deque")
      }
      let made = try interp.makeDeque(deque.type, deque.items, maxlen: deque.maxlen)
      if case .object(let mo) = made, let result = mo as? DequeObject {
        for item in Array(other.items) { result.append(item) }
      }
      return made
    }
    define(t, "__iadd__") { interp, args, _ throws(PyError) in
      try one(interp, args, "__iadd__")
      try interp.dequeExtend(try d(args, "__iadd__"), args[1])
      return args[0]
    }
    for name in ["__mul__", "__rmul__", "__imul__"] {
      define(t, name) { interp, args, _ throws(PyError) in
        try one(interp, args, name)
        let deque = try d(args, name)
        guard let n = try interp.clampedIndex(args[1]) else { return interp.notImplemented }
        let original = Array(deque.items)
        let target: DequeObject
        if name == "__imul__" {
          target = deque
        } else {
          guard
            case .object(let o) = try interp.makeDeque(
              deque.type, deque.items, maxlen: deque.maxlen),
            let made = o as? DequeObject
          else { return interp.notImplemented }
          target = made
        }
        if n <= 0 {
          target.items.removeAll()
          target.state &+= 1
        } else if !original.isEmpty {
          // With a maximum length only the last copies can remain.
          let copies = deque.maxlen.map { min(n, $0 / original.count + 2) } ?? n
          try interp.checkAllocation(original.count, times: copies)
          for _ in 1..<max(copies, 1) { for item in original { target.append(item) } }
        }
        return .object(target)
      }
    }
    let maxlenGetter = makeBuiltin("maxlen") { interp, args, _ throws(PyError) in
      let deque = try d(args, "maxlen")
      return deque.maxlen.map { .int($0) } ?? .none
    }
    t.dict.setString(
      name("maxlen"),
      .object(
        PropertyObject(
          getter: .object(maxlenGetter), setter: .none, deleter: .none, doc: .none,
          type: types.property)))
    t.hasDataDescriptors = true
    defineIteratorProtocol(libraryTypes.dequeIterator)
    defineIteratorProtocol(libraryTypes.dequeReverseIterator)
  }
}

/// The name CPython's `_PyType_Name` gives a class: the last part of a dotted name.
func shortTypeName(_ type: TypeObject) -> String {
  if let dot = type.name.lastIndex(of: ".") {
    return String(type.name[type.name.index(after: dot)...])
  }
  return type.name
}
