// `index` and `count` of lists and tuples, with CPython's optional start and stop.

extension Interpreter {
  /// `_PyEval_SliceIndexNotNone`: an index argument clamped to the machine range.
  func clampedIndex(_ v: Value) throws(PyError) -> Int {
    guard let n = try indexBig(v) else {
      throw typeError("slice indices must be integers or have an __index__ method")
    }
    return Int(exactly: n) ?? (n < 0 ? Int.min : Int.max)
  }

  /// `list.index(value, start, stop)` and `tuple.index`: the first position holding a value
  /// equal to `value` between the (clamped) bounds.
  func sequenceIndexOf(_ items: [Value], _ args: [Value], _ kwargs: Keywords, _ typeName: String) throws(PyError) -> Int? {
    if !kwargs.isEmpty { throw typeError("\(typeName).index() takes no keyword arguments") }
    try expectArguments("index", Array(args.dropFirst()), min: 1, max: 3)
    var start = args.count > 2 ? try clampedIndex(args[2]) : 0
    var stop = args.count > 3 ? try clampedIndex(args[3]) : Int.max
    if start < 0 { start = max(start + items.count, 0) }
    if stop < 0 { stop = max(stop + items.count, 0) }
    var i = start
    while i < min(stop, items.count) {
      if try keysEqual(items[i], args[1]) { return i }
      i += 1
    }
    return nil
  }

  func setUpSequenceMethods() {
    define(types.list, "index") { interp, args, kwargs throws(PyError) in
      try interp.requireArguments(args, 2, "index", method: true)
      let list = try interp.receiver(args, ListObject.self, "index", "list")
      guard let i = try interp.sequenceIndexOf(list.items, args, kwargs, "list") else {
        throw interp.valueError("\(try interp.repr(args[1])) is not in list")
      }
      return .int(i)
    }
    define(types.tuple, "index") { interp, args, kwargs throws(PyError) in
      let tuple = try interp.receiver(args, TupleObject.self, "index", "tuple")
      guard let i = try interp.sequenceIndexOf(tuple.items, args, kwargs, "tuple") else {
        throw interp.valueError("tuple.index(x): x not in tuple")
      }
      return .int(i)
    }
    for t in [types.list!, types.tuple!] {
      define(t, "count") { interp, args, kwargs throws(PyError) in
        try interp.requireArguments(args, 2, "count", method: true)
        let items: [Value]
        if case .object(let o)? = args.first, let l = o as? ListObject {
          items = l.items
        } else {
          items = try interp.receiver(args, TupleObject.self, "count", t.name).items
        }
        try interp.expectMethodArguments("\(t.name).count", args, 1, kwargs)
        var n = 0
        for item in items where try interp.keysEqual(item, args[1]) { n += 1 }
        return .int(n)
      }
    }
  }
}
