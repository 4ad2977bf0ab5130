// Strings, sequences and functions. Python compares strings by code point, never by Swift's
// canonical equivalence, so every comparison here goes through UTF-8 bytes (whose order is
// code point order).

import CoilSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A Coil `str`: a sequence of Unicode code points.
final class StrObject: PyObject {
  private(set) var value: String
  private var cachedHash: Int?
  private var cachedScalars: [Unicode.Scalar]?
  /// Number of code points.
  private(set) var count: Int
  private(set) var isASCII: Bool

  init(_ value: String, type: TypeObject) {
    var value = value
    // One pass over contiguous UTF-8: code points are the bytes that are not continuations.
    let (count, isASCII) = value.withUTF8 { bytes -> (Int, Bool) in
      var continuation = 0
      var high = 0
      for byte in bytes {
        high |= Int(byte & 0x80)
        continuation &+= Int((byte & 0xC0) == 0x80 ? 1 : 0)
      }
      return (bytes.count - continuation, high == 0)
    }
    self.value = value
    self.count = count
    self.isASCII = isASCII
    super.init(type: type)
  }

  /// A string whose code point count and ASCII-ness are already known (concatenation).
  init(_ value: String, count: Int, isASCII: Bool, type: TypeObject) {
    self.value = value
    self.count = count
    self.isASCII = isASCII
    super.init(type: type)
  }

  /// `self + other` as a new string, without rescanning either side: a plain `str` (of `type`), whatever subclasses the operands are.
  func concatenated(_ other: StrObject, type: TypeObject) -> StrObject {
    StrObject(value + other.value, count: count + other.count, isASCII: isASCII && other.isASCII, type: type)
  }

  /// Appends in place. Only for a string nothing else refers to (`s += t` on a unique `s`),
  /// which turns repeated `+=` from quadratic into linear, as CPython does.
  func append(_ other: StrObject) {
    value += other.value
    count += other.count
    isASCII = isASCII && other.isASCII
    cachedHash = nil
    cachedScalars = nil
  }

  /// The code points, materialized once for non-ASCII text.
  var scalars: [Unicode.Scalar] {
    if let cached = cachedScalars { return cached }
    let made = Array(value.unicodeScalars)
    cachedScalars = made
    return made
  }

  /// The code point at `index` (0-based, in range).
  func scalar(at index: Int) -> Unicode.Scalar {
    if isASCII {
      let utf8 = value.utf8
      return Unicode.Scalar(utf8[utf8.index(utf8.startIndex, offsetBy: index)])
    }
    return scalars[index]
  }

  /// Code points `start..<end` as a String.
  func substring(_ start: Int, _ end: Int) -> String {
    if start >= end { return "" }
    if isASCII {
      let utf8 = value.utf8
      let a = utf8.index(utf8.startIndex, offsetBy: start)
      let b = utf8.index(a, offsetBy: end - start)
      return String(value[a..<b])
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    return String(view)
  }

  var hashValue_: Int {
    if let h = cachedHash { return h }
    var hasher = Hasher()
    if value.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
      for byte in value.utf8 { hasher.combine(byte) }
    }
    var h = hasher.finalize()
    if h == -1 { h = -2 }
    cachedHash = h
    return h
  }

  @inline(__always) func equals(_ other: StrObject) -> Bool {
    if self === other { return true }
    if count != other.count { return false }
    if let a = cachedHash, let b = other.cachedHash, a != b { return false }
    return sameCodePoints(value, other.value)
  }
}

/// Code-point-order comparison of two Swift strings.
@inline(__always) func compareCodePoints(_ a: String, _ b: String) -> Int {
  // UTF-8 byte order is code point order: a memcmp of the common length, then the lengths.
  let ordered = a.utf8.withContiguousStorageIfAvailable { x in
    b.utf8.withContiguousStorageIfAvailable { y -> Int in
      let common = min(x.count, y.count)
      if common > 0 {
        let c = memcmp(x.baseAddress!, y.baseAddress!, common)
        if c != 0 { return c < 0 ? -1 : 1 }
      }
      return x.count == y.count ? 0 : x.count < y.count ? -1 : 1
    }
  }
  if let ordered, let ordered { return ordered }
  var ia = a.utf8.makeIterator()
  var ib = b.utf8.makeIterator()
  while true {
    let x = ia.next()
    let y = ib.next()
    switch (x, y) {
    case (nil, nil): return 0
    case (nil, _): return -1
    case (_, nil): return 1
    case (let p?, let q?):
      if p != q { return p < q ? -1 : 1 }
    }
  }
}

