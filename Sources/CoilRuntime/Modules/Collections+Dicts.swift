// The dict subclasses of `collections`: `defaultdict`, `Counter` and `OrderedDict`. Their
// instances are `DictObject`s whose class is the subclass, so every dict operation applies;
// the subclasses add `__missing__`, their reprs and their own methods, written after CPython's
// (`Counter` follows collections/__init__.py line for line, so counts, orders and errors match).
// A defaultdict keeps `default_factory` in its instance dict.

import CoilSyntax

extension Interpreter {
  /// A new dict of class `type` with an instance dict for attributes.
  func makeDictInstance(_ type: TypeObject) -> DictObject {
    let d = DictObject(type: type)
    d.instanceDict = makeDict()
    return d
  }

  /// `dict.__init__(self, *args, **kwargs)` applied to a dict of any class.
  /// - Parameter ordered: use OrderedDict's message for extra arguments.
  func initializeDict(
    _ d: DictObject, _ args: ArraySlice<Value>, _ kwargs: Keywords, ordered: Bool = false
  )
    throws(PyError)
  {
    if args.count > 1 {
      throw typeError(
        ordered
          ? "expected at most 1 arguments, got \(args.count)"
          : "dict expected at most 1 argument, got \(args.count)")
    }
    if let source = args.first { try updateDict(d, source) }
    for (key, value) in kwargs { d.setString(self.name(key), value) }
  }

  /// Whether `isinstance(value, collections.abc.Mapping)` holds for the mappings Coil has.
  func isMapping(_ value: Value) -> Bool {
    guard case .object(let o) = value else { return false }
    return o is DictObject || o is ChainMapObject
  }

  /// The `(key, value)` pairs of a mapping, from its `items()`.
  func mappingItems(_ mapping: Value) throws(PyError) -> [(Value, Value)] {
    if case .object(let o) = mapping, let d = o as? DictObject,
      d.type.lookup("items").map({ v in
        (v.asObject as? BuiltinFunctionObject)?.owner === types.dict
      }) ?? false
    {
      return d.liveEntries.map { ($0.key, $0.value) }
    }
    var pairs: [(Value, Value)] = []
    for item in try iterate(try call(try getAttribute(mapping, name("items")), [])) {
      let pair = try iterate(item)
      guard pair.count == 2 else { throw valueError("too many values to unpack (expected 2)") }
      pairs.append((pair[0], pair[1]))
    }
    return pairs
  }

  /// `self[key] = value`, through a subclass's `__setitem__` if it has one.
  @inline(__always) func storeItem(_ d: DictObject, _ key: Value, _ value: Value) throws(PyError) {
    let library = libraryTypes
    if d.type === library.counter || d.type === library.defaultdict
      || d.type === library.orderedDict
      || d.type.isBuiltin
      || d.type.lookup(dunder.__setitem__).map({
        ($0.asObject as? BuiltinFunctionObject)?.owner === types.dict
      }) == true
    {
      try d.set(key, value, self)
    } else {
      try setItem(.object(d), key, value)
    }
  }

  // MARK: - defaultdict

