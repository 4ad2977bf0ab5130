// Constructors of builtin types (`int("12")`, `list(it)`), methods of `object`, exceptions,
// property and friends, and printf-style formatting glue.

import BigInt
import CoilSyntax

extension Interpreter {
  func setConstructor(_ t: TypeObject, _ body: @escaping BuiltinFunctionObject.Body) {
    t.constructor = makeBuiltin(t.name, body)
  }

  /// The checks of a constructor taking at most one positional argument and no keywords:
  /// `list expected at most 1 argument, got 2`, `list() takes no keyword arguments`.
  func expectConstructorArguments(_ name: String, _ args: [Value], _ kwargs: Keywords) throws(PyError) {
    if !kwargs.isEmpty { throw typeError("\(name)() takes no keyword arguments") }
    if args.count > 2 { throw typeError("\(name) expected at most 1 argument, got \(args.count - 1)") }
  }

  func setUpConstructors() {
    let t = types
    setConstructor(t.object) { interp, args, kwargs throws(PyError) in
      if args.count > 1 || !kwargs.isEmpty { throw interp.typeError("object() takes no arguments") }
      return .object(InstanceObject(type: interp.types.object, dict: interp.makeDict()))
    }
    setConstructor(t.type) { interp, args, kwargs throws(PyError) in
      if args.count == 2 { return .object(interp.typeOf(args[1])) }
      if args.count == 4 {
        let name = try interp.stringArgument(args[1], "type.__new__() argument 1 must be str")
        guard case .object(let bo) = args[2], let bases = bo as? TupleObject,
          case .object(let no) = args[3], let ns = no as? DictObject
        else { throw interp.typeError("type() arguments must be (name, bases, dict)") }
        let namespace = interp.makeDict()
        for e in ns.liveEntries { try namespace.set(e.key, e.value, interp) }
        if namespace.getString(interp.dunder.__module__) == nil {
          namespace.setString(interp.dunder.__module__, interp.str("__main__"))
        }
        return .object(try interp.makeClass(name: name, qualifiedName: name, bases: bases.items, namespace: namespace, keywords: []))
      }
      throw interp.typeError("type() takes 1 or 3 arguments")
    }
    setConstructor(t.int) { interp, args, kwargs throws(PyError) in
      // The common call: int(x).
      if args.count == 2 && kwargs.isEmpty { return try interp.toInt(args[1]) }
      var values = Array(args.dropFirst())
      if values.count + kwargs.count > 2 {
        throw interp.typeError("int() takes at most 2 arguments (\(values.count + kwargs.count) given)")
      }
      for (key, _) in kwargs where key != "base" {
        throw interp.typeError("'\(key)' is an invalid keyword argument for int()")
      }
      if let base = interp.keyword(kwargs, "base") {
        if values.isEmpty { throw interp.typeError("int() missing string argument") }
        values.append(base)
      }
      if values.isEmpty { return .int(0) }
      if values.count == 2 {
        guard case .object(let o) = values[0], let s = o as? StrObject else {
          throw interp.typeError("int() can't convert non-string with explicit base")
        }
        let base = try interp.intArgument(values[1])
        if base != 0 && (base < 2 || base > 36) { throw interp.valueError("int() base must be >= 2 and <= 36, or 0") }
        guard let parsed = parsePythonInt(s.value, base: base) else {
          throw interp.valueError("invalid literal for int() with base \(base): \(pythonStringRepr(s.value))")
        }
        return makeInt(parsed, interp)
      }
      return try interp.toInt(values[0])
    }
    setConstructor(t.bool) { interp, args, kwargs throws(PyError) in
      try interp.expectConstructorArguments("bool", args, kwargs)
      return .bool(args.count > 1 ? try interp.isTrue(args[1]) : false)
    }
    setConstructor(t.float) { interp, args, kwargs throws(PyError) in
      try interp.expectConstructorArguments("float", args, kwargs)
      guard args.count > 1 else { return .float(0) }
      let v = args[1]
      switch v {
      case .float: return v
      case .int(let i): return .float(Double(i))
      case .bool(let b): return .float(b ? 1 : 0)
      case .object(let o):
        if let b = o as? BigIntObject { return .float(try interp.bigToDouble(b.value)) }
        if let f = o as? FloatObject, f.type.lookup(interp.name("__float__"))?.asObject is BuiltinFunctionObject {
          return .float(f.value)
        }
        if let s = o as? StrObject {
          guard let d = parsePythonFloat(s.value) else {
            throw interp.valueError("could not convert string to float: \(pythonStringRepr(s.value))")
          }
          return .float(d.isNaN ? interp.freshNaN(negative: d.sign == .minus) : d)
        }
        if let r = try interp.callDunder(v, "__float__", []) { return r }
        if let r = try interp.callDunder(v, "__index__", []) { return .float(try interp.toDouble(interp.number(r)!)) }
      case .none: break
      }
      throw interp.typeError("float() argument must be a string or a real number, not '\(interp.typeName(v))'")
    }
    setConstructor(t.str) { interp, args, kwargs throws(PyError) in
      // The common call: str(x).
      if args.count == 2 && kwargs.isEmpty, !(args[1].asObject is BytesObject) {
        return interp.str(try interp.toStr(args[1]))
      }
      // str(object='', encoding='utf-8', errors='strict')
      var values = Array(args.dropFirst())
      let names = ["object", "encoding", "errors"]
      if values.count + kwargs.count > 3 {
        throw interp.typeError("str() takes at most 3 arguments (\(values.count + kwargs.count) given)")
      }
      var given: [String: Value] = [:]
      for (key, value) in kwargs {
        guard let position = names.firstIndex(of: key) else {
          throw interp.typeError("'\(key)' is an invalid keyword argument for str()")
        }
        if position < values.count {
          throw interp.typeError("argument for str() given by name ('\(key)') and position (\(position + 1))")
        }
        given[key] = value
      }
      for (i, name) in names.enumerated() where i >= values.count {
        if let v = given[name] { values.append(v) } else { break }
      }
      let decoding = values.count > 1 || given["encoding"] != nil || given["errors"] != nil
      guard let object = values.first ?? given["object"] else { return interp.str("") }
      if decoding {
        guard case .object(let o) = object, let b = o as? BytesObject else {
          throw interp.typeError("decoding to str: need a bytes-like object, \(interp.typeName(object)) found")
        }
        return interp.str(String(decoding: b.bytes, as: UTF8.self))
      }
      return interp.str(try interp.toStr(object))
    }
    setConstructor(t.list) { interp, args, kwargs throws(PyError) in
      try interp.expectConstructorArguments("list", args, kwargs)
      return .object(ListObject(args.count > 1 ? try interp.iterate(args[1]) : [], type: interp.types.list))
    }
    setConstructor(t.tuple) { interp, args, kwargs throws(PyError) in
      try interp.expectConstructorArguments("tuple", args, kwargs)
      if args.count > 1, case .object(let o) = args[1], let tuple = o as? TupleObject, tuple.type === interp.types.tuple {
        return args[1]
      }
      return interp.makeTuple(args.count > 1 ? try interp.iterate(args[1]) : [])
    }
    setConstructor(t.dict) { interp, args, kwargs throws(PyError) in
      if args.count > 2 { throw interp.typeError("dict expected at most 1 argument, got \(args.count - 1)") }
      let d = interp.makeDict()
      if args.count > 1 { try interp.updateDict(d, args[1]) }
      for (k, v) in kwargs { d.setString(interp.name(k), v) }
      return .object(d)
    }
    for (type, frozen) in [(t.set!, false), (t.frozenset!, true)] {
      setConstructor(type) { interp, args, kwargs throws(PyError) in
        if !kwargs.isEmpty { throw interp.typeError("\(type.name)() takes no keyword arguments") }
        if args.count > 2 {
          throw interp.typeError("\(type.name) expected at most 1 argument, got \(args.count - 1)")
        }
        guard args.count == 2 else { return .object(interp.makeSet(frozen: frozen)) }
        // frozenset(f) is f itself.
        if frozen, case .object(let o) = args[1], o.type === interp.types.frozenset { return args[1] }
        return .object(try interp.makeSet(frozen: frozen, from: args[1]))
      }
    }
    setUpRangeConstructor()
    setConstructor(t.slice) { interp, args, kwargs throws(PyError) in
      let v = Array(args.dropFirst())
      switch v.count {
      case 1: return .object(SliceObject(start: .none, stop: v[0], step: .none, type: interp.types.slice))
      case 2: return .object(SliceObject(start: v[0], stop: v[1], step: .none, type: interp.types.slice))
      case 3: return .object(SliceObject(start: v[0], stop: v[1], step: v[2], type: interp.types.slice))
      default: throw interp.typeError("slice expected at least 1 argument, got 0")
      }
    }
    setConstructor(t.property) { interp, args, kwargs throws(PyError) in
      let v = Array(args.dropFirst())
      func arg(_ i: Int, _ name: String) -> Value { i < v.count ? v[i] : (interp.keyword(kwargs, name) ?? .none) }
      var doc = arg(3, "doc")
      let getter = arg(0, "fget")
      if doc.isNone, case .object(let go) = getter, let f = go as? FunctionObject { doc = f.doc }
      return .object(PropertyObject(getter: getter, setter: arg(1, "fset"), deleter: arg(2, "fdel"), doc: doc, type: interp.types.property))
    }
    for (type, kind) in [(t.classmethod!, MethodWrapperObject.Kind.classMethod), (t.staticmethod!, .staticMethod)] {
      setConstructor(type) { interp, args, kwargs throws(PyError) in
        guard args.count == 2 else { throw interp.typeError("\(type.name) expected 1 argument, got \(args.count - 1)") }
        return .object(MethodWrapperObject(kind: kind, function: args[1], type: type, dict: interp.makeDict()))
      }
    }
    setConstructor(t.method) { interp, args, kwargs throws(PyError) in
      if !kwargs.isEmpty { throw interp.typeError("method() takes no keyword arguments") }
      guard args.count == 3 else { throw interp.typeError("method expected 2 arguments, got \(args.count - 1)") }
      guard interp.isCallable(args[1]) else { throw interp.typeError("first argument must be callable") }
      if args[2].isNone { throw interp.typeError("instance must not be None") }
      return .object(BoundMethodObject(function: args[1], receiver: args[2], type: interp.types.method))
    }
    define(t.function, "__get__") { interp, args, kwargs throws(PyError) in
      guard args.count == 2 || args.count == 3, kwargs.isEmpty else {
        throw interp.typeError(args.count < 2 ? " expected at least 1 argument, got 0" : "expected at most 2 arguments, got \(args.count - 1)")
      }
      if args[1].isNone {
        if args.count == 3, !args[2].isNone { return args[0] }
        throw interp.typeError("__get__(None, None) is invalid")
      }
      return .object(BoundMethodObject(function: args[0], receiver: args[1], type: interp.types.method))
    }
    setConstructor(t.superType) { interp, args, kwargs throws(PyError) in
      guard args.count == 3, case .object(let o) = args[1], let cls = o as? TypeObject else {
        throw interp.error("RuntimeError", "super(): no arguments")
      }
      return try interp.makeSuper(cls, args[2])
    }
    setConstructor(t.bytes) { interp, args, kwargs throws(PyError) in
      if args.count > 1, case .object(let o) = args[1], let s = o as? StrObject {
        return .object(BytesObject(Array(s.value.utf8), type: interp.types.bytes))
      }
      if args.count > 1, case .int(let n) = args[1] {
        try interp.checkAllocation(n)
        return .object(BytesObject(Array(repeating: 0, count: max(0, n)), type: interp.types.bytes))
      }
      var bytes: [UInt8] = []
      if args.count > 1 { for v in try interp.iterate(args[1]) { bytes.append(UInt8(truncatingIfNeeded: try interp.intArgument(v))) } }
      return .object(BytesObject(bytes, type: interp.types.bytes))
    }
    for name in ["BaseException"] {
      let base = exceptions[name]!
      setConstructor(base) { interp, args, kwargs throws(PyError) in
        try interp.requireArguments(args, 1, "constructor", method: false)
        guard case .object(let o) = args[0], let type = o as? TypeObject else { return .none }
        return .object(ExceptionObject(type: type, args: Array(args.dropFirst()), dict: interp.makeDict()))
      }
    }
    for (name, type) in exceptions where name != "BaseException" {
      type.constructor = baseExceptionType.constructor
    }
    let groupConstructor = makeBuiltin("BaseExceptionGroup") { interp, args, kwargs throws(PyError) in
      guard case .object(let o) = args[0], var type = o as? TypeObject else { return .none }
      guard args.count == 3 else {
        throw interp.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (\(args.count - 1) given)")
      }
      let message = try interp.stringArgument(args[1], "argument 1 must be str, not \(interp.typeName(args[1]))")
      var items: [ExceptionObject] = []
      guard case .object(let so) = args[2], so is ListObject || so is TupleObject else {
        throw interp.typeError("second argument (exceptions) must be a sequence")
      }
      for v in try interp.iterate(args[2]) {
        guard case .object(let eo) = v, let e = eo as? ExceptionObject else {
          throw interp.valueError("Item \(items.count) of second argument (exceptions) is not an exception")
        }
        items.append(e)
      }
      if items.isEmpty { throw interp.valueError("second argument (exceptions) must be a non-empty sequence") }
      let allExceptions = items.allSatisfy { $0.type.isSubtype(of: interp.exceptionType) }
      if type === interp.exceptions["BaseExceptionGroup"], allExceptions {
        type = interp.exceptions["ExceptionGroup"]!
      } else if type.isSubtype(of: interp.exceptionType), !allExceptions {
        throw interp.typeError("Cannot nest BaseExceptions in an ExceptionGroup")
      }
      let e = ExceptionObject(type: type, args: [args[1], args[2]], dict: interp.makeDict())
      e.groupMessage = message
      e.groupExceptions = items
      return .object(e)
    }
    baseExceptionGroupType.constructor = groupConstructor
    exceptions["ExceptionGroup"]!.constructor = groupConstructor
  }

