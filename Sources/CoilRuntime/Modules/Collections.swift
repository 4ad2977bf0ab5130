// The `collections` module: `namedtuple` classes, `ChainMap`, and the module table. `deque` is
// in Collections+Deque.swift, the dict subclasses in Collections+Dicts.swift and
// Collections+Counter.swift. `namedtuple` builds its class as collections/__init__.py does: a
// `tuple` subclass with a read-only property per field, `_make`, `_replace`, `_asdict` and its
// repr, checking the names with the same messages.

import CoilSyntax

/// A `collections.ChainMap`: a list of mappings searched in order.
final class ChainMapObject: PyObject {
  var maps: Value
  let dict: DictObject

  init(maps: Value, dict: DictObject, type: TypeObject) {
    self.maps = maps
    self.dict = dict
    super.init(type: type)
  }

  override var attributes: DictObject? { dict }
}

/// The descriptor a namedtuple class has for each field: `_tuplegetter(0, 'Alias for ...')`.
final class TupleGetterObject: PyObject {
  let index: Int
  let doc: Value

  init(index: Int, doc: Value, type: TypeObject) {
    self.index = index
    self.doc = doc
    super.init(type: type)
  }
}

/// Whether `text` is a Python identifier, as `str.isidentifier` decides.
private func isIdentifier(_ text: String) -> Bool {
  var scalars = text.unicodeScalars.makeIterator()
  guard let first = scalars.next(), first == "_" || first.properties.isXIDStart else {
    return false
  }
  while let scalar = scalars.next() {
    if !scalar.properties.isXIDContinue { return false }
  }
  return true
}

extension Interpreter {
  // MARK: - namedtuple

  /// `namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`.
  func makeNamedtuple(_ args: [Value], _ kwargs: Keywords) throws(PyError) -> Value {
    let bound = try bind(
      PythonSignature(
        "namedtuple", ["typename", "field_names"], keywordOnly: ["rename", "defaults", "module"],
        isMethod: false),
      args[...], kwargs)
    var fieldValues: [Value]
    if case .object(let o)? = bound["field_names"], let s = o as? StrObject {
      fieldValues = s.value.replacingOccurrences(of: ",", with: " ")
        .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map {
          str(String($0))
        }
    } else {
      fieldValues = try iterate(bound["field_names"] ?? .none)
    }
    var fields: [String] = []
    for value in fieldValues { fields.append(try toStr(value)) }
    let typename = try toStr(bound["typename"] ?? .none)
    let rename = try bound["rename"].map { v throws(PyError) in try isTrue(v) } ?? false
    if rename {
      var seen = Set<String>()
      for (index, field) in fields.enumerated() {
        if !isIdentifier(field) || pythonKeywords.contains(field) || field.hasPrefix("_")
          || seen.contains(field)
        {
          fields[index] = "_\(index)"
        }
        seen.insert(field)
      }
    }
    for name in [typename] + fields {
      if !isIdentifier(name) {
        throw valueError(
          "Type names and field names must be valid identifiers: \(pythonStringRepr(name))")
      }
      if pythonKeywords.contains(name) {
        throw valueError(
          "Type names and field names cannot be a keyword: \(pythonStringRepr(name))")
      }
    }
    var seen = Set<String>()
    for field in fields {
      if field.hasPrefix("_") && !rename {
        throw valueError("Field names cannot start with an underscore: \(pythonStringRepr(field))")
      }
      if seen.contains(field) {
        throw valueError("Encountered duplicate field name: \(pythonStringRepr(field))")
      }
      seen.insert(field)
    }
    var defaults: [Value] = []
    if let given = bound["defaults"], !given.isNone {
      defaults = try iterate(given)
      if defaults.count > fields.count {
        throw typeError("Got more default values than field names")
      }
    }
    let fieldDefaults = makeDict()
    for (field, value) in zip(fields.suffix(defaults.count), defaults) {
      fieldDefaults.setString(name(field), value)
    }
    var moduleName = "__main__"
    if let module = bound["module"], !module.isNone { moduleName = try toStr(module) }

    let namespace = makeDict()
    namespace.setString(dunder.__module__, str(moduleName))
    let t = try makeClass(
      name: typename, qualifiedName: typename, bases: [.object(types.tuple)], namespace: namespace,
      keywords: [])
    try defineNamedtupleMembers(t, fields: fields, defaults: defaults, fieldDefaults: fieldDefaults)
    return .object(t)
  }

