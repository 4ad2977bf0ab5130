// The algorithms behind set methods and operators, step for step as CPython's setobject.c runs
// them: which operand is iterated, which table is copied and when the table is resized all show
// in the iteration order of the result.

import CoilSyntax

extension Interpreter {
  /// A new empty set of the builtin type `set` or `frozenset`.
  func makeSet(frozen: Bool) -> SetObject {
    SetObject(type: frozen ? types.frozenset : types.set, frozen: frozen)
  }

  /// `make_new_set`: a set or frozenset filled from an iterable.
  func makeSet(frozen: Bool, from iterable: Value) throws(PyError) -> SetObject {
    let result = makeSet(frozen: frozen)
    try setUpdate(result, iterable)
    return result
  }

  /// `set_copy`: a new set of the same builtin kind with the same keys.
  func setCopy(_ s: SetObject) throws(PyError) -> SetObject {
    let result = makeSet(frozen: s.isFrozen)
    try result.merge(s, self)
    return result
  }

  /// The hash of a key for set operations; a `set` key is looked up as a frozenset, as
  /// CPython's `set_contains`, `remove` and `discard` do.
  func setKey(_ key: Value) throws(PyError) -> (Value, Int) {
    do throws(PyError) {
      return (key, try hash(key))
    } catch {
      guard error.matches("TypeError", self), case .object(let o) = key, let s = o as? SetObject,
        !s.isFrozen
      else { throw error }
      let frozen = makeSet(frozen: true)
      try frozen.merge(s, self)
      let value = Value.object(frozen)
      return (value, try hash(value))
    }
  }

  /// `set_update_internal`: sets merge their tables, dicts add their keys after one resize,
  /// anything else is iterated.
  func setUpdate(_ s: SetObject, _ other: Value) throws(PyError) {
    if case .object(let o) = other {
      if let t = o as? SetObject {
        try s.merge(t, self)
        return
      }
      if let d = o as? DictObject, d.type === types.dict {
        s.table.reserve(adding: d.count)
        for entry in d.liveEntries { try s.add(entry.key, hash: entry.hash, self) }
        return
      }
    }
    let iterator = try makeIterator(other)
    while let key = try next(iterator) { try s.add(key, self) }
  }

  /// `set_intersection`.
  func setIntersection(_ s: SetObject, _ other: Value) throws(PyError) -> SetObject {
    if case .object(let o) = other, o === s { return try setCopy(s) }
    let result = makeSet(frozen: s.isFrozen)
    if case .object(let o) = other, let t = o as? SetObject {
      // Iterate the smaller set, look keys up in the larger.
      let (large, small) = t.count > s.count ? (t, s) : (s, t)
      for (key, hash) in small.table.entries where try large.contains(key, hash: hash, self) {
        try result.add(key, hash: hash, self)
      }
      return result
    }
    let iterator = try makeIterator(other)
    while let key = try next(iterator) {
      let hash = try hash(key)
      if try s.contains(key, hash: hash, self) {
        try result.add(key, hash: hash, self)
        if result.count >= s.count { break }
      }
    }
    return result
  }

  /// `set_intersection_multi`.
  func setIntersection(_ s: SetObject, _ others: ArraySlice<Value>) throws(PyError) -> SetObject {
    if others.isEmpty { return try setCopy(s) }
    var result = s
    for other in others { result = try setIntersection(result, other) }
    return result
  }

  /// `set_difference_update_internal`.
  func setDifferenceUpdate(_ s: SetObject, _ other: Value) throws(PyError) {
    if case .object(let o) = other, o === s {
      s.removeAll()
      return
    }
    if case .object(let o) = other, var t = o as? SetObject {
      // Against a much larger set, only the common keys matter.
      if t.count >> 3 > s.count { t = try setIntersection(s, other) }
      for (key, hash) in t.table.entries { try s.remove(key, hash: hash, self) }
    } else {
      let iterator = try makeIterator(other)
      while let key = try next(iterator) { try s.remove(key, self) }
    }
    // More than a quarter dummies: rebuild.
    let table = s.table
    if table.fill - table.used > table.mask / 4 {
      s.table.resize(minimumUsed: table.used > 50000 ? table.used * 2 : table.used * 4)
    }
  }

  /// `set_difference`.
  func setDifference(_ s: SetObject, _ other: Value) throws(PyError) -> SetObject {
    let otherSize: Int
    var otherDict: DictObject?
    var otherSet: SetObject?
    if case .object(let o) = other, let t = o as? SetObject {
      otherSize = t.count
      otherSet = t
    } else if case .object(let o) = other, let d = o as? DictObject, d.type === types.dict {
      otherSize = d.count
      otherDict = d
    } else {
      return try copyAndDifference(s, other)
    }
    if s.count >> 2 > otherSize { return try copyAndDifference(s, other) }
    let result = makeSet(frozen: s.isFrozen)
    for (key, hash) in s.table.entries {
      let present: Bool
      if let otherDict {
        present = try otherDict.get(key, self) != nil
      } else {
        present = try otherSet!.contains(key, hash: hash, self)
      }
      if !present { try result.add(key, hash: hash, self) }
    }
    return result
  }

