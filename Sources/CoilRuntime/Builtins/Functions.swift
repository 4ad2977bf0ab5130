// The builtins module: functions such as print, len and sorted, and the constructors of the
// builtin types.

import BigInt
import CoilSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Interpreter {
  func addBuiltin(
    _ name: String, unary: ((Interpreter, Value) throws(PyError) -> Value)? = nil,
    _ body: @escaping BuiltinFunctionObject.Body
  ) {
    let function = makeBuiltin(name, body)
    function.unary = unary
    builtins.set(name, .object(function))
  }

  func setUpBuiltins() {
    for (name, t) in [
      ("object", types.object), ("type", types.type), ("int", types.int!), ("bool", types.bool!),
      ("float", types.float!), ("str", types.str!), ("list", types.list!), ("tuple", types.tuple!),
      ("dict", types.dict!), ("set", types.set!), ("frozenset", types.frozenset!),
      ("range", types.range!), ("slice", types.slice!), ("property", types.property!),
      ("classmethod", types.classmethod!), ("staticmethod", types.staticmethod!),
      ("super", types.superType!), ("bytes", types.bytes!), ("complex", types.complex!),
      ("map", types.map!), ("filter", types.filter!), ("zip", types.zip!),
      ("enumerate", types.enumerate!),
    ] {
      builtins.set(name, .object(t))
    }
    for (name, t) in exceptions { builtins.set(name, .object(t)) }
    builtins.set("None", .none)
    builtins.set("NotImplemented", notImplemented)
    builtins.set("Ellipsis", ellipsis)
    builtins.set("__name__", str("builtins"))
    setUpConstructors()
    setUpObjectMethods()
    setUpStrMethods()
    setUpListMethods()
    setUpDictMethods()
    setUpSetMethods()
    setUpDictViewMethods()
    setUpRangeMethods()
    setUpSequenceMethods()
    setUpIteratorTypes()
    setUpNumberMethods()
    setUpComplex()
    setUpGenericAlias()
    setUpBuiltinFunctions()
  }

  func setUpBuiltinFunctions() {
    addBuiltin("print") { interp, args, kwargs throws(PyError) in
      var sep = " "
      var end = "\n"
      var file: Value = .none
      var flush = false
      for (key, value) in kwargs {
        switch key {
        case "sep":
          if !value.isNone {
            sep = try interp.stringArgument(value, "sep must be None or a string, not \(interp.typeName(value))")
          }
        case "end":
          if !value.isNone {
            end = try interp.stringArgument(value, "end must be None or a string, not \(interp.typeName(value))")
          }
        case "file": file = value
        case "flush": flush = try interp.isTrue(value)
        default: throw interp.typeError("'\(key)' is an invalid keyword argument for print()")
        }
      }
      var text = ""
      for (i, arg) in args.enumerated() {
        if i > 0 { text += sep }
        text += try interp.toStr(arg)
      }
      text += end
      try interp.writeText(text, to: file)
      if flush { interp.flushOutput() }
      return .none
    }
    addBuiltin("len", unary: { interp, x throws(PyError) in .int(try interp.length(x)) }) {
      interp, args, kwargs throws(PyError) in
      try interp.expectArguments("len", args, min: 1, max: 1, kwargs)
      return .int(try interp.length(args[0]))
    }
    addBuiltin("repr") { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("repr", args, min: 1, max: 1, kwargs)
      return interp.str(try interp.repr(args[0]))
    }
    addBuiltin("ascii") { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("ascii", args, min: 1, max: 1, kwargs)
      return interp.str(asciiEscape(try interp.repr(args[0])))
    }
    addBuiltin("format") { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("format", args, min: 1, max: 2, kwargs)
      let spec = args.count > 1 ? try interp.stringArgument(args[1], "format() argument 2 must be str, not \(interp.typeName(args[1]))") : ""
      return interp.str(try interp.format(args[0], spec))
    }
    addBuiltin("abs") { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("abs", args, min: 1, max: 1, kwargs)
      switch args[0] {
      case .int(let i): return i == Int.min ? makeInt(-BigInt(i), interp) : .int(abs(i))
      case .bool(let b): return .int(b ? 1 : 0)
      case .float(let d): return .float(abs(d))
      case .object(let o):
        let method = o.type.lookup(interp.name("__abs__"))
        if o.type.isBuiltin || method.map(interp.isBuiltinSlot) == true {
          // A big int, or an int or float subclass that keeps its base's __abs__.
          if let b = o as? BigIntObject { return makeInt(BigInt(b.value.magnitude), interp) }
          if let f = o as? FloatObject { return .float(abs(f.value)) }
        }
        if let method { return try interp.callMethod(method, args[0], []) }
      default: break
      }
      throw interp.typeError("bad operand type for abs(): '\(interp.typeName(args[0]))'")
    }
    addBuiltin("isinstance") { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("isinstance", args, min: 2, max: 2, kwargs)
      return .bool(try interp.isInstance(args[0], args[1]))
    }
    addBuiltin("issubclass") { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("issubclass", args, min: 2, max: 2, kwargs)
      guard case .object(let o) = args[0], let t = o as? TypeObject else {
        throw interp.typeError("issubclass() arg 1 must be a class")
      }
      return .bool(try interp.isSubclass(t, args[1]))
    }
    addBuiltin("callable") { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("callable", args, min: 1, max: 1, kwargs)
      return .bool(interp.isCallable(args[0]))
    }
    addBuiltin("id") { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("id", args, min: 1, max: 1, kwargs)
      switch args[0] {
      case .object(let o): return .int(interp.identity(o))
      case .none: return .int(1)
      case .bool(let b): return .int(b ? 3 : 2)
      case .int(let i): return .int(Int(truncatingIfNeeded: UInt(bitPattern: i) &* 2654435761))
      case .float(let d): return .int(Int(truncatingIfNeeded: d.bitPattern))
      }
    }
    addBuiltin("hash") { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("hash", args, min: 1, max: 1, kwargs)
      return .int(try interp.hash(args[0]))
    }
    addBuiltin("getattr") { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("getattr", args, min: 2, max: 3, kwargs)
      let name = try interp.stringArgument(args[1], "attribute name must be string, not '\(interp.typeName(args[1]))'")
      if args.count == 3 {
        do throws(PyError) {
          return try interp.getAttribute(args[0], interp.name(name))
        } catch let error where error.matches("AttributeError", interp) {
          return args[2]
        }
      }
      return try interp.getAttribute(args[0], interp.name(name))
    }
    addBuiltin("setattr") { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("setattr", args, min: 3, max: 3, kwargs)
      let name = try interp.stringArgument(args[1], "attribute name must be string, not '\(interp.typeName(args[1]))'")
      try interp.setAttribute(args[0], interp.name(name), args[2])
      return .none
    }
    addBuiltin("delattr") { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("delattr", args, min: 2, max: 2, kwargs)
      let name = try interp.stringArgument(args[1], "attribute name must be string, not '\(interp.typeName(args[1]))'")
      try interp.deleteAttribute(args[0], interp.name(name))
      return .none
    }
    addBuiltin("hasattr") { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("hasattr", args, min: 2, max: 2, kwargs)
      let name = try interp.stringArgument(args[1], "attribute name must be string, not '\(interp.typeName(args[1]))'")
      do throws(PyError) {
        return .bool(try interp.lookupAttribute(args[0], interp.name(name)) != nil)
      } catch let error where error.matches("AttributeError", interp) {
        return .bool(false)
      }
    }
    addBuiltin("iter") { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("iter", args, min: 1, max: 2, kwargs)
      if args.count == 2 {
        let callable = args[0]
        let sentinel = args[1]
        return .object(IteratorObject(type: interp.types.iterator) { interp throws(PyError) in
          let v = try interp.call(callable, [])
          return try interp.equal(v, sentinel) ? nil : v
        })
      }
      return try interp.makeIterator(args[0])
    }
    addBuiltin("aiter") { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("aiter", args, min: 1, max: 1, kwargs)
      guard let method = interp.typeOf(args[0]).lookup(interp.dunder.__aiter__) else {
        throw interp.typeError("'\(interp.typeName(args[0]))' object is not an async iterable")
      }
      let iterator = try interp.callMethod(method, args[0], [])
      guard interp.typeOf(iterator).lookup(interp.dunder.__anext__) != nil else {
        throw interp.typeError("aiter() returned not an async iterator of type '\(interp.typeName(iterator))'")
      }
      return iterator
    }
    addBuiltin("anext") { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("anext", args, min: 1, max: 2, kwargs)
      let iterator = args[0]
      guard let method = interp.typeOf(iterator).lookup(interp.dunder.__anext__) else {
        throw interp.typeError("'\(interp.typeName(iterator))' object is not an async iterator")
      }
      let awaitable = try interp.callMethod(method, iterator, [])
      guard args.count == 2 else { return awaitable }
      let fallback = args[1]
      return .object(NativeCoroutine(name: "anext_awaitable", type: interp.asyncioTypes.anextAwaitable) { interp throws(PyError) in
        do throws(PyError) {
          return try await interp.awaitValue(awaitable)
        } catch {
          if error.exception.type.isSubtype(of: interp.stopAsyncIterationType) { return fallback }
          throw error
        }
      })
    }
    addBuiltin("next", unary: { interp, iterator throws(PyError) in try interp.builtinNext(iterator, nil) }) {
      interp, args, kwargs throws(PyError) in
      try interp.expectArguments("next", args, min: 1, max: 2, kwargs)
      return try interp.builtinNext(args[0], args.count == 2 ? args[1] : nil)
    }
    addBuiltin("sorted") { interp, args, kwargs throws(PyError) in
      guard args.count == 1 else {
        throw interp.typeError("sorted expected 1 argument, got \(args.count)")
      }
      var items = try interp.iterate(args[0])
      try interp.sortValues(&items, key: interp.keyword(kwargs, "key"), reverse: interp.keyword(kwargs, "reverse"))
      return interp.makeList(items)
    }
    addBuiltin("reversed") { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("reversed", args, min: 1, max: 1, kwargs)
      if case .object(let o) = args[0], !o.type.isBuiltin,
        let r = try interp.callDunder(args[0], "__reversed__", [])
      {
        return r
      }
      if case .object(let o) = args[0], !o.type.isBuiltin,
        o.type.lookup(interp.dunder.__len__) != nil, o.type.lookup(interp.dunder.__getitem__) != nil
      {
        var index = try interp.length(args[0])
        let sequence = args[0]
        return .object(IteratorObject(type: interp.types.iterator) { interp throws(PyError) in
          index -= 1
          if index < 0 { return nil }
          return try interp.getItem(sequence, .int(index))
        })
      }
      if case .object(let o) = args[0], o.type === interp.types.range,
        let r = try interp.callDunder(args[0], "__reversed__", [])
      {
        // Counts down from the bounds: a huge range is never listed.
        return r
      }
      if case .object(let o) = args[0], let d = o as? DictObject, d.type === interp.types.dict {
        return .object(interp.reversedDictIterator(d, kind: .keys))
      }
      if case .object(let o) = args[0], let v = o as? DictViewObject {
        return .object(interp.reversedDictIterator(v.dict, kind: v.kind))
      }
      if case .object(let o) = args[0], o is SetObject || o is IteratorObject {
        throw interp.typeError("'\(o.type.name)' object is not reversible")
      }
      let items = try interp.iterate(args[0])
      var index = items.count
      let isList = args[0].asObject is ListObject
      return .object(IteratorObject(type: isList ? interp.iteratorTypes.listReverse : interp.types.iterator) { _ in
        index -= 1
        return index >= 0 ? items[index] : nil
      })
    }
    addBuiltin("sum") { interp, args, kwargs throws(PyError) in
      guard args.count >= 1 && args.count <= 2 else {
        throw interp.typeError("sum() takes at most 2 arguments (\(args.count) given)")
      }
      var total = args.count > 1 ? args[1] : (interp.keyword(kwargs, "start") ?? .int(0))
      if case .object(let o) = total, o is StrObject {
        throw interp.typeError("sum() can't sum strings [use ''.join(seq) instead]")
      }
      let iterator = try interp.makeIterator(args[0])
      while let v = try interp.next(iterator) {
        if case .int(let a) = total, case .int(let b) = v {
          let (r, o) = a.addingReportingOverflow(b)
          if !o {
            total = .int(r)
            continue
          }
        }
        if case .float(let a) = total, case .float(let b) = v {
          total = .float(a + b)
          continue
        }
        total = try interp.binary(.add, total, v)
      }
      return total
    }
    addBuiltin("min") { interp, args, kwargs throws(PyError) in
      try interp.minMax(args, kwargs, name: "min", op: .less)
    }
    addBuiltin("max") { interp, args, kwargs throws(PyError) in
      try interp.minMax(args, kwargs, name: "max", op: .greater)
    }
    addBuiltin("any") { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("any", args, min: 1, max: 1, kwargs)
      let iterator = try interp.makeIterator(args[0])
      while let v = try interp.next(iterator) {
        if try interp.isTrue(v) { return .bool(true) }
      }
      return .bool(false)
    }
    addBuiltin("all") { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("all", args, min: 1, max: 1, kwargs)
      let iterator = try interp.makeIterator(args[0])
      while let v = try interp.next(iterator) {
        if !(try interp.isTrue(v)) { return .bool(false) }
      }
      return .bool(true)
    }
    let chr: (Interpreter, Value) throws(PyError) -> Value = { interp, argument throws(PyError) in
      let code = try interp.intArgument(argument)
      guard code >= 0, code <= 0x10FFFF else { throw interp.valueError("chr() arg not in range(0x110000)") }
      guard let scalar = Unicode.Scalar(UInt32(code)) else {
        throw interp.valueError("surrogate characters are not supported")
      }
      return interp.character(scalar)
    }
    addBuiltin("chr", unary: chr) { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("chr", args, min: 1, max: 1, kwargs)
      return try chr(interp, args[0])
    }
    let ord: (Interpreter, Value) throws(PyError) -> Value = { interp, argument throws(PyError) in
      guard case .object(let o) = argument, let s = o as? StrObject else {
        throw interp.typeError("ord() expected string of length 1, but \(interp.typeName(argument)) found")
      }
      guard s.count == 1 else {
        throw interp.typeError("ord() expected a character, but string of length \(s.count) found")
      }
      return .int(Int(s.scalar(at: 0).value))
    }
    addBuiltin("ord", unary: ord) { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("ord", args, min: 1, max: 1, kwargs)
      return try ord(interp, args[0])
    }
    for (name, radix, prefix) in [("hex", 16, "0x"), ("oct", 8, "0o"), ("bin", 2, "0b")] {
      addBuiltin(name) { interp, args, kwargs throws(PyError) in
        try interp.expectArguments(name, args, min: 1, max: 1, kwargs)
        let value: BigInt
        switch args[0] {
        case .int(let i): value = BigInt(i)
        case .bool(let b): value = BigInt(b ? 1 : 0)
        case .object(let o as BigIntObject): value = o.value
        default:
          throw interp.typeError("'\(interp.typeName(args[0]))' object cannot be interpreted as an integer")
        }
        let digits = String(value.magnitude, radix: radix)
        return interp.str((value.sign == .minus ? "-" : "") + prefix + digits)
      }
    }
    addBuiltin("divmod") { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("divmod", args, min: 2, max: 2, kwargs)
      if let x = interp.number(args[0]), let y = interp.number(args[1]) {
        if case .float = x {} else if case .float = y {} else {
          if case .int(let b) = y, b == 0 { throw interp.zeroDivision("integer division or modulo by zero") }
          if case .big(let b) = y, b.isZero { throw interp.zeroDivision("integer division or modulo by zero") }
          let (q, r) = interp.floorDivide(x.asBig!, y.asBig!)
          return interp.makeTuple([makeInt(q, interp), makeInt(r, interp)])
        }
        let a = try interp.toDouble(x)
        let b = try interp.toDouble(y)
        if b == 0 { throw interp.zeroDivision("float divmod()") }
        let (q, r) = interp.floatDivmod(a, b)
        return interp.makeTuple([.float(q), .float(r)])
      }
      if let r = try interp.callDunder(args[0], "__divmod__", [args[1]]), !interp.isNotImplemented(r) { return r }
      throw interp.typeError("unsupported operand type(s) for divmod(): '\(interp.typeName(args[0]))' and '\(interp.typeName(args[1]))'")
    }
    addBuiltin("pow") { interp, args, kwargs throws(PyError) in
      try interp.expectArguments("pow", args, min: 2, max: 3, kwargs)
      if args.count == 3, !args[2].isNone {
        guard let b = interp.number(args[0])?.asBig, let e = interp.number(args[1])?.asBig,
          let m = interp.number(args[2])?.asBig
        else {
          throw interp.typeError("pow() 3rd argument not allowed unless all arguments are integers")
        }
        if m.isZero { throw interp.valueError("pow() 3rd argument cannot be 0") }
        // Everything is 0 modulo 1 (and BigInt's inverse traps on a unit modulus).
        if m.magnitude == 1 { return .int(0) }
        var base = b
        var exponent = e
        if exponent.sign == .minus {
          guard let inverse = b.inverse(m) else {
            throw interp.valueError("base is not invertible for the given modulus")
          }
          base = inverse
          exponent = -exponent
        }
        var r = base.power(exponent, modulus: m)
        if !r.isZero && (r.sign == .minus) != (m.sign == .minus) { r += m }
        return makeInt(r, interp)
      }
      return try interp.binary(.power, args[0], args[1])
    }
    addBuiltin("round") { interp, args, kwargs throws(PyError) in
      guard args.count >= 1 && args.count <= 2 else {
        throw interp.typeError("round() takes at most 2 arguments (\(args.count) given)")
      }
      let digits: Value = args.count > 1 ? args[1] : (interp.keyword(kwargs, "ndigits") ?? .none)
      return try interp.round(args[0], digits)
    }
    addBuiltin("input") { interp, args, kwargs throws(PyError) in
      if let prompt = args.first {
        interp.write(try interp.toStr(prompt))
      }
      interp.flushOutput()
      guard let line = interp.readLine() else {
        throw interp.error("EOFError", "EOF when reading a line")
      }
      return interp.str(line)
    }
    addBuiltin("dir") { interp, args, kwargs throws(PyError) in
      var names: [String] = []
      if let target = args.first {
        var seen = Set<String>()
        func add(_ dict: DictObject?) {
          for key in dict?.keys ?? [] {
            if case .object(let k as StrObject) = key, seen.insert(k.value).inserted { names.append(k.value) }
          }
        }
        if case .object(let o) = target {
          if let m = o as? ModuleObject {
            for (k, v) in m.variables where v.value != nil { names.append(k) }
          } else {
            add(o.attributes)
            let type = (o as? TypeObject) ?? o.type
            for klass in type.mro { add(klass.dict) }
            for special in ["__class__", "__doc__", "__module__"] where seen.insert(special).inserted {
              names.append(special)
            }
          }
        } else {
          for klass in interp.typeOf(target).mro { add(klass.dict) }
        }
      } else {
        names = interp.currentGlobalNames()
      }
      var values = names.map { interp.str($0) }
      try interp.sortValues(&values, key: nil, reverse: nil)
      return interp.makeList(values)
    }
    addBuiltin("globals") { interp, args, kwargs throws(PyError) in
      .object(interp.moduleDict(interp.mainModule ?? interp.builtins))
    }
    addBuiltin("locals") { interp, args, kwargs throws(PyError) in
      .object(interp.moduleDict(interp.mainModule ?? interp.builtins))
    }
    addBuiltin("vars") { interp, args, kwargs throws(PyError) in
      if let target = args.first {
        if case .object(let o) = target {
          if let m = o as? ModuleObject { return .object(interp.moduleDict(m)) }
          if let d = o.attributes { return .object(d) }
        }
        throw interp.typeError("vars() argument must have __dict__ attribute")
      }
      return .object(interp.moduleDict(interp.mainModule ?? interp.builtins))
    }
    addBuiltin("open") { interp, args, kwargs throws(PyError) in
      try interp.openFile(args, kwargs)
    }
    for name in ["exit", "quit"] {
      addBuiltin(name) { interp, args, kwargs throws(PyError) in
        throw PyError(
          ExceptionObject(type: interp.exceptions["SystemExit"]!, args: args.isEmpty ? [] : [args[0]], dict: interp.makeDict()))
      }
    }
    addBuiltin("__import__") { interp, args, kwargs throws(PyError) in
      let name = try interp.stringArgument(args.first ?? .none, "__import__() argument 1 must be str")
      return .object(try interp.importModule(name, range: .unknown))
    }
    addBuiltin("__build_class__") { interp, _, _ throws(PyError) in
      throw interp.error("NotImplementedError", "__build_class__")
    }
  }

  var mainModule: ModuleObject? { modules["__main__"] }

  func currentGlobalNames() -> [String] {
    guard let m = mainModule else { return [] }
    return m.order.filter { m.variables[$0]?.value != nil }
  }

  func writeText(_ text: String, to file: Value) throws(PyError) {
    if file.isNone {
      write(text)
      return
    }
    guard case .object(let o) = file else {
      throw attributeError("'\(typeName(file))' object has no attribute 'write'")
    }
    if let f = o as? FileObject {
      try f.write(text, self)
      return
    }
    _ = try call(try getAttribute(file, name("write")), [str(text)])
  }

  /// A line of standard input without its newline; nil at end of input.
  func readLine() -> String? {
    flushOutput()
    guard let line = try? standardInput.readLine(nil, self), !line.isEmpty else { return nil }
    return line.hasSuffix("\n") ? String(line.unicodeScalars.dropLast()) : line
  }

  /// `len(value)`.
  func length(_ value: Value) throws(PyError) -> Int {
    if case .object(let o) = value {
      switch o {
      case let s as StrObject: return s.count
      case let l as ListObject where l.type === types.list: return l.items.count
      case let t as TupleObject where t.type === types.tuple: return t.items.count
      case let d as DictObject where d.type === types.dict: return d.count
      case let s as SetObject: return s.count
      case let r as RangeObject: return r.count
      case let r as BigRangeObject:
        guard let n = Int(exactly: r.count) else {
          throw overflowError("Python int too large to convert to C ssize_t")
        }
        return n
      case let b as BytesObject: return b.bytes.count
      case let v as DictViewObject: return v.dict.count
      default:
        if let method = o.type.lookup(dunder.__len__) {
          return try lengthResult(try callMethod(method, value, []))
        }
        if let l = o as? ListObject { return l.items.count }
        if let t = o as? TupleObject { return t.items.count }
        if let d = o as? DictObject { return d.count }
      }
    }
    throw typeError("object of type '\(typeName(value))' has no len()")
  }

  func isInstance(_ value: Value, _ classInfo: Value) throws(PyError) -> Bool {
    if case .object(let o) = classInfo {
      if let t = o as? TypeObject { return typeOf(value).isSubtype(of: t) }
      if o is GenericAliasObject { throw typeError("isinstance() argument 2 cannot be a parameterized generic") }
      if let tuple = o as? TupleObject {
        for item in tuple.items where try isInstance(value, item) { return true }
        return false
      }
    }
    throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
  }

  func isSubclass(_ t: TypeObject, _ classInfo: Value) throws(PyError) -> Bool {
    if case .object(let o) = classInfo {
      if let c = o as? TypeObject { return t.isSubtype(of: c) }
      if o is GenericAliasObject { throw typeError("issubclass() argument 2 cannot be a parameterized generic") }
      if let tuple = o as? TupleObject {
        for item in tuple.items where try isSubclass(t, item) { return true }
        return false
      }
    }
    throw typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
  }

  /// A stable sort with an optional key function, as `list.sort` does.
  func sortValues(_ items: inout [Value], key: Value?, reverse: Value?) throws(PyError) {
    let keyFunction = key.flatMap { $0.isNone ? nil : $0 }
    let descending = try reverse.map { v throws(PyError) in try isTrue(v) } ?? false
    var keys: [Value]
    if let keyFunction {
      keys = []
      keys.reserveCapacity(items.count)
      for item in items { keys.append(try call(keyFunction, [item])) }
    } else {
      keys = items
    }
    var order = Array(0..<items.count)
    if descending {
      // Reverse, stable sort, reverse again: equal elements keep their original order.
      order.reverse()
    }
    // Keys that are all ints, all floats or all strings sort natively; ties keep their
    // original position, so the sort is stable.
    if let native = nativeOrder(keys, order) {
      order = native
      if descending { order.reverse() }
      items = order.map { items[$0] }
      return
    }
    var failure: PyError?
    // Merge sort (stable) using Python's `<`.
    func less(_ a: Int, _ b: Int) -> Bool {
      if failure != nil { return false }
      let x = keys[a]
      let y = keys[b]
      if let result = nativeLess(x, y) { return result }
      do throws(PyError) {
        if case .object(let po) = x, case .object(let qo) = y, let ps = po as? StrObject,
          let qs = qo as? StrObject
        {
          return compareCodePoints(ps.value, qs.value) < 0
        }
        return try isTrue(try compare(x, y, .less))
      } catch {
        failure = error
        return false
      }
    }
    order = mergeSort(order, less)
    if let failure { throw failure }
    if descending { order.reverse() }
    items = order.map { items[$0] }
  }

  /// `x < y` as Python decides it, for ints, floats, strs and tuples of them, computed with no
  /// allocation; nil when another type takes part (the general comparison decides then).
  private func nativeLess(_ x: Value, _ y: Value) -> Bool? {
    switch (x, y) {
    case (.int(let p), .int(let q)): return p < q
    case (.float(let p), .float(let q)): return p < q
    case (.object(let a), .object(let b)):
      if a.type === types.str && b.type === types.str {
        return compareCodePoints(unsafeDowncast(a, to: StrObject.self).value, unsafeDowncast(b, to: StrObject.self).value) < 0
      }
      if a.type === types.tuple && b.type === types.tuple {
        // The first items that differ decide; identical items are equal, as in CPython.
        let s = unsafeDowncast(a, to: TupleObject.self).items
        let t = unsafeDowncast(b, to: TupleObject.self).items
        for i in 0..<min(s.count, t.count) where !s[i].isIdentical(to: t[i]) {
          guard let equal = nativeEqual(s[i], t[i]) else { return nil }
          if !equal { return nativeLess(s[i], t[i]) }
        }
        return s.count < t.count
      }
      return nil
    default:
      return nil
    }
  }

  /// `x == y` for the values `nativeLess` compares; nil for others.
  private func nativeEqual(_ x: Value, _ y: Value) -> Bool? {
    switch (x, y) {
    case (.int(let p), .int(let q)): return p == q
    case (.float(let p), .float(let q)): return p == q
    case (.object(let a), .object(let b)):
      if a.type === types.str && b.type === types.str {
        return unsafeDowncast(a, to: StrObject.self).equals(unsafeDowncast(b, to: StrObject.self))
      }
      return nil
    default:
      return nil
    }
  }

  /// The stable order of `order` by `keys` when every key is an int, every key a non-NaN
  /// float, or every key a str; nil otherwise.
  private func nativeOrder(_ keys: [Value], _ order: [Int]) -> [Int]? {
    guard let first = keys.first else { return order }
    switch first {
    case .int:
      var pairs: [(Int, Int, Int)] = []
      pairs.reserveCapacity(keys.count)
      for (position, i) in order.enumerated() {
        guard case .int(let k) = keys[i] else { return nil }
        pairs.append((k, position, i))
      }
      pairs.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
      return pairs.map(\.2)
    case .float:
      var pairs: [(Double, Int, Int)] = []
      pairs.reserveCapacity(keys.count)
      for (position, i) in order.enumerated() {
        guard case .float(let k) = keys[i], !k.isNaN else { return nil }
        pairs.append((k, position, i))
      }
      pairs.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
      return pairs.map(\.2)
    case .object(let o) where o is StrObject:
      var pairs: [([UInt8], Int, Int)] = []
      pairs.reserveCapacity(keys.count)
      for (position, i) in order.enumerated() {
        guard case .object(let k) = keys[i], let text = k as? StrObject else { return nil }
        pairs.append((Array(text.value.utf8), position, i))
      }
      // UTF-8 byte order is code point order.
      pairs.sort { $0.0 != $1.0 ? $0.0.lexicographicallyPrecedes($1.0) : $0.1 < $1.1 }
      return pairs.map(\.2)
    case .object(let o) where o.type === types.tuple:
      // Tuples of machine ints, all of one length (`key=lambda p: (p.x, -p.y)`): laid out
      // flat, row by row, and compared row against row.
      let width = unsafeDowncast(o, to: TupleObject.self).items.count
      guard width > 0 else { return nil }
      var flat: [Int] = []
      flat.reserveCapacity(keys.count * width)
      for i in order {
        guard case .object(let k) = keys[i], k.type === types.tuple else { return nil }
        let items = unsafeDowncast(k, to: TupleObject.self).items
        guard items.count == width else { return nil }
        for item in items {
          guard case .int(let n) = item else { return nil }
          flat.append(n)
        }
      }
      // Row r of `flat` belongs to `order[r]`; ties keep the row order, so the sort is stable.
      var rows = Array(0..<order.count)
      flat.withUnsafeBufferPointer { values in
        rows.sort { a, b in
          let x = values.baseAddress! + a * width
          let y = values.baseAddress! + b * width
          for j in 0..<width where x[j] != y[j] { return x[j] < y[j] }
          return a < b
        }
      }
      return rows.map { order[$0] }
    default:
      return nil
    }
  }

  private func mergeSort(_ a: [Int], _ less: (Int, Int) -> Bool) -> [Int] {
    if a.count <= 1 { return a }
    var source = a
    var buffer = a
    var width = 1
    let n = a.count
    while width < n {
      var i = 0
      while i < n {
        let mid = min(i + width, n)
        let hi = min(i + 2 * width, n)
        var l = i
        var r = mid
        var k = i
        while l < mid && r < hi {
          if less(source[r], source[l]) {
            buffer[k] = source[r]
            r += 1
          } else {
            buffer[k] = source[l]
            l += 1
          }
          k += 1
        }
        while l < mid {
          buffer[k] = source[l]
          l += 1
          k += 1
        }
        while r < hi {
          buffer[k] = source[r]
          r += 1
          k += 1
        }
        i += 2 * width
      }
      swap(&source, &buffer)
      width *= 2
    }
    return source
  }

  func minMax(_ args: [Value], _ kwargs: Keywords, name: String, op: ComparisonOperator) throws(PyError) -> Value {
    let key = keyword(kwargs, "key").flatMap { $0.isNone ? nil : $0 }
    let defaultValue = keyword(kwargs, "default")
    for (k, _) in kwargs where k != "key" && k != "default" {
      throw typeError("'\(k)' is an invalid keyword argument for \(name)()")
    }
    var items: [Value]
    if args.count == 1 {
      items = try iterate(args[0])
    } else if args.count > 1 {
      if defaultValue != nil {
        throw typeError("Cannot specify a default for \(name)() with multiple positional arguments")
      }
      items = args
    } else {
      throw typeError("\(name) expected at least 1 argument, got 0")
    }
    guard var best = items.first else {
      if let defaultValue { return defaultValue }
      throw valueError("\(name)() arg is an empty sequence")
    }
    var bestKey = try key.map { k throws(PyError) in try call(k, [best]) } ?? best
    for item in items.dropFirst() {
      let k = try key.map { f throws(PyError) in try call(f, [item]) } ?? item
      if try isTrue(try compare(k, bestKey, op)) {
        best = item
        bestKey = k
      }
    }
    return best
  }

  func round(_ value: Value, _ digits: Value) throws(PyError) -> Value {
    if case .object(let f as FloatObject) = value { return try round(.float(f.value), digits) }
    switch value {
    case .float(let d):
      if digits.isNone {
        if d.isNaN { throw valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw overflowError("cannot convert float infinity to integer") }
        var r = d.rounded(.toNearestOrEven)
        if abs(d - d.rounded(.towardZero)) == 0.5 { r = 2 * (d / 2).rounded(.toNearestOrEven) }
        return makeInt(BigInt(r), self)
      }
      return .float(pythonRound(d, digits: try intArgument(digits)))
    case .int, .bool, .object(is BigIntObject):
      guard let n = number(value)?.asBig else { return value }
      if digits.isNone { return makeInt(n, self) }
      let nd = try intArgument(digits)
      if nd >= 0 { return makeInt(n, self) }
      let p = BigInt(10).power(-nd)
      var (q, r) = floorDivide(n, p)
      let twice = r * 2
      if twice > p || (twice == p && q.isOdd) { q += 1 }
      r = 0
      return makeInt(q * p, self)
    default:
      if let r = try callDunder(value, "__round__", digits.isNone ? [] : [digits]) { return r }
      throw typeError("type \(typeName(value)) doesn't define __round__ method")
    }
  }
}

