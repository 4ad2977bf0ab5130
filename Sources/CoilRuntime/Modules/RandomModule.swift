// The `random` module: `random.Random` instances, each with its own Mersenne Twister running
// CPython's algorithms (so seeded programs print CPython's numbers), and the module functions,
// which are bound methods of one hidden instance as in CPython.

import BigInt
import CoilSyntax

/// A `random.Random` instance.
final class RandomObject: PyObject {
  var generator: MersenneTwister

  init(generator: MersenneTwister, type: TypeObject) {
    self.generator = generator
    super.init(type: type)
  }
}

extension Interpreter {
  func randomError(_ e: MersenneTwister.RandomError) -> PyError {
    let kind: String
    switch e.kind {
    case .valueError: kind = "ValueError"
    case .typeError: kind = "TypeError"
    case .indexError: kind = "IndexError"
    case .overflowError: kind = "OverflowError"
    case .zeroDivisionError: kind = "ZeroDivisionError"
    case .memoryError: kind = "MemoryError"
    }
    return error(kind, e.message)
  }

  /// Runs a generator call, turning its errors into Coil exceptions.
  func randomCall<T>(
    _ r: RandomObject, _ body: (inout MersenneTwister) throws(MersenneTwister.RandomError) -> T
  ) throws(PyError) -> T {
    do throws(MersenneTwister.RandomError) {
      return try body(&r.generator)
    } catch {
      throw randomError(error)
    }
  }

  func floatArgument(_ v: Value) throws(PyError) -> Double {
    guard let n = number(v) else { throw typeError("must be real number, not \(typeName(v))") }
    return try toDouble(n)
  }

  /// `Random.seed(a, version)`: the generator CPython's seeding makes.
  func seededGenerator(_ seed: Value, version: Int = 2) throws(PyError) -> MersenneTwister {
    switch seed {
    case .none: return MersenneTwister.systemSeeded()
    case .float(let d): return MersenneTwister(seedFloat: d)
    case .object(let o as StrObject):
      if version == 1 {
        return MersenneTwister(seed: MersenneTwister.version1Seed(codePoints: o.value.unicodeScalars.map(\.value)))
      }
      return MersenneTwister(seedBytes: Array(o.value.utf8))
    case .object(let o as BytesObject):
      if version == 1 { return MersenneTwister(seed: MersenneTwister.version1Seed(codePoints: o.bytes.map(UInt32.init))) }
      return MersenneTwister(seedBytes: o.bytes)
    default:
      guard let n = number(seed)?.asBig else {
        throw typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
      }
      return MersenneTwister(seed: n)
    }
  }

  /// An integer argument of randrange and randint: ints, or floats with integral values
  /// (3.11 still accepts those).
  private func randomInteger(_ v: Value, _ position: Int) throws(PyError) -> BigInt {
    if let n = try indexBig(v) { return n }
    if case .float(let d) = v {
      guard d.isFinite, d == d.rounded() else { throw valueError("non-integer arg \(position) for randrange()") }
      return BigInt(d)
    }
    throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
  }

  /// Whether `random.sample` accepts a population: a sequence, never a set or dict.
  private func isSequence(_ v: Value) -> Bool {
    guard case .object(let o) = v else { return false }
    return o is ListObject || o is TupleObject || o is StrObject || o is RangeObject
      || o is BigRangeObject || o is BytesObject
  }