  /// An instance of a namedtuple class or of a subclass; subclasses without `__slots__` give
  /// their instances a `__dict__`.
  func makeNamedtupleInstance(_ items: [Value], _ cls: TypeObject) -> TupleObject {
    let tuple = TupleObject(items, type: cls)
    for klass in cls.mro {
      if klass.dict.getString("_field_defaults") != nil { break }
      if klass.dict.getString("__slots__") == nil {
        tuple.instanceDict = makeDict()
        break
      }
    }
    return tuple
  }

  private func defineNamedtupleMembers(
    _ t: TypeObject, fields: [String], defaults: [Value], fieldDefaults: DictObject
  ) throws(PyError) {
    let typename = t.name
    let fieldCount = fields.count
    let signature = PythonSignature(
      "\(typename).__new__", fields, required: fields.count - defaults.count)
    func receiver(_ interp: Interpreter, _ args: [Value], _ method: String) throws(PyError)
      -> TupleObject
    {
      if case .object(let o)? = args.first, let tuple = o as? TupleObject { return tuple }
      throw interp.typeError(
        "\(typename).\(method)() missing 1 required positional argument: 'self'")
    }
    t.dict.setString(dunder.__doc__, str("\(typename)(\(fields.joined(separator: ", ")))"))
    t.dict.setString(name("__slots__"), makeTuple([]))
    t.dict.setString(name("_fields"), makeTuple(fields.map { str($0) }))
    t.dict.setString(name("_field_defaults"), .object(fieldDefaults))
    t.dict.setString(name("__match_args__"), makeTuple(fields.map { str($0) }))
    define(t, "__new__") { interp, args, kwargs throws(PyError) in
      let cls = try interp.classArgument(args, typename)
      let bound = try interp.bind(signature, args.dropFirst(), kwargs)
      var items: [Value] = []
      for (index, field) in fields.enumerated() {
        items.append(bound[field] ?? defaults[index - (fields.count - defaults.count)])
      }
      return .object(interp.makeNamedtupleInstance(items, cls))
    }
    defineClassMethod(t, "_make") { interp, args, _ throws(PyError) in
      let cls = try interp.classArgument(args, typename)
      try interp.requireArguments(args, 2, "_make", method: true)
      let items = try interp.iterate(args[1])
      if items.count != fieldCount {
        throw interp.typeError("Expected \(fieldCount) arguments, got \(items.count)")
      }
      return .object(interp.makeNamedtupleInstance(items, cls))
    }
    define(t, "_replace") { interp, args, kwargs throws(PyError) in
      let tuple = try receiver(interp, args, "_replace")
      if args.count > 1 {
        throw interp.typeError(
          "\(typename)._replace() takes 1 positional argument but \(args.count) were given")
      }
      var remaining = kwargs
      var items: [Value] = []
      for (field, value) in zip(fields, tuple.items) {
        if let index = remaining.lastIndex(where: { $0.0 == field }) {
          items.append(remaining[index].1)
          remaining.removeAll { $0.0 == field }
        } else {
          items.append(value)
        }
      }
      let make = try interp.getAttribute(args[0], interp.name("_make"))
      let result = try interp.call(make, [interp.makeList(items)])
      if !remaining.isEmpty {
        let names = interp.makeList(remaining.map { interp.str($0.0) })
        throw interp.valueError("Got unexpected field names: \(try interp.repr(names))")
      }
      return result
    }
    define(t, "_asdict") { interp, args, _ throws(PyError) in
      let tuple = try receiver(interp, args, "_asdict")
      let d = interp.makeDict()
      for (field, value) in zip(fields, tuple.items) { d.setString(interp.name(field), value) }
      return .object(d)
    }
    define(t, "__getnewargs__") { interp, args, _ throws(PyError) in
      interp.makeTuple(try receiver(interp, args, "__getnewargs__").items)
    }
    define(t, "__repr__") { interp, args, _ throws(PyError) in
      let tuple = try receiver(interp, args, "__repr__")
      var parts: [String] = []
      for (field, value) in zip(fields, tuple.items) {
        parts.append("\(field)=\(try interp.repr(value))")
      }
      return interp.str("\(tuple.type.name)(\(parts.joined(separator: ", ")))")
    }
    define(t, "__hash__") { interp, args, _ throws(PyError) in
      .int(try interp.hashTuple(try receiver(interp, args, "__hash__").items))
    }
    define(t, "__iter__") { interp, args, _ throws(PyError) in
      try interp.makeIterator(interp.makeTuple(try receiver(interp, args, "__iter__").items))
    }
    define(t, "__getitem__") { interp, args, _ throws(PyError) in
      let tuple = try receiver(interp, args, "__getitem__")
      try interp.requireArguments(args, 2, "__getitem__", method: true)
      if case .int(var i) = args[1] {
        if i < 0 { i += tuple.items.count }
        if i >= 0 && i < tuple.items.count { return tuple.items[i] }
      }
      return try interp.getItem(interp.makeTuple(tuple.items), args[1])
    }
    let comparisons: [(String, ComparisonOperator)] = [
      ("__eq__", .equal), ("__ne__", .notEqual), ("__lt__", .less), ("__le__", .lessEqual),
      ("__gt__", .greater), ("__ge__", .greaterEqual),
    ]
    for (method, op) in comparisons {
      define(t, method) { interp, args, _ throws(PyError) in
        let tuple = try receiver(interp, args, method)
        guard args.count == 2, case .object(let o) = args[1], let other = o as? TupleObject,
          let result = try interp.compareSequences(tuple.items, other.items, op)
        else { return interp.notImplemented }
        return .bool(result)
      }
    }
    for (index, field) in fields.enumerated() {
      let getter = TupleGetterObject(
        index: index, doc: str("Alias for field number \(index)"), type: libraryTypes.tupleGetter)
      t.dict.setString(name(field), .object(getter))
    }
    t.hasDataDescriptors = true
  }

