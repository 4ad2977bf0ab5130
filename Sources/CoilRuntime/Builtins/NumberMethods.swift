// Methods of `int` and `float`: the dunder methods (`(1).__add__(2)`, `float.__mul__`) with
// CPython's NotImplemented for operands of other types, and `as_integer_ratio`, `hex`,
// `fromhex`, `to_bytes`, `from_bytes`, `bit_count` and friends.

import BigInt
import CoilSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Interpreter {
  /// An int or bool, small or big.
  func isInteger(_ v: Value) -> Bool {
    switch v {
    case .int, .bool: return true
    case .object(let o): return o is BigIntObject
    default: return false
    }
  }

  func setUpNumberMethods() {
    let int = types.int!
    let float = types.float!
    /// The receiver check of a slot wrapper: `descriptor '__add__' requires a 'int' object...`.
    func check(_ args: [Value], _ name: String, _ type: TypeObject, arguments: Int) throws(PyError) {
      guard let first = args.first, typeOf(first).isSubtype(of: type) else {
        throw typeError("descriptor '\(name)' requires a '\(type.name)' object but received a '\(args.first.map { typeName($0) } ?? "nothing")'")
      }
      if args.count - 1 != arguments {
        throw typeError("expected \(arguments) argument\(arguments == 1 ? "" : "s"), got \(args.count - 1)")
      }
    }
    let binaries: [(String, BinaryOperator)] = [
      ("add", .add), ("sub", .subtract), ("mul", .multiply), ("truediv", .trueDivide),
      ("floordiv", .floorDivide), ("mod", .modulo), ("pow", .power), ("lshift", .leftShift),
      ("rshift", .rightShift), ("and", .bitAnd), ("or", .bitOr), ("xor", .bitXor),
    ]
    for (type, accepts) in [(int, isInteger), (float, { (v: Value) in self.number(v) != nil })] {
      for (stem, op) in binaries {
        if type === float && [.leftShift, .rightShift, .bitAnd, .bitOr, .bitXor].contains(op) { continue }
        for reflected in [false, true] {
          let name = "__\(reflected ? "r" : "")\(stem)__"
          define(type, name) { interp, args, _ throws(PyError) in
            // int.__pow__ and float.__pow__ take an optional modulus.
            let extra = op == .power && args.count == 3 ? 1 : 0
            try check(args, name, type, arguments: 1 + extra)
            guard accepts(args[1]) else { return interp.notImplemented }
            if extra == 1 && !reflected {
              if args[2].isNone { return try interp.binary(op, args[0], args[1]) }
              return try interp.call(interp.builtins.get("pow")!, [args[0], args[1], args[2]])
            }
            return reflected ? try interp.binary(op, args[1], args[0]) : try interp.binary(op, args[0], args[1])
          }
        }
      }
      for (name, reflected) in [("__divmod__", false), ("__rdivmod__", true)] {
        define(type, name) { interp, args, _ throws(PyError) in
          try check(args, name, type, arguments: 1)
          guard accepts(args[1]) else { return interp.notImplemented }
          let divmod = interp.builtins.get("divmod")!
          return try interp.call(divmod, reflected ? [args[1], args[0]] : [args[0], args[1]])
        }
      }
      let comparisons: [(String, ComparisonOperator)] = [
        ("__eq__", .equal), ("__ne__", .notEqual), ("__lt__", .less), ("__le__", .lessEqual),
        ("__gt__", .greater), ("__ge__", .greaterEqual),
      ]
      for (name, op) in comparisons {
        define(type, name) { interp, args, _ throws(PyError) in
          try check(args, name, type, arguments: 1)
          guard accepts(args[1]), let result = try interp.builtinCompare(args[0], args[1], op) else {
            return interp.notImplemented
          }
          return .bool(result)
        }
      }
      let unaries: [(String, (Interpreter, Value) throws(PyError) -> Value)] = [
        ("__neg__", { interp, v throws(PyError) in try interp.unary(.minus, v) }),
        ("__pos__", { interp, v throws(PyError) in try interp.unary(.plus, v) }),
        ("__abs__", { interp, v throws(PyError) in try interp.call(interp.builtins.get("abs")!, [v]) }),
        ("__bool__", { interp, v throws(PyError) in .bool(try interp.isTrue(v)) }),
        ("__int__", { interp, v throws(PyError) in try interp.toInt(v) }),
        ("__trunc__", { interp, v throws(PyError) in try interp.toInt(v) }),
        ("__float__", { interp, v throws(PyError) in .float(try interp.toDouble(interp.number(v)!)) }),
        ("__hash__", { interp, v throws(PyError) in .int(try interp.hash(v)) }),
        ("__repr__", { interp, v throws(PyError) in interp.str(try interp.repr(v)) }),
        ("__str__", { interp, v throws(PyError) in interp.str(try interp.repr(v)) }),
        ("conjugate", { interp, v throws(PyError) in type === float ? .float(try interp.toDouble(interp.number(v)!)) : try interp.toInt(v) }),
      ]
      for (name, body) in unaries {
        define(type, name) { interp, args, _ throws(PyError) in
          try check(args, name, type, arguments: 0)
          return try body(interp, args[0])
        }
      }
      define(type, "__round__") { interp, args, _ throws(PyError) in
        guard let first = args.first, interp.typeOf(first).isSubtype(of: type) else {
          try check(args, "__round__", type, arguments: 0)
          return .none
        }
        if args.count > 2 { throw interp.typeError("__round__ expected at most 1 argument, got \(args.count - 1)") }
        return try interp.round(first, args.count > 1 ? args[1] : .none)
      }
    }
    define(int, "__invert__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 1, "__invert__", method: true)
      try check(args, "__invert__", int, arguments: 0)
      return try interp.unary(.invert, args[0])
    }
    for name in ["__index__", "__floor__", "__ceil__"] {
      define(int, name) { interp, args, _ throws(PyError) in
        try check(args, name, int, arguments: 0)
        return try interp.toInt(args[0])
      }
    }
    for (name, rule) in [("__floor__", FloatingPointRoundingRule.down), ("__ceil__", .up)] {
      define(float, name) { interp, args, _ throws(PyError) in
        try check(args, name, float, arguments: 0)
        return try interp.toInt(.float(try interp.toDouble(interp.number(args[0])!).rounded(rule)))
      }
    }
    define(int, "bit_length") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 1, "bit_length", method: true)
      try check(args, "bit_length", int, arguments: 0)
      guard let n = interp.number(args[0])?.asBig else { return .int(0) }
      return .int(n.isZero ? 0 : n.magnitude.bitWidth)
    }
    define(int, "bit_count") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 1, "bit_count", method: true)
      try check(args, "bit_count", int, arguments: 0)
      guard let n = interp.number(args[0])?.asBig else { return .int(0) }
      return .int(n.magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
    }
    define(int, "as_integer_ratio") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 1, "as_integer_ratio", method: true)
      try check(args, "as_integer_ratio", int, arguments: 0)
      return interp.makeTuple([try interp.toInt(args[0]), .int(1)])
    }
    setUpIntBytesMethods()
    setUpFloatMethods()
  }

  private func setUpFloatMethods() {
    let float = types.float!
    func receiver(_ args: [Value], _ name: String) throws(PyError) -> Double {
      var receiver = args.first
      if case .object(let f as FloatObject)? = receiver { receiver = .float(f.value) }
      guard case .float(let d)? = receiver else {
        throw typeError("descriptor '\(name)' for 'float' objects doesn't apply to a '\(args.first.map { typeName($0) } ?? "nothing")' object")
      }
      if args.count > 1 { throw typeError("float.\(name)() takes no arguments (\(args.count - 1) given)") }
      return d
    }
    define(float, "is_integer") { interp, args, _ throws(PyError) in
      let d = try receiver(args, "is_integer")
      return .bool(d.isFinite && d == d.rounded(.towardZero))
    }
    define(float, "as_integer_ratio") { interp, args, _ throws(PyError) in
      let d = try receiver(args, "as_integer_ratio")
      if d.isInfinite { throw interp.overflowError("cannot convert Infinity to integer ratio") }
      if d.isNaN { throw interp.valueError("cannot convert NaN to integer ratio") }
      // float_as_integer_ratio: double the mantissa until it is integral.
      let parts = frexp(d.magnitude)
      var mantissa = d < 0 ? -parts.0 : parts.0
      var exponent = parts.1
      var steps = 0
      while steps < 300 && mantissa != mantissa.rounded(.down) {
        mantissa *= 2
        exponent -= 1
        steps += 1
      }
      var numerator = BigInt(mantissa)
      var denominator = BigInt(1)
      if exponent > 0 { numerator <<= exponent } else { denominator <<= -exponent }
      return interp.makeTuple([makeInt(numerator, interp), makeInt(denominator, interp)])
    }
    define(float, "hex") { interp, args, _ throws(PyError) in
      interp.str(floatHex(try receiver(args, "hex")))
    }
    let fromhex = makeBuiltin("fromhex") { interp, args, _ throws(PyError) in
      guard args.count == 2 else {
        throw interp.typeError("float.fromhex() takes exactly one argument (\(max(0, args.count - 1)) given)")
      }
      let text = try interp.stringArgument(args[1], "must be str, not \(interp.typeName(args[1]))")
      return .float(try interp.parseHexFloat(text))
    }
    float.dict.setString(name("fromhex"), .object(MethodWrapperObject(kind: .classMethod, function: .object(fromhex), type: types.classmethod, dict: makeDict())))
  }

  /// `int.to_bytes(length=1, byteorder='big', *, signed=False)` and `int.from_bytes`.
  private func setUpIntBytesMethods() {
    let int = types.int!
    func byteOrder(_ v: Value?) throws(PyError) -> Bool {
      guard let v else { return false }
      let text = try stringArgument(v, "to_bytes() argument 'byteorder' must be str, not \(typeName(v))")
      if text == "little" { return true }
      if text == "big" { return false }
      throw valueError("byteorder must be either 'little' or 'big'")
    }
    define(int, "to_bytes") { interp, args, kwargs throws(PyError) in
      guard let first = args.first, interp.isInteger(first), let n = interp.number(first)?.asBig else {
        throw interp.typeError("descriptor 'to_bytes' for 'int' objects doesn't apply to a '\(args.first.map { interp.typeName($0) } ?? "nothing")' object")
      }
      let bound = try interp.bind(PythonSignature("to_bytes", ["length", "byteorder"], required: 0, keywordOnly: ["signed"], isMethod: false), args.dropFirst(), kwargs)
      let length = try bound["length"].map { v throws(PyError) in try interp.intArgument(v) } ?? 1
      if length < 0 { throw interp.valueError("length argument must be non-negative") }
      let little = try byteOrder(bound["byteorder"])
      let signed = try bound["signed"].map { v throws(PyError) in try interp.isTrue(v) } ?? false
      if n < 0 && !signed { throw interp.overflowError("can't convert negative int to unsigned") }
      // Two's complement in `length` bytes, checked for range.
      let modulus = BigInt(1) << (8 * length)
      if signed {
        let half = modulus >> 1
        if n >= half || n < -half { throw interp.overflowError("int too big to convert") }
      } else if n >= modulus {
        throw interp.overflowError("int too big to convert")
      }
      var value = n < 0 ? n + modulus : n
      var bytes: [UInt8] = []
      for _ in 0..<length {
        bytes.append(UInt8(truncatingIfNeeded: Int(value & 0xFF)))
        value >>= 8
      }
      if !little { bytes.reverse() }
      return .object(BytesObject(bytes, type: interp.types.bytes))
    }
    let fromBytes = makeBuiltin("from_bytes") { interp, args, kwargs throws(PyError) in
      let bound = try interp.bind(PythonSignature("from_bytes", ["bytes", "byteorder"], required: 1, keywordOnly: ["signed"], isMethod: false), args.dropFirst(), kwargs)
      let source = bound["bytes"]!
      var bytes: [UInt8]
      if case .object(let o) = source, let b = o as? BytesObject {
        bytes = b.bytes
      } else {
        bytes = []
        for v in try interp.iterate(source) {
          let n = try interp.intArgument(v)
          if n < 0 || n > 255 { throw interp.valueError("bytes must be in range(0, 256)") }
          bytes.append(UInt8(n))
        }
      }
      let little = try byteOrder(bound["byteorder"])
      let signed = try bound["signed"].map { v throws(PyError) in try interp.isTrue(v) } ?? false
      if little { bytes.reverse() }
      var value = BigInt(0)
      for byte in bytes { value = (value << 8) | BigInt(byte) }
      if signed, let first = bytes.first, first & 0x80 != 0 { value -= BigInt(1) << (8 * bytes.count) }
      return makeInt(value, interp)
    }
    int.dict.setString(name("from_bytes"), .object(MethodWrapperObject(kind: .classMethod, function: .object(fromBytes), type: types.classmethod, dict: makeDict())))
  }

  /// `float.fromhex(text)`: CPython's grammar, rounded half to even like any float.
  func parseHexFloat(_ text: String) throws(PyError) -> Double {
    let invalid = valueError("invalid hexadecimal floating-point string")
    var s = Substring(trimmedWhitespace(text))
    var negative = false
    if let c = s.first, c == "+" || c == "-" {
      negative = c == "-"
      s = s.dropFirst()
    }
    let lower = s.lowercased()
    if lower == "inf" || lower == "infinity" { return negative ? -.infinity : .infinity }
    if lower == "nan" { return negative ? -.nan : .nan }
    if lower.hasPrefix("0x") { s = s.dropFirst(2) }
    var mantissa = BigUInt(0)
    var exponent = 0
    var digits = 0
    var seenPoint = false
    while let c = s.first {
      if c == "." && !seenPoint {
        seenPoint = true
      } else if let d = c.hexDigitValue {
        mantissa = mantissa * 16 + BigUInt(d)
        digits += 1
        if seenPoint { exponent -= 4 }
      } else {
        break
      }
      s = s.dropFirst()
    }
    if digits == 0 { throw invalid }
    if let c = s.first, c == "p" || c == "P" {
      s = s.dropFirst()
      var exponentText = ""
      if let sign = s.first, sign == "+" || sign == "-" {
        exponentText.append(sign)
        s = s.dropFirst()
      }
      while let c = s.first, c.isASCII, c.isNumber {
        exponentText.append(c)
        s = s.dropFirst()
      }
      guard let e = Int(exponentText) ?? (exponentText.count > 1 ? (exponentText.hasPrefix("-") ? Int.min / 4 : Int.max / 4) : nil) else {
        throw invalid
      }
      exponent = e.addingReportingOverflow(exponent).overflow ? (e < 0 ? Int.min / 4 : Int.max / 4) : e + exponent
    }
    if !s.isEmpty { throw invalid }
    if mantissa.isZero { return negative ? -0.0 : 0.0 }
    // Keep 53 bits (fewer for subnormals), rounding half to even.
    var top = mantissa.bitWidth - 1 + exponent
    if top > 1023 { throw overflowError("hexadecimal value too large to represent as a float") }
    let keep = top >= -1022 ? 53 : top + 1075
    if keep <= 0 {
      // Below half the smallest subnormal, or exactly half: rounds to zero (half to even).
      let exceedsHalf = keep == 0 && mantissa != (BigUInt(1) << (mantissa.bitWidth - 1))
      let smallest = Double.leastNonzeroMagnitude
      return exceedsHalf ? (negative ? -smallest : smallest) : (negative ? -0.0 : 0.0)
    }
    let shift = mantissa.bitWidth - keep
    if shift > 0 {
      var quotient = mantissa >> shift
      let remainder = mantissa - (quotient << shift)
      let half = BigUInt(1) << (shift - 1)
      if remainder > half || (remainder == half && quotient & 1 == 1) { quotient += 1 }
      mantissa = quotient
      exponent += shift
      top = mantissa.bitWidth - 1 + exponent
      if top > 1023 { throw overflowError("hexadecimal value too large to represent as a float") }
    }
    let magnitude = Double(sign: .plus, exponent: exponent, significand: Double(mantissa))
    return negative ? -magnitude : magnitude
  }
}

