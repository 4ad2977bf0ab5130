// The operations the evaluator performs on values: truth, equality, hashing, ordering,
// arithmetic, attribute access, calls and iteration. Builtin types take fast paths; instances of
// Coil classes go through their dunder methods, as CPython's slots do.

import BigInt
import CoilSyntax

extension Interpreter {
  // MARK: - Truth

  func isTrue(_ value: Value) throws(PyError) -> Bool {
    switch value {
    case .none: return false
    case .bool(let b): return b
    case .int(let i): return i != 0
    case .float(let d): return d != 0
    case .object(let o):
      switch o {
      case let s as StrObject: return s.count != 0
      case let l as ListObject where l.type === types.list: return !l.items.isEmpty
      case let t as TupleObject where t.type === types.tuple: return !t.items.isEmpty
      case let d as DictObject where d.type === types.dict: return d.count != 0
      case let s as SetObject: return s.count != 0
      case let b as BigIntObject where b.type.isBuiltin: return true
      case let r as RangeObject: return r.count != 0
      case let r as BigRangeObject: return !r.count.isZero
      default:
        if o.type.isBuiltin && !(o is ListObject || o is DictObject || o is TupleObject) {
          return true
        }
        if let method = o.type.lookup(dunder.__bool__), !isBuiltinSlot(method) {
          let result = try callMethod(method, value, [])
          guard case .bool(let b) = result else {
            throw typeError("__bool__ should return bool, returned \(typeName(result))")
          }
          return b
        }
        if let method = o.type.lookup(dunder.__len__) {
          let result = try callMethod(method, value, [])
          return try lengthResult(result) != 0
        }
        if let l = o as? ListObject { return !l.items.isEmpty }
        if let t = o as? TupleObject { return !t.items.isEmpty }
        if let d = o as? DictObject { return d.count != 0 }
        if let b = o as? BigIntObject { return !b.value.isZero }
        if let f = o as? FloatObject { return f.value != 0 }
        return true
      }
    }
  }

  func lengthResult(_ result: Value) throws(PyError) -> Int {
    switch result {
    case .int(let n):
      if n < 0 { throw valueError("__len__() should return >= 0") }
      return n
    case .bool(let b): return b ? 1 : 0
    default:
      throw typeError("'\(typeName(result))' object cannot be interpreted as an integer")
    }
  }

  // MARK: - Equality and hashing