  func setUpTupleGetter(_ t: TypeObject) {
    func g(_ args: [Value], _ method: String) throws(PyError) -> TupleGetterObject {
      try nativeReceiver(args, TupleGetterObject.self, method, t)
    }
    define(t, "__get__") { interp, args, _ throws(PyError) in
      let getter = try g(args, "__get__")
      guard args.count > 1, !args[1].isNone else { return args[0] }
      guard case .object(let o) = args[1], let tuple = o as? TupleObject,
        getter.index < tuple.items.count
      else {
        throw interp.typeError(
          "descriptor for index '\(getter.index)' for tuple subclasses doesn't apply to '\(interp.typeName(args[1]))' object"
        )
      }
      return tuple.items[getter.index]
    }
    define(t, "__set__") { interp, args, _ throws(PyError) in
      _ = try g(args, "__set__")
      throw interp.attributeError("can't set attribute")
    }
    define(t, "__delete__") { interp, args, _ throws(PyError) in
      _ = try g(args, "__delete__")
      throw interp.attributeError("can't delete attribute")
    }
    define(t, "__repr__") { interp, args, _ throws(PyError) in
      let getter = try g(args, "__repr__")
      return interp.str(
        "\(shortTypeName(getter.type))(\(getter.index), \(try interp.repr(getter.doc)))")
    }
    let docGetter = makeBuiltin("__doc__") { interp, args, _ throws(PyError) in
      try g(args, "__doc__").doc
    }
    t.dict.setString(
      dunder.__doc__,
      .object(
        PropertyObject(
          getter: .object(docGetter), setter: .none, deleter: .none, doc: .none,
          type: types.property)))
    t.hasDataDescriptors = true
  }

  // MARK: - ChainMap

  /// The mappings of a ChainMap.
  private func chainMaps(_ chain: ChainMapObject) throws(PyError) -> [Value] {
    try iterate(chain.maps)
  }

  /// The keys of a ChainMap, in the order iteration gives them (the last mapping's first).
  private func chainKeys(_ chain: ChainMapObject) throws(PyError) -> DictObject {
    let keys = makeDict()
    for mapping in try chainMaps(chain).reversed() {
      for key in try iterate(mapping) { try keys.set(key, .none, self) }
    }
    return keys
  }

  private func chainLookup(_ chain: ChainMapObject, _ key: Value) throws(PyError) -> Value? {
    for mapping in try chainMaps(chain) {
      if case .object(let o) = mapping, let d = o as? DictObject, d.type === types.dict {
        if let value = try d.get(key, self) { return value }
        continue
      }
      do throws(PyError) {
        return try getItem(mapping, key)
      } catch  where error.matches("KeyError", self) {
        continue
      }
    }
    return nil
  }

