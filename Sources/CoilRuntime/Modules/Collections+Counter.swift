// `collections.Counter`, after collections/__init__.py: a dict of counts whose missing keys
// count 0, with multiset arithmetic that keeps only positive counts. Methods that Python's
// version calls through `self` (`self.update`, `self[key]`) dispatch the same way here, so a
// subclass that overrides them sees the same calls.

import CoilSyntax

extension Interpreter {
  /// `counter[key]`, with `__missing__`'s 0 for an exact Counter.
  private func count(_ counter: DictObject, _ key: Value) throws(PyError) -> Value {
    if counter.type === libraryTypes.counter { return try counter.get(key, self) ?? .int(0) }
    return try getItem(.object(counter), key)
  }

  /// The counts of a Counter's argument: a Counter (or any object, for the in-place operators)
  /// read with `other[key]`.
  private func otherCount(_ other: Value, _ key: Value) throws(PyError) -> Value {
    if case .object(let o) = other, let d = o as? DictObject, d.type === libraryTypes.counter {
      return try d.get(key, self) ?? .int(0)
    }
    return try getItem(other, key)
  }

  @inline(__always) private func isPositive(_ value: Value) throws(PyError) -> Bool {
    if case .int(let n) = value { return n > 0 }
    return try isTrue(try compare(value, .int(0), .greater))
  }

  @inline(__always) private func isNegative(_ value: Value) throws(PyError) -> Bool {
    if case .int(let n) = value { return n < 0 }
    return try isTrue(try compare(value, .int(0), .less))
  }

  /// `_count_elements(mapping, iterable)`: adds one per element.
  private func countElements(_ counter: DictObject, _ iterable: Value) throws(PyError) {
    let iterator = try makeIterator(iterable)
    while let element = try next(iterator) {
      let old = try counter.get(element, self)
      let new: Value
      switch old {
      case nil: new = .int(1)
      case .int(let n)? where n < Int.max: new = .int(n + 1)
      case let value?: new = try binary(.add, value, .int(1))
      }
      try storeItem(counter, element, new)
    }
  }

  /// `Counter.update(iterable=None, /, **kwds)`.
  func counterUpdate(_ counter: DictObject, _ iterable: Value?, _ kwargs: Keywords, subtract: Bool)
    throws(PyError)
  {
    if let iterable, !iterable.isNone {
      if isMapping(iterable) {
        if !subtract && counter.count == 0 {
          try updateDict(counter, iterable)
        } else {
          for (element, count) in try mappingItems(iterable) {
            let old = try counter.get(element, self) ?? .int(0)
            try storeItem(
              counter, element,
              subtract ? try binary(.subtract, old, count) : try binary(.add, count, old))
          }
        }
      } else if subtract {
        let iterator = try makeIterator(iterable)
        while let element = try next(iterator) {
          let old = try counter.get(element, self) ?? .int(0)
          try storeItem(counter, element, try binary(.subtract, old, .int(1)))
        }
      } else {
        try countElements(counter, iterable)
      }
    }
    if !kwargs.isEmpty {
      let extra = makeDict()
      for (key, value) in kwargs { extra.setString(name(key), value) }
      try callUpdate(counter, [.object(extra)], [], subtract: subtract)
    }
  }

  /// `self.update(...)` (or `self.subtract(...)`) as Python's Counter calls it: a subclass's
  /// override runs.
  private func callUpdate(
    _ counter: DictObject, _ arguments: [Value], _ kwargs: Keywords, subtract: Bool = false
  )
    throws(PyError)
  {
    let methodName = subtract ? "subtract" : "update"
    let method = counter.type.lookup(methodName)
    if let method, case .object(let mo) = method, let b = mo as? BuiltinFunctionObject,
      b.owner === libraryTypes.counter
    {
      try counterUpdate(counter, arguments.first, kwargs, subtract: subtract)
      return
    }
    _ = try call(try getAttribute(.object(counter), name(methodName)), arguments, kwargs)
  }

  /// `counter.most_common(n)`.
  func mostCommon(_ counter: DictObject, _ n: Value) throws(PyError) -> Value {
    let second = makeBuiltin("itemgetter") { interp, args, _ throws(PyError) in
      try interp.getItem(args.first ?? .none, .int(1))
    }
    let items = counter.liveEntries.map { makeTuple([$0.key, $0.value]) }
    if n.isNone {
      var sorted = items
      try sortValues(&sorted, key: .object(second), reverse: .bool(true))
      return makeList(sorted)
    }
    return try nBest(n, makeList(items), key: .object(second), largest: true)
  }

  /// A new, empty exact Counter, as the operators return.
  private func newCounter() -> DictObject {
    makeDictInstance(libraryTypes.counter)
  }

