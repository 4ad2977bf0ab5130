// Methods of `set` and `frozenset`, with CPython's argument checks and messages.

extension Interpreter {
  /// CPython's METH_O / METH_NOARGS argument-count errors: `set.add() takes exactly one argument`.
  func expectMethodArguments(
    _ qualifiedName: String, _ args: [Value], _ count: Int, _ kwargs: Keywords
  ) throws(PyError) {
    if !kwargs.isEmpty { throw typeError("\(qualifiedName)() takes no keyword arguments") }
    let given = args.count - 1
    if given == count { return }
    if count == 0 { throw typeError("\(qualifiedName)() takes no arguments (\(given) given)") }
    throw typeError("\(qualifiedName)() takes exactly one argument (\(given) given)")
  }

  func setUpSetMethods() {
    for t in [types.set!, types.frozenset!] {
      let kind = t.name
      func s(_ args: [Value], _ m: String) throws(PyError) -> SetObject {
        try receiver(args, SetObject.self, m, kind)
      }
      /// A method taking exactly one argument besides the set.
      func one(_ name: String, _ body: @escaping (Interpreter, SetObject, Value) throws(PyError) -> Value) {
        define(t, name) { interp, args, kwargs throws(PyError) in
          let me = try s(args, name)
          try interp.expectMethodArguments("\(kind).\(name)", args, 1, kwargs)
          return try body(interp, me, args[1])
        }
      }
      /// A method taking any number of iterables and no keywords.
      func many(_ name: String, _ body: @escaping (Interpreter, SetObject, ArraySlice<Value>) throws(PyError) -> Value) {
        define(t, name) { interp, args, kwargs throws(PyError) in
          let me = try s(args, name)
          if !kwargs.isEmpty { throw interp.typeError("\(kind).\(name)() takes no keyword arguments") }
          return try body(interp, me, args.dropFirst())
        }
      }
      many("union") { interp, me, others throws(PyError) in
        let result = try interp.setCopy(me)
        for other in others {
          if case .object(let o) = other, o === me { continue }
          try interp.setUpdate(result, other)
        }
        return .object(result)
      }
      many("intersection") { interp, me, others throws(PyError) in
        .object(try interp.setIntersection(me, others))
      }
      many("difference") { interp, me, others throws(PyError) in
        .object(try interp.setDifference(me, others))
      }
      one("symmetric_difference") { interp, me, other throws(PyError) in
        .object(try interp.setSymmetricDifference(me, other))
      }
      one("issubset") { interp, me, other throws(PyError) in .bool(try interp.setIsSubset(me, other)) }
      one("issuperset") { interp, me, other throws(PyError) in .bool(try interp.setIsSuperset(me, other)) }
      one("isdisjoint") { interp, me, other throws(PyError) in .bool(try interp.setIsDisjoint(me, other)) }
      one("__contains__") { interp, me, key throws(PyError) in
        let (k, hash) = try interp.setKey(key)
        return .bool(try me.contains(k, hash: hash, interp))
      }
      define(t, "copy") { interp, args, kwargs throws(PyError) in
        try interp.requireArguments(args, 1, "copy", method: true)
        let me = try s(args, "copy")
        try interp.expectMethodArguments("\(kind).copy", args, 0, kwargs)
        if me.isFrozen && me.type === interp.types.frozenset { return args[0] }
        return .object(try interp.setCopy(me))
      }
      define(t, "__len__") { interp, args, _ throws(PyError) in .int(try s(args, "__len__").count) }
      define(t, "__iter__") { interp, args, _ throws(PyError) in
        interp.setIterator(try s(args, "__iter__"))
      }
    }
    let t = types.set!
    func s(_ args: [Value], _ m: String) throws(PyError) -> SetObject { try receiver(args, SetObject.self, m, "set") }
    func one(_ name: String, _ body: @escaping (Interpreter, SetObject, Value) throws(PyError) -> Void) {
      define(t, name) { interp, args, kwargs throws(PyError) in
        let me = try s(args, name)
        try interp.expectMethodArguments("set.\(name)", args, 1, kwargs)
        try body(interp, me, args[1])
        return .none
      }
    }
    func many(_ name: String, _ body: @escaping (Interpreter, SetObject, ArraySlice<Value>) throws(PyError) -> Void) {
      define(t, name) { interp, args, kwargs throws(PyError) in
        let me = try s(args, name)
        if !kwargs.isEmpty { throw interp.typeError("set.\(name)() takes no keyword arguments") }
        try body(interp, me, args.dropFirst())
        return .none
      }
    }
    one("add") { interp, me, key throws(PyError) in try me.add(key, interp) }
    one("remove") { interp, me, key throws(PyError) in
      let (k, hash) = try interp.setKey(key)
      if !(try me.remove(k, hash: hash, interp)) { throw interp.keyError(key) }
    }
    one("discard") { interp, me, key throws(PyError) in
      let (k, hash) = try interp.setKey(key)
      try me.remove(k, hash: hash, interp)
    }
    define(t, "pop") { interp, args, kwargs throws(PyError) in
      let me = try s(args, "pop")
      try interp.expectMethodArguments("set.pop", args, 0, kwargs)
      guard let key = me.table.popFirst() else { throw interp.keyError(interp.str("pop from an empty set")) }
      return key
    }
    define(t, "clear") { interp, args, kwargs throws(PyError) in
      let me = try s(args, "clear")
      try interp.expectMethodArguments("set.clear", args, 0, kwargs)
      me.removeAll()
      return .none
    }
    many("update") { interp, me, others throws(PyError) in
      for other in others { try interp.setUpdate(me, other) }
    }
    many("intersection_update") { interp, me, others throws(PyError) in
      me.table.replace(with: try interp.setIntersection(me, others).table)
    }
    many("difference_update") { interp, me, others throws(PyError) in
      for other in others { try interp.setDifferenceUpdate(me, other) }
    }
    one("symmetric_difference_update") { interp, me, other throws(PyError) in
      try interp.setSymmetricDifferenceUpdate(me, other)
    }
  }

  /// `iter(set)`: walks the slots in order; a change of size in between raises.
  func setIterator(_ s: SetObject) -> Value {
    var used = s.count
    var position = 0
    return .object(IteratorObject(type: iteratorTypes.set) { interp throws(PyError) in
      if used != s.count {
        used = -1
        throw interp.error("RuntimeError", "Set changed size during iteration")
      }
      let table = s.table
      guard let index = table.nextActive(from: position) else {
        position = table.slots.count
        return nil
      }
      position = index + 1
      return table.slots[index].key
    })
  }
}
