// The `random` module: CPython's algorithms over a Mersenne Twister owned by the interpreter,
// so seeded programs print CPython's numbers.

import BigInt
import CoilSyntax

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
  func randomCall<T>(_ body: (inout MersenneTwister) throws(MersenneTwister.RandomError) -> T) throws(PyError) -> T {
    do throws(MersenneTwister.RandomError) {
      return try body(&random)
    } catch {
      throw randomError(error)
    }
  }

  func floatArgument(_ v: Value) throws(PyError) -> Double {
    guard let n = number(v) else { throw typeError("must be real number, not \(typeName(v))") }
    return try toDouble(n)
  }

  func makeRandomModule() -> ModuleObject {
    func big(_ interp: Interpreter, _ v: Value, _ position: Int) throws(PyError) -> BigInt {
      if case .float(let d) = v, d == d.rounded(), d.isFinite { return BigInt(d) }
      guard let n = interp.number(v)?.asBig else {
        throw interp.typeError("'\(interp.typeName(v))' object cannot be interpreted as an integer")
      }
      return n
    }
    return makeModule("random", [
      ("seed", { interp, args, _ throws(PyError) in
        let v = args.first ?? .none
        switch v {
        case .none: interp.random = MersenneTwister.systemSeeded()
        case .float(let d): interp.random = MersenneTwister(seedFloat: d)
        case .object(let o as StrObject): interp.random = MersenneTwister(seedBytes: Array(o.value.utf8))
        case .object(let o as BytesObject): interp.random = MersenneTwister(seedBytes: o.bytes)
        default:
          guard let n = interp.number(v)?.asBig else {
            throw interp.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
          }
          interp.random = MersenneTwister(seed: n)
        }
        return .none
      }),
      ("random", { interp, _, _ in .float(interp.random.random()) }),
      ("getrandbits", { interp, args, _ throws(PyError) in
        try interp.requireArguments(args, 1, "getrandbits", method: false)
        let k = try interp.intArgument(args[0])
        return makeInt(try interp.randomCall { (r: inout MersenneTwister) throws(MersenneTwister.RandomError) in try r.getrandbits(k) }, interp)
      }),
      ("randint", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("randint", args, min: 2, max: 2, kwargs)
        let a = try big(interp, args[0], 1)
        let b = try big(interp, args[1], 2)
        return makeInt(try interp.randomCall { (r: inout MersenneTwister) throws(MersenneTwister.RandomError) in try r.randint(a, b) }, interp)
      }),
      ("randrange", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("randrange", args, min: 1, max: 3, kwargs)
        let start = try big(interp, args[0], 1)
        let stop = args.count > 1 ? try big(interp, args[1], 2) : nil
        let step = args.count > 2 ? try big(interp, args[2], 3) : nil
        return makeInt(try interp.randomCall { (r: inout MersenneTwister) throws(MersenneTwister.RandomError) in try r.randrange(start: start, stop: stop, step: step) }, interp)
      }),
      ("choice", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("choice", args, min: 1, max: 1, kwargs)
        let n = try interp.length(args[0])
        if n == 0 { throw interp.indexError("Cannot choose from an empty sequence") }
        let i = try interp.randomCall { (r: inout MersenneTwister) throws(MersenneTwister.RandomError) in try r.choiceIndex(count: n) }
        return try interp.getItem(args[0], .int(i))
      }),
      ("shuffle", { interp, args, _ throws(PyError) in
        try interp.requireArguments(args, 1, "shuffle", method: false)
        let n = try interp.length(args[0])
        for (i, j) in interp.random.shuffleSwaps(count: n) {
          let a = try interp.getItem(args[0], .int(i))
          let b = try interp.getItem(args[0], .int(j))
          try interp.setItem(args[0], .int(i), b)
          try interp.setItem(args[0], .int(j), a)
        }
        return .none
      }),
      ("sample", { interp, args, kwargs throws(PyError) in
        guard args.count == 2 || interp.keyword(kwargs, "k") != nil else {
          throw interp.typeError("Random.sample() missing 1 required positional argument: 'k'")
        }
        guard let first = args.first else {
          throw interp.typeError("Random.sample() missing 1 required positional argument: 'population'")
        }
        let population = try interp.iterate(first)
        if case .object(let o) = first, o is SetObject {
          throw interp.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        }
        let k = try interp.intArgument(args.count > 1 ? args[1] : interp.keyword(kwargs, "k")!)
        let count = population.count
        let indices = try interp.randomCall { (r: inout MersenneTwister) throws(MersenneTwister.RandomError) in try r.sampleIndices(populationCount: count, k: k) }
        return interp.makeList(indices.map { population[$0] })
      }),
      ("choices", { interp, args, kwargs throws(PyError) in
        guard let first = args.first else {
          throw interp.typeError("Random.choices() missing 1 required positional argument: 'population'")
        }
        let population = try interp.iterate(first)
        if args.count > 1 { throw interp.typeError("choices() takes 2 positional arguments but \(args.count + 1) were given") }
        let k = try interp.intArgument(interp.keyword(kwargs, "k") ?? .int(1))
        var weights: [Double]?
        var cumulative: [Double]?
        if let w = interp.keyword(kwargs, "weights"), !w.isNone {
          weights = try interp.iterate(w).map { (v: Value) throws(PyError) -> Double in try interp.floatArgument(v) }
        }
        if let w = interp.keyword(kwargs, "cum_weights"), !w.isNone {
          cumulative = try interp.iterate(w).map { (v: Value) throws(PyError) -> Double in try interp.floatArgument(v) }
        }
        let n = population.count
        let indices = try interp.randomCall { (r: inout MersenneTwister) throws(MersenneTwister.RandomError) in 
          weights == nil && cumulative == nil
            ? try r.choicesIndices(populationCount: n, k: k)
            : try r.choicesIndices(populationCount: n, weights: weights, cumWeights: cumulative, k: k)
        }
        var result: [Value] = []
        for i in indices {
          guard i < population.count else { throw interp.indexError("list index out of range") }
          result.append(population[i])
        }
        return interp.makeList(result)
      }),
      ("uniform", { interp, args, _ throws(PyError) in
        try interp.requireArguments(args, 2, "uniform", method: false)
        return .float(interp.random.uniform(try interp.floatArgument(args[0]), try interp.floatArgument(args[1])))
      }),
      ("gauss", { interp, args, kwargs throws(PyError) in
        let mu = args.count > 0 ? try interp.floatArgument(args[0]) : 0
        let sigma = args.count > 1 ? try interp.floatArgument(args[1]) : 1
        return .float(interp.random.gauss(mu, sigma))
      }),
      ("normalvariate", { interp, args, _ throws(PyError) in
        let mu = args.count > 0 ? try interp.floatArgument(args[0]) : 0
        let sigma = args.count > 1 ? try interp.floatArgument(args[1]) : 1
        return .float(interp.random.normalvariate(mu, sigma))
      }),
      ("triangular", { interp, args, _ throws(PyError) in
        let low = args.count > 0 ? try interp.floatArgument(args[0]) : 0
        let high = args.count > 1 ? try interp.floatArgument(args[1]) : 1
        let mode = args.count > 2 && !args[2].isNone ? try interp.floatArgument(args[2]) : nil
        if let r = interp.random.triangular(low: low, high: high, mode: mode) { return .float(r) }
        return args[0]
      }),
      ("expovariate", { interp, args, _ throws(PyError) in
        let lambd = try interp.floatArgument(args.first ?? .float(1))
        return .float(try interp.randomCall { (r: inout MersenneTwister) throws(MersenneTwister.RandomError) in try r.expovariate(lambd) })
      }),
    ])
  }
}