  /// Checks the positional arguments of a Counter method written in Python:
  /// `Counter.update() takes from 1 to 2 positional arguments but 3 were given`.
  private func counterArguments(_ args: [Value], _ method: String, most: Int) throws(PyError) {
    if args.count > most {
      let takes = most == 1 ? "1 positional argument" : "from 1 to \(most) positional arguments"
      throw typeError("Counter.\(method)() takes \(takes) but \(args.count) were given")
    }
  }

  func setUpCounter(_ t: TypeObject) {
    func c(_ args: [Value], _ method: String) throws(PyError) -> DictObject {
      if case .object(let o)? = args.first, let d = o as? DictObject, d.type.isSubtype(of: t) {
        return d
      }
      throw typeError(
        "descriptor '\(method)' for 'Counter' objects doesn't apply to a '\(args.first.map { typeName($0) } ?? "nothing")' object"
      )
    }
    /// The other operand of a binary operator: a Counter, or nil for NotImplemented.
    func otherCounter(_ args: [Value]) -> DictObject? {
      guard args.count == 2, case .object(let o) = args[1], let d = o as? DictObject,
        d.type.isSubtype(of: t)
      else { return nil }
      return d
    }
    define(t, "__new__") { interp, args, _ throws(PyError) in
      .object(interp.makeDictInstance(try interp.classArgument(args, "Counter")))
    }
    define(t, "__init__") { interp, args, kwargs throws(PyError) in
      let counter = try c(args, "__init__")
      try interp.counterArguments(args, "__init__", most: 2)
      try interp.callUpdate(counter, Array(args.dropFirst()), kwargs)
      return .none
    }
    define(t, "__missing__") { interp, args, _ throws(PyError) in
      _ = try c(args, "__missing__")
      try interp.requireArguments(args, 2, "__missing__", method: true)
      return .int(0)
    }
    define(t, "total") { interp, args, _ throws(PyError) in
      let counter = try c(args, "total")
      try interp.counterArguments(args, "total", most: 1)
      var total: Value = .int(0)
      for value in counter.values { total = try interp.binary(.add, total, value) }
      return total
    }
    define(t, "most_common") { interp, args, kwargs throws(PyError) in
      let counter = try c(args, "most_common")
      let bound = try interp.bind(
        PythonSignature("Counter.most_common", ["n"], required: 0), args.dropFirst(), kwargs)
      return try interp.mostCommon(counter, bound["n"] ?? .none)
    }
    define(t, "elements") { interp, args, _ throws(PyError) in
      let counter = try c(args, "elements")
      try interp.counterArguments(args, "elements", most: 1)
      let types = interp.libraryTypes
      let items = try interp.makeIterator(try interp.dictView(counter, .items))
      let repeats = StarmapIterator(
        function: .object(types.repeatType), source: items, type: types.starmap)
      return .object(ChainIterator(source: .object(repeats), type: types.chain))
    }
    defineClassMethod(t, "fromkeys") { interp, _, _ throws(PyError) in
      throw interp.error(
        "NotImplementedError", "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")
    }
    for (name, subtract) in [("update", false), ("subtract", true)] {
      define(t, name) { interp, args, kwargs throws(PyError) in
        let counter = try c(args, name)
        try interp.counterArguments(args, name, most: 2)
        try interp.counterUpdate(
          counter, args.count > 1 ? args[1] : nil, kwargs, subtract: subtract)
        return .none
      }
    }
    for name in ["copy", "__copy__"] {
      define(t, name) { interp, args, _ throws(PyError) in
        let counter = try c(args, name)
        return try interp.call(.object(counter.type), [args[0]])
      }
    }
    define(t, "__delitem__") { interp, args, _ throws(PyError) in
      let counter = try c(args, "__delitem__")
      try interp.requireArguments(args, 2, "__delitem__", method: true)
      try counter.remove(args[1], interp)
      return .none
    }
    define(t, "__repr__") { interp, args, _ throws(PyError) in
      let counter = try c(args, "__repr__")
      let name = counter.type.name
      if counter.count == 0 { return interp.str("\(name)()") }
      let ordered = interp.makeDict()
      do throws(PyError) {
        let common = try interp.mostCommon(counter, .none)
        try interp.updateDict(ordered, common)
      } catch  where error.matches("TypeError", interp) {
        ordered.removeAll()
        try interp.updateDict(ordered, args[0])
      }
      return interp.str("\(name)(\(try interp.repr(.object(ordered))))")
    }
    // Comparisons treat missing counts as zero.
    let comparisons: [(String, ComparisonOperator)] = [
      ("__eq__", .equal), ("__ne__", .notEqual), ("__le__", .lessEqual), ("__lt__", .less),
      ("__ge__", .greaterEqual), ("__gt__", .greater),
    ]
    for (name, op) in comparisons {
      define(t, name) { interp, args, _ throws(PyError) in
        let counter = try c(args, name)
        guard let other = otherCounter(args) else {
          // Counter returns NotImplemented, and dict's reflected == then compares as dicts.
          if op == .equal || op == .notEqual, args.count == 2, case .object(let o) = args[1],
            o is DictObject
          {
            return .bool(try interp.builtinCompare(args[0], args[1], op) ?? false)
          }
          return interp.notImplemented
        }
        func all(_ test: ComparisonOperator) throws(PyError) -> Bool {
          for source in [counter, other] {
            for key in source.keys {
              let a = try interp.count(counter, key)
              let b = try interp.count(other, key)
              if !(try interp.isTrue(try interp.compare(a, b, test))) { return false }
            }
          }
          return true
        }
        switch op {
        case .equal: return .bool(try all(.equal))
        case .notEqual: return .bool(!(try all(.equal)))
        case .lessEqual: return .bool(try all(.lessEqual))
        case .greaterEqual: return .bool(try all(.greaterEqual))
        case .less:
          if !(try all(.lessEqual)) { return .bool(false) }
          return .bool(!(try all(.equal)))
        default:
          if !(try all(.greaterEqual)) { return .bool(false) }
          return .bool(!(try all(.equal)))
        }
      }
    }
    let operators: [(String, BinaryOperator)] = [
      ("__add__", .add), ("__sub__", .subtract), ("__or__", .bitOr), ("__and__", .bitAnd),
    ]
    for (name, op) in operators {
      define(t, name) { interp, args, _ throws(PyError) in
        let counter = try c(args, name)
        guard let other = otherCounter(args) else { return interp.notImplemented }
        let result = interp.newCounter()
        for entry in counter.liveEntries {
          let otherCount = try interp.count(other, entry.key)
          let newCount: Value
          switch op {
          case .add: newCount = try interp.binary(.add, entry.value, otherCount)
          case .subtract: newCount = try interp.binary(.subtract, entry.value, otherCount)
          case .bitOr:
            newCount = try interp.lessThan(entry.value, otherCount) ? otherCount : entry.value
          default:
            newCount = try interp.lessThan(entry.value, otherCount) ? entry.value : otherCount
          }
          if try interp.isPositive(newCount) { try result.set(entry.key, newCount, interp) }
        }
        if op != .bitAnd {
          for entry in other.liveEntries where try counter.get(entry.key, interp) == nil {
            if op == .subtract {
              if try interp.isNegative(entry.value) {
                try result.set(
                  entry.key, try interp.binary(.subtract, .int(0), entry.value), interp)
              }
            } else if try interp.isPositive(entry.value) {
              try result.set(entry.key, entry.value, interp)
            }
          }
        }
        return .object(result)
      }
    }
    for (name, negate) in [("__pos__", false), ("__neg__", true)] {
      define(t, name) { interp, args, _ throws(PyError) in
        let counter = try c(args, name)
        let result = interp.newCounter()
        for entry in counter.liveEntries {
          if negate {
            if try interp.isNegative(entry.value) {
              try result.set(entry.key, try interp.binary(.subtract, .int(0), entry.value), interp)
            }
          } else if try interp.isPositive(entry.value) {
            try result.set(entry.key, entry.value, interp)
          }
        }
        return .object(result)
      }
    }
    let inPlace: [(String, BinaryOperator)] = [
      ("__iadd__", .add), ("__isub__", .subtract), ("__ior__", .bitOr), ("__iand__", .bitAnd),
    ]
    for (name, op) in inPlace {
      define(t, name) { interp, args, _ throws(PyError) in
        let counter = try c(args, name)
        try interp.requireArguments(args, 2, name, method: true)
        let other = args[1]
        switch op {
        case .add, .subtract:
          for (key, value) in try interp.mappingItems(other) {
            let old = try interp.count(counter, key)
            try interp.storeItem(counter, key, try interp.binary(op, old, value))
          }
        case .bitOr:
          for (key, value) in try interp.mappingItems(other) {
            if try interp.isTrue(
              try interp.compare(value, try interp.count(counter, key), .greater))
            {
              try interp.storeItem(counter, key, value)
            }
          }
        default:
          for entry in counter.liveEntries {
            let otherCount = try interp.otherCount(other, entry.key)
            if try interp.lessThan(otherCount, entry.value) {
              try interp.storeItem(counter, entry.key, otherCount)
            }
          }
        }
        // _keep_positive
        for entry in counter.liveEntries where !(try interp.isPositive(entry.value)) {
          try interp.deleteItem(args[0], entry.key)
        }
        return args[0]
      }
    }
  }
}
