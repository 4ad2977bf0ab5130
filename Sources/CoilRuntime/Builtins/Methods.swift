// Methods of the builtin container and number types.

import BigInt
import CoilSyntax

extension Interpreter {
  /// The receiver of a builtin method as a specific Swift class, or CPython's TypeError.
  func receiver<T: PyObject>(_ args: [Value], _ as: T.Type, _ method: String, _ typeName: String) throws(PyError) -> T {
    if case .object(let o)? = args.first, let r = o as? T { return r }
    throw typeError("descriptor '\(method)' for '\(typeName)' objects doesn't apply to a '\(args.first.map { self.typeName($0) } ?? "nothing")' object")
  }

  /// The arguments with the first parameter given by keyword moved to the front, when no
  /// positional argument was given (for builtins whose other parameters are keywords).
  func keywordAsPositional(_ args: [Value], _ kwargs: Keywords, _ name: String) -> ([Value], Keywords) {
    guard args.isEmpty, let index = kwargs.firstIndex(where: { $0.0 == name }) else { return (args, kwargs) }
    var rest = kwargs
    let (_, value) = rest.remove(at: index)
    return ([value], rest)
  }

  func strArgument(_ args: [Value], _ i: Int, _ method: String) throws(PyError) -> String {
    guard i < args.count else { throw typeError("\(method)() takes at least \(i) argument (\(args.count - 1) given)") }
    if case .object(let o) = args[i], let s = o as? StrObject { return s.value }
    throw typeError("must be str, not \(typeName(args[i]))")
  }

