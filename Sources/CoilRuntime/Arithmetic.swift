// Arithmetic and comparison with Python's numeric tower (bool < int < float), exact big
// integers, floor division and modulo that round toward negative infinity, and the dunder
// protocol with `NotImplemented` and reflected operands for everything else.

import BigInt
import CoilSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A number unpacked from a value.
enum Number {
  case int(Int)
  case big(BigInt)
  case float(Double)

  var asDouble: Double? {
    switch self {
    case .int(let i): return Double(i)
    case .big(let b): return Double(exactly: b) ?? Double(b)
    case .float(let d): return d
    }
  }

  var asBig: BigInt? {
    switch self {
    case .int(let i): return BigInt(i)
    case .big(let b): return b
    case .float: return nil
    }
  }
}

extension Interpreter {
  @inline(__always) func number(_ v: Value) -> Number? {
    switch v {
    case .int(let i): return .int(i)
    case .bool(let b): return .int(b ? 1 : 0)
    case .float(let d): return .float(d)
    case .object(let o):
      if let b = o as? BigIntObject { return .big(b.value) }
      if let f = o as? FloatObject { return .float(f.value) }
      return nil
    case .none: return nil
    }
  }

  func bigToDouble(_ b: BigInt) throws(PyError) -> Double {
    let d = Double(b)
    if d.isInfinite { throw overflowError("int too large to convert to float") }
    return d
  }

  func toDouble(_ n: Number) throws(PyError) -> Double {
    switch n {
    case .int(let i): return Double(i)
    case .big(let b): return try bigToDouble(b)
    case .float(let d): return d
    }
  }


  /// `a op b`.
  func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(PyError) -> Value {
    let ta = typeOf(a)
    let tb = typeOf(b)
    if ta.isBuiltin && tb.isBuiltin {
      if let result = try builtinBinary(op, a, b) { return result }
      // Dict views, reached only here so the common operations stay lean.
      if let result = try dictViewOperation(op, a, b) { return result }
      throw unsupported(op, a, b)
    }
    return try dunderBinary(op, a, b, inPlace: false)
  }

  func unsupported(_ op: BinaryOperator, _ a: Value, _ b: Value) -> PyError {
    if op == .add, case .object(let o) = a {
      if o is StrObject {
        return typeError("can only concatenate str (not \"\(typeName(b))\") to str")
      }
      if o is ListObject {
        return typeError("can only concatenate list (not \"\(typeName(b))\") to list")
      }
      if o is TupleObject {
        return typeError("can only concatenate tuple (not \"\(typeName(b))\") to tuple")
      }
    }
    if op == .power {
      return typeError(
        "unsupported operand type(s) for ** or pow(): '\(typeName(a))' and '\(typeName(b))'")
    }
    if op == .multiply {
      for (sequence, count) in [(a, b), (b, a)] {
        if case .object(let o) = sequence, o is StrObject || o is ListObject || o is TupleObject {
          return typeError("can't multiply sequence by non-int of type '\(typeName(count))'")
        }
      }
    }
    return typeError(
      "unsupported operand type(s) for \(op.rawValue): '\(typeName(a))' and '\(typeName(b))'")
  }

