// repr/str/format, subscripting, class creation, exception helpers and imports.

import BigInt
import CoilSyntax

extension Interpreter {
  // MARK: - repr and str

  func repr(_ value: Value) throws(PyError) -> String {
    switch value {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .float(let d): return pythonFloatRepr(d)
    case .object(let o):
      if !o.type.isBuiltin || o.type.layout == .exception && o.type.lookup(dunder.__repr__).map({ v in
        if case .object(let m as BuiltinFunctionObject) = v { return m.owner !== exceptions["BaseException"] }
        return true
      }) == true {
        if let method = o.type.lookup(dunder.__repr__),
          !(method.asObject is BuiltinFunctionObject && (method.asObject as! BuiltinFunctionObject).owner?.isBuiltin == true && (method.asObject as! BuiltinFunctionObject).owner !== types.object && o.type.layout == .plain)
        {
          if case .object(let m as BuiltinFunctionObject) = method, m.owner?.isBuiltin == true {
            // A subclass of a builtin container or number shows as its base does.
            switch o.type.layout {
            case .list, .dict, .int, .float, .str, .tuple: return try builtinRepr(o)
            default: if m.owner === types.object { return defaultRepr(o) }
            }
          }
          let result = try callMethod(method, value, [])
          guard case .object(let ro) = result, let s = ro as? StrObject else {
            throw typeError("__repr__ returned non-string (type \(typeName(result)))")
          }
          return s.value
        }
      }
      return try builtinRepr(o)
    }
  }

  func defaultRepr(_ o: PyObject) -> String {
    let address = addressText(o)
    let module = o.type.moduleName == "builtins" ? "" : o.type.moduleName + "."
    return "<\(module)\(o.type.qualifiedName) object at \(address)>"
  }