  /// Python's `==` as a Bool.
  func equal(_ a: Value, _ b: Value) throws(PyError) -> Bool {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x == y
    case (.none, .none): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.float(let x), .float(let y)): return x == y
    case (.object(let x), .object(let y)):
      if let s = x as? StrObject, let t = y as? StrObject { return s.equals(t) }
    default: break
    }
    return try isTrue(compare(a, b, .equal))
  }

  /// Key equality for dicts and sets: identity first, then `==`.
  func keysEqual(_ a: Value, _ b: Value) throws(PyError) -> Bool {
    if a.isIdentical(to: b) { return true }
    return try equal(a, b)
  }

  static let hashModulus = (1 << 61) - 1

  /// Whether a Coil class sets its own `__hash__` (a function, or None after defining `__eq__`).
  private func overridesHash(_ t: TypeObject) -> Bool {
    guard let method = t.lookup(dunder.__hash__) else { return false }
    return !(method.asObject is BuiltinFunctionObject)
  }

  /// Python's `hash()`: equal numbers hash equal across int, float and bool.
  func hash(_ value: Value) throws(PyError) -> Int {
    switch value {
    case .none: return 0x5F3A_1B2C
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return Interpreter.hashInt(i)
    case .float(let d): return Interpreter.hashFloat(d)
    case .object(let o):
      switch o {
      case let s as StrObject: return s.hashValue_
      case let b as BigIntObject where b.type.isBuiltin || !overridesHash(b.type):
        return Interpreter.hashBig(b.value)
      case let f as FloatObject where !overridesHash(f.type):
        return Interpreter.hashFloat(f.value)
      case let t as TupleObject where t.type.isBuiltin:
        return try hashTuple(t.items)
      case is RangeObject, is BigRangeObject:
        return try rangeHash(rangeBounds(o)!)
      case let alias as GenericAliasObject:
        return try hash(alias.origin) ^ hashTuple(alias.arguments)
      case let s as SetObject where s.isFrozen:
        if let cached = s.cachedHash { return cached }
        let h = s.table.frozenHash()
        s.cachedHash = h
        return h
      default:
        if !o.type.isBuiltin || o.type.layout != .builtin {
          if let method = o.type.lookup(dunder.__hash__) {
            if method.isNone {
              throw typeError("unhashable type: '\(typeName(value))'")
            }
            if case .object(let m) = method, let b = m as? BuiltinFunctionObject,
              b.owner === types.object
            {
              return identity(o) >> 4
            }
            let result = try callMethod(method, value, [])
            switch result {
            case .int(let i): return i == -1 ? -2 : i
            case .bool(let b): return b ? 1 : 0
            case .object(let big as BigIntObject): return Interpreter.hashBig(big.value)
            default: throw typeError("__hash__ method should return an integer")
            }
          }
        }
        if o is ListObject || o is DictObject || (o is SetObject) || o.type.dict.getString(dunder.__hash__)?.isNone == true {
          throw typeError("unhashable type: '\(o.type.name)'")
        }
        if let t = o as? TupleObject { return try hashTuple(t.items) }
        return identity(o) >> 4
      }
    }
  }

  func hashTuple(_ items: [Value]) throws(PyError) -> Int {
    // CPython's xxHash-based tuple hash.
    let prime1: UInt64 = 11_400_714_785_074_694_791
    let prime2: UInt64 = 14_029_467_366_897_019_727
    let prime5: UInt64 = 2_870_177_450_012_600_261
    var acc = prime5
    for item in items {
      let lane = UInt64(bitPattern: Int64(try hash(item)))
      acc = acc &+ lane &* prime2
      acc = (acc << 31) | (acc >> 33)
      acc = acc &* prime1
    }
    acc = acc &+ (UInt64(items.count) ^ (prime5 ^ 3_527_539))
    let result = Int(Int64(bitPattern: acc))
    return result == -1 ? 1_546_275_796 : result
  }

  static func hashInt(_ i: Int) -> Int {
    if i >= 0 && i < hashModulus { return i }
    if i < 0 && i > -hashModulus { return i == -1 ? -2 : i }
    let m = i.magnitude % UInt(hashModulus)
    var h = Int(m)
    if i < 0 { h = -h }
    return h == -1 ? -2 : h
  }

  static func hashBig(_ b: BigInt) -> Int {
    let m = b.magnitude % BigUInt(hashModulus)
    var h = Int(m)
    if b.sign == .minus { h = -h }
    return h == -1 ? -2 : h
  }

  static func hashFloat(_ d: Double) -> Int {
    if d.isNaN { return 0 }
    if d.isInfinite { return d > 0 ? 314_159 : -314_159 }
    if d == d.rounded(.towardZero), abs(d) < 9.2e18 { return hashInt(Int(d)) }
    // CPython's _Py_HashDouble.
    // Swift's `frexp` overlay returns the magnitude's significand, so the sign comes from `d`.
    var m = frexp(d.magnitude)
    var mantissa = m.0
    var e = m.1
    let sign = d < 0 ? -1 : 1
    var x: UInt64 = 0
    let modulus = UInt64(hashModulus)
    while mantissa != 0 {
      x = ((x << 28) & modulus) | x >> (61 - 28)
      mantissa *= 268_435_456.0
      e -= 28
      let y = UInt64(mantissa)
      mantissa -= Double(y)
      x += y
      if x >= modulus { x -= modulus }
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
    x = ((x << UInt64(e)) & modulus) | x >> UInt64(61 - e)
    var h = Int(x) * sign
    if h == -1 { h = -2 }
    m = (0, 0)
    return h
  }

  // MARK: - Attributes

  /// `getattr(value, name)`.
  func getAttribute(_ value: Value, _ attribute: StrObject) throws(PyError) -> Value {
    if let found = try lookupAttribute(value, attribute) { return found }
    throw attributeFailure(value, attribute)
  }

  func attributeFailure(_ value: Value, _ attribute: StrObject) -> PyError {
    let error: PyError
    if case .object(let o) = value, let module = o as? ModuleObject {
      error = attributeError("module '\(module.name)' has no attribute '\(attribute.value)'")
    } else if case .object(let o) = value, let t = o as? TypeObject {
      error = attributeError("type object '\(t.name)' has no attribute '\(attribute.value)'")
    } else {
      error = attributeError("'\(typeName(value))' object has no attribute '\(attribute.value)'")
    }
    error.exception.missingAttribute = (value, attribute.value)
    return error
  }

  /// Looks an attribute up, applying descriptors; nil when missing (AttributeError to come).
  func lookupAttribute(_ value: Value, _ attribute: StrObject) throws(PyError) -> Value? {
    let type = typeOf(value)
    if case .object(let o) = value {
      if let module = o as? ModuleObject {
        if let v = module.variables[attribute.value]?.value { return v }
        if attribute.value == "__name__" { return str(module.name) }
        if attribute.value == "__dict__" { return .object(moduleDict(module)) }
        return nil
      }
      if let t = o as? TypeObject { return try lookupClassAttribute(t, attribute) }
      if let s = o as? SuperObject { return try lookupSuper(s, attribute) }
    }
    if type.hasCustomGetattribute, let method = type.lookup(dunder.__getattribute__) {
      do throws(PyError) {
        return try callMethod(method, value, [.object(attribute)])
      } catch let error where error.exception.type.isSubtype(of: exceptions["AttributeError"]!) {
        if let getattr = type.lookup(dunder.__getattr__) {
          return try callMethod(getattr, value, [.object(attribute)])
        }
        throw error
      }
    }
    let classAttribute = type.lookup(attribute)
    // Data descriptors (properties) win over the instance dict.
    if case .object(let descriptor)? = classAttribute, let property = descriptor as? PropertyObject {
      if property.getter.isNone {
        throw attributeError("\(property.described) of '\(type.name)' object has no getter")
      }
      return try call(property.getter, [value])
    }
    if case .object(let o) = value, let dict = o.attributes, !(o is TypeObject) {
      if let found = dict.getString(attribute) { return found }
    }
    if let classAttribute {
      return try bindDescriptor(classAttribute, instance: value, owner: type)
    }
    if let special = try specialAttribute(value, attribute.value) { return special }
    if type.hasCustomGetattr, let getattr = type.lookup(dunder.__getattr__) {
      return try callMethod(getattr, value, [.object(attribute)])
    }
    return nil
  }

  /// Applies `__get__` for functions, classmethods, staticmethods and user descriptors.
  func bindDescriptor(_ attribute: Value, instance: Value, owner: TypeObject) throws(PyError)
    -> Value
  {
    guard case .object(let o) = attribute else { return attribute }
    switch o {
    case is FunctionObject:
      return .object(BoundMethodObject(function: attribute, receiver: instance, type: types.method))
    case let b as BuiltinFunctionObject where b.owner != nil:
      return .object(BoundMethodObject(function: attribute, receiver: instance, type: types.method))
    case let m as MethodWrapperObject:
      switch m.kind {
      case .staticMethod: return m.function
      case .classMethod:
        return .object(
          BoundMethodObject(function: m.function, receiver: .object(owner), type: types.method))
      }
    case let p as PropertyObject:
      return try call(p.getter, [instance])
    default:
      if !o.type.isBuiltin, let get = o.type.lookup(dunder.__get__) {
        return try callMethod(get, attribute, [instance, .object(owner)])
      }
      return attribute
    }
  }

  func lookupClassAttribute(_ t: TypeObject, _ attribute: StrObject) throws(PyError) -> Value? {
    if let found = t.lookup(attribute) {
      if case .object(let o) = found {
        // A base class's annotations are not the class's own.
        if o is DictObject, !t.isBuiltin, attribute === dunder.__annotations__ { return classAnnotations(t) }
        if let m = o as? MethodWrapperObject {
          if m.kind == .staticMethod { return m.function }
          return .object(BoundMethodObject(function: m.function, receiver: .object(t), type: types.method))
        }
        if !o.type.isBuiltin, !(o is FunctionObject), let get = o.type.lookup(dunder.__get__) {
          return try callMethod(get, found, [.none, .object(t)])
        }
      }
      return found
    }
    switch attribute.value {
    case "__name__": return str(t.name)
    case "__qualname__": return str(t.qualifiedName)
    case "__module__": return str(t.moduleName)
    case "__mro__": return makeTuple(t.mro.map { .object($0) })
    case "__bases__": return makeTuple(t.bases.map { .object($0) })
    case "__base__": return t.bases.first.map { .object($0) } ?? Value.none
    case "__dict__":
      // The dict itself, which the caller may change: method caches start over.
      classEpoch &+= 1
      return .object(t.dict)
    case "__doc__": return Value.none
    case "__annotations__" where !t.isBuiltin:
      return classAnnotations(t)
    case "__class__": return .object(t.type)
    default:
      // Methods of `type` itself, such as `mro`.
      if let meta = t.type.lookup(attribute) {
        return try bindDescriptor(meta, instance: .object(t), owner: t.type)
      }
      return nil
    }
  }

  /// The raw attribute `super()` finds: the first class after `thisClass` in the MRO that has it.
  func superLookup(_ s: SuperObject, _ attribute: StrObject) -> Value? {
    let mro = s.startType.mro
    var index = 0
    while index < mro.count, mro[index] !== s.thisClass { index += 1 }
    index += 1
    while index < mro.count {
      if let found = mro[index].dict.getString(attribute) { return found }
      index += 1
    }
    return nil
  }

  func lookupSuper(_ s: SuperObject, _ attribute: StrObject) throws(PyError) -> Value? {
    let mro = s.startType.mro
    var index = 0
    while index < mro.count, mro[index] !== s.thisClass { index += 1 }
    index += 1
    while index < mro.count {
      if let found = mro[index].dict.getString(attribute) {
        if case .object(let t) = s.instance, t is TypeObject, case .object(let o) = found,
          o is FunctionObject || (o is BuiltinFunctionObject && attribute.value == "__new__")
        {
          // `__new__` is a static method: `super().__new__(cls, ...)` passes cls itself.
          return found
        }
        return try bindDescriptor(found, instance: s.instance, owner: s.startType)
      }
      index += 1
    }
    if attribute.value == "__class__" { return .object(types.superType) }
    return nil
  }

  /// Attributes every object has without a dict entry: `__class__`, `__dict__`, a function's
  /// `__name__`, an exception's `args`.
  func specialAttribute(_ value: Value, _ attribute: String) throws(PyError) -> Value? {
    if attribute == "__class__" { return .object(typeOf(value)) }
    guard case .object(let o) = value else {
      return try numberAttribute(value, attribute)
    }
    switch o {
    case let f as FunctionObject:
      switch attribute {
      case "__name__": return str(f.name)
      case "__qualname__": return str(f.qualifiedName)
      case "__doc__": return f.doc
      case "__module__": return str(f.module.name)
      case "__dict__": return .object(f.dict)
      case "__defaults__": return f.defaults.isEmpty ? .none : makeTuple(f.defaults)
      case "__kwdefaults__":
        if f.keywordDefaults.isEmpty { return Value.none }
        let d = makeDict()
        for name in f.code.parameterNames.suffix(f.code.keywordOnlyCount) {
          if let v = f.keywordDefaults[name] { d.setString(self.name(name), v) }
        }
        return .object(d)
      case "__code__": return Value.none
      case "__globals__": return .object(moduleDict(f.module))
      case "__closure__": return Value.none
      default: return nil
      }
    case let g as GeneratorObject:
      switch attribute {
      case "__name__": return str(g.name)
      case "__qualname__": return str(g.qualifiedName)
      case "gi_running": return .bool(g.state == .running)
      case "gi_suspended": return .bool(g.state == .suspended)
      case "gi_frame":
        if g.state == .closed { return Value.none }
        let line = g.state == .created ? g.function.code.headerRange.start.line : Int(g.frame.header.line)
        return frameObject(g.function.code, line: line)
      case "gi_code": return frameCode(g.function.code)
      case "gi_yieldfrom": return g.state == .suspended ? (g.body.delegate ?? Value.none) : Value.none
      default: return nil
      }
    case let alias as GenericAliasObject:
      return try genericAliasAttribute(alias, attribute)
    case let token as TokenObject:
      switch attribute {
      case "var": return .object(token.variable)
      case "old_value": return token.oldValue ?? .object(contextTypes.missingValue)
      default: return nil
      }
    case let v as ContextVarObject:
      return attribute == "name" ? v.name : nil
    case let g as AsyncGeneratorObject:
      switch attribute {
      case "__name__": return str(g.name)
      case "__qualname__": return str(g.qualifiedName)
      case "ag_running": return .bool(g.state == .running)
      case "ag_frame":
        if g.state == .closed { return Value.none }
        let line = g.state == .created ? g.function.code.headerRange.start.line : Int(g.frame.header.line)
        return frameObject(g.function.code, line: line)
      case "ag_code": return frameCode(g.function.code)
      case "ag_await": return Value.none
      default: return nil
      }
    case let c as CoroutineObject:
      switch attribute {
      case "__name__": return str(c.name)
      case "__qualname__": return str(c.qualifiedName)
      case "cr_running": return .bool(c.state == .running)
      case "cr_frame": return Value.none
      case "cr_await": return Value.none
      default: return nil
      }
    case let b as BuiltinFunctionObject:
      switch attribute {
      case "__name__", "__qualname__": return str(b.name)
      case "__doc__": return Value.none
      case "__self__": return b.boundReceiver ?? Value.none
      default: return nil
      }
    case let m as BoundMethodObject:
      switch attribute {
      case "__self__": return m.receiver
      case "__func__": return m.function
      default:
        return try lookupAttribute(m.function, name(attribute))
      }
    case let e as ExceptionObject:
      switch attribute {
      case "args": return makeTuple(e.args)
      case "__cause__": return e.cause
      case "__context__": return e.context
      case "__suppress_context__": return .bool(e.suppressContext)
      case "__traceback__":
        return e.tracebackValue(types.traceback)
      case "__notes__":
        return e.notes.isEmpty ? nil : makeList(e.notes.map { str($0) })
      case "message" where e.type.isSubtype(of: baseExceptionGroupType):
        return str(e.groupMessage)
      case "exceptions" where e.type.isSubtype(of: baseExceptionGroupType):
        return makeTuple(e.groupExceptions.map { .object($0) })
      case "value" where e.type.isSubtype(of: stopIterationType):
        return e.args.first ?? Value.none
      case "code" where e.type === exceptions["SystemExit"]:
        return e.args.count == 1 ? e.args[0] : (e.args.isEmpty ? .none : makeTuple(e.args))
      case "errno", "strerror", "filename":
        if e.type.isSubtype(of: exceptions["OSError"]!) {
          if e.args.count >= 2 {
            if attribute == "errno" { return e.args[0] }
            if attribute == "strerror" { return e.args[1] }
          }
          if attribute == "filename", e.args.count >= 3 { return e.args[2] }
          return Value.none
        }
        return nil
      case "name", "obj":
        if e.type.isSubtype(of: exceptions["AttributeError"]!) {
          guard let (object, name) = e.missingAttribute else { return Value.none }
          return attribute == "name" ? str(name) : object
        }
        if attribute == "name", e.type.isSubtype(of: exceptions["NameError"]!) { return Value.none }
        return nil
      default: return nil
      }
    case let tb as TracebackObject:
      switch attribute {
      case "tb_lineno": return .int(tb.entry.range.start.line)
      case "tb_next":
        if tb.index == 0 { return Value.none }
        return .object(TracebackObject(entries: tb.entries, index: tb.index - 1, type: types.traceback))
      case "tb_lasti": return .int(0)
      case "tb_frame": return Value.none
      default: return nil
      }
    case let p as PropertyObject:
      switch attribute {
      case "fget": return p.getter
      case "fset": return p.setter
      case "fdel": return p.deleter
      case "__doc__": return p.doc
      default: return nil
      }
    case let m as MethodWrapperObject:
      if attribute == "__func__" { return m.function }
      if attribute == "__wrapped__" { return m.function }
      return nil
    case let s as SliceObject:
      switch attribute {
      case "start": return s.start
      case "stop": return s.stop
      case "step": return s.step
      default: return nil
      }
    case is RangeObject, is BigRangeObject:
      let r = rangeBounds(o)!
      switch attribute {
      case "start": return makeInt(r.start, self)
      case "stop": return makeInt(r.stop, self)
      case "step": return makeInt(r.step, self)
      default: return nil
      }
    case let m as ModuleObject:
      return attribute == "__name__" ? str(m.name) : nil
    case let file as FileObject:
      return fileAttribute(file, attribute)
    case let p as PartialObject:
      switch attribute {
      case "func": return p.function
      case "args": return makeTuple(p.arguments)
      case "keywords": return .object(p.keywords)
      case "__dict__": return .object(p.dict)
      default: return nil
      }
    case is BigIntObject:
      return try numberAttribute(value, attribute)
    default:
      if attribute == "__dict__", let dict = o.attributes { return .object(dict) }
      return nil
    }
  }

  func numberAttribute(_ value: Value, _ attribute: String) throws(PyError) -> Value? {
    switch (value, attribute) {
    case (.int, "real"), (.int, "numerator"), (.object(is BigIntObject), "real"),
      (.object(is BigIntObject), "numerator"):
      return value
    case (.bool(let b), "real"), (.bool(let b), "numerator"): return .int(b ? 1 : 0)
    case (.int, "imag"), (.bool, "imag"), (.object(is BigIntObject), "imag"): return .int(0)
    case (.int, "denominator"), (.bool, "denominator"), (.object(is BigIntObject), "denominator"):
      return .int(1)
    case (.float, "real"): return value
    case (.float, "imag"): return .float(0)
    default: return nil
    }
  }

  /// `setattr(value, name, new)`.
  func setAttribute(_ target: Value, _ attribute: StrObject, _ newValue: Value) throws(PyError) {
    guard case .object(let o) = target else {
      if try numberAttribute(target, attribute.value) != nil {
        throw attributeError(
          "attribute '\(attribute.value)' of '\(typeName(target))' objects is not writable")
      }
      throw attributeError(
        "'\(typeName(target))' object has no attribute '\(attribute.value)'")
    }
    if let module = o as? ModuleObject {
      module.set(attribute.value, newValue)
      return
    }
    let type = o.type
    if type.hasCustomSetattr, let method = type.lookup(dunder.__setattr__),
      case .object(let m) = method, !(m is BuiltinFunctionObject)
    {
      _ = try callMethod(method, target, [.object(attribute), newValue])
      return
    }
    try genericSetAttribute(o, attribute, newValue)
  }

  /// `object.__setattr__`: properties and user descriptors first, then the instance dict.
  func genericSetAttribute(_ o: PyObject, _ attribute: StrObject, _ newValue: Value) throws(PyError) {
    if let t = o as? TypeObject {
      if t.isBuiltin {
        throw typeError(
          "cannot set '\(attribute.value)' attribute of immutable type '\(t.name)'")
      }
      t.dict.setString(attribute, newValue)
      classEpoch &+= 1
      noteDunder(t, attribute.value)
      if case .object(let d) = newValue, isDataDescriptor(d) {
        // Stores to instances of this class and its subclasses must now consult it.
        t.hasDataDescriptors = true
        TypeObject.descriptorsAddedLate = true
      }
      return
    }
    // An exception class without properties or other data descriptors (none of the builtin
    // ones has any) stores straight into the instance dict.
    let skipsDescriptors = o.type.layout == .exception && !o.type.hasDataDescriptors
    if !skipsDescriptors, let classAttribute = o.type.lookup(attribute), case .object(let d) = classAttribute {
      if let property = d as? PropertyObject {
        if property.setter.isNone {
          throw attributeError(
            "\(property.described) of '\(o.type.name)' object has no setter")
        }
        _ = try call(property.setter, [.object(o), newValue])
        return
      }
      if !d.type.isBuiltin, let set = d.type.lookup(dunder.__set__) {
        _ = try callMethod(set, classAttribute, [.object(o), newValue])
        return
      }
    }
    if let f = o as? FunctionObject {
      switch attribute.value {
      case "__name__":
        if case .object(let s as StrObject) = newValue { f.name = s.value }
        return
      case "__qualname__":
        if case .object(let s as StrObject) = newValue { f.qualifiedName = s.value }
        return
      case "__doc__":
        f.doc = newValue
        return
      default: break
      }
    }
    if let g = o as? GeneratorObject, attribute.value == "__name__" || attribute.value == "__qualname__" {
      guard case .object(let s as StrObject) = newValue else {
        throw typeError("\(attribute.value) must be set to a string object")
      }
      if attribute.value == "__name__" { g.nameOverride = s.value } else { g.qualnameOverride = s.value }
      return
    }
    if o is ContextVarObject, attribute.value == "name" {
      throw attributeError("readonly attribute")
    }
    if let e = o as? ExceptionObject {
      switch attribute.value {
      case "__cause__":
        e.cause = newValue
        e.suppressContext = true
        return
      case "__context__":
        e.context = newValue
        return
      case "__suppress_context__":
        e.suppressContext = try isTrue(newValue)
        return
      case "__traceback__":
        try setTraceback(e, newValue)
        return
      case "args":
        e.args = try iterate(newValue)
        return
      default: break
      }
    }
    guard let dict = o.attributes else {
      if o.type.isBuiltin {
        throw attributeError(
          "'\(o.type.name)' object has no attribute '\(attribute.value)'")
      }
      throw attributeError("'\(o.type.name)' object attribute '\(attribute.value)' is read-only")
    }
    dict.setString(attribute, newValue)
  }

  /// A property, or an object of a Coil class with `__set__`: found in a class, it decides
  /// stores to the attribute of that name.
  func isDataDescriptor(_ o: PyObject) -> Bool {
    o is PropertyObject || (!o.type.isBuiltin && o.type.lookup(dunder.__set__) != nil)
  }

  /// Keeps a class's fast-path flags right when dunders are added after creation.
  func noteDunder(_ t: TypeObject, _ name: String) {
    switch name {
    case "__getattr__": t.hasCustomGetattr = true
    case "__setattr__": t.hasCustomSetattr = true
    case "__getattribute__": t.hasCustomGetattribute = true
    default: break
    }
  }

  func deleteAttribute(_ target: Value, _ attribute: StrObject) throws(PyError) {
    guard case .object(let o) = target else { throw attributeFailure(target, attribute) }
    if let module = o as? ModuleObject {
      guard let v = module.variables[attribute.value], v.value != nil else {
        throw attributeFailure(target, attribute)
      }
      v.value = nil
      return
    }
    if !o.type.isBuiltin, let method = o.type.lookup(dunder.__delattr__),
      case .object(let m) = method, !(m is BuiltinFunctionObject)
    {
      _ = try callMethod(method, target, [.object(attribute)])
      return
    }
    if let classAttribute = o.type.lookup(attribute), case .object(let d) = classAttribute,
      let property = d as? PropertyObject
    {
      if property.deleter.isNone {
        throw attributeError(
          "\(property.described) of '\(o.type.name)' object has no deleter")
      }
      _ = try call(property.deleter, [target])
      return
    }
    if !(o is TypeObject), let classAttribute = o.type.lookup(attribute), case .object(let d) = classAttribute,
      !d.type.isBuiltin, let delete = d.type.lookup(name("__delete__"))
    {
      _ = try callMethod(delete, classAttribute, [target])
      return
    }
    if let t = o as? TypeObject {
      if t.dict.removeString(attribute) == nil {
        throw attributeFailure(target, attribute)
      }
      classEpoch &+= 1
      return
    }
    guard let dict = o.attributes, dict.removeString(attribute) != nil else {
      throw attributeFailure(target, attribute)
    }
  }

  // MARK: - Calls

  /// Calls a method found on a type with `receiver` as first argument.
  func callMethod(_ method: Value, _ receiver: Value, _ arguments: [Value]) throws(PyError)
    -> Value
  {
    if case .object(let o) = method {
      if let f = o as? FunctionObject {
        return try invoke(f, receiver: receiver, arguments)
      }
      if let b = o as? BuiltinFunctionObject {
        return try b.body(self, prepending(receiver, arguments), [])
      }
    }
    let bound = try bindDescriptor(method, instance: receiver, owner: typeOf(receiver))
    return try call(bound, arguments)
  }

  /// Calls the dunder `name` of `value`'s type if present.
  func callDunder(_ value: Value, _ dunder: String, _ arguments: [Value]) throws(PyError) -> Value? {
    guard let method = typeOf(value).lookup(name(dunder)) else { return nil }
    return try callMethod(method, value, arguments)
  }

  /// Python's call protocol for any callable.
  func call(_ callee: Value, _ arguments: [Value], _ keywords: Keywords = []) throws(PyError)
    -> Value
  {
    guard case .object(let o) = callee else {
      throw typeError("'\(typeName(callee))' object is not callable")
    }
    switch o {
    case let f as FunctionObject:
      if keywords.isEmpty { return try invoke(f, receiver: nil, arguments) }
      return try callFunction(f, arguments, keywords)
    case let b as BuiltinFunctionObject:
      if let receiver = b.boundReceiver {
        return try b.body(self, prepending(receiver, arguments), keywords)
      }
      return try b.body(self, arguments, keywords)
    case let m as BoundMethodObject:
      if case .object(let fo) = m.function, let f = fo as? FunctionObject {
        if keywords.isEmpty { return try invoke(f, receiver: m.receiver, arguments) }
        return try callFunction(f, prepending(m.receiver, arguments), keywords)
      }
      if case .object(let fo) = m.function, let b = fo as? BuiltinFunctionObject {
        return try b.body(self, prepending(m.receiver, arguments), keywords)
      }
      return try call(m.function, prepending(m.receiver, arguments), keywords)
    case let t as TypeObject:
      return try instantiate(t, arguments, keywords)
    default:
      if let method = o.type.lookup(dunder.__call__) {
        if case .object(let mo) = method, let f = mo as? FunctionObject {
          return try callFunction(f, prepending(callee, arguments), keywords)
        }
        let bound = try bindDescriptor(method, instance: callee, owner: o.type)
        return try call(bound, arguments, keywords)
      }
      throw typeError("'\(o.type.name)' object is not callable")
    }
  }

  /// `Class(args)`: `__new__` then `__init__`, or a builtin type's constructor.
  func instantiate(_ t: TypeObject, _ arguments: [Value], _ keywords: Keywords) throws(PyError)
    -> Value
  {
    if t === types.type && arguments.count == 1 && keywords.isEmpty {
      return .object(typeOf(arguments[0]))
    }
    if t.isBuiltin {
      guard let constructor = t.constructor else {
        throw typeError("cannot create '\(t.name)' instances")
      }
      return try constructor.body(self, prepending(.object(t), arguments), keywords)
    }
    if t.creationEpoch != classEpoch {
      t.creationNew = t.lookup(dunder.__new__)
      t.creationInit = t.lookup(dunder.__init__)
      t.creationEpoch = classEpoch
    }
    var instance: Value
    if let new = t.creationNew, case .object(let no) = new,
      !(no is BuiltinFunctionObject && (no as! BuiltinFunctionObject).owner?.isBuiltin == true)
    {
      let function: Value
      if let wrapper = no as? MethodWrapperObject { function = wrapper.function } else { function = new }
      instance = try call(function, prepending(.object(t), arguments), keywords)
      if !typeOf(instance).isSubtype(of: t) { return instance }
    } else {
      instance = try allocate(t, arguments, keywords)
    }
    // A user `__new__` may have changed the class.
    if let initializer = t.creationEpoch == classEpoch ? t.creationInit : t.lookup(dunder.__init__) {
      if case .object(let io) = initializer, let b = io as? BuiltinFunctionObject,
        b.owner === types.object
      {
        // int, str and tuple subclasses consumed their arguments when they were allocated.
        let argumentsConsumed = t.layout == .int || t.layout == .float || t.layout == .str || t.layout == .tuple
        if !argumentsConsumed && (!arguments.isEmpty || !keywords.isEmpty) && t.creationNew.map({ v in
          if case .object(let n as BuiltinFunctionObject) = v { return n.owner === types.object }
          return false
        }) ?? true {
          throw typeError("\(t.name)() takes no arguments")
        }
        return instance
      }
      let result = try callMethod(initializer, instance, arguments, keywords)
      if !result.isNone {
        throw typeError("__init__() should return None, not '\(typeName(result))'")
      }
    }
    return instance
  }

  func callMethod(_ method: Value, _ receiver: Value, _ arguments: [Value], _ keywords: Keywords)
    throws(PyError) -> Value
  {
    if case .object(let o) = method, let f = o as? FunctionObject {
      if keywords.isEmpty { return try invoke(f, receiver: receiver, arguments) }
      return try callFunction(f, prepending(receiver, arguments), keywords)
    }
    if case .object(let o) = method, let b = o as? BuiltinFunctionObject {
      return try b.body(self, prepending(receiver, arguments), keywords)
    }
    return try call(try bindDescriptor(method, instance: receiver, owner: typeOf(receiver)), arguments, keywords)
  }

  /// Makes the bare instance of a class, with the Swift layout its builtin base needs.
  func allocate(_ t: TypeObject, _ arguments: [Value], _ keywords: Keywords) throws(PyError) -> Value {
    switch t.layout {
    case .exception:
      return .object(ExceptionObject(type: t, args: arguments, dict: makeDict()))
    case .list:
      let l = ListObject([], type: t)
      l.instanceDict = makeDict()
      return .object(l)
    case .dict:
      let d = DictObject(type: t)
      d.instanceDict = makeDict()
      return .object(d)
    case .plain, .builtin:
      return .object(InstanceObject(type: t, dict: makeDict()))
    case .native:
      // Made with the defaults; the class's __init__ (or the base's) sets it up.
      var base = t.bases[0]
      while !base.isBuiltin { base = base.bases[0] }
      let made = try base.constructor!.body(self, [.object(base)], [])
      if case .object(let o) = made {
        o.type = t
        if let native = o as? LoopBoundObject { native.instanceDict = makeDict() }
        if let future = o as? FutureObject { future.instanceDict = makeDict() }
      }
      return made
    case .int, .float, .str, .tuple:
      // Immutable builtins are built by their constructor from the arguments.
      var base = t.bases[0]
      while !base.isBuiltin { base = base.bases[0] }
      let made = try base.constructor!.body(self, prepending(.object(base), arguments), keywords)
      // An int or float made for a subclass is boxed, with its class and an instance dict.
      func boxed(_ value: BigInt) -> Value {
        let object = BigIntObject(value, type: t)
        object.instanceDict = makeDict()
        return .object(object)
      }
      switch number(made) {
      case .int(let i)?: return boxed(BigInt(i))
      case .big(let b)?: return boxed(b)
      case .float(let d)?: return .object(FloatObject(d, type: t, dict: makeDict()))
      case nil: break
      }
      if case .object(let o) = made {
        if let tuple = o as? TupleObject {
          let copy = TupleObject(tuple.items, type: t)
          copy.instanceDict = makeDict()
          return .object(copy)
        }
        o.type = t
      }
      return made
    }
  }

  // MARK: - Iteration

  /// Makes an iterator for `value` (`iter(value)`).
  func makeIterator(_ value: Value) throws(PyError) -> Value {
    if case .object(let o) = value {
      switch o {
      case let l as ListObject where l.type === types.list:
        var index = 0
        return .object(IteratorObject(type: iteratorTypes.list) { _ in
          guard index < l.items.count else { return nil }
          index += 1
          return l.items[index - 1]
        })
      case let t as TupleObject where t.type === types.tuple:
        var index = 0
        let items = t.items
        return .object(IteratorObject(type: iteratorTypes.tuple) { _ in
          guard index < items.count else { return nil }
          index += 1
          return items[index - 1]
        })
      case let r as RangeObject:
        return .object(RangeIteratorObject(r, type: iteratorTypes.range))
      case let s as StrObject:
        var index = 0
        if s.isASCII {
          return .object(IteratorObject(type: iteratorTypes.strASCII) { interp in
            guard index < s.count else { return nil }
            index += 1
            return interp.character(s.scalar(at: index - 1))
          })
        }
        return .object(IteratorObject(type: iteratorTypes.str) { interp in
          guard index < s.count else { return nil }
          index += 1
          return interp.character(s.scalar(at: index - 1))
        })
      case let d as DictObject where d.type === types.dict:
        return .object(dictIterator(d, kind: .keys))
      case let s as SetObject:
        return setIterator(s)
      case is BigRangeObject:
        return bigRangeIterator(rangeBounds(o)!)
      case is IteratorObject, is GeneratorObject:
        return value
      case let view as DictViewObject:
        return .object(dictIterator(view.dict, kind: view.kind))
      default:
        break
      }
      if let method = o.type.lookup(dunder.__iter__) {
        let result = try callMethod(method, value, [])
        if typeOf(result).lookup(dunder.__next__) == nil, !(result.asObject is IteratorObject) {
          throw typeError("iter() returned non-iterator of type '\(typeName(result))'")
        }
        return result
      }
      if let getitem = o.type.lookup(dunder.__getitem__) {
        var index = 0
        return .object(IteratorObject(type: types.iterator) { interp throws(PyError) in
          do throws(PyError) {
            let item = try interp.callMethod(getitem, value, [.int(index)])
            index += 1
            return item
          } catch let error
            where error.exception.type.isSubtype(of: interp.exceptions["IndexError"]!)
            || error.exception.type.isSubtype(of: interp.stopIterationType)
          {
            return nil
          }
        })
      }
      if let l = o as? ListObject { return try makeIterator(makeList(l.items)) }
      if let d = o as? DictObject { return .object(dictIterator(d, kind: .keys)) }
      if let t = o as? TupleObject { return try makeIterator(makeTuple(t.items)) }
    }
    throw typeError("'\(typeName(value))' object is not iterable")
  }

  enum DictViewKind { case keys, values, items }

  func dictIterator(_ d: DictObject, kind: DictViewKind) -> IteratorObject {
    let version = d.version
    var index = 0
    let type: TypeObject
    switch kind {
    case .keys: type = iteratorTypes.dictKeys
    case .values: type = iteratorTypes.dictValues
    case .items: type = iteratorTypes.dictItems
    }
    return IteratorObject(type: type) { interp throws(PyError) in
      if d.version != version {
        throw interp.error("RuntimeError", "dictionary changed size during iteration")
      }
      let entries = d.table.entries
      while index < entries.count {
        index += 1
        if let e = entries[index - 1] {
          switch kind {
          case .keys: return e.key
          case .values: return e.value
          case .items: return interp.makeTuple([e.key, e.value])
          }
        }
      }
      return nil
    }
  }

  /// Advances an iterator; nil at the end.
  @inline(__always) func next(_ iterator: Value) throws(PyError) -> Value? {
    if let unretained = iterator.unretainedObject {
      // The caller's value keeps the iterator alive.
      switch try unretained.run({ o throws(PyError) in try o.nativeNext(self) }) {
      case .item(let value): return value
      case .done: return nil
      case .notNative: break
      }
    }
    return try nextThroughDunder(iterator)
  }

  /// Advances an iterator that is not one of Coil's own by calling its `__next__`.
  func nextThroughDunder(_ iterator: Value) throws(PyError) -> Value? {
    guard let method = typeOf(iterator).lookup(dunder.__next__) else {
      throw typeError("'\(typeName(iterator))' object is not an iterator")
    }
    do throws(PyError) {
      return try callMethod(method, iterator, [])
    } catch let error where error.exception.type === stopIterationType {
      return nil
    }
  }

  /// All values of an iterable, as `list(value)` would collect them.
  func iterate(_ value: Value) throws(PyError) -> [Value] {
    if case .object(let o) = value {
      if let l = o as? ListObject, l.type === types.list { return l.items }
      if let t = o as? TupleObject, t.type === types.tuple { return t.items }
      if let r = o as? RangeObject {
        var result: [Value] = []
        try checkAllocation(r.count)
        result.reserveCapacity(r.count)
        for i in 0..<r.count { result.append(.int(r.element(i))) }
        return result
      }
      if let d = o as? DictObject, d.type === types.dict { return d.keys }
    }
    let iterator = try makeIterator(value)
    var result: [Value] = []
    while let item = try next(iterator) {
      try checkInterrupt()
      result.append(item)
    }
    return result
  }
}

extension PyError {
  /// Whether this exception is an instance of the named builtin class or a subclass.
  func matches(_ className: String, _ interp: Interpreter) -> Bool {
    guard let t = interp.exceptions[className] else { return false }
    return exception.type.isSubtype(of: t)
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