  func makeRandomType() -> TypeObject {
    let t = makeType("Random", module: "random")
    setConstructor(t) { interp, args, kwargs throws(PyError) in
      let bound = try interp.bind(PythonSignature("Random.__init__", ["x"], required: 0), args.dropFirst(), kwargs)
      return .object(RandomObject(generator: try interp.seededGenerator(bound["x"] ?? .none), type: t))
    }
    func me(_ args: [Value], _ name: String) throws(PyError) -> RandomObject {
      try receiver(args, RandomObject.self, name, "_random.Random")
    }
    /// A method written in Python in CPython's random.py.
    func method(
      _ name: String, _ positional: [String], required: Int? = nil, keywordOnly: [String] = [],
      _ body: @escaping (Interpreter, RandomObject, BoundArguments) throws(PyError) -> Value
    ) {
      define(t, name) { interp, args, kwargs throws(PyError) in
        let r = try me(args, name)
        let bound = try interp.bind(
          PythonSignature("Random.\(name)", positional, required: required, keywordOnly: keywordOnly), args.dropFirst(), kwargs)
        return try body(interp, r, bound)
      }
    }
    func real(_ interp: Interpreter, _ bound: BoundArguments, _ name: String, _ fallback: Double) throws(PyError) -> Double {
      guard let v = bound[name] else { return fallback }
      return try interp.floatArgument(v)
    }

    method("seed", ["a", "version"], required: 0) { interp, r, bound throws(PyError) in
      let version = try bound["version"].map { v throws(PyError) in try interp.intArgument(v) } ?? 2
      r.generator = try interp.seededGenerator(bound["a"] ?? .none, version: version)
      return .none
    }
    define(t, "random") { interp, args, kwargs throws(PyError) in
      let r = try me(args, "random")
      try interp.expectMethodArguments("Random.random", args, 0, kwargs)
      return .float(r.generator.random())
    }
    define(t, "getrandbits") { interp, args, kwargs throws(PyError) in
      try interp.requireArguments(args, 2, "getrandbits", method: true)
      let r = try me(args, "getrandbits")
      try interp.expectMethodArguments("Random.getrandbits", args, 1, kwargs)
      guard let k = try interp.indexBig(args[1]) else {
        throw interp.typeError("'\(interp.typeName(args[1]))' object cannot be interpreted as an integer")
      }
      return makeInt(try interp.randomCall(r) { (g: inout MersenneTwister) throws(MersenneTwister.RandomError) in try g.getrandbits(k) }, interp)
    }
    method("getstate", []) { interp, r, _ throws(PyError) in
      let (words, index, gaussNext) = r.generator.getstate()
      let internalState = interp.makeTuple(words.map { .int(Int($0)) } + [.int(index)])
      return interp.makeTuple([.int(3), internalState, gaussNext.map { .float($0) } ?? .none])
    }
    method("setstate", ["state"]) { interp, r, bound throws(PyError) in
      let state = bound["state"]!
      let version = try interp.getItem(state, .int(0))
      let parts = try interp.iterate(state)
      guard let versionNumber = interp.number(version)?.asBig, versionNumber == 3 || versionNumber == 2 else {
        throw interp.valueError("state with version \(try interp.toStr(version)) passed to Random.setstate() of version 3")
      }
      guard parts.count == 3 else {
        throw interp.valueError("\(parts.count > 3 ? "too many" : "not enough") values to unpack (expected 3\(parts.count < 3 ? ", got \(parts.count)" : ""))")
      }
      guard case .object(let io) = parts[1], let internalState = io as? TupleObject else {
        throw interp.typeError("state vector must be a tuple")
      }
      var values: [BigInt] = []
      for item in internalState.items {
        guard let n = interp.number(item)?.asBig else { throw interp.typeError("an integer is required") }
        values.append(n)
      }
      let gaussNext: Double? = parts[2].isNone ? nil : try interp.floatArgument(parts[2])
      try interp.randomCall(r) { (g: inout MersenneTwister) throws(MersenneTwister.RandomError) in
        try g.setstate(version: versionNumber, internalState: values, gaussNext: gaussNext)
      }
      return .none
    }
    method("randbytes", ["n"]) { interp, r, bound throws(PyError) in
      let n = try interp.intArgument(bound["n"]!)
      return .object(BytesObject(try interp.randomCall(r) { (g: inout MersenneTwister) throws(MersenneTwister.RandomError) in try g.randbytes(n) }, type: interp.types.bytes))
    }
    method("randrange", ["start", "stop", "step"], required: 1) { interp, r, bound throws(PyError) in
      let start = try interp.randomInteger(bound["start"]!, 1)
      let stop = try bound["stop"].flatMap { v throws(PyError) in v.isNone ? nil : try interp.randomInteger(v, 2) }
      let step = try bound["step"].map { v throws(PyError) in try interp.randomInteger(v, 3) }
      return makeInt(try interp.randomCall(r) { (g: inout MersenneTwister) throws(MersenneTwister.RandomError) in try g.randrange(start: start, stop: stop, step: step) }, interp)
    }
    method("randint", ["a", "b"]) { interp, r, bound throws(PyError) in
      let a = try interp.randomInteger(bound["a"]!, 1)
      let b = try interp.randomInteger(bound["b"]!, 2)
      return makeInt(try interp.randomCall(r) { (g: inout MersenneTwister) throws(MersenneTwister.RandomError) in try g.randint(a, b) }, interp)
    }
    method("choice", ["seq"]) { interp, r, bound throws(PyError) in
      let seq = bound["seq"]!
      let n = try interp.length(seq)
      let i = try interp.randomCall(r) { (g: inout MersenneTwister) throws(MersenneTwister.RandomError) in try g.choiceIndex(count: n) }
      return try interp.getItem(seq, .int(i))
    }
    method("shuffle", ["x"]) { interp, r, bound throws(PyError) in
      let x = bound["x"]!
      let n = try interp.length(x)
      for (i, j) in r.generator.shuffleSwaps(count: n) {
        let a = try interp.getItem(x, .int(i))
        let b = try interp.getItem(x, .int(j))
        try interp.setItem(x, .int(i), b)
        try interp.setItem(x, .int(j), a)
      }
      return .none
    }
    method("sample", ["population", "k"], keywordOnly: ["counts"]) { interp, r, bound throws(PyError) in
      let populationValue = bound["population"]!
      guard interp.isSequence(populationValue) else {
        throw interp.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
      }
      // len() first, as random.py does: a population too large to count fails at once.
      _ = try interp.length(populationValue)
      let population = try interp.iterate(populationValue)
      let k = try interp.intArgument(bound["k"]!)
      let n = population.count
      var counts: [BigInt]?
      if let c = bound["counts"], !c.isNone {
        var values: [BigInt] = []
        for v in try interp.iterate(c) {
          guard let n = try interp.indexBig(v) else { throw interp.typeError("Counts must be integers") }
          values.append(n)
        }
        counts = values
      }
      let indices = try interp.randomCall(r) { (g: inout MersenneTwister) throws(MersenneTwister.RandomError) in
        if let counts { return try g.sampleIndices(populationCount: n, counts: counts, k: k) }
        return try g.sampleIndices(populationCount: n, k: k)
      }
      return interp.makeList(indices.map { population[$0] })
    }
    method("choices", ["population", "weights"], required: 1, keywordOnly: ["cum_weights", "k"]) { interp, r, bound throws(PyError) in
      let population = bound["population"]!
      let n = try interp.length(population)
      let kValue = bound["k"] ?? .int(1)
      var weights: [Double]?
      var cumulative: [Double]?
      if let w = bound["weights"], !w.isNone {
        let items: [Value]
        do throws(PyError) { items = try interp.iterate(w) } catch {
          // choices(population, 5) meant k=5.
          guard error.matches("TypeError", interp), let k = interp.number(w), k.asBig != nil else { throw error }
          throw interp.typeError("The number of choices must be a keyword argument: k=\(try interp.repr(w))")
        }
        weights = try items.map { (v: Value) throws(PyError) -> Double in try interp.floatArgument(v) }
      }
      if let w = bound["cum_weights"], !w.isNone {
        cumulative = try interp.iterate(w).map { (v: Value) throws(PyError) -> Double in try interp.floatArgument(v) }
      }
      let k = max(0, try interp.intArgument(kValue))
      let indices = try interp.randomCall(r) { (g: inout MersenneTwister) throws(MersenneTwister.RandomError) in
        weights == nil && cumulative == nil
          ? try g.choicesIndices(populationCount: n, k: k)
          : try g.choicesIndices(populationCount: n, weights: weights, cumWeights: cumulative, k: k)
      }
      var result: [Value] = []
      result.reserveCapacity(indices.count)
      for i in indices { result.append(try interp.getItem(population, .int(i))) }
      return interp.makeList(result)
    }
    method("uniform", ["a", "b"]) { interp, r, bound throws(PyError) in
      .float(r.generator.uniform(try interp.floatArgument(bound["a"]!), try interp.floatArgument(bound["b"]!)))
    }
    method("triangular", ["low", "high", "mode"], required: 0) { interp, r, bound throws(PyError) in
      let low = try real(interp, bound, "low", 0)
      let high = try real(interp, bound, "high", 1)
      let mode = try bound["mode"].flatMap { v throws(PyError) in v.isNone ? nil : try interp.floatArgument(v) }
      if let value = r.generator.triangular(low: low, high: high, mode: mode) { return .float(value) }
      return bound["low"] ?? .float(0)
    }
    method("normalvariate", ["mu", "sigma"], required: 0) { interp, r, bound throws(PyError) in
      .float(r.generator.normalvariate(try real(interp, bound, "mu", 0), try real(interp, bound, "sigma", 1)))
    }
    method("gauss", ["mu", "sigma"], required: 0) { interp, r, bound throws(PyError) in
      .float(r.generator.gauss(try real(interp, bound, "mu", 0), try real(interp, bound, "sigma", 1)))
    }
    typealias Distribution = (inout MersenneTwister, Double, Double) throws(MersenneTwister.RandomError) -> Double
    let distributions: [(String, [String], Distribution)] = [
      ("lognormvariate", ["mu", "sigma"], { (g, a, b) throws(MersenneTwister.RandomError) in try g.lognormvariate(a, b) }),
      ("expovariate", ["lambd"], { (g, a, _) throws(MersenneTwister.RandomError) in try g.expovariate(a) }),
      ("vonmisesvariate", ["mu", "kappa"], { (g, a, b) throws(MersenneTwister.RandomError) in try g.vonmisesvariate(a, b) }),
      ("gammavariate", ["alpha", "beta"], { (g, a, b) throws(MersenneTwister.RandomError) in try g.gammavariate(a, b) }),
      ("betavariate", ["alpha", "beta"], { (g, a, b) throws(MersenneTwister.RandomError) in try g.betavariate(a, b) }),
      ("paretovariate", ["alpha"], { (g, a, _) throws(MersenneTwister.RandomError) in try g.paretovariate(a) }),
      ("weibullvariate", ["alpha", "beta"], { (g, a, b) throws(MersenneTwister.RandomError) in try g.weibullvariate(a, b) }),
    ]
    for (name, parameters, draw) in distributions {
      method(name, parameters) { interp, r, bound throws(PyError) in
        let a = try interp.floatArgument(bound[parameters[0]]!)
        let b = parameters.count > 1 ? try interp.floatArgument(bound[parameters[1]]!) : 0
        return .float(try interp.randomCall(r) { (g: inout MersenneTwister) throws(MersenneTwister.RandomError) in try draw(&g, a, b) })
      }
    }
    return t
  }

  func makeRandomModule() -> ModuleObject {
    let randomType = makeRandomType()
    let m = ModuleObject(name: "random", type: types.module)
    m.set("Random", .object(randomType))
    // The module functions are bound methods of one instance, seeded from the system.
    let instance = RandomObject(generator: MersenneTwister.systemSeeded(), type: randomType)
    for name in [
      "seed", "random", "getrandbits", "getstate", "setstate", "randbytes", "randrange", "randint",
      "choice", "shuffle", "sample", "choices", "uniform", "triangular", "normalvariate", "gauss",
      "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate", "betavariate",
      "paretovariate", "weibullvariate",
    ] {
      guard case .object(let o)? = randomType.dict.getString(self.name(name)), let method = o as? BuiltinFunctionObject else { continue }
      m.set(name, .object(BuiltinFunctionObject(name: name, type: types.builtinFunction, receiver: .object(instance), body: method.body)))
    }
    m.set("_inst", .object(instance))
    return m
  }
}