  /// A NaN no other float is identical to. Floats live inline, so a float's identity is its
  /// bit pattern; each `float("nan")` is a distinct object in CPython, which shows in
  /// `[float("nan")] == [float("nan")]` (False) next to `[x] == [x]` (True). A NaN's unused
  /// payload bits give each one its own identity.
  func freshNaN(negative: Bool) -> Double {
    nanSerial = nanSerial % ((1 << 50) - 1) + 1
    let bits: UInt64 = 0x7FF8_0000_0000_0000 | UInt64(nanSerial) | (negative ? 1 << 63 : 0)
    return Double(bitPattern: bits)
  }

  func toInt(_ v: Value) throws(PyError) -> Value {
    switch v {
    case .int: return v
    case .bool(let b): return .int(b ? 1 : 0)
    case .float(let d):
      if d.isNaN { throw valueError("cannot convert float NaN to integer") }
      if d.isInfinite { throw overflowError("cannot convert float infinity to integer") }
      return makeInt(BigInt(d.rounded(.towardZero)), self)
    case .object(let o):
      if let b = o as? BigIntObject { return b.type.isBuiltin ? v : makeInt(b.value, self) }
      if let f = o as? FloatObject, !f.type.isBuiltin { return try toInt(.float(f.value)) }
      if let s = o as? StrObject {
        guard let parsed = parsePythonInt(s.value, base: 10) else {
          throw valueError("invalid literal for int() with base 10: \(pythonStringRepr(s.value))")
        }
        return makeInt(parsed, self)
      }
      if let r = try callDunder(v, "__int__", []) { return r }
      if let r = try callDunder(v, "__index__", []) { return r }
      if let r = try callDunder(v, "__trunc__", []) { return r }
    case .none: break
    }
    throw typeError("int() argument must be a string, a bytes-like object or a real number, not '\(typeName(v))'")
  }

