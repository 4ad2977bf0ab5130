// The set behaviour of `dict.keys()` and `dict.items()` views: `&`, `|`, `-`, `^`,
// comparisons with sets and other views, and `isdisjoint`, as CPython's dictobject.c does them
// (the result is a `set`, built in CPython's order).

import CoilSyntax

extension Interpreter {
  /// Whether a value is a keys or items view, the views that act as sets.
  func isSetLikeView(_ value: Value) -> Bool {
    if case .object(let o) = value, let v = o as? DictViewObject { return v.kind != .values }
    return false
  }

  /// `dictviews_to_set`: a keys view copies its dict's keys, anything else is iterated.
  private func viewToSet(_ value: Value) throws(PyError) -> SetObject {
    if case .object(let o) = value, let v = o as? DictViewObject, v.kind == .keys, v.dict.type === types.dict {
      return try makeSet(frozen: false, from: .object(v.dict))
    }
    return try makeSet(frozen: false, from: value)
  }

  /// `dictkeys_contains` and `dictitems_contains`.
  func viewContains(_ view: DictViewObject, _ item: Value) throws(PyError) -> Bool {
    switch view.kind {
    case .keys: return try view.dict.get(item, self) != nil
    case .items:
      guard case .object(let o) = item, let pair = o as? TupleObject, pair.items.count == 2 else {
        return false
      }
      guard let found = try view.dict.get(pair.items[0], self) else { return false }
      return try keysEqual(found, pair.items[1])
    case .values:
      for value in view.dict.values where try keysEqual(value, item) { return true }
      return false
    }
  }

  /// A binary operator with a set-like view on either side; nil when it does not apply.
  func dictViewOperation(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(PyError) -> Value? {
    guard isSetLikeView(a) || isSetLikeView(b) else { return nil }
    switch op {
    case .bitAnd: return try viewIntersection(a, b)
    case .bitOr:
      let result = try viewToSet(a)
      try setUpdate(result, b)
      return .object(result)
    case .subtract:
      let result = try viewToSet(a)
      try setDifferenceUpdate(result, b)
      return .object(result)
    case .bitXor:
      if case .object(let x) = a, let v = x as? DictViewObject, v.kind == .items,
        case .object(let y) = b, let w = y as? DictViewObject, w.kind == .items
      {
        return try itemsSymmetricDifference(v.dict, w.dict)
      }
      let result = try viewToSet(a)
      try setSymmetricDifferenceUpdate(result, b)
      return .object(result)
    default: return nil
    }
  }

  /// `_PyDictView_Intersect`.
  private func viewIntersection(_ a: Value, _ b: Value) throws(PyError) -> Value {
    // The view is `self` whichever side it was on.
    var (this, other) = isSetLikeView(a) ? (a, b) : (b, a)
    let selfLength = try length(this)
    if case .object(let o) = other, let s = o as? SetObject, !s.isFrozen, selfLength <= s.count {
      return .object(try setIntersection(s, this))
    }
    if isSetLikeView(other), try length(other) > selfLength { swap(&this, &other) }
    guard case .object(let vo) = this, let view = vo as? DictViewObject else { return .none }
    let result = makeSet(frozen: false)
    let iterator = try makeIterator(other)
    while let key = try next(iterator) {
      if try viewContains(view, key) { try result.add(key, self) }
    }
    return .object(result)
  }

  /// `dictitems_xor`: pairs of either dict whose key is missing from, or whose value differs
  /// in, the other.
  private func itemsSymmetricDifference(_ d1: DictObject, _ d2: DictObject) throws(PyError) -> Value {
    let remaining = makeDict()
    remaining.table = d1.table
    let result = makeSet(frozen: false)
    for entry in d2.liveEntries {
      if let value = try remaining.get(entry.key, self), try keysEqual(value, entry.value) {
        try remaining.remove(entry.key, self)
      } else {
        try result.add(makeTuple([entry.key, entry.value]), self)
      }
    }
    try setUpdate(result, try dictView(remaining, .items))
    return .object(result)
  }

  /// `dictview_richcompare` for a set-like view against a set or another set-like view; nil
  /// when neither side qualifies.
  func dictViewCompare(_ a: Value, _ b: Value, _ op: ComparisonOperator) throws(PyError) -> Bool? {
    func setLike(_ v: Value) -> Bool {
      if case .object(let o) = v, o is SetObject { return true }
      return isSetLikeView(v)
    }
    guard isSetLikeView(a) || isSetLikeView(b), setLike(a), setLike(b) else { return nil }
    guard [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual].contains(op) else { return nil }
    let (m, n) = (try length(a), try length(b))
    switch op {
    case .equal: return m == n ? try allContained(a, in: b) : false
    case .notEqual: return m == n ? !(try allContained(a, in: b)) : true
    case .less: return m < n ? try allContained(a, in: b) : false
    case .lessEqual: return m <= n ? try allContained(a, in: b) : false
    case .greater: return m > n ? try allContained(b, in: a) : false
    default: return m >= n ? try allContained(b, in: a) : false
    }
  }

  /// `all_contained_in`: every item of `a` is `in` `b`.
  private func allContained(_ a: Value, in b: Value) throws(PyError) -> Bool {
    let iterator = try makeIterator(a)
    while let item = try next(iterator) {
      if !(try contains(b, item)) { return false }
    }
    return true
  }

  func setUpDictViewMethods() {
    for t in [types.dictKeys!, types.dictItems!] {
      define(t, "isdisjoint") { interp, args, kwargs throws(PyError) in
        try interp.requireArguments(args, 2, "isdisjoint", method: true)
        let me = try interp.receiver(args, DictViewObject.self, "isdisjoint", t.name)
        try interp.expectMethodArguments("\(t.name).isdisjoint", args, 1, kwargs)
        var this = args[0]
        var other = args[1]
        if case .object(let o) = other, o === me { return .bool(me.dict.count == 0) }
        if case .object(let o) = other, o is SetObject || interp.isSetLikeView(other) {
          if try interp.length(other) > me.dict.count { swap(&this, &other) }
        }
        let iterator = try interp.makeIterator(other)
        while let item = try interp.next(iterator) {
          if try interp.contains(this, item) { return .bool(false) }
        }
        return .bool(true)
      }
    }
    for t in [types.dictKeys!, types.dictValues!, types.dictItems!] {
      define(t, "__reversed__") { interp, args, _ throws(PyError) in
        let me = try interp.receiver(args, DictViewObject.self, "__reversed__", t.name)
        return .object(interp.reversedDictIterator(me.dict, kind: me.kind))
      }
      define(t, "__len__") { interp, args, _ throws(PyError) in
        .int(try interp.receiver(args, DictViewObject.self, "__len__", t.name).dict.count)
      }
    }
  }

  /// `reversed(d)`, `reversed(d.keys())` and friends: entries from last to first.
  func reversedDictIterator(_ d: DictObject, kind: DictViewKind) -> IteratorObject {
    let version = d.version
    var index = d.table.entries.count
    return IteratorObject(type: types.iterator) { interp throws(PyError) in
      if d.version != version {
        throw interp.error("RuntimeError", "dictionary changed size during iteration")
      }
      let entries = d.table.entries
      while index > 0 {
        index -= 1
        if index < entries.count, let e = entries[index] {
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
}