  func builtinRepr(_ o: PyObject) throws(PyError) -> String {
    switch o {
    case let s as StrObject: return pythonStringRepr(s.value)
    case let b as BigIntObject:
      // CPython's limit on decimal digits (`sys.get_int_max_str_digits()`, 4300).
      do throws(FormatError) { return try pythonIntToDecimalString(b.value) } catch {
        throw self.error(error.kind, error.message)
      }
    case let f as FloatObject: return pythonFloatRepr(f.value)
    case let c as ComplexObject: return complexRepr(c)
    case let l as ListObject:
      return try guardRecursion(o, "[...]") { () throws(PyError) -> String in
        var parts: [String] = []
        for item in l.items { parts.append(try repr(item)) }
        return "[" + parts.joined(separator: ", ") + "]"
      }
    case let t as TupleObject:
      if let named = try structSequenceRepr(t) { return named }
      return try guardRecursion(o, "(...)") { () throws(PyError) -> String in
        var parts: [String] = []
        for item in t.items { parts.append(try repr(item)) }
        if parts.count == 1 { return "(" + parts[0] + ",)" }
        return "(" + parts.joined(separator: ", ") + ")"
      }
    case let d as DictObject:
      return try guardRecursion(o, "{...}") { () throws(PyError) -> String in
        var parts: [String] = []
        for entry in d.liveEntries {
          parts.append(try repr(entry.key) + ": " + (try repr(entry.value)))
        }
        return "{" + parts.joined(separator: ", ") + "}"
      }
    case let s as SetObject:
      let name = s.isFrozen ? "frozenset" : "set"
      if s.count == 0 { return name + "()" }
      return try guardRecursion(o, name + "(...)") { () throws(PyError) -> String in
        var parts: [String] = []
        for item in s.elements { parts.append(try repr(item)) }
        let body = "{" + parts.joined(separator: ", ") + "}"
        return s.isFrozen ? "frozenset(" + body + ")" : body
      }
    case is RangeObject, is BigRangeObject:
      return rangeRepr(rangeBounds(o)!)
    case let s as SliceObject:
      return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
    case let t as TypeObject:
      let module = t.moduleName == "builtins" ? "" : t.moduleName + "."
      return "<class '\(module)\(t.qualifiedName)'>"
    case let f as FunctionObject:
      return "<function \(f.qualifiedName) at \(addressText(f))>"
    case let b as BuiltinFunctionObject:
      if let owner = b.owner { return "<method '\(b.name)' of '\(owner.name)' objects>" }
      return "<built-in function \(b.name)>"
    case let m as BoundMethodObject:
      if case .object(let fo) = m.function, let b = fo as? BuiltinFunctionObject {
        return "<built-in method \(b.name) of \(typeName(m.receiver)) object at \(addressText(fo))>"
      }
      let fname: String
      if case .object(let fo) = m.function, let f = fo as? FunctionObject { fname = f.qualifiedName } else { fname = "?" }
      return "<bound method \(fname) of \(try repr(m.receiver))>"
    case let m as ModuleObject:
      if m.path == nil { return "<module '\(m.name)' (built-in)>" }
      return "<module '\(m.name)' from '\(m.path!)'>"
    case let s as SingletonObject: return s.name
    case let e as ExceptionObject:
      var parts: [String] = []
      for a in e.args { parts.append(try repr(a)) }
      return "\(e.type.name)(\(parts.joined(separator: ", ")))"
    case let b as BytesObject:
      return bytesRepr(b.bytes)
    case let v as DictViewObject:
      var parts: [String] = []
      for item in try iterate(.object(v)) { parts.append(try repr(item)) }
      return "\(v.type.name)([\(parts.joined(separator: ", "))])"
    case is CellObject: return "<cell>"
    case is IteratorObject:
      return o.type === types.iterator ? "<iterator object>" : defaultRepr(o)
    case let p as PropertyObject: _ = p; return "<property object>"
    case let p as PartialObject:
      return try partialRepr(p)
    case let f as FileObject:
      return "<_io.TextIOWrapper name='\(f.name)' mode='\(f.mode)' encoding='UTF-8'>"
    case let s as SuperObject:
      return "<super: <class '\(s.thisClass.name)'>, <\(s.startType.name) object>>"
    default:
      if let text = try asyncioRepr(o) { return text }
      // A builtin type whose __repr__ is written in Swift (ContextVar, FutureCallGraph...).
      if case .object(let m)? = o.type.lookup(dunder.__repr__), let method = m as? BuiltinFunctionObject,
        let owner = method.owner, owner !== types.object
      {
        return try toStr(try method.body(self, [.object(o)], []))
      }
      return defaultRepr(o)
    }
  }

  func bytesRepr(_ bytes: [UInt8]) -> String {
    let hasSingle = bytes.contains(39)
    let hasDouble = bytes.contains(34)
    let quote: UInt8 = hasSingle && !hasDouble ? 34 : 39
    var out = "b" + String(UnicodeScalar(quote))
    for byte in bytes {
      switch byte {
      case 92: out += "\\\\"
      case 9: out += "\\t"
      case 10: out += "\\n"
      case 13: out += "\\r"
      case quote: out += "\\" + String(UnicodeScalar(quote))
      case 32..<127: out.unicodeScalars.append(UnicodeScalar(byte))
      default: out += "\\x" + hexDigits(UInt32(byte), 2)
      }
    }
    return out + String(UnicodeScalar(quote))
  }

  func guardRecursion(_ o: PyObject, _ placeholder: String, _ body: () throws(PyError) -> String)
    throws(PyError) -> String
  {
    let id = ObjectIdentifier(o)
    if reprInProgress.contains(id) { return placeholder }
    reprInProgress.insert(id)
    defer { reprInProgress.remove(id) }
    return try body()
  }

  /// `str(value)`.
  func toStr(_ value: Value) throws(PyError) -> String {
    switch value {
    case .object(let o):
      if let s = o as? StrObject { return s.value }
      if !o.type.isBuiltin, let method = o.type.lookup(dunder.__str__) {
        if case .object(let m as BuiltinFunctionObject) = method, m.owner?.isBuiltin == true {
          if let e = o as? ExceptionObject { return try exceptionStr(e) }
          return try repr(value)
        }
        let result = try callMethod(method, value, [])
        guard case .object(let ro) = result, let s = ro as? StrObject else {
          throw typeError("__str__ returned non-string (type \(typeName(result)))")
        }
        return s.value
      }
      if let e = o as? ExceptionObject { return try exceptionStr(e) }
      if let q = o as? QueueObject { return try q.str(self) }
      return try repr(value)
    default:
      return try repr(value)
    }
  }