  /// `a op= b`: `__iop__` first, then the plain operator.
  func inPlace(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(PyError) -> Value {
    if case .object(let o) = a {
      if let list = o as? ListObject, list.type === types.list {
        if op == .add {
          list.items.append(contentsOf: try iterate(b))
          return a
        }
        if op == .multiply, case .int(let n) = b {
          let items = list.items
          list.items = []
          if n > 0 { for _ in 0..<n { list.items.append(contentsOf: items) } }
          return a
        }
      }
      if let set = o as? SetObject, !set.isFrozen, case .object(let bo) = b, let other = bo as? SetObject,
        try setInPlace(op, set, other)
      {
        return a
      }
      if let d = o as? DictObject, d.type === types.dict, op == .bitOr {
        try mergeMapping(into: d, b, range: .unknown)
        return a
      }
      if !o.type.isBuiltin {
        return try dunderBinary(op, a, b, inPlace: true)
      }
    }
    return try binary(op, a, b)
  }

  private func dunderBinary(_ op: BinaryOperator, _ a: Value, _ b: Value, inPlace: Bool)
    throws(PyError) -> Value
  {
    let (forward, reflected, inPlaceName) = dunder.binary(op)
    let ta = typeOf(a)
    let tb = typeOf(b)
    if inPlace, let method = ta.lookup(inPlaceName) {
      let result = try callMethod(method, a, with: b)
      if !isNotImplemented(result) { return result }
    }
    // A subclass's reflected method is tried first when it overrides the parent's.
    let rightFirst =
      tb !== ta && tb.isSubtype(of: ta) && tb.lookup(reflected) != nil
      && !(tb.lookup(reflected)!.isIdentical(to: ta.lookup(reflected) ?? .none))
    if rightFirst, let method = tb.lookup(reflected) {
      if isBuiltinSlot(method) {
        if let result = try builtinBinary(op, a, b) { return result }
      } else {
        let result = try callMethod(method, b, with: a)
        if !isNotImplemented(result) { return result }
      }
    }
    if let method = ta.lookup(forward), !ta.isBuiltin || !tb.isBuiltin {
      if ta.isBuiltin || isBuiltinSlot(method) {
        if let result = try builtinBinary(op, a, b) { return result }
      } else {
        let result = try callMethod(method, a, with: b)
        if !isNotImplemented(result) { return result }
      }
    } else if ta.isBuiltin, let result = try builtinBinary(op, a, b) {
      return result
    }
    if !rightFirst, tb !== ta, let method = tb.lookup(reflected) {
      if tb.isBuiltin || isBuiltinSlot(method) {
        if let result = try builtinBinary(op, a, b) { return result }
      } else {
        let result = try callMethod(method, b, with: a)
        if !isNotImplemented(result) { return result }
      }
    }
    if inPlace {
      return try binaryFallback(op, a, b, symbol: op.rawValue + "=")
    }
    return try binaryFallback(op, a, b, symbol: op.rawValue)
  }

  /// A dunder a Coil class inherits from int, float or another builtin: the builtin operation
  /// is what it does, without the call.
  @inline(__always) func isBuiltinSlot(_ method: Value) -> Bool {
    guard case .object(let m as BuiltinFunctionObject) = method else { return false }
    return m.owner?.isBuiltin == true
  }

  private func binaryFallback(_ op: BinaryOperator, _ a: Value, _ b: Value, symbol: String)
    throws(PyError) -> Value
  {
    if let result = try builtinBinary(op, a, b) { return result }
    if let result = try dictViewOperation(op, a, b) { return result }
    if op == .add || op == .multiply, case .object(let o) = a,
      o is StrObject || o is ListObject || o is TupleObject
    {
      // The sequence's own words: "can only concatenate str (not "X") to str".
      throw unsupported(op, a, b)
    }
    if op == .power {
      throw typeError(
        "unsupported operand type(s) for \(symbol == "**" ? "** or pow()" : symbol): '\(typeName(a))' and '\(typeName(b))'")
    }
    throw typeError(
      "unsupported operand type(s) for \(symbol): '\(typeName(a))' and '\(typeName(b))'")
  }

  @inline(__always) func isNotImplemented(_ v: Value) -> Bool {
    v.isIdentical(to: notImplemented)
  }

  /// Binary operations between builtin values; nil when the types do not support `op`.
  func builtinBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(PyError) -> Value? {
    if let x = number(a), let y = number(b) {
      if case .bool(let p) = a, case .bool(let q) = b {
        switch op {
        case .bitAnd: return .bool(p && q)
        case .bitOr: return .bool(p || q)
        case .bitXor: return .bool(p != q)
        default: break
        }
      }
      return try numeric(op, x, y)
    }
    guard case .object(let oa) = a else {
      if case .object(let ob) = b {
        if ob is ComplexObject { return try complexBinary(op, a, b) }
        return try sequenceRepeat(op, count: a, sequence: ob)
      }
      return nil
    }
    switch oa {
    case let s as StrObject:
      switch op {
      case .add:
        if case .object(let ob) = b, let t = ob as? StrObject { return .object(s.concatenated(t, type: types.str)) }
        return nil
      case .multiply:
        guard let n = repeatCount(b) else { return nil }
        if n <= 0 || s.count == 0 { return str("") }
        try checkAllocation(s.value.utf8.count, times: n)
        return str(String(repeating: s.value, count: n))
      case .modulo:
        return str(try percentFormat(s.value, b))
      default: return nil
      }
    case let l as ListObject:
      switch op {
      case .add:
        if case .object(let ob) = b, let m = ob as? ListObject { return makeList(l.items + m.items) }
        return nil
      case .multiply:
        guard let n = repeatCount(b) else { return nil }
        var items: [Value] = []
        if n > 0 {
          try checkAllocation(l.items.count, times: n)
          items.reserveCapacity(l.items.count * n)
          for _ in 0..<n { items.append(contentsOf: l.items) }
        }
        return makeList(items)
      default: return nil
      }
    case let t as TupleObject:
      switch op {
      case .add:
        if case .object(let ob) = b, let u = ob as? TupleObject { return makeTuple(t.items + u.items) }
        return nil
      case .multiply:
        guard let n = repeatCount(b) else { return nil }
        var items: [Value] = []
        if n > 0 {
          try checkAllocation(t.items.count, times: n)
          for _ in 0..<n { items.append(contentsOf: t.items) }
        }
        return makeTuple(items)
      default: return nil
      }
    case let d as DictObject:
      if op == .bitOr, case .object(let ob) = b, let e = ob as? DictObject {
        let result = makeDict()
        for entry in d.liveEntries { try result.set(entry.key, entry.value, self) }
        for entry in e.liveEntries { try result.set(entry.key, entry.value, self) }
        return .object(result)
      }
      return nil
    case let s as SetObject:
      guard case .object(let ob) = b, let t = ob as? SetObject else { return nil }
      return try setOperation(op, s, t)
    default:
      if case .object(let ob) = b, op == .multiply {
        _ = ob
      }
      return try complexBinary(op, a, b)
    }
  }

  private func sequenceRepeat(_ op: BinaryOperator, count: Value, sequence: PyObject) throws(PyError)
    -> Value?
  {
    guard op == .multiply else { return nil }
    if sequence is StrObject || sequence is ListObject || sequence is TupleObject {
      return try builtinBinary(.multiply, .object(sequence), count)
    }
    return nil
  }

  private func repeatCount(_ v: Value) -> Int? {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .object(let b as BigIntObject): return Int(exactly: b.value)
    default: return nil
    }
  }

