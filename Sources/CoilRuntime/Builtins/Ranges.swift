// `range` and `slice` as CPython's rangeobject.c and sliceobject.c define them, with big-int
// bounds: construction, length, indexing and slicing, membership, index/count, equality and
// hashing, and `slice.indices`.

import BigInt
import CoilSyntax

/// A range's bounds and length as big ints, whichever object holds them.
struct RangeBounds {
  let start: BigInt
  let stop: BigInt
  let step: BigInt
  let count: BigInt

  /// `compute_item`: the value at a position, without a bounds check.
  func item(_ index: BigInt) -> BigInt { start + index * step }
}

extension Interpreter {
  /// The bounds of a `range` object, nil for anything else.
  func rangeBounds(_ o: PyObject) -> RangeBounds? {
    if let r = o as? RangeObject {
      return RangeBounds(start: BigInt(r.start), stop: BigInt(r.stop), step: BigInt(r.step), count: BigInt(r.count))
    }
    if let r = o as? BigRangeObject {
      return RangeBounds(start: r.start, stop: r.stop, step: r.step, count: r.count)
    }
    return nil
  }

  /// `compute_range_length`.
  static func rangeLength(start: BigInt, stop: BigInt, step: BigInt) -> BigInt {
    let (low, high, size) = step > 0 ? (start, stop, step) : (stop, start, -step)
    if low >= high { return 0 }
    return (high - low - 1) / size + 1
  }

  /// A range object: the machine-int kind when everything fits.
  func makeRange(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let count = Interpreter.rangeLength(start: start, stop: stop, step: step)
    if let a = Int(exactly: start), let b = Int(exactly: stop), let c = Int(exactly: step),
      let n = Int(exactly: count)
    {
      return .object(RangeObject(start: a, stop: b, step: c, count: n, type: types.range))
    }
    return .object(BigRangeObject(start: start, stop: stop, step: step, count: count, type: types.range))
  }

  /// `PyNumber_Index` as a big int; nil when the value has no `__index__`.
  func indexBig(_ v: Value) throws(PyError) -> BigInt? {
    switch v {
    case .int(let i): return BigInt(i)
    case .bool(let b): return b ? 1 : 0
    case .object(let o):
      if let b = o as? BigIntObject { return b.value }
      if !o.type.isBuiltin, let r = try callDunder(v, "__index__", []) {
        guard let n = number(r)?.asBig, !(r.asObject is StrObject) else {
          throw typeError("__index__ returned non-int (type \(typeName(r)))")
        }
        return n
      }
      return nil
    default: return nil
    }
  }

  func setUpRangeConstructor() {
    setConstructor(types.range) { interp, args, kwargs throws(PyError) in
      if !kwargs.isEmpty { throw interp.typeError("range() takes no keyword arguments") }
      let values = Array(args.dropFirst())
      if values.isEmpty { throw interp.typeError("range expected at least 1 argument, got 0") }
      if values.count > 3 { throw interp.typeError("range expected at most 3 arguments, got \(values.count)") }
      if let small = interp.smallRange(values) { return small }
      var bounds: [BigInt] = []
      for v in values {
        guard let n = try interp.indexBig(v) else {
          throw interp.typeError("'\(interp.typeName(v))' object cannot be interpreted as an integer")
        }
        bounds.append(n)
      }
      if bounds.count == 1 { return interp.makeRange(start: 0, stop: bounds[0], step: 1) }
      let step = bounds.count == 3 ? bounds[2] : 1
      if step.isZero { throw interp.valueError("range() arg 3 must not be zero") }
      return interp.makeRange(start: bounds[0], stop: bounds[1], step: step)
    }
  }