extension BigInt {
  var isOdd: Bool { !(self % 2).isZero }
}

extension Interpreter {
  /// `next(iterator)` and `next(iterator, fallback)`.
  func builtinNext(_ iterator: Value, _ fallback: Value?) throws(PyError) -> Value {
    // The argument keeps the iterator alive.
    let unretained = iterator.unretainedObject
    if let unretained, fallback == nil,
      unretained._withUnsafeGuaranteedRef({ Swift.type(of: $0) == GeneratorObject.self })
    {
      // StopIteration carries the generator's return value.
      return try unretained.run { o throws(PyError) in
        try sendToGenerator(unsafeDowncast(o, to: GeneratorObject.self), .send(.none))
      }
    }
    let step = try unretained?.run { o throws(PyError) in try o.nativeNext(self) } ?? .notNative
    switch step {
    case .item(let value):
      return value
    case .done:
      break
    case .notNative:
      guard let method = typeOf(iterator).lookup(dunder.__next__) else {
        throw typeError("'\(typeName(iterator))' object is not an iterator")
      }
      guard let fallback else { return try callMethod(method, iterator, []) }
      do throws(PyError) {
        return try callMethod(method, iterator, [])
      } catch let error where error.exception.type === exceptions["StopIteration"] {
        return fallback
      }
    }
    if let fallback { return fallback }
    throw stopIteration()
  }
}
