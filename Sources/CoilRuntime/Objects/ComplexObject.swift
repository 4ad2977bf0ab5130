// Complex numbers: the `complex` type with CPython's arithmetic (`_Py_c_quot`, `_Py_c_pow`),
// comparison, repr and attributes. The rest of the runtime reaches it through a few hooks:
// the compiler's `1j` literals, `builtinBinary`/`builtinCompare`, `builtinRepr`, and
// `setUpComplex` from `setUpBuiltins`.

import CoilSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A Coil complex number.
final class ComplexObject: PyObject {
  let real: Double
  let imag: Double

  init(real: Double, imag: Double, type: TypeObject) {
    self.real = real
    self.imag = imag
    super.init(type: type)
  }
}

/// A complex value as a pair of doubles, for arithmetic.
struct Complex {
  var real: Double
  var imag: Double

  static let one = Complex(real: 1, imag: 0)

  static func + (a: Complex, b: Complex) -> Complex {
    Complex(real: a.real + b.real, imag: a.imag + b.imag)
  }

  static func - (a: Complex, b: Complex) -> Complex {
    Complex(real: a.real - b.real, imag: a.imag - b.imag)
  }

  static func * (a: Complex, b: Complex) -> Complex {
    Complex(real: a.real * b.real - a.imag * b.imag, imag: a.real * b.imag + a.imag * b.real)
  }

  /// CPython's `_Py_c_quot`; nil for division by zero.
  static func quotient(_ a: Complex, _ b: Complex) -> Complex? {
    let absReal = Swift.abs(b.real)
    let absImag = Swift.abs(b.imag)
    if absReal >= absImag {
      if absReal == 0 { return nil }
      let ratio = b.imag / b.real
      let denominator = b.real + b.imag * ratio
      return Complex(
        real: (a.real + a.imag * ratio) / denominator,
        imag: (a.imag - a.real * ratio) / denominator)
    }
    if absImag >= absReal {
      let ratio = b.real / b.imag
      let denominator = b.real * ratio + b.imag
      return Complex(
        real: (a.real * ratio + a.imag) / denominator,
        imag: (a.imag * ratio - a.real) / denominator)
    }
    return Complex(real: .nan, imag: .nan)
  }

  /// CPython's `c_powu`: a power with a non-negative integer exponent, by squaring.
  static func powerUnsigned(_ x: Complex, _ n: Int) -> Complex {
    var result = Complex.one
    var power = x
    var mask = 1
    while mask > 0 && n >= mask {
      if n & mask != 0 { result = result * power }
      mask <<= 1
      power = power * power
    }
    return result
  }
}

extension Interpreter {
  func makeComplex(_ c: Complex) -> Value {
    .object(ComplexObject(real: c.real, imag: c.imag, type: types.complex))
  }

  /// A value as a complex operand: complex numbers, and ints, bools and floats as real ones.
  func complexOperand(_ v: Value) throws(PyError) -> Complex? {
    if case .object(let o) = v, let c = o as? ComplexObject {
      return Complex(real: c.real, imag: c.imag)
    }
    guard let n = number(v) else { return nil }
    return Complex(real: try toDouble(n), imag: 0)
  }

  /// `a op b` when either operand is complex; nil when the operation does not apply.
  func complexBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(PyError) -> Value? {
    guard a.asObject is ComplexObject || b.asObject is ComplexObject,
      let x = try complexOperand(a), let y = try complexOperand(b)
    else { return nil }
    switch op {
    case .add: return makeComplex(x + y)
    case .subtract: return makeComplex(x - y)
    case .multiply: return makeComplex(x * y)
    case .trueDivide:
      guard let q = Complex.quotient(x, y) else { throw zeroDivision("complex division by zero") }
      return makeComplex(q)
    case .power:
      return makeComplex(try complexPower(x, y))
    default: return nil
    }
  }