  func setUpChainMap(_ t: TypeObject) {
    func c(_ args: [Value], _ method: String) throws(PyError) -> ChainMapObject {
      if case .object(let o)? = args.first, let chain = o as? ChainMapObject { return chain }
      throw typeError("ChainMap.\(method)() missing 1 required positional argument: 'self'")
    }
    func first(_ interp: Interpreter, _ chain: ChainMapObject) throws(PyError) -> Value {
      try interp.getItem(chain.maps, .int(0))
    }
    define(t, "__new__") { interp, args, _ throws(PyError) in
      let cls = try interp.classArgument(args, "ChainMap")
      return .object(ChainMapObject(maps: interp.makeList([]), dict: interp.makeDict(), type: cls))
    }
    define(t, "__init__") { interp, args, kwargs throws(PyError) in
      let chain = try c(args, "__init__")
      if !kwargs.isEmpty {
        throw interp.typeError(
          "ChainMap.__init__() got an unexpected keyword argument '\(kwargs[0].0)'")
      }
      let maps = Array(args.dropFirst())
      chain.maps = interp.makeList(maps.isEmpty ? [.object(interp.makeDict())] : maps)
      return .none
    }
    let mapsGetter = makeBuiltin("maps") { interp, args, _ throws(PyError) in
      try c(args, "maps").maps
    }
    let mapsSetter = makeBuiltin("maps") { interp, args, _ throws(PyError) in
      try c(args, "maps").maps = args.count > 1 ? args[1] : .none
      return .none
    }
    t.dict.setString(
      name("maps"),
      .object(
        PropertyObject(
          getter: .object(mapsGetter), setter: .object(mapsSetter), deleter: .none, doc: .none,
          type: types.property)))
    let parentsGetter = makeBuiltin("parents") { interp, args, _ throws(PyError) in
      let chain = try c(args, "parents")
      let rest = Array(try interp.chainMaps(chain).dropFirst())
      return try interp.call(.object(chain.type), rest)
    }
    t.dict.setString(
      name("parents"),
      .object(
        PropertyObject(
          getter: .object(parentsGetter), setter: .none, deleter: .none, doc: .none,
          type: types.property)))
    t.hasDataDescriptors = true
    define(t, "__getitem__") { interp, args, _ throws(PyError) in
      let chain = try c(args, "__getitem__")
      try interp.requireArguments(args, 2, "__getitem__", method: true)
      if let value = try interp.chainLookup(chain, args[1]) { return value }
      if let missing = chain.type.lookup(interp.dunder.__missing__) {
        return try interp.callMethod(missing, args[0], [args[1]])
      }
      throw interp.keyError(args[1])
    }
    define(t, "get") { interp, args, _ throws(PyError) in
      let chain = try c(args, "get")
      try interp.requireArguments(args, 2, "get", method: true)
      return try interp.chainLookup(chain, args[1]) ?? (args.count > 2 ? args[2] : .none)
    }
    define(t, "__len__") { interp, args, _ throws(PyError) in
      .int(try interp.chainKeys(try c(args, "__len__")).count)
    }
    define(t, "__iter__") { interp, args, _ throws(PyError) in
      .object(interp.dictIterator(try interp.chainKeys(try c(args, "__iter__")), kind: .keys))
    }
    define(t, "__contains__") { interp, args, _ throws(PyError) in
      let chain = try c(args, "__contains__")
      try interp.requireArguments(args, 2, "__contains__", method: true)
      for mapping in try interp.chainMaps(chain) where try interp.contains(mapping, args[1]) {
        return .bool(true)
      }
      return .bool(false)
    }
    define(t, "__bool__") { interp, args, _ throws(PyError) in
      for mapping in try interp.chainMaps(try c(args, "__bool__")) where try interp.isTrue(mapping)
      { return .bool(true) }
      return .bool(false)
    }
    define(t, "__repr__") { interp, args, _ throws(PyError) in
      let chain = try c(args, "__repr__")
      return interp.str(
        try interp.guardRecursion(chain, "...") { () throws(PyError) -> String in
          var parts: [String] = []
          for mapping in try interp.chainMaps(chain) { parts.append(try interp.repr(mapping)) }
          return "\(chain.type.name)(\(parts.joined(separator: ", ")))"
        })
    }
    for (name, kind) in [("keys", DictViewKind.keys), ("values", .values), ("items", .items)] {
      define(t, name) { interp, args, _ throws(PyError) in
        let chain = try c(args, name)
        let merged = try interp.chainKeys(chain)
        for key in merged.keys {
          try merged.set(key, try interp.chainLookup(chain, key) ?? .none, interp)
        }
        return try interp.dictView(merged, kind)
      }
    }
    define(t, "new_child") { interp, args, kwargs throws(PyError) in
      let chain = try c(args, "new_child")
      var child: Value
      if args.count > 1 && !args[1].isNone {
        child = args[1]
      } else {
        child = .object(interp.makeDict())
      }
      if !kwargs.isEmpty, case .object(let o) = child, let d = o as? DictObject {
        for (key, value) in kwargs { d.setString(interp.name(key), value) }
      }
      return try interp.call(.object(chain.type), [child] + (try interp.chainMaps(chain)))
    }
    for name in ["copy", "__copy__"] {
      define(t, name) { interp, args, _ throws(PyError) in
        let chain = try c(args, name)
        let maps = try interp.chainMaps(chain)
        guard let head = maps.first else { return try interp.call(.object(chain.type), []) }
        let copied = try interp.call(try interp.getAttribute(head, interp.name("copy")), [])
        return try interp.call(.object(chain.type), [copied] + maps.dropFirst())
      }
    }
    define(t, "__setitem__") { interp, args, _ throws(PyError) in
      let chain = try c(args, "__setitem__")
      try interp.requireArguments(args, 3, "__setitem__", method: true)
      try interp.setItem(try first(interp, chain), args[1], args[2])
      return .none
    }
    define(t, "__delitem__") { interp, args, _ throws(PyError) in
      let chain = try c(args, "__delitem__")
      try interp.requireArguments(args, 2, "__delitem__", method: true)
      do throws(PyError) {
        try interp.deleteItem(try first(interp, chain), args[1])
      } catch  where error.matches("KeyError", interp) {
        throw interp.keyError(
          interp.str("Key not found in the first mapping: \(try interp.repr(args[1]))"))
      }
      return .none
    }
    define(t, "pop") { interp, args, _ throws(PyError) in
      let chain = try c(args, "pop")
      try interp.requireArguments(args, 2, "pop", method: true)
      let head = try first(interp, chain)
      do throws(PyError) {
        return try interp.call(try interp.getAttribute(head, interp.name("pop")), [args[1]])
      } catch  where error.matches("KeyError", interp) {
        if args.count > 2 { return args[2] }
        throw interp.keyError(
          interp.str("Key not found in the first mapping: \(try interp.repr(args[1]))"))
      }
    }
    define(t, "popitem") { interp, args, _ throws(PyError) in
      let chain = try c(args, "popitem")
      let head = try first(interp, chain)
      do throws(PyError) {
        return try interp.call(try interp.getAttribute(head, interp.name("popitem")), [])
      } catch  where error.matches("KeyError", interp) {
        throw interp.keyError(interp.str("No keys found in the first mapping."))
      }
    }
    define(t, "clear") { interp, args, _ throws(PyError) in
      let chain = try c(args, "clear")
      _ = try interp.call(
        try interp.getAttribute(try first(interp, chain), interp.name("clear")), [])
      return .none
    }
    makeUnhashable(t)
  }

  // MARK: - The module

  func makeCollectionsModule() -> ModuleObject {
    let t = libraryTypes
    setUpItertoolsClasses()
    setUpDeque(t.deque)
    setUpDefaultdict(t.defaultdict)
    setUpCounter(t.counter)
    setUpOrderedDict(t.orderedDict)
    setUpChainMap(t.chainMap)
    setUpTupleGetter(t.tupleGetter)
    let m = makeModule(
      "collections",
      [
        (
          "namedtuple",
          { interp, args, kwargs throws(PyError) in try interp.makeNamedtuple(args, kwargs) }
        )
      ])
    m.set("deque", .object(t.deque))
    m.set("defaultdict", .object(t.defaultdict))
    m.set("Counter", .object(t.counter))
    m.set("OrderedDict", .object(t.orderedDict))
    m.set("ChainMap", .object(t.chainMap))
    return m
  }
}