  /// Arithmetic on two numbers.
  func numeric(_ op: BinaryOperator, _ x: Number, _ y: Number) throws(PyError) -> Value? {
    if case .float = x {
      return try floatArithmetic(op, try toDouble(x), try toDouble(y))
    }
    if case .float = y {
      return try floatArithmetic(op, try toDouble(x), try toDouble(y))
    }
    if case .int(let a) = x, case .int(let b) = y {
      if let fast = try smallIntArithmetic(op, a, b) { return fast }
    }
    return try bigArithmetic(op, x.asBig!, y.asBig!)
  }

  private func smallIntArithmetic(_ op: BinaryOperator, _ a: Int, _ b: Int) throws(PyError) -> Value? {
    switch op {
    case .add:
      let (r, o) = a.addingReportingOverflow(b)
      return o ? nil : .int(r)
    case .subtract:
      let (r, o) = a.subtractingReportingOverflow(b)
      return o ? nil : .int(r)
    case .multiply:
      let (r, o) = a.multipliedReportingOverflow(by: b)
      return o ? nil : .int(r)
    case .trueDivide:
      if b == 0 { throw zeroDivision("division by zero") }
      if abs(a) < (1 << 53) && abs(b) < (1 << 53) { return .float(Double(a) / Double(b)) }
      return nil
    case .floorDivide:
      if b == 0 { throw zeroDivision("integer division or modulo by zero") }
      if a == Int.min && b == -1 { return nil }
      var q = a / b
      if (a % b != 0) && ((a < 0) != (b < 0)) { q -= 1 }
      return .int(q)
    case .modulo:
      if b == 0 { throw zeroDivision("integer modulo by zero") }
      if b == -1 { return .int(0) }
      var r = a % b
      if r != 0 && ((r < 0) != (b < 0)) { r += b }
      return .int(r)
    case .power:
      if b < 0 {
        if a == 0 { throw zeroDivision("0.0 cannot be raised to a negative power") }
        return .float(pow(Double(a), Double(b)))
      }
      var result = 1
      var base = a
      var e = b
      while e > 0 {
        if e & 1 == 1 {
          let (r, o) = result.multipliedReportingOverflow(by: base)
          if o { return nil }
          result = r
        }
        e >>= 1
        if e > 0 {
          let (sq, o) = base.multipliedReportingOverflow(by: base)
          if o { return nil }
          base = sq
        }
      }
      return .int(result)
    case .leftShift:
      if b < 0 { throw valueError("negative shift count") }
      if b >= 63 { return a == 0 ? .int(0) : nil }
      let r = a << b
      return (r >> b) == a ? .int(r) : nil
    case .rightShift:
      if b < 0 { throw valueError("negative shift count") }
      return .int(b >= 64 ? (a < 0 ? -1 : 0) : a >> b)
    case .bitAnd: return .int(a & b)
    case .bitOr: return .int(a | b)
    case .bitXor: return .int(a ^ b)
    case .matrixMultiply: return nil
    }
  }