  /// CPython's `complex_pow`: small integer exponents by squaring, others through polar form.
  func complexPower(_ a: Complex, _ b: Complex) throws(PyError) -> Complex {
    var result: Complex
    if b.imag == 0 && b.real == b.real.rounded(.down) && Swift.abs(b.real) <= 100 {
      let n = Int(b.real)
      if n >= 0 {
        result = Complex.powerUnsigned(a, n)
      } else {
        guard let q = Complex.quotient(.one, Complex.powerUnsigned(a, -n)) else {
          throw zeroDivision("0.0 to a negative or complex power")
        }
        result = q
      }
    } else if b.real == 0 && b.imag == 0 {
      result = .one
    } else if a.real == 0 && a.imag == 0 {
      if b.imag != 0 || b.real < 0 { throw zeroDivision("0.0 to a negative or complex power") }
      result = Complex(real: 0, imag: 0)
    } else {
      let magnitude = hypot(a.real, a.imag)
      var length = pow(magnitude, b.real)
      let angle = atan2(a.imag, a.real)
      var phase = angle * b.real
      if b.imag != 0 {
        length /= exp(angle * b.imag)
        phase += b.imag * log(magnitude)
      }
      result = Complex(real: length * cos(phase), imag: length * sin(phase))
    }
    if !result.real.isFinite || !result.imag.isFinite,
      a.real.isFinite && a.imag.isFinite && b.real.isFinite && b.imag.isFinite
    {
      throw overflowError("complex exponentiation")
    }
    return result
  }

  /// `a op b` when either operand is complex: only `==` and `!=` are defined; nil otherwise.
  func complexCompare(_ a: Value, _ b: Value, _ op: ComparisonOperator) throws(PyError) -> Bool? {
    guard op == .equal || op == .notEqual,
      a.asObject is ComplexObject || b.asObject is ComplexObject
    else { return nil }
    guard let x = try complexOperand(a), let y = try complexOperand(b) else { return nil }
    var same = x.imag == y.imag
    if same {
      // A real operand compares exactly with the real part, as int/float comparison does.
      let left: Number = a.asObject is ComplexObject ? .float(x.real) : number(a)!
      let right: Number = b.asObject is ComplexObject ? .float(y.real) : number(b)!
      same = compareNumbers(left, right) == 0
    }
    return op == .equal ? same : !same
  }