  private func copyAndDifference(_ s: SetObject, _ other: Value) throws(PyError) -> SetObject {
    let result = try setCopy(s)
    try setDifferenceUpdate(result, other)
    return result
  }

  /// `set_difference_multi`.
  func setDifference(_ s: SetObject, _ others: ArraySlice<Value>) throws(PyError) -> SetObject {
    guard let first = others.first else { return try setCopy(s) }
    let result = try setDifference(s, first)
    for other in others.dropFirst() { try setDifferenceUpdate(result, other) }
    return result
  }

  /// `set_symmetric_difference_update`.
  func setSymmetricDifferenceUpdate(_ s: SetObject, _ other: Value) throws(PyError) {
    if case .object(let o) = other, o === s {
      s.removeAll()
      return
    }
    let pairs: [(key: Value, hash: Int)]
    if case .object(let o) = other, let d = o as? DictObject, d.type === types.dict {
      pairs = d.liveEntries.map { ($0.key, $0.hash) }
    } else if case .object(let o) = other, let t = o as? SetObject {
      pairs = t.table.entries
    } else {
      pairs = try makeSet(frozen: s.isFrozen, from: other).table.entries
    }
    for (key, hash) in pairs where !(try s.remove(key, hash: hash, self)) {
      try s.add(key, hash: hash, self)
    }
  }

  /// `set_symmetric_difference`: a copy of the other operand, updated with this set.
  func setSymmetricDifference(_ s: SetObject, _ other: Value) throws(PyError) -> SetObject {
    let result = try makeSet(frozen: s.isFrozen, from: other)
    try setSymmetricDifferenceUpdate(result, .object(s))
    return result
  }

  /// `set_issubset`.
  func setIsSubset(_ s: SetObject, _ other: Value) throws(PyError) -> Bool {
    guard case .object(let o) = other, let t = o as? SetObject else {
      return try setIntersection(s, other).count == s.count
    }
    if s.count > t.count { return false }
    for (key, hash) in s.table.entries where !(try t.contains(key, hash: hash, self)) {
      return false
    }
    return true
  }

  /// `set_issuperset`.
  func setIsSuperset(_ s: SetObject, _ other: Value) throws(PyError) -> Bool {
    if case .object(let o) = other, let t = o as? SetObject { return try setIsSubset(t, .object(s)) }
    let iterator = try makeIterator(other)
    while let key = try next(iterator) {
      if !(try s.contains(key, self)) { return false }
    }
    return true
  }

  /// `set_isdisjoint`.
  func setIsDisjoint(_ s: SetObject, _ other: Value) throws(PyError) -> Bool {
    if case .object(let o) = other, o === s { return s.count == 0 }
    if case .object(let o) = other, let t = o as? SetObject {
      let (large, small) = t.count > s.count ? (t, s) : (s, t)
      for (key, hash) in small.table.entries where try large.contains(key, hash: hash, self) {
        return false
      }
      return true
    }
    let iterator = try makeIterator(other)
    while let key = try next(iterator) {
      if try s.contains(key, self) { return false }
    }
    return true
  }

  /// `set_richcompare` between two sets; nil for orderings sets do not define.
  func setCompare(_ s: SetObject, _ t: SetObject, _ op: ComparisonOperator) throws(PyError) -> Bool? {
    switch op {
    case .equal, .notEqual:
      var same = s.count == t.count
      if same, let a = s.cachedHash, let b = t.cachedHash, a != b { same = false }
      if same { same = try setIsSubset(s, .object(t)) }
      return op == .equal ? same : !same
    case .lessEqual: return try setIsSubset(s, .object(t))
    case .greaterEqual: return try setIsSuperset(s, .object(t))
    case .less:
      if s.count >= t.count { return false }
      return try setIsSubset(s, .object(t))
    case .greater:
      if s.count <= t.count { return false }
      return try setIsSuperset(s, .object(t))
    default: return nil
    }
  }

  /// `set_or`, `set_and`, `set_sub`, `set_xor` when both operands are sets.
  func setOperation(_ op: BinaryOperator, _ s: SetObject, _ t: SetObject) throws(PyError) -> Value? {
    switch op {
    case .bitOr:
      let result = try setCopy(s)
      if t !== s { try result.merge(t, self) }
      return .object(result)
    case .bitAnd: return .object(try setIntersection(s, .object(t)))
    case .subtract: return .object(try setDifference(s, .object(t)))
    case .bitXor: return .object(try setSymmetricDifference(s, .object(t)))
    default: return nil
    }
  }

  /// `set_ior`, `set_iand`, `set_isub`, `set_ixor`: false when `op` has no in-place form.
  func setInPlace(_ op: BinaryOperator, _ s: SetObject, _ t: SetObject) throws(PyError) -> Bool {
    switch op {
    case .bitOr: try s.merge(t, self)
    case .bitAnd: s.table.replace(with: try setIntersection(s, .object(t)).table)
    case .subtract: try setDifferenceUpdate(s, .object(t))
    case .bitXor: try setSymmetricDifferenceUpdate(s, .object(t))
    default: return false
    }
    return true
  }
}