  private func bigArithmetic(_ op: BinaryOperator, _ a: BigInt, _ b: BigInt) throws(PyError) -> Value? {
    switch op {
    case .add: return makeInt(a + b, self)
    case .subtract: return makeInt(a - b, self)
    case .multiply: return makeInt(a * b, self)
    case .trueDivide:
      if b.isZero { throw zeroDivision("division by zero") }
      return .float(try bigTrueDivide(a, b))
    case .floorDivide:
      if b.isZero { throw zeroDivision("integer division or modulo by zero") }
      return makeInt(floorDivide(a, b).0, self)
    case .modulo:
      if b.isZero { throw zeroDivision("integer modulo by zero") }
      return makeInt(floorDivide(a, b).1, self)
    case .power:
      if b.sign == .minus {
        if a.isZero { throw zeroDivision("0.0 cannot be raised to a negative power") }
        return try floatArithmetic(.power, try bigToDouble(a), try bigToDouble(b))
      }
      guard let e = Int(exactly: b) else {
        if a == 1 || a == 0 { return makeInt(a, self) }
        if a == -1 { return .int(b.isOdd ? -1 : 1) }
        throw error("MemoryError", "")
      }
      if a.magnitude > 1 {
        // At least (bits of a - 1) * e bits: past half a gigabyte the computation would run
        // for hours and then run out of memory, so it stops here.
        try checkAllocation(a.magnitude.bitWidth - 1, times: e)
      }
      return makeInt(a.power(e), self)
    case .leftShift:
      if b.sign == .minus { throw valueError("negative shift count") }
      guard let s = Int(exactly: b), s < 1 << 32 else {
        throw overflowError("too many digits in integer")
      }
      return makeInt(a << s, self)
    case .rightShift:
      if b.sign == .minus { throw valueError("negative shift count") }
      guard let s = Int(exactly: b) else { return .int(a.sign == .minus ? -1 : 0) }
      return makeInt(a >> s, self)
    case .bitAnd: return makeInt(a & b, self)
    case .bitOr: return makeInt(a | b, self)
    case .bitXor: return makeInt(a ^ b, self)
    case .matrixMultiply: return nil
    }
  }

  /// Raises MemoryError for a container of `count * times` elements that cannot be allocated
  /// (CPython fails the allocation; Swift would trap).
  func checkAllocation(_ count: Int, times: Int = 1) throws(PyError) {
    let (total, overflow) = count.multipliedReportingOverflow(by: times)
    if overflow || total > 1 << 32 { throw error("MemoryError", "") }
  }

  func bigTrueDivide(_ a: BigInt, _ b: BigInt) throws(PyError) -> Double {
    if let x = Double(exactly: a), let y = Double(exactly: b) { return x / y }
    // Scale so the quotient keeps 64+ significant bits, then divide exactly.
    let shift = max(0, 64 - (a.bitWidth - b.bitWidth))
    let q = (a << shift) / b
    let result = Double(q) * pow(2.0, Double(-shift))
    if result.isInfinite { throw overflowError("integer division result too large for a float") }
    return result
  }