  func setUpDefaultdict(_ t: TypeObject) {
    func d(_ args: [Value], _ method: String) throws(PyError) -> DictObject {
      try nativeReceiver(args, DictObject.self, method, t)
    }
    define(t, "__new__") { interp, args, _ throws(PyError) in
      let cls = try interp.classArgument(args, "defaultdict")
      let made = interp.makeDictInstance(cls)
      made.instanceDict?.setString(interp.name("default_factory"), .none)
      return .object(made)
    }
    define(t, "__init__") { interp, args, kwargs throws(PyError) in
      let dict = try d(args, "__init__")
      var rest = args.dropFirst()
      if let factory = rest.first {
        if !factory.isNone && !interp.isCallable(factory) {
          throw interp.typeError("first argument must be callable or None")
        }
        dict.instanceDict?.setString(interp.name("default_factory"), factory)
        rest = rest.dropFirst()
      }
      try interp.initializeDict(dict, rest, kwargs)
      return .none
    }
    define(t, "__missing__") { interp, args, _ throws(PyError) in
      let dict = try d(args, "__missing__")
      try interp.requireArguments(args, 2, "__missing__", method: true)
      let factory = try interp.lookupAttribute(args[0], interp.name("default_factory")) ?? .none
      if factory.isNone { throw interp.keyError(args[1]) }
      let value = try interp.call(factory, [])
      try interp.storeItem(dict, args[1], value)
      return value
    }
    define(t, "__repr__") { interp, args, _ throws(PyError) in
      let dict = try d(args, "__repr__")
      let factory = try interp.lookupAttribute(args[0], interp.name("default_factory")) ?? .none
      var factoryText = "None"
      if case .object(let fo) = factory {
        factoryText = try interp.guardRecursion(fo, "...") { () throws(PyError) -> String in
          try interp.repr(factory)
        }
      }
      let body = try interp.builtinRepr(dict)
      return interp.str("\(shortTypeName(dict.type))(\(factoryText), \(body))")
    }
    for name in ["copy", "__copy__"] {
      define(t, name) { interp, args, _ throws(PyError) in
        let dict = try d(args, name)
        let factory = try interp.lookupAttribute(args[0], interp.name("default_factory")) ?? .none
        return try interp.call(.object(dict.type), [factory, args[0]])
      }
    }
    // `d | other` starts from a copy of d, `other | d` from a copy of other; both keep d's
    // class and factory.
    for (name, reflected) in [("__or__", false), ("__ror__", true)] {
      define(t, name) { interp, args, _ throws(PyError) in
        let dict = try d(args, name)
        guard args.count == 2, case .object(let o) = args[1], o is DictObject else {
          return interp.notImplemented
        }
        let factory = try interp.lookupAttribute(args[0], interp.name("default_factory")) ?? .none
        let (first, second) = reflected ? (args[1], args[0]) : (args[0], args[1])
        let made = try interp.call(.object(dict.type), [factory, first])
        try interp.updateMade(made, second)
        return made
      }
    }
    define(t, "__ior__") { interp, args, _ throws(PyError) in
      let dict = try d(args, "__ior__")
      try interp.requireArguments(args, 2, "__ior__", method: true)
      try interp.updateDict(dict, args[1])
      return args[0]
    }
  }

  /// `made.update(source)` for a dict just made by a class call.
  func updateMade(_ made: Value, _ source: Value) throws(PyError) {
    guard case .object(let o) = made, let d = o as? DictObject else { return }
    try updateDict(d, source)
  }

  // MARK: - OrderedDict