  func exceptionStr(_ e: ExceptionObject) throws(PyError) -> String {
    if e.type.isSubtype(of: baseExceptionGroupType) {
      let n = e.groupExceptions.count
      return "\(e.groupMessage) (\(n) sub-exception\(n == 1 ? "" : "s"))"
    }
    if e.type.isSubtype(of: exceptions["KeyError"]!) && e.args.count == 1 {
      return try repr(e.args[0])
    }
    if e.type.isSubtype(of: exceptions["OSError"]!) && e.args.count >= 2 {
      var text = "[Errno \(try toStr(e.args[0]))] \(try toStr(e.args[1]))"
      if e.args.count >= 3 { text += ": \(try repr(e.args[2]))" }
      return text
    }
    switch e.args.count {
    case 0: return ""
    case 1: return try toStr(e.args[0])
    default: return try repr(makeTuple(e.args))
    }
  }

  /// `format(value, spec)`.
  func format(_ value: Value, _ spec: String) throws(PyError) -> String {
    do {
      switch value {
      case .object(let o) where !o.type.isBuiltin:
        if let method = o.type.lookup(dunder.__format__),
          !(method.asObject is BuiltinFunctionObject)
        {
          let result = try callMethod(method, value, [str(spec)])
          guard case .object(let ro) = result, let s = ro as? StrObject else {
            throw typeError("__format__ must return a str, not \(typeName(result))")
          }
          return s.value
        }
        if spec.isEmpty { return try toStr(value) }
        if o is ExceptionObject || o is InstanceObject {
          throw typeError("unsupported format string passed to \(o.type.name).__format__")
        }
      default: break
      }
      if spec.isEmpty { return try toStr(value) }
      switch value {
      case .int(let i): return try formatInteger(BigInt(i), spec: spec)
      case .bool(let b): return try formatInteger(BigInt(b ? 1 : 0), spec: spec)
      case .float(let d): return try formatFloat(d, spec: spec)
      case .object(let o):
        if let b = o as? BigIntObject { return try formatInteger(b.value, spec: spec) }
        if let f = o as? FloatObject { return try formatFloat(f.value, spec: spec) }
        if let s = o as? StrObject { return try formatString(s.value, spec: spec) }
        if o.type.isBuiltin {
          throw typeError("unsupported format string passed to \(o.type.name).__format__")
        }
        return try formatString(try toStr(value), spec: spec)
      case .none:
        throw typeError("unsupported format string passed to NoneType.__format__")
      }
    } catch let e as FormatError {
      throw error(e.kind, e.message)
    } catch let e as PyError {
      throw e
    } catch {
      throw self.error("ValueError", "\(error)")
    }
  }

  // MARK: - Subscripts

  /// Normalizes a sequence index, raising IndexError with `what` when out of range.
  func sequenceIndex(_ key: Value, count: Int, what: String) throws(PyError) -> Int {
    var i: Int
    switch key {
    case .int(let n): i = n
    case .bool(let b): i = b ? 1 : 0
    case .object(let b as BigIntObject):
      guard let small = Int(exactly: b.value) else {
        throw indexError("cannot fit 'int' into an index-sized integer")
      }
      i = small
    case .object(let o) where !o.type.isBuiltin:
      if let r = try callDunder(key, "__index__", []) { return try sequenceIndex(r, count: count, what: what) }
      throw typeError("\(what) indices must be integers or slices, not \(o.type.name)")
    default:
      if what == "string" {
        throw typeError("string indices must be integers, not '\(typeName(key))'")
      }
      throw typeError("\(what) indices must be integers or slices, not \(typeName(key))")
    }
    if i < 0 { i += count }
    if i < 0 || i >= count { throw indexError("\(what) index out of range") }
    return i
  }

