// The combinatoric iterators of `itertools`: `product`, `permutations`, `combinations` and
// `combinations_with_replacement`. As in CPython, each reads its inputs into tuples when made,
// then steps an array of indices, producing tuples in lexicographic order of the indices.

/// `product(*iterables, repeat=1)`.
final class ProductIterator: IteratorObject {
  let pools: [[Value]]
  var indices: [Int]
  var result: [Value]?

  init(pools: [[Value]], type: TypeObject) {
    self.pools = pools
    self.indices = Array(repeating: 0, count: pools.count)
    super.init(type: type)
  }

  override func advance(_ interp: Interpreter) throws(PyError) -> Value? {
    guard var items = result else {
      var first: [Value] = []
      for pool in pools {
        guard let element = pool.first else { return nil }
        first.append(element)
      }
      result = first
      return interp.makeTuple(first)
    }
    // Advance the rightmost index; carry leftward when one rolls over.
    var i = pools.count - 1
    while i >= 0 {
      indices[i] += 1
      if indices[i] == pools[i].count {
        indices[i] = 0
        items[i] = pools[i][0]
      } else {
        items[i] = pools[i][indices[i]]
        break
      }
      i -= 1
    }
    if i < 0 { return nil }
    result = items
    return interp.makeTuple(items)
  }
}

/// `permutations(iterable, r=None)`.
final class PermutationsIterator: IteratorObject {
  let pool: [Value]
  let r: Int
  var indices: [Int]
  var cycles: [Int]
  var result: [Value]?

  init(pool: [Value], r: Int, type: TypeObject) {
    self.pool = pool
    self.r = r
    let n = pool.count
    self.indices = Array(0..<n)
    self.cycles = r <= n ? Array(stride(from: n, to: n - r, by: -1)) : []
    super.init(type: type)
  }

  override func advance(_ interp: Interpreter) throws(PyError) -> Value? {
    let n = pool.count
    guard var items = result else {
      if r > n { return nil }
      let first = indices.prefix(r).map { pool[$0] }
      result = first
      return interp.makeTuple(first)
    }
    if n == 0 { return nil }
    var i = r - 1
    while i >= 0 {
      cycles[i] -= 1
      if cycles[i] == 0 {
        // Rotate indices[i...] left by one.
        let index = indices[i]
        for j in i..<(n - 1) { indices[j] = indices[j + 1] }
        indices[n - 1] = index
        cycles[i] = n - i
      } else {
        let j = cycles[i]
        indices.swapAt(i, n - j)
        for k in i..<r { items[k] = pool[indices[k]] }
        break
      }
      i -= 1
    }
    if i < 0 { return nil }
    result = items
    return interp.makeTuple(items)
  }
}

/// `combinations(iterable, r)` and `combinations_with_replacement(iterable, r)`.
final class CombinationsIterator: IteratorObject {
  let pool: [Value]
  let r: Int
  let withReplacement: Bool
  var indices: [Int]
  var result: [Value]?

  init(pool: [Value], r: Int, withReplacement: Bool, type: TypeObject) {
    self.pool = pool
    self.r = r
    self.withReplacement = withReplacement
    self.indices =
      withReplacement ? Array(repeating: 0, count: r) : r <= pool.count ? Array(0..<r) : []
    super.init(type: type)
  }

  override func advance(_ interp: Interpreter) throws(PyError) -> Value? {
    let n = pool.count
    guard var items = result else {
      if withReplacement ? (n == 0 && r > 0) : r > n { return nil }
      let first = indices.map { pool[$0] }
      result = first
      return interp.makeTuple(first)
    }
    // The rightmost index not at its maximum.
    var i = r - 1
    if withReplacement {
      while i >= 0 && indices[i] == n - 1 { i -= 1 }
      if i < 0 { return nil }
      let index = indices[i] + 1
      for k in i..<r {
        indices[k] = index
        items[k] = pool[index]
      }
    } else {
      while i >= 0 && indices[i] == i + n - r { i -= 1 }
      if i < 0 { return nil }
      indices[i] += 1
      for j in (i + 1)..<r { indices[j] = indices[j - 1] + 1 }
      for k in i..<r { items[k] = pool[indices[k]] }
    }
    result = items
    return interp.makeTuple(items)
  }
}

extension Interpreter {
  func setUpCombinatoricIterators(_ t: LibraryTypes) {
    defineIteratorProtocol(t.product)
    define(t.product, "__new__") { interp, args, kwargs throws(PyError) in
      let cls = try interp.classArgument(args, "product")
      var repeatCount = 1
      if !kwargs.isEmpty {
        let values = try interp.parseArguments("product", [], kwargs, ["repeat"], required: 0)
        if let r = values[0] { repeatCount = try interp.sizeArgument(r) }
        if repeatCount < 0 { throw interp.valueError("repeat argument cannot be negative") }
      }
      var pools: [[Value]] = []
      for iterable in args.dropFirst() { pools.append(try interp.iterate(iterable)) }
      if repeatCount != 1 && !pools.isEmpty {
        try interp.checkAllocation(pools.count, times: repeatCount)
        pools = Array(Array(repeating: pools, count: repeatCount).joined())
      }
      return .object(ProductIterator(pools: pools, type: cls))
    }
    defineIteratorProtocol(t.permutations)
    define(t.permutations, "__new__") { interp, args, kwargs throws(PyError) in
      let cls = try interp.classArgument(args, "permutations")
      let values = try interp.parseArguments(
        "permutations", args.dropFirst(), kwargs, ["iterable", "r"], required: 1)
      let pool = try interp.iterate(values[0] ?? .none)
      var r = pool.count
      if let given = values[1], !given.isNone {
        switch given {
        case .int, .bool: r = try interp.sizeArgument(given)
        case .object(let o) where o is BigIntObject: r = try interp.sizeArgument(given)
        default: throw interp.typeError("Expected int as r")
        }
      }
      if r < 0 { throw interp.valueError("r must be non-negative") }
      return .object(PermutationsIterator(pool: pool, r: r, type: cls))
    }
    for (type, withReplacement) in [(t.combinations, false), (t.combinationsWithReplacement, true)]
    {
      defineIteratorProtocol(type)
      let name = type.name
      define(type, "__new__") { interp, args, kwargs throws(PyError) in
        let cls = try interp.classArgument(args, name)
        let values = try interp.parseArguments(
          name, args.dropFirst(), kwargs, ["iterable", "r"], required: 2)
        let r = try interp.sizeArgument(values[1] ?? .none)
        let pool = try interp.iterate(values[0] ?? .none)
        if r < 0 { throw interp.valueError("r must be non-negative") }
        if withReplacement { try interp.checkAllocation(r) }
        return .object(
          CombinationsIterator(pool: pool, r: r, withReplacement: withReplacement, type: cls))
      }
    }
  }
}