/// Byte equality of the UTF-8 of two strings (code point equality, not Swift's `==`).
@inline(__always) func sameCodePoints(_ a: String, _ b: String) -> Bool {
  let same = a.utf8.withContiguousStorageIfAvailable { x in
    b.utf8.withContiguousStorageIfAvailable { y in
      x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
    }
  }
  if let same, let same { return same }
  return a.utf8.elementsEqual(b.utf8)
}

/// A Coil `list`.
final class ListObject: PyObject {
  var items: [Value]
  /// Instance attributes when this list is an instance of a `list` subclass.
  var instanceDict: DictObject?

  init(_ items: [Value], type: TypeObject) {
    self.items = items
    super.init(type: type)
  }

  override var attributes: DictObject? { instanceDict }
}

/// A Coil `tuple`.
final class TupleObject: PyObject {
  let items: [Value]
  var instanceDict: DictObject?

  init(_ items: [Value], type: TypeObject) {
    self.items = items
    super.init(type: type)
  }

  override var attributes: DictObject? { instanceDict }
}

/// A Coil `bytes` (kept minimal: literals, repr, len, indexing, decode).
final class BytesObject: PyObject {
  let bytes: [UInt8]

  init(_ bytes: [UInt8], type: TypeObject) {
    self.bytes = bytes
    super.init(type: type)
  }
}

/// A function defined in Coil code.
final class FunctionObject: PyObject {
  let code: FunctionCode
  var defaults: [Value]
  var keywordDefaults: [String: Value]
  let closure: [CellObject]
  let module: ModuleObject
  let dict: DictObject
  var name: String
  var qualifiedName: String
  var doc: Value

  init(
    code: FunctionCode, defaults: [Value], keywordDefaults: [String: Value],
    closure: [CellObject], module: ModuleObject, type: TypeObject, dict: DictObject
  ) {
    self.code = code
    self.defaults = defaults
    self.keywordDefaults = keywordDefaults
    self.closure = closure
    self.module = module
    self.dict = dict
    self.name = code.name
    self.qualifiedName = code.qualifiedName
    self.doc = .none
    super.init(type: type)
  }

  override var attributes: DictObject? { dict }
}

/// An iterator over a builtin sequence or a computed stream of values. Library iterators
/// (`itertools`) subclass it to keep their state in fields, and override `advance`.
class IteratorObject: PyObject {
  /// Produces the next value, nil when exhausted.
  final var nextValue: (Interpreter) throws(PyError) -> Value?
  final var exhausted = false

  init(type: TypeObject, next: @escaping (Interpreter) throws(PyError) -> Value?) {
    self.nextValue = next
    super.init(type: type)
  }

  /// For subclasses, which override `advance`.
  override init(type: TypeObject) {
    self.nextValue = { _ in nil }
    super.init(type: type)
  }

  final func next(_ interp: Interpreter) throws(PyError) -> Value? {
    if exhausted { return nil }
    // Builtins consume iterators in loops of their own (list(), sum(), max()...); polling here
    // lets Ctrl-C end one over an endless iterator.
    try interp.checkInterrupt()
    if let value = try advance(interp) { return value }
    exhausted = true
    nextValue = { _ in nil }
    return nil
  }

  final override func nativeNext(_ interp: Interpreter) throws(PyError) -> NativeNext {
    if let value = try next(interp) { return .item(value) }
    return .done
  }

  /// The next value, nil at the end; called until it returns nil once.
  func advance(_ interp: Interpreter) throws(PyError) -> Value? {
    try nextValue(interp)
  }
}

/// An `enumerate` or a `zip` of two iterables, for loops whose target is a pair (`for i, x in
/// enumerate(xs)`, `[a * b for a, b in zip(xs, ys)]`): each step's two values without the tuple.
/// The iterator object stays in step, so one resumed after a `break` goes on from there.
enum PairSource {
  case enumerate(EnumerateObject)
  case zip(ZipObject)