  func setUpOrderedDict(_ t: TypeObject) {
    func d(_ args: [Value], _ method: String) throws(PyError) -> DictObject {
      try nativeReceiver(args, DictObject.self, method, t)
    }
    define(t, "__new__") { interp, args, _ throws(PyError) in
      let cls = try interp.classArgument(args, "OrderedDict")
      let made = DictObject(type: cls)
      if cls !== interp.libraryTypes.orderedDict { made.instanceDict = interp.makeDict() }
      return .object(made)
    }
    define(t, "__init__") { interp, args, kwargs throws(PyError) in
      let dict = try d(args, "__init__")
      if dict.type === interp.libraryTypes.orderedDict {
        try interp.initializeDict(dict, args.dropFirst(), kwargs, ordered: true)
        return .none
      }
      // A subclass's __setitem__ sees every item, as with CPython's OrderedDict.
      let items = interp.makeDict()
      try interp.initializeDict(items, args.dropFirst(), kwargs, ordered: true)
      for entry in items.liveEntries { try interp.storeItem(dict, entry.key, entry.value) }
      return .none
    }
    define(t, "move_to_end") { interp, args, kwargs throws(PyError) in
      let dict = try d(args, "move_to_end")
      let values = try interp.parseArguments(
        "move_to_end", args.dropFirst(), kwargs, ["key", "last"], required: 1)
      let key = values[0] ?? .none
      let last = try values[1].map { v throws(PyError) in try interp.isTrue(v) } ?? true
      let hash = try interp.hash(key)
      guard let index = try dict.table.find(key, hash: hash, equal: interp.keysEqual),
        index < dict.table.entries.count, let entry = dict.table.entries[index]
      else { throw interp.keyError(key) }
      if last {
        dict.table.remove(at: index)
        dict.table.insertNew(entry.key, hash: entry.hash, value: entry.value)
      } else {
        let others = dict.table.entries.enumerated().compactMap {
          $0.offset == index ? nil : $0.element
        }
        dict.table.removeAll()
        dict.table.insertNew(entry.key, hash: entry.hash, value: entry.value)
        for other in others {
          dict.table.insertNew(other.key, hash: other.hash, value: other.value)
        }
      }
      dict.version &+= 1
      return .none
    }
    define(t, "popitem") { interp, args, kwargs throws(PyError) in
      let dict = try d(args, "popitem")
      let values = try interp.parseArguments(
        "popitem", args.dropFirst(), kwargs, ["last"], required: 0)
      let last = try values[0].map { v throws(PyError) in try interp.isTrue(v) } ?? true
      let entries = dict.liveEntries
      guard let entry = last ? entries.last : entries.first else {
        throw interp.keyError(interp.str("dictionary is empty"))
      }
      try dict.remove(entry.key, interp)
      return interp.makeTuple([entry.key, entry.value])
    }
    define(t, "__repr__") { interp, args, _ throws(PyError) in
      let dict = try d(args, "__repr__")
      let name = shortTypeName(dict.type)
      if dict.count == 0 { return interp.str("\(name)()") }
      return interp.str(
        try interp.guardRecursion(dict, "...") { () throws(PyError) -> String in
          let pairs = dict.liveEntries.map { interp.makeTuple([$0.key, $0.value]) }
          return "\(name)(\(try interp.repr(interp.makeList(pairs))))"
        })
    }
    for (name, op) in [("__eq__", ComparisonOperator.equal), ("__ne__", .notEqual)] {
      define(t, name) { interp, args, _ throws(PyError) in
        let dict = try d(args, name)
        guard args.count == 2, case .object(let o) = args[1], let other = o as? DictObject else {
          return interp.notImplemented
        }
        var same = try interp.builtinCompare(args[0], args[1], .equal) ?? false
        if same && other.type.isSubtype(of: interp.libraryTypes.orderedDict) {
          for (a, b) in zip(dict.keys, other.keys) where !(try interp.keysEqual(a, b)) {
            same = false
            break
          }
        }
        return .bool(op == .equal ? same : !same)
      }
    }
    define(t, "__reversed__") { interp, args, _ throws(PyError) in
      .object(interp.reversedDictIterator(try d(args, "__reversed__"), kind: .keys))
    }
    for name in ["copy", "__copy__"] {
      define(t, name) { interp, args, _ throws(PyError) in
        let dict = try d(args, name)
        return try interp.call(.object(dict.type), [args[0]])
      }
    }
    define(t, "__or__") { interp, args, _ throws(PyError) in
      let dict = try d(args, "__or__")
      guard args.count == 2, case .object(let o) = args[1], o is DictObject else {
        return interp.notImplemented
      }
      let made = try interp.call(.object(dict.type), [args[0]])
      try interp.updateMade(made, args[1])
      return made
    }
    define(t, "__ror__") { interp, args, _ throws(PyError) in
      let dict = try d(args, "__ror__")
      guard args.count == 2, case .object(let o) = args[1], o is DictObject else {
        return interp.notImplemented
      }
      let made = try interp.call(.object(dict.type), [args[1]])
      try interp.updateMade(made, args[0])
      return made
    }
    define(t, "__ior__") { interp, args, _ throws(PyError) in
      let dict = try d(args, "__ior__")
      try interp.requireArguments(args, 2, "__ior__", method: true)
      try interp.updateDict(dict, args[1])
      return args[0]
    }
    defineClassMethod(t, "fromkeys") { interp, args, _ throws(PyError) in
      let cls = try interp.classArgument(args, "OrderedDict")
      try interp.checkPositional("fromkeys", args.count - 1, min: 1, max: 2)
      let made = try interp.call(.object(cls), [])
      guard case .object(let o) = made, let dict = o as? DictObject else { return made }
      let value = args.count > 2 ? args[2] : Value.none
      for key in try interp.iterate(args[1]) { try interp.storeItem(dict, key, value) }
      return made
    }
  }
}