  func setUpListMethods() {
    let t = types.list!
    func l(_ args: [Value], _ m: String) throws(PyError) -> ListObject { try receiver(args, ListObject.self, m, "list") }
    define(
      t, "append",
      withOneArgument: { interp, list, item throws(PyError) in
        guard case .object(let o) = list, let receiver = o as? ListObject else {
          _ = try l([list], "append")  // raises the descriptor's TypeError
          return .none
        }
        receiver.items.append(item)
        return .none
      }
    ) { interp, args, _ throws(PyError) in
      guard args.count == 2 else { throw interp.typeError("list.append() takes exactly one argument (\(args.count - 1) given)") }
      try l(args, "append").items.append(args[1])
      return .none
    }
    define(t, "extend") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "extend", method: true)
      let list = try l(args, "extend")
      list.items.append(contentsOf: try interp.iterate(args[1]))
      return .none
    }
    define(t, "pop") { interp, args, _ throws(PyError) in
      let list = try l(args, "pop")
      if list.items.isEmpty { throw interp.indexError("pop from empty list") }
      if args.count > 1 {
        var i = try interp.intArgument(args[1])
        if i < 0 { i += list.items.count }
        guard i >= 0 && i < list.items.count else { throw interp.indexError("pop index out of range") }
        return list.items.remove(at: i)
      }
      return list.items.removeLast()
    }
    define(t, "insert") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 3, "insert", method: true)
      let list = try l(args, "insert")
      var i = try interp.intArgument(args[1])
      if i < 0 { i = max(0, i + list.items.count) }
      list.items.insert(args[2], at: min(i, list.items.count))
      return .none
    }
    define(t, "remove") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "remove", method: true)
      let list = try l(args, "remove")
      for (i, item) in list.items.enumerated() where try interp.keysEqual(item, args[1]) {
        list.items.remove(at: i)
        return .none
      }
      throw interp.valueError("list.remove(x): x not in list")
    }
    define(t, "sort") { interp, args, kwargs throws(PyError) in
      let list = try l(args, "sort")
      if args.count > 1 { throw interp.typeError("sort() takes no positional arguments") }
      var items = list.items
      try interp.sortValues(&items, key: interp.keyword(kwargs, "key"), reverse: interp.keyword(kwargs, "reverse"))
      list.items = items
      return .none
    }
    define(t, "reverse") { interp, args, _ throws(PyError) in
      try l(args, "reverse").items.reverse()
      return .none
    }
    define(t, "copy") { interp, args, _ throws(PyError) in interp.makeList(try l(args, "copy").items) }
    define(t, "clear") { interp, args, _ throws(PyError) in
      try l(args, "clear").items.removeAll()
      return .none
    }
    define(t, "__len__") { interp, args, _ throws(PyError) in .int(try l(args, "__len__").items.count) }
    define(t, "__getitem__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "__getitem__", method: true)
      let list = try l(args, "__getitem__")
      return try interp.getItem(interp.makeList(list.items), args[1])
    }
    define(t, "__setitem__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 3, "__setitem__", method: true)
      let list = try l(args, "__setitem__")
      let temp = ListObject(list.items, type: interp.types.list)
      try interp.setItem(.object(temp), args[1], args[2])
      list.items = temp.items
      return .none
    }
    define(t, "__iter__") { interp, args, _ throws(PyError) in
      let list = try l(args, "__iter__")
      var index = 0
      return .object(IteratorObject(type: interp.iteratorTypes.list) { _ in
        guard index < list.items.count else { return nil }
        index += 1
        return list.items[index - 1]
      })
    }
    define(t, "__contains__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "__contains__", method: true)
      let list = try l(args, "__contains__")
      for item in list.items where try interp.keysEqual(item, args[1]) { return .bool(true) }
      return .bool(false)
    }
    define(t, "__init__") { interp, args, _ throws(PyError) in
      let list = try l(args, "__init__")
      list.items = args.count > 1 ? try interp.iterate(args[1]) : []
      return .none
    }
    let tuple = types.tuple!
    define(tuple, "__len__") { interp, args, _ throws(PyError) in .int(try interp.receiver(args, TupleObject.self, "__len__", "tuple").items.count) }
    define(tuple, "__getitem__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "__getitem__", method: true)
      return try interp.getItem(interp.makeTuple(try interp.receiver(args, TupleObject.self, "__getitem__", "tuple").items), args[1])
    }
  }

  func setUpDictMethods() {
    let t = types.dict!
    func d(_ args: [Value], _ m: String) throws(PyError) -> DictObject { try receiver(args, DictObject.self, m, "dict") }
    define(t, "get") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "get", method: true)
      return try d(args, "get").get(args[1], interp) ?? (args.count > 2 ? args[2] : .none)
    }
    define(t, "keys") { interp, args, _ throws(PyError) in try interp.dictView(try d(args, "keys"), .keys) }
    define(t, "values") { interp, args, _ throws(PyError) in try interp.dictView(try d(args, "values"), .values) }
    define(t, "items") { interp, args, _ throws(PyError) in try interp.dictView(try d(args, "items"), .items) }
    define(t, "setdefault") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "setdefault", method: true)
      let dict = try d(args, "setdefault")
      if let v = try dict.get(args[1], interp) { return v }
      let v = args.count > 2 ? args[2] : Value.none
      try dict.set(args[1], v, interp)
      return v
    }
    define(t, "pop") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "pop", method: true)
      let dict = try d(args, "pop")
      if let v = try dict.remove(args[1], interp) { return v }
      if args.count > 2 { return args[2] }
      throw interp.keyError(args[1])
    }
    define(t, "popitem") { interp, args, _ throws(PyError) in
      let dict = try d(args, "popitem")
      guard let last = dict.liveEntries.last else { throw interp.keyError(interp.str("popitem(): dictionary is empty")) }
      try dict.remove(last.key, interp)
      return interp.makeTuple([last.key, last.value])
    }
    define(t, "update") { interp, args, kwargs throws(PyError) in
      let dict = try d(args, "update")
      if args.count > 1 { try interp.updateDict(dict, args[1]) }
      for (k, v) in kwargs { dict.setString(interp.name(k), v) }
      return .none
    }
    define(t, "copy") { interp, args, _ throws(PyError) in
      let copy = interp.makeDict()
      copy.table = try d(args, "copy").table
      return .object(copy)
    }
    define(t, "clear") { interp, args, _ throws(PyError) in
      try d(args, "clear").removeAll()
      return .none
    }
    define(t, "__len__") { interp, args, _ throws(PyError) in .int(try d(args, "__len__").count) }
    define(t, "__getitem__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "__getitem__", method: true)
      let dict = try d(args, "__getitem__")
      if let v = try dict.get(args[1], interp) { return v }
      if dict.type !== interp.types.dict, let missing = dict.type.lookup(interp.dunder.__missing__) {
        return try interp.callMethod(missing, args[0], [args[1]])
      }
      throw interp.keyError(args[1])
    }
    define(t, "__setitem__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 3, "__setitem__", method: true)
      try d(args, "__setitem__").set(args[1], args[2], interp)
      return .none
    }
    define(t, "__contains__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "__contains__", method: true)
      return .bool(try d(args, "__contains__").get(args[1], interp) != nil)
    }
    define(t, "__iter__") { interp, args, _ throws(PyError) in
      .object(interp.dictIterator(try d(args, "__iter__"), kind: .keys))
    }
    define(t, "__init__") { interp, args, kwargs throws(PyError) in
      let dict = try d(args, "__init__")
      if args.count > 1 { try interp.updateDict(dict, args[1]) }
      for (k, v) in kwargs { dict.setString(interp.name(k), v) }
      return .none
    }
    let fromkeys = makeBuiltin("fromkeys") { interp, args, _ throws(PyError) in
      try interp.expectArguments("fromkeys", Array(args.dropFirst()), min: 1, max: 2)
      let dict = interp.makeDict()
      let value = args.count > 2 ? args[2] : Value.none
      for key in try interp.iterate(args[1]) { try dict.set(key, value, interp) }
      return .object(dict)
    }
    t.dict.setString(name("fromkeys"), .object(MethodWrapperObject(kind: .classMethod, function: .object(fromkeys), type: types.classmethod, dict: makeDict())))
  }

  /// Dict views are materialized as lists with the view's type; they reflect the dict at creation.
  func dictView(_ d: DictObject, _ kind: DictViewKind) throws(PyError) -> Value {
    let view = DictViewObject(dict: d, kind: kind, type: kind == .keys ? types.dictKeys : kind == .values ? types.dictValues : types.dictItems)
    return .object(view)
  }
}

/// `dict.keys()`, `dict.values()`, `dict.items()`: live views over a dict.
final class DictViewObject: PyObject {
  let dict: DictObject
  let kind: Interpreter.DictViewKind

  init(dict: DictObject, kind: Interpreter.DictViewKind, type: TypeObject) {
    self.dict = dict
    self.kind = kind
    super.init(type: type)
  }
}

/// Splits `text` on every occurrence of `separator`.