  /// Resolves a slice against a length: (start, stop, step, count).
  func sliceIndices(_ s: SliceObject, count: Int) throws(PyError) -> (Int, Int, Int, Int) {
    func intOf(_ v: Value) throws(PyError) -> Int? {
      switch v {
      case .none: return nil
      case .int(let i): return i
      case .bool(let b): return b ? 1 : 0
      case .object(let o):
        if let b = o as? BigIntObject {
          return Int(exactly: b.value) ?? (b.value.sign == .minus ? Int.min / 2 : Int.max / 2)
        }
        if let r = try callDunder(v, "__index__", []) { return try intOf(r) }
        throw typeError("slice indices must be integers or None or have an __index__ method")
      default:
        throw typeError("slice indices must be integers or None or have an __index__ method")
      }
    }
    // Clamped as CPython does, so negating it cannot overflow.
    let step = max(try intOf(s.step) ?? 1, -Int.max)
    if step == 0 { throw valueError("slice step cannot be zero") }
    var start: Int
    var stop: Int
    if step > 0 {
      start = try intOf(s.start) ?? 0
      stop = try intOf(s.stop) ?? count
      if start < 0 { start = max(start + count, 0) } else { start = min(start, count) }
      if stop < 0 { stop = max(stop + count, 0) } else { stop = min(stop, count) }
      let n = stop > start ? (stop - start - 1) / step + 1 : 0
      return (start, stop, step, n)
    }
    start = try intOf(s.start) ?? count - 1
    stop = try intOf(s.stop) ?? -count - 1
    if start < 0 { start = max(start + count, -1) } else { start = min(start, count - 1) }
    if stop < 0 { stop = max(stop + count, -1) } else { stop = min(stop, count - 1) }
    let n = start > stop ? (start - stop - 1) / (-step) + 1 : 0
    return (start, stop, step, n)
  }

  func sliceItems(_ items: [Value], _ s: SliceObject) throws(PyError) -> [Value] {
    let (start, _, step, n) = try sliceIndices(s, count: items.count)
    if step == 1 { return Array(items[start..<(start + n)]) }
    var result: [Value] = []
    result.reserveCapacity(n)
    var i = start
    for _ in 0..<n {
      result.append(items[i])
      i += step
    }
    return result
  }

  /// `container[key]`.
  func getItem(_ container: Value, _ key: Value) throws(PyError) -> Value {
    guard case .object(let o) = container else {
      throw typeError("'\(typeName(container))' object is not subscriptable")
    }
    if !o.type.isBuiltin, let method = o.type.lookup(dunder.__getitem__) {
      return try callMethod(method, container, with: key)
    }
    switch o {
    case let l as ListObject:
      if case .object(let ko) = key, let s = ko as? SliceObject {
        return makeList(try sliceItems(l.items, s))
      }
      return l.items[try sequenceIndex(key, count: l.items.count, what: "list")]
    case let t as TupleObject:
      if case .object(let ko) = key, let s = ko as? SliceObject {
        return makeTuple(try sliceItems(t.items, s))
      }
      return t.items[try sequenceIndex(key, count: t.items.count, what: "tuple")]
    case let s as StrObject:
      if case .object(let ko) = key, let sl = ko as? SliceObject {
        let (start, _, step, n) = try sliceIndices(sl, count: s.count)
        if step == 1 { return str(s.substring(start, start + n)) }
        var view = String.UnicodeScalarView()
        var i = start
        for _ in 0..<n {
          view.append(s.scalar(at: i))
          i += step
        }
        return str(String(view))
      }
      let i = try sequenceIndex(key, count: s.count, what: "string")
      return character(s.scalar(at: i))
    case let d as DictObject:
      if let v = try d.get(key, self) { return v }
      if d.type !== types.dict, let missing = d.type.lookup(dunder.__missing__) {
        return try callMethod(missing, container, [key])
      }
      throw keyError(key)
    case let r as RangeObject:
      if case .int(var i) = key {
        if i < 0 { i += r.count }
        if i < 0 || i >= r.count { throw indexError("range object index out of range") }
        return .int(r.element(i))
      }
      return try rangeItem(rangeBounds(r)!, key)
    case let r as BigRangeObject:
      return try rangeItem(rangeBounds(r)!, key)
    case let b as BytesObject:
      if case .object(let ko) = key, let s = ko as? SliceObject {
        let items = try sliceItems(b.bytes.map { .int(Int($0)) }, s)
        return .object(BytesObject(items.map { if case .int(let i) = $0 { return UInt8(i) } else { return 0 } }, type: types.bytes))
      }
      return .int(Int(b.bytes[try sequenceIndex(key, count: b.bytes.count, what: "index")]))
    case let t as TypeObject:
      if let method = t.lookup(dunder.__class_getitem__) {
        return try call(try bindDescriptor(method, instance: container, owner: t), [key])
      }
      if let alias = genericAlias(t, key) { return alias }
      throw typeError("type '\(t.name)' is not subscriptable")
    default:
      if let method = o.type.lookup(dunder.__getitem__) {
        return try callMethod(method, container, with: key)
      }
      throw typeError("'\(o.type.name)' object is not subscriptable")
    }
  }