  /// CPython's complex repr: `1j`, `(1+2j)`, `(-0-1j)`, with the parts in float repr minus `.0`.
  func complexRepr(_ c: ComplexObject) -> String {
    func part(_ d: Double) -> String {
      let text = pythonFloatRepr(d)
      return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
    if c.real == 0 && c.real.sign == .plus { return part(c.imag) + "j" }
    var imag = part(c.imag)
    if !imag.hasPrefix("-") { imag = "+" + imag }
    return "(" + part(c.real) + imag + "j)"
  }

  /// Parses `complex("1+2j")`'s text; nil when malformed.
  func parseComplex(_ text: String) -> Complex? {
    var s = Substring(text.trimmingCharacters_())
    if s.hasPrefix("(") && s.hasSuffix(")") {
      s = Substring(String(s.dropFirst().dropLast()).trimmingCharacters_())
    }
    guard !s.isEmpty else { return nil }
    guard s.hasSuffix("j") || s.hasSuffix("J") else {
      return parsePythonFloat(String(s)).map { Complex(real: $0, imag: 0) }
    }
    let body = s.dropLast()
    // The imaginary part starts at the last sign that is not an exponent's.
    var split = body.startIndex
    var index = body.startIndex
    while index < body.endIndex {
      let c = body[index]
      if (c == "+" || c == "-") && index != body.startIndex {
        let before = body[body.index(before: index)]
        if before != "e" && before != "E" { split = index }
      }
      index = body.index(after: index)
    }
    func imaginary(_ t: Substring) -> Double? {
      if t.isEmpty || t == "+" { return 1 }
      if t == "-" { return -1 }
      return parsePythonFloat(String(t))
    }
    if split == body.startIndex {
      return imaginary(body).map { Complex(real: 0, imag: $0) }
    }
    guard let real = parsePythonFloat(String(body[..<split])), let imag = imaginary(body[split...])
    else { return nil }
    return Complex(real: real, imag: imag)
  }

  func setUpComplex() {
    let t = types.complex!
    setConstructor(t) { interp, args, kwargs throws(PyError) in
      var arguments = Array(args.dropFirst())
      for (key, value) in kwargs {
        switch key {
        case "real" where arguments.isEmpty: arguments.append(value)
        case "imag" where arguments.count <= 1:
          if arguments.isEmpty { arguments.append(.int(0)) }
          arguments.append(value)
        default:
          throw interp.typeError("complex() got an unexpected keyword argument '\(key)'")
        }
      }
      if arguments.count > 2 {
        throw interp.typeError("complex() takes at most 2 arguments (\(arguments.count) given)")
      }
      if arguments.isEmpty { return interp.makeComplex(Complex(real: 0, imag: 0)) }
      if case .object(let o) = arguments[0], let s = o as? StrObject {
        if arguments.count > 1 {
          throw interp.typeError("complex() can't take second arg if first is a string")
        }
        guard let c = interp.parseComplex(s.value) else {
          throw interp.valueError("complex() arg is a malformed string")
        }
        return interp.makeComplex(c)
      }
      guard let real = try interp.complexOperand(arguments[0]) else {
        throw interp.typeError(
          "complex() first argument must be a string or a number, not '\(interp.typeName(arguments[0]))'"
        )
      }
      guard arguments.count > 1 else { return interp.makeComplex(real) }
      guard let imag = try interp.complexOperand(arguments[1]) else {
        throw interp.typeError(
          "complex() second argument must be a number, not '\(interp.typeName(arguments[1]))'")
      }
      // real + imag * 1j, as CPython combines them: complex parts only where they are complex,
      // so that signed zeros survive.
      var result = Complex(real: real.real, imag: imag.real)
      if arguments[1].asObject is ComplexObject { result.real -= imag.imag }
      if arguments[0].asObject is ComplexObject { result.imag += real.imag }
      return interp.makeComplex(result)
    }
    func value(_ v: Value) -> ComplexObject { v.asObject as! ComplexObject }
    for (name, part) in [("real", \ComplexObject.real), ("imag", \ComplexObject.imag)] {
      let getter = makeBuiltin(name) { _, args, _ in .float(value(args[0])[keyPath: part]) }
      t.dict.setString(
        self.name(name),
        .object(
          PropertyObject(
            getter: .object(getter), setter: .none, deleter: .none, doc: .none,
            type: types.property)))
    }
    define(t, "conjugate") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 1, "conjugate", method: true)
      let c = value(args[0])
      return interp.makeComplex(Complex(real: c.real, imag: -c.imag))
    }
    define(t, "__neg__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 1, "__neg__", method: true)
      let c = value(args[0])
      return interp.makeComplex(Complex(real: -c.real, imag: -c.imag))
    }
    define(t, "__pos__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 1, "__pos__", method: true)
      return args[0]
    }
    define(t, "__abs__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 1, "__abs__", method: true)
      let c = value(args[0])
      let magnitude = hypot(c.real, c.imag)
      if magnitude.isInfinite && c.real.isFinite && c.imag.isFinite {
        throw interp.overflowError("absolute value too large")
      }
      return .float(magnitude)
    }
  }
}

extension String {
  /// The text without leading and trailing whitespace; Foundation-free.
  fileprivate func trimmingCharacters_() -> String {
    let scalars = Array(unicodeScalars)
    var start = 0
    var end = scalars.count
    while start < end, scalars[start].properties.isWhitespace { start += 1 }
    while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    return String(view)
  }
}