  /// `range(...)` of machine ints whose length fits, without big-int arithmetic; nil when
  /// an argument is not a machine int, the step is zero, or something would overflow.
  func smallRange(_ values: [Value]) -> Value? {
    var ints: [Int] = []
    for v in values {
      guard case .int(let i) = v else { return nil }
      ints.append(i)
    }
    let (start, stop, step) = ints.count == 1 ? (0, ints[0], 1) : (ints[0], ints[1], ints.count == 3 ? ints[2] : 1)
    if step == 0 { return nil }
    let count: Int
    if step > 0 {
      guard start < stop else { return .object(RangeObject(start: start, stop: stop, step: step, count: 0, type: types.range)) }
      let (span, overflow) = stop.subtractingReportingOverflow(start)
      if overflow { return nil }
      count = (span - 1) / step + 1
    } else {
      guard start > stop else { return .object(RangeObject(start: start, stop: stop, step: step, count: 0, type: types.range)) }
      let (span, overflow) = start.subtractingReportingOverflow(stop)
      if overflow || step == Int.min { return nil }
      count = (span - 1) / -step + 1
    }
    return .object(RangeObject(start: start, stop: stop, step: step, count: count, type: types.range))
  }

  func rangeRepr(_ r: RangeBounds) -> String {
    r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
  }

  /// `range[key]`: an element or, for a slice, a new range.
  func rangeItem(_ r: RangeBounds, _ key: Value) throws(PyError) -> Value {
    if case .object(let o) = key, let s = o as? SliceObject {
      let (start, stop, step) = try sliceIndices(s, length: r.count)
      return makeRange(start: r.item(start), stop: r.item(stop), step: step * r.step)
    }
    guard var i = try indexBig(key) else {
      throw typeError("range indices must be integers or slices, not \(typeName(key))")
    }
    if i < 0 { i += r.count }
    if i < 0 || i >= r.count { throw indexError("range object index out of range") }
    return makeInt(r.item(i), self)
  }

  /// `range_contains_long`: arithmetic membership of an int.
  private func rangeHolds(_ r: RangeBounds, _ n: BigInt) -> Bool {
    let inside = r.step > 0 ? (r.start <= n && n < r.stop) : (n <= r.start && r.stop < n)
    return inside && ((n - r.start) % r.step).isZero
  }

  /// The int value of an exact int or bool, which ranges test arithmetically.
  private func exactInt(_ v: Value) -> BigInt? {
    switch v {
    case .int(let i): return BigInt(i)
    case .bool(let b): return b ? 1 : 0
    case .object(let o) where o.type === types.int: return (o as? BigIntObject)?.value
    default: return nil
    }
  }

  /// `x in range`: arithmetic for ints, a search by `==` for anything else.
  func rangeContains(_ range: Value, _ r: RangeBounds, _ item: Value) throws(PyError) -> Bool {
    if let n = exactInt(item) { return rangeHolds(r, n) }
    let iterator = try makeIterator(range)
    while let element = try next(iterator) {
      if try keysEqual(element, item) { return true }
    }
    return false
  }

  /// `range_equals`: same length, and same start and step where they matter.
  func rangeEqual(_ a: RangeBounds, _ b: RangeBounds) -> Bool {
    if a.count != b.count { return false }
    if a.count == 0 { return true }
    if a.start != b.start { return false }
    return a.count == 1 || a.step == b.step
  }

  /// `range_hash`: the hash of (len, start, step), with None for what equality ignores.
  func rangeHash(_ r: RangeBounds) throws(PyError) -> Int {
    let length = makeInt(r.count, self)
    if r.count == 0 { return try hashTuple([length, .none, .none]) }
    if r.count == 1 { return try hashTuple([length, makeInt(r.start, self), .none]) }
    return try hashTuple([length, makeInt(r.start, self), makeInt(r.step, self)])
  }

  /// The iterator of a big range.
  func bigRangeIterator(_ r: RangeBounds) -> Value {
    var index = BigInt(0)
    return .object(IteratorObject(type: iteratorTypes.longRange) { interp in
      guard index < r.count else { return nil }
      defer { index += 1 }
      return makeInt(r.item(index), interp)
    })
  }