  /// `container[key] = value`.
  func setItem(_ container: Value, _ key: Value, _ value: Value) throws(PyError) {
    guard case .object(let o) = container else {
      throw typeError("'\(typeName(container))' object does not support item assignment")
    }
    if !o.type.isBuiltin, let method = o.type.lookup(dunder.__setitem__),
      (method.asObject as? BuiltinFunctionObject)?.owner?.isBuiltin != true
    {
      _ = try callMethod(method, container, [key, value])
      return
    }
    switch o {
    case let l as ListObject:
      if case .object(let ko) = key, let s = ko as? SliceObject {
        let replacement = try iterate(value)
        let (start, stop, step, n) = try sliceIndices(s, count: l.items.count)
        if step == 1 {
          let end = max(start, stop)
          l.items.replaceSubrange(start..<end, with: replacement)
          return
        }
        if replacement.count != n {
          throw valueError(
            "attempt to assign sequence of size \(replacement.count) to extended slice of size \(n)")
        }
        var i = start
        for item in replacement {
          l.items[i] = item
          i += step
        }
        return
      }
      l.items[try sequenceIndex(key, count: l.items.count, what: "list assignment")] = value
    case let d as DictObject:
      try d.set(key, value, self)
    default:
      if let method = o.type.lookup(dunder.__setitem__) {
        _ = try callMethod(method, container, [key, value])
        return
      }
      throw typeError("'\(o.type.name)' object does not support item assignment")
    }
  }

  /// `del container[key]`.
  func deleteItem(_ container: Value, _ key: Value) throws(PyError) {
    guard case .object(let o) = container else {
      throw typeError("'\(typeName(container))' object does not support item deletion")
    }
    if !o.type.isBuiltin, let method = o.type.lookup(dunder.__delitem__),
      (method.asObject as? BuiltinFunctionObject)?.owner?.isBuiltin != true
    {
      _ = try callMethod(method, container, [key])
      return
    }
    switch o {
    case let l as ListObject:
      if case .object(let ko) = key, let s = ko as? SliceObject {
        let (start, _, step, n) = try sliceIndices(s, count: l.items.count)
        var remove = Set<Int>()
        var i = start
        for _ in 0..<n {
          remove.insert(i)
          i += step
        }
        l.items = l.items.enumerated().filter { !remove.contains($0.offset) }.map(\.element)
        return
      }
      l.items.remove(at: try sequenceIndex(key, count: l.items.count, what: "list assignment"))
    case let d as DictObject:
      if try d.remove(key, self) == nil { throw keyError(key) }
    default:
      throw typeError("'\(o.type.name)' object does not support item deletion")
    }
  }

  /// `{**source}` and `dict.update(source)`.
  func mergeMapping(into dict: DictObject, _ source: Value, range: SourceRange) throws(PyError) {
    if case .object(let o) = source, let d = o as? DictObject {
      for entry in d.liveEntries { try dict.set(entry.key, entry.value, self) }
      return
    }
    if case .object(let o) = source, o.type.lookup(name("keys")) != nil {
      for key in try iterate(try call(try getAttribute(source, name("keys")), [])) {
        try dict.set(key, try getItem(source, key), self)
      }
      return
    }
    let e = typeError("'\(typeName(source))' object is not a mapping")
    e.exception.locate(range)
    throw e
  }