  func floorDivide(_ a: BigInt, _ b: BigInt) -> (BigInt, BigInt) {
    var (q, r) = a.quotientAndRemainder(dividingBy: b)
    if !r.isZero && ((r.sign == .minus) != (b.sign == .minus)) {
      q -= 1
      r += b
    }
    return (q, r)
  }

  func floatArithmetic(_ op: BinaryOperator, _ a: Double, _ b: Double) throws(PyError) -> Value? {
    switch op {
    case .add: return .float(a + b)
    case .subtract: return .float(a - b)
    case .multiply: return .float(a * b)
    case .trueDivide:
      if b == 0 { throw zeroDivision("float division by zero") }
      return .float(a / b)
    case .floorDivide:
      if b == 0 { throw zeroDivision("float floor division by zero") }
      return .float(floatDivmod(a, b).0)
    case .modulo:
      if b == 0 { throw zeroDivision("float modulo") }
      return .float(floatDivmod(a, b).1)
    case .power:
      return .float(try floatPower(a, b))
    default: return nil
    }
  }

  func floatPower(_ a: Double, _ b: Double) throws(PyError) -> Double {
    if a == 0 && b < 0 { throw zeroDivision("0.0 cannot be raised to a negative power") }
    if a < 0 && b != b.rounded() && b.isFinite {
      throw valueError("math domain error")
    }
    let r = pow(a, b)
    if r.isInfinite && a.isFinite && b.isFinite {
      throw overflowError("(34, 'Numerical result out of range')")
    }
    return r
  }

  /// CPython's float_divmod.
  func floatDivmod(_ vx: Double, _ wx: Double) -> (Double, Double) {
    var mod = fmod(vx, wx)
    var div = (vx - mod) / wx
    if mod != 0 {
      if (wx < 0) != (mod < 0) {
        mod += wx
        div -= 1.0
      }
    } else {
      mod = copysign(0.0, wx)
    }
    var floordiv: Double
    if div != 0 {
      floordiv = div.rounded(.down)
      if div - floordiv > 0.5 { floordiv += 1.0 }
    } else {
      floordiv = copysign(0.0, vx / wx)
    }
    return (floordiv, mod)
  }

  /// `-x`, `+x`, `~x`.
  func unary(_ op: UnaryOperator, _ v: Value) throws(PyError) -> Value {
    switch (op, v) {
    case (.not, _): return .bool(!(try isTrue(v)))
    case (.minus, .int(let i)):
      if i == Int.min { return makeInt(-BigInt(i), self) }
      return .int(-i)
    case (.minus, .bool(let b)): return .int(b ? -1 : 0)
    case (.minus, .float(let d)): return .float(-d)
    case (.plus, .int), (.plus, .float): return v
    case (.plus, .bool(let b)): return .int(b ? 1 : 0)
    case (.invert, .int(let i)): return .int(~i)
    case (.invert, .bool(let b)): return .int(~(b ? 1 : 0))
    case (_, .object(let o)):
      let dunder = name(op == .minus ? "__neg__" : op == .plus ? "__pos__" : "__invert__")
      let method = o.type.lookup(dunder)
      if o.type.isBuiltin || method.map(isBuiltinSlot) == true {
        // A big int, or an int or float subclass that keeps its base's operator.
        if let big = o as? BigIntObject {
          switch op {
          case .minus: return makeInt(-big.value, self)
          case .plus: return makeInt(big.value, self)
          case .invert: return makeInt(-big.value - 1, self)
          case .not: break
          }
        }
        if let f = o as? FloatObject { return try unary(op, .float(f.value)) }
      }
      if let method { return try callMethod(method, v, []) }
    default: break
    }
    throw typeError("bad operand type for unary \(op.rawValue): '\(typeName(v))'")
  }

  // MARK: - Comparison


