// Builtin modules: sys, math, time, functools, random.

import BigInt
import CoilSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Interpreter {
  func makeModule(_ name: String, _ functions: [(String, BuiltinFunctionObject.Body)]) -> ModuleObject {
    let m = ModuleObject(name: name, type: types.module)
    for (fname, body) in functions { m.set(fname, .object(makeBuiltin(fname, body))) }
    return m
  }

  func makeBuiltinModule(_ name: String) throws(PyError) -> ModuleObject? {
    switch name {
    case "sys": return makeSysModule()
    case "math": return makeMathModule()
    case "time": return makeTimeModule()
    case "functools": return makeFunctoolsModule()
    case "itertools": return makeItertoolsModule()
    case "collections": return makeCollectionsModule()
    case "heapq": return makeHeapqModule()
    case "json": return makeJSONModule()
    case "random": return makeRandomModule()
    case "io": return makeIOModule()
    case "asyncio": return makeAsyncioModule()
    case "types": return makeTypesModule()
    case "contextlib": return try makeSourceModule("contextlib", contextlibSource)
    case "contextvars": return makeContextvarsModule()
    case "builtins": return builtins
    default: return nil
    }
  }

  /// A module written in Coil and kept in the binary (`<frozen NAME>` in tracebacks).
  func makeSourceModule(_ name: String, _ text: String) throws(PyError) -> ModuleObject {
    let path = "<frozen \(name)>"
    let source = SourceText(name: path, text: text)
    sources[path] = source
    let module = ModuleObject(name: name, type: types.module)
    module.path = path
    module.set("__name__", str(name))
    module.set("__doc__", .none)
    module.set("__builtins__", .object(builtins))
    // Registered first, as CPython does, so a module it imports can import it back.
    registerModule(module, as: name)
    let code: FunctionCode
    do {
      code = try compileModule(source, in: module)
    } catch let error as PyError {
      throw error
    } catch {
      throw self.error("SystemError", "the frozen module \(name) does not compile: \(error)")
    }
    try runModule(code, in: module)
    return module
  }

  func makeSysModule() -> ModuleObject {
    let m = makeModule("sys", [
      ("exit", { interp, args, _ throws(PyError) in
        throw PyError(ExceptionObject(type: interp.exceptions["SystemExit"]!, args: args.isEmpty ? [] : [args[0]], dict: interp.makeDict()))
      }),
      ("setrecursionlimit", { interp, args, _ throws(PyError) in
        let n = try interp.intArgument(args.first ?? .none)
        if n < 1 { throw interp.valueError("recursion limit must be greater or equal than 1") }
        interp.recursionLimit = n
        return .none
      }),
      ("getrecursionlimit", { interp, _, _ in .int(interp.recursionLimit) }),
      ("exc_info", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("exc_info", args, min: 0, max: 0, kwargs)
        guard let e = interp.handling.last else { return interp.makeTuple([.none, .none, .none]) }
        let traceback = try interp.getAttribute(.object(e), interp.name("__traceback__"))
        return interp.makeTuple([.object(e.type), .object(e), traceback])
      }),
      ("exception", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("exception", args, min: 0, max: 0, kwargs)
        return interp.handling.last.map { .object($0) } ?? .none
      }),
      ("getsizeof", { _, _, _ in .int(64) }),
      ("intern", { interp, args, _ throws(PyError) in
        try interp.requireArguments(args, 1, "intern", method: false)
        return args[0]
      }),
    ])
    m.set("argv", makeList(arguments.map { str($0) }))
    m.set("stdout", .object(FileObject(handle: nil, name: "<stdout>", mode: "w", type: types.file) { [unowned self] text in self.write(text) }))
    m.set("stderr", .object(FileObject(handle: nil, name: "<stderr>", mode: "w", type: types.file) { [unowned self] text in self.writeErrorText(text) }))
    m.set("stdin", .object(standardInput))
    m.set("maxsize", .int(Int.max))
    m.set("platform", str("linux"))
    m.set("byteorder", str("little"))
    m.set("version", str("3.11.7 (Coil)"))
    m.set("modules", .object(moduleTable))
    m.set("path", makeList([]))
    let versionInfo = makeStructSequenceType(
      "version_info", module: "sys", fields: ["major", "minor", "micro", "releaselevel", "serial"])
    m.set("version_info", .object(TupleObject([.int(3), .int(11), .int(7), str("final"), .int(0)], type: versionInfo)))
    m.set("implementation", str("coil"))
    return m
  }

  func makeMathModule() -> ModuleObject {
    func real(_ interp: Interpreter, _ v: Value) throws(PyError) -> Double {
      if let n = interp.number(v) { return try interp.toDouble(n) }
      if let r = try interp.callDunder(v, "__float__", []), case .float(let d) = r { return d }
      throw interp.typeError("must be real number, not \(interp.typeName(v))")
    }
    func unary(_ name: String, _ f: @escaping (Double) -> Double, domain: @escaping (Double) -> Bool = { _ in true }) -> (String, BuiltinFunctionObject.Body) {
      (name, { interp, args, kwargs throws(PyError) in
        try interp.expectArguments(name, args, min: 1, max: 1, kwargs)
        let x = try real(interp, args[0])
        if !domain(x) { throw interp.valueError("math domain error") }
        let r = f(x)
        if r.isInfinite && x.isFinite { throw interp.overflowError("math range error") }
        return .float(r)
      })
    }
    let m = makeModule("math", [
      unary("sqrt", { $0.squareRoot() }, domain: { $0 >= 0 || $0.isNaN }),
      unary("exp", { Glibc.exp($0) }),
      unary("sin", { Glibc.sin($0) }, domain: { !$0.isInfinite }),
      unary("cos", { Glibc.cos($0) }, domain: { !$0.isInfinite }),
      unary("tan", { Glibc.tan($0) }, domain: { !$0.isInfinite }),
      unary("asin", { Glibc.asin($0) }, domain: { abs($0) <= 1 }),
      unary("acos", { Glibc.acos($0) }, domain: { abs($0) <= 1 }),
      unary("atan", { Glibc.atan($0) }),
      unary("sinh", { Glibc.sinh($0) }),
      unary("cosh", { Glibc.cosh($0) }),
      unary("tanh", { Glibc.tanh($0) }),
      unary("fabs", { abs($0) }),
      unary("log2", { Glibc.log2($0) }, domain: { $0 > 0 }),
      unary("log10", { Glibc.log10($0) }, domain: { $0 > 0 }),
      unary("log1p", { Glibc.log1p($0) }, domain: { $0 > -1 }),
      unary("expm1", { Glibc.expm1($0) }),
      unary("degrees", { $0 * 180 / Double.pi }),
      unary("radians", { $0 * Double.pi / 180 }),
      ("log", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("log", args, min: 1, max: 2, kwargs)
        func ln(_ v: Value) throws(PyError) -> Double {
          if case .object(let o) = v, let b = o as? BigIntObject, b.value.sign == .plus, Double(b.value).isInfinite {
            let shift = b.value.bitWidth - 60
            return Glibc.log(Double(b.value >> shift)) + Double(shift) * Glibc.log(2.0)
          }
          let x = try real(interp, v)
          if x <= 0 { throw interp.valueError("math domain error") }
          return Glibc.log(x)
        }
        let a = try ln(args[0])
        if args.count == 2 {
          let b = try ln(args[1])
          if b == 0 { throw interp.zeroDivision("float division by zero") }
          return .float(a / b)
        }
        return .float(a)
      }),
      ("pow", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("pow", args, min: 2, max: 2, kwargs)
        let x = try real(interp, args[0])
        let y = try real(interp, args[1])
        if x == 0 && y < 0 { throw interp.valueError("math domain error") }
        if x < 0 && y != y.rounded() && y.isFinite { throw interp.valueError("math domain error") }
        let r = Glibc.pow(x, y)
        if r.isInfinite && x.isFinite && y.isFinite { throw interp.overflowError("math range error") }
        return .float(r)
      }),
      ("atan2", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("atan2", args, min: 2, max: 2, kwargs)
        return .float(Glibc.atan2(try real(interp, args[0]), try real(interp, args[1])))
      }),
      ("hypot", { interp, args, _ throws(PyError) in
        var total = 0.0
        for a in args { let x = try real(interp, a); total += x * x }
        if args.count == 2 { return .float(Glibc.hypot(try real(interp, args[0]), try real(interp, args[1]))) }
        return .float(total.squareRoot())
      }),
      ("copysign", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("copysign", args, min: 2, max: 2, kwargs)
        return .float(Glibc.copysign(try real(interp, args[0]), try real(interp, args[1])))
      }),
      ("fmod", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("fmod", args, min: 2, max: 2, kwargs)
        let y = try real(interp, args[1])
        if y == 0 { throw interp.valueError("math domain error") }
        return .float(Glibc.fmod(try real(interp, args[0]), y))
      }),
      ("floor", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("floor", args, min: 1, max: 1, kwargs)
        if case .float(let d) = args[0] { return try interp.toInt(.float(d.rounded(.down))) }
        if interp.number(args[0]) != nil { return try interp.toInt(args[0]) }
        if let r = try interp.callDunder(args[0], "__floor__", []) { return r }
        return try interp.toInt(.float(try real(interp, args[0]).rounded(.down)))
      }),
      ("ceil", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("ceil", args, min: 1, max: 1, kwargs)
        if case .float(let d) = args[0] { return try interp.toInt(.float(d.rounded(.up))) }
        if interp.number(args[0]) != nil { return try interp.toInt(args[0]) }
        if let r = try interp.callDunder(args[0], "__ceil__", []) { return r }
        return try interp.toInt(.float(try real(interp, args[0]).rounded(.up)))
      }),
      ("trunc", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("trunc", args, min: 1, max: 1, kwargs)
        return try interp.toInt(args[0])
      }),
      ("isnan", { interp, args, _ throws(PyError) in
        try interp.requireArguments(args, 1, "isnan", method: false)
        return .bool(try real(interp, args[0]).isNaN)
      }),
      ("isinf", { interp, args, _ throws(PyError) in
        try interp.requireArguments(args, 1, "isinf", method: false)
        return .bool(try real(interp, args[0]).isInfinite)
      }),
      ("isfinite", { interp, args, _ throws(PyError) in
        try interp.requireArguments(args, 1, "isfinite", method: false)
        return .bool(try real(interp, args[0]).isFinite)
      }),
      ("isclose", { interp, args, kwargs throws(PyError) in
        // isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
        var values: [String: Value] = [:]
        if args.count > 2 { throw interp.typeError("isclose() takes exactly 2 positional arguments (\(args.count) given)") }
        for (name, value) in zip(["a", "b"], args) { values[name] = value }
        for (key, value) in kwargs {
          guard ["a", "b", "rel_tol", "abs_tol"].contains(key) else {
            throw interp.typeError("'\(key)' is an invalid keyword argument for isclose()")
          }
          if values[key] != nil {
            throw interp.typeError("argument for isclose() given by name ('\(key)') and position (\(key == "a" ? 1 : 2))")
          }
          values[key] = value
        }
        for (position, name) in ["a", "b"].enumerated() where values[name] == nil {
          throw interp.typeError("isclose() missing required argument '\(name)' (pos \(position + 1))")
        }
        let a = try real(interp, values["a"]!)
        let b = try real(interp, values["b"]!)
        let rel = try values["rel_tol"].map { v throws(PyError) in try real(interp, v) } ?? 1e-9
        let absTol = try values["abs_tol"].map { v throws(PyError) in try real(interp, v) } ?? 0
        if rel < 0 || absTol < 0 { throw interp.valueError("tolerances must be non-negative") }
        if a == b { return .bool(true) }
        if a.isInfinite || b.isInfinite { return .bool(false) }
        let diff = abs(b - a)
        return .bool(diff <= abs(rel * b) || diff <= abs(rel * a) || diff <= absTol)
      }),
      ("gcd", { interp, args, _ throws(PyError) in
        var g = BigInt(0)
        for a in args {
          guard let n = interp.number(a)?.asBig else { throw interp.typeError("'\(interp.typeName(a))' object cannot be interpreted as an integer") }
          g = g.greatestCommonDivisor(with: n)
        }
        return makeInt(g, interp)
      }),
      ("lcm", { interp, args, _ throws(PyError) in
        var l = BigInt(1)
        for a in args {
          guard let n = interp.number(a)?.asBig else { throw interp.typeError("'\(interp.typeName(a))' object cannot be interpreted as an integer") }
          if n.isZero { return .int(0) }
          l = (l * n).magnitude.description.isEmpty ? l : BigInt((l * n).magnitude) / l.greatestCommonDivisor(with: n)
        }
        return makeInt(l, interp)
      }),
      ("factorial", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("factorial", args, min: 1, max: 1, kwargs)
        if case .float = args[0] { throw interp.typeError("'float' object cannot be interpreted as an integer") }
        let n = try interp.intArgument(args[0])
        if n < 0 { throw interp.valueError("factorial() not defined for negative values") }
        var r = BigInt(1)
        if n > 1 { for i in 2...n { r *= BigInt(i) } }
        return makeInt(r, interp)
      }),
      ("comb", { interp, args, kwargs throws(PyError) in
        try interp.requireArguments(args, 2, "comb", method: false)
        let n = try interp.intArgument(args[0])
        let k = try interp.intArgument(args[1])
        if n < 0 || k < 0 { throw interp.valueError("\(n < 0 ? "n" : "k") must be a non-negative integer") }
        if k > n { return .int(0) }
        var r = BigInt(1)
        let kk = min(k, n - k)
        if kk > 0 { for i in 0..<kk { r = r * BigInt(n - i) / BigInt(i + 1) } }
        return makeInt(r, interp)
      }),
      ("perm", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("perm", args, min: 1, max: 2)
        let n = try interp.intArgument(args[0])
        let k = args.count > 1 && !args[1].isNone ? try interp.intArgument(args[1]) : n
        if n < 0 || k < 0 { throw interp.valueError("\(n < 0 ? "n" : "k") must be a non-negative integer") }
        if k > n { return .int(0) }
        var r = BigInt(1)
        if k > 0 { for i in 0..<k { r *= BigInt(n - i) } }
        return makeInt(r, interp)
      }),
      ("isqrt", { interp, args, kwargs throws(PyError) in
        try interp.requireArguments(args, 1, "isqrt", method: false)
        guard let n = interp.number(args[0])?.asBig else { throw interp.typeError("'\(interp.typeName(args[0]))' object cannot be interpreted as an integer") }
        if n.sign == .minus { throw interp.valueError("isqrt() argument must be nonnegative") }
        return makeInt(BigInt(n.magnitude.squareRoot()), interp)
      }),
      ("fsum", { interp, args, _ throws(PyError) in
        try interp.requireArguments(args, 1, "fsum", method: false)
        var partials: [Double] = []
        for v in try interp.iterate(args[0]) {
          var x = try real(interp, v)
          var i = 0
          for var y in partials {
            if abs(x) < abs(y) { swap(&x, &y) }
            let hi = x + y
            let lo = y - (hi - x)
            if lo != 0 {
              partials[i] = lo
              i += 1
            }
            x = hi
          }
          partials.removeSubrange(i...)
          partials.append(x)
        }
        // Round the partials correctly as CPython's msum does.
        var n = partials.count
        var hi = 0.0
        if n > 0 {
          n -= 1
          hi = partials[n]
          var lo = 0.0
          while n > 0 {
            let x = hi
            n -= 1
            let y = partials[n]
            hi = x + y
            let yr = hi - x
            lo = y - yr
            if lo != 0 { break }
          }
          if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
            let y = lo * 2
            let x = hi + y
            let yr = x - hi
            if y == yr { hi = x }
          }
        }
        return .float(hi)
      }),
      ("prod", { interp, args, kwargs throws(PyError) in
        try interp.requireArguments(args, 1, "prod", method: false)
        var total = interp.keyword(kwargs, "start") ?? .int(1)
        for v in try interp.iterate(args[0]) { total = try interp.binary(.multiply, total, v) }
        return total
      }),
      ("modf", { interp, args, _ throws(PyError) in
        try interp.requireArguments(args, 1, "modf", method: false)
        let x = try real(interp, args[0])
        let i = x.rounded(.towardZero)
        return interp.makeTuple([.float(x - i), .float(i)])
      }),
      ("frexp", { interp, args, _ throws(PyError) in
        try interp.requireArguments(args, 1, "frexp", method: false)
        let x = try real(interp, args[0])
        if x == 0 || !x.isFinite { return interp.makeTuple([.float(x), .int(0)]) }
        // Swift's `frexp` overlay returns the magnitude's significand.
        let r = Glibc.frexp(x.magnitude)
        return interp.makeTuple([.float(x < 0 ? -r.0 : r.0), .int(Int(r.1))])
      }),
      ("ldexp", { interp, args, _ throws(PyError) in
        try interp.requireArguments(args, 2, "ldexp", method: false)
        return .float(Glibc.ldexp(try real(interp, args[0]), Int32(clamping: try interp.intArgument(args[1]))))
      }),
      ("dist", { interp, args, _ throws(PyError) in
        try interp.requireArguments(args, 2, "dist", method: false)
        let p = try interp.iterate(args[0])
        let q = try interp.iterate(args[1])
        var total = 0.0
        for (a, b) in zip(p, q) { let d = try real(interp, a) - (try real(interp, b)); total += d * d }
        return .float(total.squareRoot())
      }),
    ])
    m.set("pi", .float(Double.pi))
    m.set("e", .float(M_E))
    m.set("tau", .float(2 * Double.pi))
    m.set("inf", .float(Double.infinity))
    m.set("nan", .float(Double.nan))
    return m
  }

  func monotonicNow() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  /// `types`: the classes of functions, generators and coroutines.
  func makeTypesModule() -> ModuleObject {
    let m = ModuleObject(name: "types", type: types.module)
    m.set("FunctionType", .object(types.function))
    m.set("LambdaType", .object(types.function))
    m.set("BuiltinFunctionType", .object(types.builtinFunction))
    m.set("MethodType", .object(types.method))
    m.set("ModuleType", .object(types.module))
    m.set("GeneratorType", .object(asyncioTypes.generator))
    m.set("CoroutineType", .object(asyncioTypes.coroutine))
    m.set("AsyncGeneratorType", .object(asyncioTypes.asyncGenerator))
    m.set("TracebackType", .object(types.traceback))
    m.set("NoneType", .object(types.none))
    m.set("GenericAlias", .object(types.genericAlias))
    return m
  }

  func makeTimeModule() -> ModuleObject {
    makeModule("time", [
      ("time", { interp, _, _ in .float(interp.clock.wall()) }),
      ("monotonic", { interp, _, _ in .float(interp.clock.monotonic()) }),
      ("perf_counter", { interp, _, _ in .float(interp.clock.monotonic()) }),
      ("process_time", { _, _, _ in .float(processTime()) }),
      ("time_ns", { interp, _, _ in .int(Int(interp.clock.wall() * 1e9)) }),
      ("sleep", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("sleep", args, min: 1, max: 1, kwargs)
        guard let n = interp.number(args[0]) else {
          throw interp.typeError("'\(interp.typeName(args[0]))' object cannot be interpreted as an integer")
        }
        let seconds = try interp.toDouble(n)
        if seconds.isNaN { throw interp.valueError("Invalid value NaN (not a number)") }
        if seconds < 0 { throw interp.valueError("sleep length must be non-negative") }
        if seconds > 9.2e9 { throw interp.overflowError("timestamp too large to convert to C _PyTime_t") }
        if let loop = interp.runningLoop, loop.debug, let task = loop.currentTask {
          interp.warnBlockingCall("time.sleep()", in: task, instead: "await asyncio.sleep()")
        }
        try interp.clock.sleep(seconds, interp)
        return .none
      }),
    ])
  }
}

/// CPU time used by the process, for `time.process_time()`.
private func processTime() -> Double {
  Double(clock()) / Double(CLOCKS_PER_SEC)
}