  @inline(__always) init?(_ value: Value) {
    guard case .object(let o) = value else { return nil }
    if Swift.type(of: o) == EnumerateObject.self {
      self = .enumerate(unsafeDowncast(o, to: EnumerateObject.self))
    } else if Swift.type(of: o) == ZipObject.self, unsafeDowncast(o, to: ZipObject.self).iterators.count == 2 {
      self = .zip(unsafeDowncast(o, to: ZipObject.self))
    } else {
      return nil
    }
  }

  @inline(__always) func next(_ interp: Interpreter) throws(PyError) -> (Value, Value)? {
    switch self {
    case .enumerate(let e):
      if e.exhausted { return nil }
      try interp.checkInterrupt()
      guard let item = try interp.next(e.inner) else {
        e.exhausted = true
        return nil
      }
      return (e.takeCount(interp), item)
    case .zip(let z):
      if z.exhausted { return nil }
      try interp.checkInterrupt()
      var first = Value.none
      var second = Value.none
      guard try z.nextItems(interp, { i, v in if i == 0 { first = v } else { second = v } }) else {
        z.exhausted = true
        return nil
      }
      return (first, second)
    }
  }
}

/// `zip(*iterables, strict=)`: its iterators in a field, so that `for a, b in zip(x, y)` can
/// take the pair without making it.
final class ZipObject: IteratorObject {
  let iterators: [Value]
  let strict: Bool

  init(_ iterators: [Value], strict: Bool, type: TypeObject) {
    self.iterators = iterators
    self.strict = strict
    super.init(type: type)
  }

  /// The next item of every iterator, or nil at the end (raising when `strict` finds the
  /// lengths differ).
  @inline(__always) func nextItems(_ interp: Interpreter, _ receive: (Int, Value) -> Void) throws(PyError) -> Bool {
    for (i, it) in iterators.enumerated() {
      guard let v = try interp.next(it) else {
        if strict {
          if i > 0 {
            throw interp.valueError("zip() argument \(i + 1) is shorter than argument\(i == 1 ? "" : "s") 1\(i > 1 ? "-\(i)" : "")")
          }
          for (j, other) in iterators.enumerated().dropFirst() {
            if try interp.next(other) != nil {
              throw interp.valueError("zip() argument \(j + 1) is longer than argument\(j == 1 ? "" : "s") 1\(j > 1 ? "-\(j)" : "")")
            }
          }
        }
        return false
      }
      receive(i, v)
    }
    return true
  }

  override func advance(_ interp: Interpreter) throws(PyError) -> Value? {
    if iterators.isEmpty { return nil }
    var items: [Value] = []
    items.reserveCapacity(iterators.count)
    guard try nextItems(interp, { _, v in items.append(v) }) else { return nil }
    return interp.makeTuple(items)
  }
}

/// `enumerate(iterable, start)`: its count and the iterator it numbers, in fields, so that
/// `for i, x in enumerate(...)` can take both without making the pair.
final class EnumerateObject: IteratorObject {
  let inner: Value
  var counter: Value

  init(_ inner: Value, start: Value, type: TypeObject) {
    self.inner = inner
    counter = start
    super.init(type: type)
  }

  /// The count for the next item, and the count after it.
  @inline(__always) func takeCount(_ interp: Interpreter) -> Value {
    let index = counter
    if case .int(let i) = counter, i < Int.max {
      counter = .int(i + 1)
    } else {
      counter = makeInt(interp.number(counter)!.asBig! + 1, interp)
    }
    return index
  }

  override func advance(_ interp: Interpreter) throws(PyError) -> Value? {
    guard let v = try interp.next(inner) else { return nil }
    return interp.makeTuple([takeCount(interp), v])
  }
}

/// `iter(range(...))` for a range of machine ints: counted, so the step past the last element
/// may wrap without trapping.
final class RangeIteratorObject: IteratorObject {
  private var current: Int
  private var remaining: Int
  private let step: Int

  init(_ range: RangeObject, type: TypeObject) {
    current = range.start
    remaining = range.count
    step = range.step
    super.init(type: type)
  }

  override func advance(_ interp: Interpreter) throws(PyError) -> Value? {
    if remaining == 0 { return nil }
    let value = current
    current &+= step
    remaining -= 1
    return .int(value)
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