  /// `a op b` for every comparison operator.
  func compare(_ a: Value, _ b: Value, _ op: ComparisonOperator) throws(PyError) -> Value {
    switch op {
    case .is: return .bool(a.isIdentical(to: b))
    case .isNot: return .bool(!a.isIdentical(to: b))
    case .in: return .bool(try contains(b, a))
    case .notIn: return .bool(!(try contains(b, a)))
    default: break
    }
    let ta = typeOf(a)
    let tb = typeOf(b)
    if ta.isBuiltin && tb.isBuiltin && ta.layout != .exception && tb.layout != .exception {
      if let result = try builtinCompare(a, b, op) { return .bool(result) }
      return try comparisonFallback(a, b, op)
    }
    if op == .notEqual, isDefaultNotEqual(ta), isDefaultNotEqual(tb) {
      // object.__ne__ is the negation of __eq__ (with its reflected fallback).
      let equal = try compare(a, b, .equal)
      if isNotImplemented(equal) { return equal }
      return .bool(!(try isTrue(equal)))
    }
    let (forward, reflected) = dunder.comparison(op)
    let rightFirst = tb !== ta && tb.isSubtype(of: ta) && !tb.isBuiltin
    if rightFirst, let method = tb.lookup(reflected) {
      if isBuiltinSlot(method) {
        if let result = try builtinCompare(a, b, op) { return .bool(result) }
      } else {
        let result = try callMethod(method, b, with: a)
        if !isNotImplemented(result) { return result }
      }
    }
    if !ta.isBuiltin || ta.layout == .exception, let method = ta.lookup(forward),
      !isObjectDefault(method)
    {
      // A comparison an int, float, str or container subclass inherits from its base.
      if isBuiltinSlot(method), let result = try builtinCompare(a, b, op) { return .bool(result) }
      let result = try callMethod(method, a, with: b)
      if !isNotImplemented(result) { return result }
      if op == .notEqual, ta.lookup(dunder.__ne__).map(isObjectDefault) ?? true,
        let eq = ta.lookup(dunder.__eq__), !isObjectDefault(eq)
      {
        let r = try callMethod(eq, a, with: b)
        if !isNotImplemented(r) { return .bool(!(try isTrue(r))) }
      }
    } else if ta.isBuiltin || ta.layout != .plain, tb.isBuiltin || tb.layout != .plain,
      let result = try builtinCompare(a, b, op)
    {
      return .bool(result)
    }
    if !rightFirst, !tb.isBuiltin || tb.layout == .exception,
      let method = tb.lookup(reflected), !isObjectDefault(method)
    {
      let result = try callMethod(method, b, with: a)
      if !isNotImplemented(result) { return result }
    }
    return try comparisonFallback(a, b, op)
  }

  private func isDefaultNotEqual(_ t: TypeObject) -> Bool {
    t.lookup(dunder.__ne__).map(isObjectDefault) ?? true
  }

  private func isObjectDefault(_ method: Value) -> Bool {
    if case .object(let o) = method, let b = o as? BuiltinFunctionObject {
      return b.owner === types.object
    }
    return false
  }