/// `float.hex()`: `0x1.8000000000000p+1`, thirteen hex digits after the point.
func floatHex(_ x: Double) -> String {
  if x.isNaN { return "nan" }
  if x.isInfinite { return x < 0 ? "-inf" : "inf" }
  if x == 0 { return x.sign == .minus ? "-0x0.0p+0" : "0x0.0p+0" }
  let parts = frexp(x.magnitude)
  var m = parts.0
  var e = parts.1
  let shift = 1 - max(-1021 - e, 0)
  m = ldexp(m, Int32(shift))
  e -= shift
  let digits = Array("0123456789abcdef")
  var text = String(digits[Int(m)]) + "."
  m -= Double(Int(m))
  for _ in 0..<13 {
    m *= 16
    text.append(digits[Int(m)])
    m -= Double(Int(m))
  }
  let sign = e < 0 ? "-" : "+"
  return "\(x < 0 ? "-" : "")0x\(text)p\(sign)\(abs(e))"
}

/// `text` without leading and trailing Unicode whitespace.
private func trimmedWhitespace(_ text: String) -> String {
  var scalars = Substring(text).unicodeScalars[...]
  while let first = scalars.first, first.properties.isWhitespace { scalars = scalars.dropFirst() }
  while let last = scalars.last, last.properties.isWhitespace { scalars = scalars.dropLast() }
  return String(String.UnicodeScalarView(scalars))
}