  func updateDict(_ d: DictObject, _ source: Value) throws(PyError) {
    if case .object(let o) = source, o is DictObject || o.type.lookup(name("keys")) != nil {
      try mergeMapping(into: d, source, range: .unknown)
      return
    }
    var index = 0
    for item in try iterate(source) {
      let pair: [Value]
      do throws(PyError) { pair = try iterate(item) } catch {
        guard error.matches("TypeError", self) else { throw error }
        throw typeError("cannot convert dictionary update sequence element #\(index) to a sequence")
      }
      guard pair.count == 2 else {
        throw valueError("dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
      }
      try d.set(pair[0], pair[1], self)
      index += 1
    }
  }

  func setUpObjectMethods() {
    let object = types.object
    define(object, "__init__") { _, _, _ in .none }
    define(object, "__new__") { interp, args, kwargs throws(PyError) in
      guard case .object(let o)? = args.first, let t = o as? TypeObject else {
        throw interp.typeError("object.__new__(X): X is not a type object")
      }
      switch t.layout {
      case .int, .float, .str, .tuple:
        // `super().__new__(cls, value)` in a subclass of an immutable builtin: the value is
        // the builtin base's to consume, as int.__new__ and friends do.
        return try interp.allocate(t, Array(args.dropFirst()), kwargs)
      default:
        return try interp.allocate(t, [], [])
      }
    }
    define(object, "__repr__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 1, "__repr__", method: true)
      guard case .object(let o) = args[0] else { return interp.str(try interp.repr(args[0])) }
      return interp.str(interp.defaultRepr(o))
    }
    define(object, "__str__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 1, "__str__", method: true)
      return interp.str(try interp.repr(args[0]))
    }
    define(object, "__eq__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "__eq__", method: true)
      return args[0].isIdentical(to: args[1]) ? .bool(true) : interp.notImplemented
    }
    define(object, "__ne__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "__ne__", method: true)
      let r = try interp.compare(args[0], args[1], .equal)
      if interp.isNotImplemented(r) { return r }
      return .bool(!(try interp.isTrue(r)))
    }
    define(object, "__hash__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 1, "__hash__", method: true)
      if case .object(let o) = args[0] { return .int(interp.identity(o) >> 4) }
      return .int(try interp.hash(args[0]))
    }
    define(object, "__setattr__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 3, "__setattr__", method: true)
      guard case .object(let o) = args[0], case .object(let no) = args[1], let n = no as? StrObject else {
        throw interp.typeError("attribute name must be string")
      }
      try interp.genericSetAttribute(o, n, args[2])
      return .none
    }
    define(object, "__getattribute__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "__getattribute__", method: true)
      guard case .object(let no) = args[1], let n = no as? StrObject else {
        throw interp.typeError("attribute name must be string")
      }
      let type = interp.typeOf(args[0])
      let saved = type.hasCustomGetattribute
      type.hasCustomGetattribute = false
      defer { type.hasCustomGetattribute = saved }
      let savedGetattr = type.hasCustomGetattr
      type.hasCustomGetattr = false
      defer { type.hasCustomGetattr = savedGetattr }
      return try interp.getAttribute(args[0], n)
    }
    define(object, "__delattr__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "__delattr__", method: true)
      guard case .object(let o) = args[0], case .object(let no) = args[1], let n = no as? StrObject,
        let dict = o.attributes
      else { throw interp.typeError("attribute name must be string") }
      if dict.removeString(n) == nil { throw interp.attributeFailure(args[0], n) }
      return .none
    }
    define(object, "__format__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "__format__", method: true)
      let spec = try interp.stringArgument(args[1], "format spec must be str")
      if !spec.isEmpty {
        throw interp.typeError("unsupported format string passed to \(interp.typeName(args[0])).__format__")
      }
      return interp.str(try interp.toStr(args[0]))
    }
    define(object, "__init_subclass__") { _, _, _ in .none }
    define(object, "__dir__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 1, "__dir__", method: true)
      return try interp.call(interp.builtins.get("dir")!, [args[0]])
    }
    define(types.type, "mro") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 1, "mro", method: true)
      guard case .object(let o) = args[0], let t = o as? TypeObject else { return .none }
      return interp.makeList(t.mro.map { .object($0) })
    }
    define(types.type, "__subclasses__") { interp, _, _ throws(PyError) in interp.makeList([]) }
    define(types.property, "getter") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "getter", method: true)
      guard case .object(let o) = args[0], let p = o as? PropertyObject else { return .none }
      return .object(PropertyObject(getter: args[1], setter: p.setter, deleter: p.deleter, doc: p.doc, type: interp.types.property))
    }
    define(types.property, "setter") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "setter", method: true)
      guard case .object(let o) = args[0], let p = o as? PropertyObject else { return .none }
      return .object(PropertyObject(getter: p.getter, setter: args[1], deleter: p.deleter, doc: p.doc, type: interp.types.property))
    }
    define(types.property, "deleter") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "deleter", method: true)
      guard case .object(let o) = args[0], let p = o as? PropertyObject else { return .none }
      return .object(PropertyObject(getter: p.getter, setter: p.setter, deleter: args[1], doc: p.doc, type: interp.types.property))
    }
  }

  func setUpExceptionMethods() {
    let base = baseExceptionType
    define(base, "__init__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 1, "__init__", method: true)
      if case .object(let o) = args[0], let e = o as? ExceptionObject,
        !e.type.isSubtype(of: interp.baseExceptionGroupType)
      {
        e.args = Array(args.dropFirst())
      }
      return .none
    }
    define(base, "__str__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 1, "__str__", method: true)
      guard case .object(let o) = args[0], let e = o as? ExceptionObject else { return interp.str("") }
      return interp.str(try interp.exceptionStr(e))
    }
    define(base, "__repr__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 1, "__repr__", method: true)
      guard case .object(let o) = args[0] else { return interp.str("") }
      return interp.str(try interp.builtinRepr(o))
    }
    define(base, "with_traceback") { interp, args, _ throws(PyError) in
      let e = try interp.receiver(args, ExceptionObject.self, "with_traceback", "BaseException")
      guard args.count == 2 else {
        throw interp.typeError("BaseException.with_traceback() takes exactly one argument (\(args.count - 1) given)")
      }
      try interp.setTraceback(e, args[1])
      return args[0]
    }
    define(base, "add_note") { interp, args, _ throws(PyError) in
      let e = try interp.receiver(args, ExceptionObject.self, "add_note", "BaseException")
      guard args.count == 2 else {
        throw interp.typeError("BaseException.add_note() takes exactly one argument (\(args.count - 1) given)")
      }
      guard case .object(let no) = args[1], let note = no as? StrObject else {
        throw interp.typeError("note must be a str, not '\(interp.typeName(args[1]))'")
      }
      e.notes.append(note.value)
      return .none
    }
    let group = baseExceptionGroupType
    for method in ["split", "subgroup"] {
      define(group, method) { interp, args, _ throws(PyError) in
        let e = try interp.receiver(args, ExceptionObject.self, method, "BaseExceptionGroup")
        guard args.count == 2 else {
          throw interp.typeError("\(method) expected 1 argument, got \(args.count - 1)")
        }
        let condition = args[1]
        let (matched, rest) = try interp.splitGroup(e, condition)
        if method == "subgroup" { return matched.map { .object($0) } ?? .none }
        return interp.makeTuple([matched.map { .object($0) } ?? .none, rest.map { .object($0) } ?? .none])
      }
    }
    define(group, "derive") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "derive", method: true)
      guard case .object(let o) = args[0], let e = o as? ExceptionObject else { return .none }
      return try interp.call(.object(interp.exceptions[e.type.isSubtype(of: interp.exceptionType) ? "ExceptionGroup" : "BaseExceptionGroup"]!), [interp.str(e.groupMessage), args[1]])
    }
  }

  /// Splits an exception group by a condition: a type, a tuple of types or a predicate.
  func splitGroup(_ e: ExceptionObject, _ condition: Value) throws(PyError) -> (ExceptionObject?, ExceptionObject?) {
    func test(_ x: ExceptionObject) throws(PyError) -> Bool {
      if case .object(let co) = condition, co is TypeObject || co is TupleObject {
        return try exceptionMatches(x, condition)
      }
      return try isTrue(try call(condition, [.object(x)]))
    }
    if try test(e) { return (e, nil) }
    guard e.type.isSubtype(of: baseExceptionGroupType) else { return (nil, e) }
    var matched: [ExceptionObject] = []
    var rest: [ExceptionObject] = []
    for inner in e.groupExceptions {
      let (m, r) = try splitGroup(inner, condition)
      if let m { matched.append(m) }
      if let r { rest.append(r) }
    }
    func derive(_ items: [ExceptionObject]) -> ExceptionObject? {
      if items.isEmpty { return nil }
      let allExceptions = items.allSatisfy { $0.type.isSubtype(of: exceptionType) }
      let type = e.type.isBuiltin ? (allExceptions ? exceptions["ExceptionGroup"]! : baseExceptionGroupType) : e.type
      let made = ExceptionObject(type: type, args: [str(e.groupMessage), makeList(items.map { .object($0) })], dict: makeDict())
      made.groupMessage = e.groupMessage
      made.groupExceptions = items
      made.traceback = e.traceback
      made.cause = e.cause
      made.context = e.context
      made.notes = e.notes
      return made
    }
    return (derive(matched), derive(rest))
  }

  /// What an `except*` has left to do: the part of the group no clause has matched yet, what
  /// the clauses raised, and the next clause to try.
  struct StarHandling {
    let original: ExceptionObject
    var remaining: ExceptionObject?
    var raised: [ExceptionObject] = []
    var next = 0
  }

  /// `except*`: runs each matching handler on the matching part of the group.
  func handleStar(_ error: PyError, _ handlers: [HandlerNode], _ f: Frame, range: SourceRange) throws(PyError) -> Completion {
    var state = startStar(error, f, range: range)
    while let (handler, matched) = try nextStarClause(&state, handlers, f) {
      let result: Result<Completion, PyError>
      do throws(PyError) { result = .success(try handler.body.execute(f)) } catch { result = .failure(error) }
      if let completion = endStarClause(&state, matched, result) { return completion }
    }
    return try finishStar(state)
  }

  func startStar(_ error: PyError, _ f: Frame, range: SourceRange) -> StarHandling {
    let original = error.exception
    original.caught(in: f.header.code.info, fallback: range)
    var state = StarHandling(original: original, remaining: original)
    if !original.type.isSubtype(of: baseExceptionGroupType) {
      let wrapped = ExceptionObject(type: exceptions["ExceptionGroup"]!, args: [str(""), makeTuple([.object(original)])], dict: makeDict())
      wrapped.groupMessage = ""
      wrapped.groupExceptions = [original]
      wrapped.traceback = original.traceback
      wrapped.frameEntryAdded = true
      state.remaining = wrapped
    }
    return state
  }

  /// The next clause that matches part of what remains, with that part bound to its name and
  /// handled; nil when no clause is left or nothing remains.
  func nextStarClause(_ state: inout StarHandling, _ handlers: [HandlerNode], _ f: Frame) throws(PyError)
    -> (HandlerNode, ExceptionObject)?
  {
    while state.next < handlers.count {
      let handler = handlers[state.next]
      state.next += 1
      guard let current = state.remaining, let typeNode = handler.type else { return nil }
      let typeValue = try typeNode.evaluate(f)
      var (matched, rest) = try splitGroup(current, typeValue)
      if current !== state.original, current.groupExceptions.count == 1,
        current.groupExceptions[0] === state.original, matched != nil
      {
        // A naked exception that matches is handled as the group that wraps it.
        (matched, rest) = (current, nil)
      }
      state.remaining = rest
      guard let matched else { continue }
      if let target = handler.target { try target.store(.object(matched), f) }
      handling.append(matched)
      return (handler, matched)
    }
    return nil
  }

  /// After a clause's body: how the whole statement completes when the body returned, broke
  /// or continued, or nil to go on with the next clause.
  func endStarClause(_ state: inout StarHandling, _ matched: ExceptionObject, _ result: Result<Completion, PyError>)
    -> Completion?
  {
    handling.removeLast()
    switch result {
    case .success(.normal):
      return nil
    case .success(let completion):
      return completion
    case .failure(let inner):
      if inner.exception !== matched { setContext(inner.exception, matched) }
      state.raised.append(inner.exception)
      return nil
    }
  }

  /// The end of an `except*`: what the clauses raised and what none matched, raised again.
  func finishStar(_ state: StarHandling) throws(PyError) -> Completion {
    let raised = state.raised
    var leftovers = raised
    if let remaining = state.remaining { leftovers.append(remaining) }
    if leftovers.isEmpty { return .normal }
    if raised.isEmpty, let remaining = state.remaining {
      remaining.frameEntryAdded = true
      throw PyError(remaining)
    }
    if leftovers.count == 1 && raised.count == 1 && !raised[0].type.isSubtype(of: baseExceptionGroupType) {
      throw PyError(raised[0])
    }
    let group = ExceptionObject(type: exceptions["ExceptionGroup"]!, args: [str(""), makeList(leftovers.map { .object($0) })], dict: makeDict())
    group.groupExceptions = leftovers
    throw PyError(group)
  }

  /// `format % args` for strings.
  func percentFormat(_ format: String, _ args: Value) throws(PyError) -> String {
    let pieces: [PercentPiece]
    do throws(FormatError) { pieces = try parsePercentFormat(format) } catch { throw self.error(error.kind, error.message) }
    var values: [Value]
    var mapping: Value?
    if case .object(let o) = args, let t = o as? TupleObject, t.type === types.tuple {
      values = t.items
    } else {
      values = [args]
      if case .object(let o) = args, o is DictObject || (!o.type.isBuiltin && o.type.lookup(dunder.__getitem__) != nil && !(o is StrObject)) {
        mapping = args
      }
    }
    var index = 0
    var out = ""
    func nextValue() throws(PyError) -> Value {
      guard index < values.count else { throw typeError("not enough arguments for format string") }
      index += 1
      return values[index - 1]
    }
    do {
      for piece in pieces {
        switch piece {
        case .literal(let text): out += text
        case .conversion(let c):
          var width: Int?
          var precision: Int?
          if case .star? = c.width { width = try intArgument(try nextValue()) }
          if case .fixed(let w)? = c.width { width = w }
          if case .star? = c.precision { precision = try intArgument(try nextValue()) }
          if case .fixed(let p)? = c.precision { precision = p }
          let value: Value
          if let key = c.key {
            guard let mapping else { throw typeError("format requires a mapping") }
            value = try getItem(mapping, str(key))
          } else {
            value = try nextValue()
          }
          switch c.type {
          case "s": out += try percentFormatString(try toStr(value), c, width: width, precision: precision)
          case "r": out += try percentFormatString(try repr(value), c, width: width, precision: precision)
          case "a": out += try percentFormatString(asciiEscape(try repr(value)), c, width: width, precision: precision)
          case "d", "i", "u", "o", "x", "X":
            guard let n = number(value) else {
              throw typeError("%\(c.type) format: a real number is required, not \(typeName(value))")
            }
            let big: BigInt
            switch n {
            case .float(let d):
              if c.type == "o" || c.type == "x" || c.type == "X" {
                throw typeError("%\(c.type) format: an integer is required, not float")
              }
              if d.isNaN { throw valueError("cannot convert float NaN to integer") }
              if d.isInfinite { throw overflowError("cannot convert float infinity to integer") }
              big = BigInt(d.rounded(.towardZero))
            default: big = n.asBig!
            }
            out += try percentFormatInteger(big, c, width: width, precision: precision)
          case "e", "E", "f", "F", "g", "G":
            guard let n = number(value) else {
              throw typeError("must be real number, not \(typeName(value))")
            }
            out += try percentFormatFloat(try toDouble(n), c, width: width, precision: precision)
          case "c":
            if case .object(let o) = value, let s = o as? StrObject, s.count == 1 {
              out += try percentFormatString(s.value, c, width: width, precision: nil)
            } else {
              guard let code = number(value)?.asBig, case .int = number(value)! else {
                throw typeError("%c requires int or char")
              }
              out += try percentFormatString(try percentCharacter(code), c, width: width, precision: nil)
            }
          default:
            if let e = c.unsupportedTypeError { throw e }
          }
        }
      }
    } catch let e as FormatError {
      throw self.error(e.kind, e.message)
    } catch let e as PyError {
      throw e
    } catch {
      throw self.error("ValueError", "\(error)")
    }
    if mapping == nil && index < values.count {
      throw typeError("not all arguments converted during string formatting")
    }
    return out
  }
}