  /// `_PySlice_GetLongIndices`: start, stop and step of a slice over `length` items, clamped
  /// as CPython does.
  func sliceIndices(_ s: SliceObject, length: BigInt) throws(PyError) -> (BigInt, BigInt, BigInt) {
    func index(_ v: Value) throws(PyError) -> BigInt? {
      if v.isNone { return nil }
      guard let n = try indexBig(v) else {
        throw typeError("slice indices must be integers or None or have an __index__ method")
      }
      return n
    }
    let step = try index(s.step) ?? 1
    if step.isZero { throw valueError("slice step cannot be zero") }
    let negative = step < 0
    let lower: BigInt = negative ? -1 : 0
    let upper: BigInt = negative ? length - 1 : length
    func clamp(_ value: BigInt?, _ missing: BigInt) -> BigInt {
      guard var v = value else { return missing }
      if v < 0 {
        v += length
        if v < lower { v = lower }
      } else if v > upper {
        v = upper
      }
      return v
    }
    let start = clamp(try index(s.start), negative ? upper : lower)
    let stop = clamp(try index(s.stop), negative ? lower : upper)
    return (start, stop, step)
  }

  /// `range.index` and `range.count` for values that are not ints: a search by `==`.
  private func rangeSearch(_ range: Value, _ item: Value, count: Bool) throws(PyError) -> Int? {
    let iterator = try makeIterator(range)
    var n = 0
    var position = 0
    while let element = try next(iterator) {
      if try keysEqual(element, item) {
        if !count { return position }
        n += 1
      }
      position += 1
    }
    return count ? n : nil
  }

  func setUpRangeMethods() {
    let t = types.range!
    func bounds(_ args: [Value], _ method: String) throws(PyError) -> RangeBounds {
      if case .object(let o)? = args.first, let r = rangeBounds(o) { return r }
      throw typeError("descriptor '\(method)' for 'range' objects doesn't apply to a '\(args.first.map { typeName($0) } ?? "nothing")' object")
    }
    define(t, "index") { interp, args, kwargs throws(PyError) in
      try interp.requireArguments(args, 2, "index", method: true)
      let r = try bounds(args, "index")
      try interp.expectMethodArguments("range.index", args, 1, kwargs)
      if let n = interp.exactInt(args[1]) {
        guard interp.rangeHolds(r, n) else { throw interp.valueError("\(try interp.repr(args[1])) is not in range") }
        return makeInt((n - r.start) / r.step, interp)
      }
      guard let position = try interp.rangeSearch(args[0], args[1], count: false) else {
        throw interp.valueError("sequence.index(x): x not in sequence")
      }
      return .int(position)
    }
    define(t, "count") { interp, args, kwargs throws(PyError) in
      try interp.requireArguments(args, 2, "count", method: true)
      let r = try bounds(args, "count")
      try interp.expectMethodArguments("range.count", args, 1, kwargs)
      if let n = interp.exactInt(args[1]) { return .int(interp.rangeHolds(r, n) ? 1 : 0) }
      return .int(try interp.rangeSearch(args[0], args[1], count: true) ?? 0)
    }
    define(t, "__reversed__") { interp, args, _ throws(PyError) in
      let r = try bounds(args, "__reversed__")
      var index = r.count
      return .object(IteratorObject(type: interp.iteratorTypes.range) { interp in
        guard index > 0 else { return nil }
        index -= 1
        return makeInt(r.item(index), interp)
      })
    }
    define(t, "__len__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 1, "__len__", method: true)
      return .int(try interp.length(args[0]))
    }
    define(t, "__contains__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "__contains__", method: true)
      return .bool(try interp.rangeContains(args[0], try bounds(args, "__contains__"), args[1]))
    }
    define(t, "__getitem__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "__getitem__", method: true)
      return try interp.rangeItem(try bounds(args, "__getitem__"), args[1])
    }
    define(types.slice, "indices") { interp, args, kwargs throws(PyError) in
      try interp.requireArguments(args, 2, "indices", method: true)
      let s = try interp.receiver(args, SliceObject.self, "indices", "slice")
      try interp.expectMethodArguments("slice.indices", args, 1, kwargs)
      guard let length = try interp.indexBig(args[1]) else {
        throw interp.typeError("'\(interp.typeName(args[1]))' object cannot be interpreted as an integer")
      }
      if length < 0 { throw interp.valueError("length should not be negative") }
      let (start, stop, step) = try interp.sliceIndices(s, length: length)
      return interp.makeTuple([makeInt(start, interp), makeInt(stop, interp), makeInt(step, interp)])
    }
  }
}