  private func comparisonFallback(_ a: Value, _ b: Value, _ op: ComparisonOperator) throws(PyError)
    -> Value
  {
    switch op {
    case .equal: return .bool(a.isIdentical(to: b))
    case .notEqual: return .bool(!a.isIdentical(to: b))
    default:
      throw typeError(
        "'\(op.rawValue)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
    }
  }

  /// Comparison between builtin values; nil when unsupported.
  func builtinCompare(_ a: Value, _ b: Value, _ op: ComparisonOperator) throws(PyError) -> Bool? {
    if let x = number(a), let y = number(b) {
      let order = compareNumbers(x, y)
      guard let order else {
        // NaN: every comparison except != is false.
        return op == .notEqual
      }
      return apply(op, order)
    }
    guard case .object(let oa) = a, case .object(let ob) = b else {
      if let result = try complexCompare(a, b, op) { return result }
      if op == .equal { return a.isIdentical(to: b) }
      if op == .notEqual { return !a.isIdentical(to: b) }
      return nil
    }
    if let s = oa as? StrObject, let t = ob as? StrObject {
      if op == .equal { return s.equals(t) }
      if op == .notEqual { return !s.equals(t) }
      return apply(op, compareCodePoints(s.value, t.value))
    }
    if let l = oa as? ListObject, let m = ob as? ListObject {
      return try compareSequences(l.items, m.items, op)
    }
    if let l = oa as? TupleObject, let m = ob as? TupleObject {
      return try compareSequences(l.items, m.items, op)
    }
    if let x = oa as? ContextObject, let y = ob as? ContextObject, op == .equal || op == .notEqual {
      var same = x.values.count == y.values.count
      for (key, entry) in x.values where same {
        if let other = y.values[key] { same = try equal(entry.value, other.value) } else { same = false }
      }
      return op == .equal ? same : !same
    }
    if let x = oa as? GenericAliasObject, let y = ob as? GenericAliasObject, op == .equal || op == .notEqual {
      var same = try equal(x.origin, y.origin)
      if same { same = try compareSequences(x.arguments, y.arguments, .equal) ?? false }
      return op == .equal ? same : !same
    }
    if let d = oa as? DictObject, let e = ob as? DictObject {
      guard op == .equal || op == .notEqual else { return nil }
      let same = try comparingNested { () throws(PyError) -> Bool in
        guard d.count == e.count else { return false }
        for entry in d.liveEntries {
          guard let other = try e.get(entry.key, self), try equal(entry.value, other) else {
            return false
          }
        }
        return true
      }
      return op == .equal ? same : !same
    }
    if let s = oa as? SetObject, let t = ob as? SetObject {
      return try setCompare(s, t, op)
    }
    if oa is DictViewObject || ob is DictViewObject, let result = try dictViewCompare(a, b, op) {
      return result
    }
    if op == .equal || op == .notEqual, let r = rangeBounds(oa), let q = rangeBounds(ob) {
      let same = oa === ob || rangeEqual(r, q)
      return op == .equal ? same : !same
    }
    if let result = try complexCompare(a, b, op) { return result }
    if let s = oa as? SliceObject, let t = ob as? SliceObject {
      // Slices compare as (start, stop, step) tuples.
      return try compareSequences([s.start, s.stop, s.step], [t.start, t.stop, t.step], op)
    }
    if let m = oa as? BoundMethodObject, let n = ob as? BoundMethodObject,
      op == .equal || op == .notEqual
    {
      let same = m.receiver.isIdentical(to: n.receiver) && m.function.isIdentical(to: n.function)
      return op == .equal ? same : !same
    }
    if op == .equal { return oa === ob }
    if op == .notEqual { return oa !== ob }
    return nil
  }

  @inline(__always) func apply(_ op: ComparisonOperator, _ order: Int) -> Bool {
    switch op {
    case .less: return order < 0
    case .lessEqual: return order <= 0
    case .greater: return order > 0
    case .greaterEqual: return order >= 0
    case .equal: return order == 0
    case .notEqual: return order != 0
    default: return false
    }
  }

  /// -1, 0, 1, or nil when a NaN is involved. Ints and floats compare exactly.
  func compareNumbers(_ x: Number, _ y: Number) -> Int? {
    switch (x, y) {
    case (.int(let a), .int(let b)): return a < b ? -1 : a > b ? 1 : 0
    case (.float(let a), .float(let b)):
      if a.isNaN || b.isNaN { return nil }
      return a < b ? -1 : a > b ? 1 : 0
    case (.float(let a), _):
      if a.isNaN { return nil }
      if a.isInfinite { return a > 0 ? 1 : -1 }
      return compareExact(a, y.asBig!)
    case (_, .float(let b)):
      if b.isNaN { return nil }
      if b.isInfinite { return b > 0 ? -1 : 1 }
      return -compareExact(b, x.asBig!)
    default:
      let a = x.asBig!
      let b = y.asBig!
      return a < b ? -1 : a > b ? 1 : 0
    }
  }

  private func compareExact(_ d: Double, _ i: BigInt) -> Int {
    let floor = d.rounded(.down)
    let fi = BigInt(exactly: floor) ?? BigInt(floor)
    if fi < i { return -1 }
    if fi > i { return 1 }
    return d > floor ? 1 : 0
  }

  /// Counts nested container comparisons against the recursion limit, so comparing
  /// self-referencing containers is a RecursionError rather than a native stack overflow.
  func comparingNested<T>(_ body: () throws(PyError) -> T) throws(PyError) -> T {
    depth += 1
    defer { depth -= 1 }
    if depth > recursionLimit || depth > Interpreter.nativeDepthLimit {
      throw error("RecursionError", "maximum recursion depth exceeded in comparison")
    }
    return try body()
  }

  func compareSequences(_ a: [Value], _ b: [Value], _ op: ComparisonOperator) throws(PyError) -> Bool? {
    try comparingNested { () throws(PyError) -> Bool? in try compareSequencesUnchecked(a, b, op) }
  }

  private func compareSequencesUnchecked(_ a: [Value], _ b: [Value], _ op: ComparisonOperator)
    throws(PyError) -> Bool?
  {
    if op == .equal || op == .notEqual {
      if a.count != b.count { return op == .notEqual }
      for i in 0..<a.count where !a[i].isIdentical(to: b[i]) {
        if !(try equal(a[i], b[i])) { return op == .notEqual }
      }
      return op == .equal
    }
    let n = min(a.count, b.count)
    for i in 0..<n {
      if a[i].isIdentical(to: b[i]) { continue }
      if try equal(a[i], b[i]) { continue }
      return try isTrue(try compare(a[i], b[i], op))
    }
    return apply(op, a.count < b.count ? -1 : a.count > b.count ? 1 : 0)
  }

  /// `item in container`.
  func contains(_ container: Value, _ item: Value) throws(PyError) -> Bool {
    guard case .object(let o) = container else {
      throw typeError("argument of type '\(typeName(container))' is not iterable")
    }
    if o.type === types.dict { return try unsafeDowncast(o, to: DictObject.self).get(item, self) != nil }
    switch o {
    case let s as StrObject where s.type === types.str:
      guard case .object(let io) = item, let t = io as? StrObject else {
        throw typeError("'in <string>' requires string as left operand, not \(typeName(item))")
      }
      if t.count == 0 { return true }
      return s.value.utf8.count >= t.value.utf8.count && findSubstring(s.value, t.value) != nil
    case let l as ListObject where l.type === types.list:
      for element in l.items {
        if element.isIdentical(to: item) { return true }
        if try equal(element, item) { return true }
      }
      return false
    case let t as TupleObject where t.type === types.tuple:
      for element in t.items {
        if element.isIdentical(to: item) { return true }
        if try equal(element, item) { return true }
      }
      return false
    case let d as DictObject where d.type === types.dict:
      return try d.get(item, self) != nil
    case let s as SetObject:
      return try s.contains(item, self)
    case let v as DictViewObject:
      return try viewContains(v, item)
    case let r as RangeObject:
      if case .int(let i) = item {
        if r.step > 0 ? (i < r.start || i >= r.stop) : (i > r.start || i <= r.stop) { return false }
        let (offset, overflow) = i.subtractingReportingOverflow(r.start)
        if !overflow { return offset % r.step == 0 }
      }
      return try rangeContains(container, rangeBounds(r)!, item)
    case let r as BigRangeObject:
      return try rangeContains(container, rangeBounds(r)!, item)
    default:
      if let method = o.type.lookup(dunder.__contains__) {
        return try isTrue(try callMethod(method, container, [item]))
      }
      if o.type.lookup(dunder.__iter__) != nil || o.type.lookup(dunder.__getitem__) != nil
        || o is ListObject || o is TupleObject || o is DictObject
      {
        let iterator = try makeIterator(container)
        while let element = try next(iterator) {
          if element.isIdentical(to: item) { return true }
          if try equal(element, item) { return true }
        }
        return false
      }
      throw typeError("argument of type '\(o.type.name)' is not iterable")
    }
  }
}

/// The code-point offset of `needle` in `haystack`, searching UTF-8 bytes.
func findSubstring(_ haystack: String, _ needle: String, from start: Int = 0) -> Int? {
  let h = Array(haystack.utf8)
  let n = Array(needle.utf8)
  if n.isEmpty { return start <= h.count ? start : nil }
  if n.count > h.count { return nil }
  var i = start
  let first = n[0]
  let last = h.count - n.count
  while i <= last {
    if h[i] == first {
      var j = 1
      while j < n.count && h[i + j] == n[j] { j += 1 }
      if j == n.count { return i }
    }
    i += 1
  }
  return nil
}