  // MARK: - Classes

  func makeSuper(_ thisClass: TypeObject, _ first: Value) throws(PyError) -> Value {
    var start = typeOf(first)
    if case .object(let o) = first, let t = o as? TypeObject, t.isSubtype(of: thisClass) {
      start = t
    }
    guard start.isSubtype(of: thisClass) else {
      throw typeError("super(type, obj): obj must be an instance or subtype of type")
    }
    return .object(SuperObject(thisClass: thisClass, instance: first, startType: start, type: types.superType))
  }

  /// Creates a class from a `class` statement's evaluated parts.
  func makeClass(
    name className: String, qualifiedName: String, bases baseValues: [Value],
    namespace: DictObject, keywords: Keywords
  ) throws(PyError) -> TypeObject {
    var bases: [TypeObject] = []
    for given in baseValues {
      // `class Q(asyncio.Queue[int])`: the alias stands for its class (`__mro_entries__`).
      var value = given
      if case .object(let o) = given, let alias = o as? GenericAliasObject { value = alias.origin }
      guard case .object(let o) = value, let t = o as? TypeObject else {
        throw typeError("bases must be types")
      }
      if t === types.bool || t === types.range || t === types.slice || t === types.function
        || t === types.none
      {
        throw typeError("type '\(t.name)' is not an acceptable base type")
      }
      bases.append(t)
    }
    if bases.isEmpty { bases = [types.object] }
    var layout: InstanceLayout = .plain
    for base in bases {
      switch base.layout {
      case .exception, .list, .dict, .int, .float, .str, .tuple, .native: layout = base.layout
      default: break
      }
    }
    let moduleName: String
    if case .object(let m as StrObject)? = namespace.getString(dunder.__module__) {
      moduleName = m.value
    } else {
      moduleName = "__main__"
    }
    let t = TypeObject(
      name: className, bases: bases, dict: namespace, metatype: types.type, isBuiltin: false,
      layout: layout, moduleName: moduleName)
    t.qualifiedName = qualifiedName
    let mro: [TypeObject]
    switch TypeObject.linearize(t, bases: bases) {
    case .success(let linearization):
      mro = linearization
      t.mro = linearization
    case .failure(let failure):
      throw typeError(
        "Cannot create a consistent method resolution\norder (MRO) for bases \(failure.heads.map(\.name).joined(separator: ", "))")
    }
    t.isBaseException = mro.contains { $0 === exceptions["BaseException"] }
    // Only Coil-defined classes can override attribute access; `object`'s own
    // __getattribute__/__setattr__ are what the fast paths already do.
    for klass in mro where !klass.isBuiltin {
      for key in klass.dict.keys {
        if case .object(let ko as StrObject) = key { noteDunder(t, ko.value) }
      }
      if klass.hasDataDescriptors { t.hasDataDescriptors = true }
    }
    for entry in namespace.liveEntries {
      guard case .object(let o) = entry.value else { continue }
      if let property = o as? PropertyObject, property.name == nil,
        case .object(let key as StrObject) = entry.key
      {
        property.name = key.value
      }
      if isDataDescriptor(o) {
        t.hasDataDescriptors = true
      }
    }
    // A class that defines __eq__ without __hash__ is unhashable.
    if namespace.getString(dunder.__eq__) != nil && namespace.getString(dunder.__hash__) == nil {
      namespace.setString(dunder.__hash__, .none)
    }
    for (key, value) in namespace.liveEntries.map({ ($0.key, $0.value) }) {
      if case .object(let fo) = value, let f = fo as? FunctionObject,
        case .object(let ko as StrObject) = key, ko.value == "__init_subclass__" || ko.value == "__class_getitem__"
      {
        try namespace.set(key, .object(MethodWrapperObject(kind: .classMethod, function: .object(f), type: types.classmethod, dict: makeDict())), self)
      }
    }
    // __set_name__ on descriptors, then __init_subclass__ on the parent.
    for entry in namespace.liveEntries {
      if case .object(let o) = entry.value, !o.type.isBuiltin,
        let setName = o.type.lookup(dunder.__set_name__)
      {
        _ = try callMethod(setName, entry.value, [.object(t), entry.key])
      }
    }
    if bases.count >= 1, let hook = mro.dropFirst().lazy.compactMap({ $0.dict.getString(self.dunder.__init_subclass__) }).first {
      if case .object(let ho) = hook, let wrapper = ho as? MethodWrapperObject {
        _ = try call(wrapper.function, [.object(t)], keywords)
      }
    }
    return t
  }

  // MARK: - Exceptions

  /// The exception object for `raise value`: an instance, or a class to instantiate.
  func exceptionInstance(_ value: Value) throws(PyError) -> ExceptionObject {
    if case .object(let o) = value {
      if let e = o as? ExceptionObject { return e }
      if let t = o as? TypeObject, t.isSubtype(of: baseExceptionType) {
        let made = try call(value, [])
        if case .object(let mo) = made, let e = mo as? ExceptionObject { return e }
        throw typeError(
          "calling \(try repr(value)) should have returned an instance of BaseException, not \(typeName(made))")
      }
    }
    throw typeError("exceptions must derive from BaseException")
  }

  /// Whether `except type_value` catches `exception`.
  func exceptionMatches(_ exception: ExceptionObject, _ typeValue: Value) throws(PyError) -> Bool {
    if case .object(let o) = typeValue {
      if let t = o as? TypeObject {
        guard t.isSubtype(of: baseExceptionType) else {
          throw typeError("catching classes that do not inherit from BaseException is not allowed")
        }
        return exception.type.isSubtype(of: t)
      }
      if let tuple = o as? TupleObject {
        for item in tuple.items where try exceptionMatches(exception, item) { return true }
        return false
      }
    }
    throw typeError("catching classes that do not inherit from BaseException is not allowed")
  }

  /// An exception that reaches a handler while another is being handled was raised during
  /// that handling: CPython sets its `__context__` when raising, this does it when catching.
  @inline(__always) func noteRaisedWhileHandling(_ exception: ExceptionObject) {
    if let current = handling.last {
      setContext(exception, current)
    } else {
      exception.contextSettled = true
    }
  }

  /// Sets `__context__` of a new exception raised while handling another, unless it was
  /// decided already (`contextSettled`). A link back to `new` in `old`'s chain is cut so no
  /// cycle forms; a cycle the chain already has (user code can assign `__context__`) is
  /// detected by a second walker at half speed.
  func setContext(_ new: ExceptionObject, _ old: ExceptionObject) {
    if new.contextSettled { return }
    new.contextSettled = true
    if new === old { return }
    var probe = old
    var slow = old
    var moveSlow = false
    while case .object(let c) = probe.context, let context = c as? ExceptionObject {
      if context === new {
        probe.context = .none
        break
      }
      probe = context
      if probe === slow { break }
      if moveSlow, case .object(let s) = slow.context, let next = s as? ExceptionObject {
        slow = next
      }
      moveSlow.toggle()
    }
    if new.context.isNone { new.context = .object(old) }
  }

  // MARK: - Imports

  /// Records a loaded module in `modules` and `sys.modules`.
  func registerModule(_ module: ModuleObject, as name: String) {
    modules[name] = module
    moduleTable.setString(self.name(name), .object(module))
  }

  func importModule(_ name: String, range: SourceRange) throws(PyError) -> ModuleObject {
    // sys.modules decides first, as in CPython.
    if case .object(let o)? = moduleTable.getString(self.name(name)), let module = o as? ModuleObject {
      return module
    }
    if let loaded = modules[name] { return loaded }
    if let made = try makeBuiltinModule(name) {
      registerModule(made, as: name)
      return made
    }
    let e = error("ModuleNotFoundError", "No module named '\(name)'")
    e.exception.locate(range)
    throw e
  }

}
