// Pure formatting and parsing helpers that reproduce CPython 3.11 exactly:
// float repr, the format-spec mini-language (format()/str.format for int,
// float and str), printf-style `%` formatting, int()/float() string parsing,
// round(float, n) and repr(str).
//
// Everything here is total: no input traps. Errors are reported as
// `FormatError` values carrying the CPython exception class name and message.
// Lengths and widths count Unicode scalars (Python code points).

import BigInt
import CoilSyntax

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt
#endif

// MARK: - Errors and limits

/// An error in CPython's words; `kind` is the Python exception class name
/// ("ValueError", "TypeError", "OverflowError", "MemoryError").
struct FormatError: Error, Equatable, Sendable, CustomStringConvertible {
  var kind: String
  var message: String

  init(kind: String, message: String) {
    self.kind = kind
    self.message = message
  }

  static func valueError(_ message: String) -> FormatError {
    FormatError(kind: "ValueError", message: message)
  }
  static func typeError(_ message: String) -> FormatError {
    FormatError(kind: "TypeError", message: message)
  }
  static func overflowError(_ message: String) -> FormatError {
    FormatError(kind: "OverflowError", message: message)
  }
  /// CPython raises a bare MemoryError (empty message) when a result cannot be allocated.
  static var memoryError: FormatError { FormatError(kind: "MemoryError", message: "") }

  var description: String { message.isEmpty ? kind : "\(kind): \(message)" }
}

/// The longest string (in code points) these functions will build. Where CPython
/// would try to allocate something larger (e.g. `format(1, '99999999999')`), we
/// raise MemoryError as CPython does when the allocation fails.
let pythonFormatMaxLength = 1 << 26

/// CPython's default `sys.get_int_max_str_digits()`.
let pythonDefaultMaxStrDigits = 4300

private let intMax32 = Int(Int32.max)

// MARK: - Small byte helpers

private let ch0: UInt8 = 0x30  // '0'
private let chDot: UInt8 = 0x2E  // '.'
private let chMinus: UInt8 = 0x2D  // '-'
private let chPlus: UInt8 = 0x2B  // '+'

@inline(__always)
private func isASCIIDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

private func appendScalar(_ s: Unicode.Scalar, to out: inout [UInt8]) {
  UTF8.encode(s) { out.append($0) }
}

private func appendRepeated(_ s: Unicode.Scalar, count: Int, to out: inout [UInt8]) {
  guard count > 0 else { return }
  if s.isASCII {
    out.append(contentsOf: repeatElement(UInt8(truncatingIfNeeded: s.value), count: count))
  } else {
    var enc: [UInt8] = []
    appendScalar(s, to: &enc)
    for _ in 0..<count { out.append(contentsOf: enc) }
  }
}

private func stringFromUTF8(_ bytes: [UInt8]) -> String {
  String(decoding: bytes, as: UTF8.self)
}

private func lowerHex(_ v: UInt32) -> String { String(v, radix: 16) }

/// `%.200s` / `%.200R` style truncation to 200 code points.
private func truncated200(_ s: String) -> String {
  var count = 0
  var view = String.UnicodeScalarView()
  for u in s.unicodeScalars {
    if count == 200 { break }
    view.append(u)
    count += 1
  }
  return String(view)
}

// MARK: - Unicode tables (Unicode 14.0, as in CPython 3.11)

/// Code points of the digit zero of every run of ten Unicode decimal digits (category Nd).
private let pythonDecimalZeros: [UInt32] = [
  0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
  0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
  0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
  0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
  0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
  0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
]

/// Python's `unicodedata.decimal(ch)` (Py_UNICODE_TODECIMAL), or nil.
func pythonDecimalDigitValue(_ s: Unicode.Scalar) -> Int? {
  let v = s.value
  if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
  if v < 0x660 { return nil }
  // Binary search for the largest zero <= v.
  var lo = 0
  var hi = pythonDecimalZeros.count - 1
  while lo < hi {
    let mid = (lo + hi + 1) / 2
    if pythonDecimalZeros[mid] <= v { lo = mid } else { hi = mid - 1 }
  }
  let zero = pythonDecimalZeros[lo]
  if v >= zero && v - zero < 10 { return Int(v - zero) }
  return nil
}

/// Python's `str.isspace()` for one code point.
func pythonIsSpace(_ s: Unicode.Scalar) -> Bool {
  switch s.value {
  case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F,
    0x205F, 0x3000:
    return true
  default:
    return false
  }
}

/// Python's `str.isprintable()` for one code point: false for categories
/// Cc Cf Cs Co Cn Zl Zp Zs except the ASCII space. Code points assigned after
/// Unicode 14.0 (CPython 3.11's database) count as unassigned.
func pythonIsPrintable(_ s: Unicode.Scalar) -> Bool {
  let v = s.value
  if v < 0x7F { return v >= 0x20 }
  if v < 0xA1 { return false }  // DEL, C1 controls, NBSP
  let props = s.properties
  guard let age = props.age else { return false }
  if age.major > 14 { return false }
  switch props.generalCategory {
  case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
    .paragraphSeparator, .spaceSeparator:
    return false
  default:
    return true
  }
}

// MARK: - Exact decimal digits of a double

/// Calls the C library's correctly rounded `%.*e` / `%.*f`. `precision` must be
/// small enough for the fixed buffer (callers cap it at 1100).
private func cPrintf(_ value: Double, fixed: Bool, precision: Int) -> [UInt8] {
  let capacity = 1700
  var result: [UInt8] = []
  withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buf in
    guard let base = buf.baseAddress else { return }
    let n: Int32 = withVaList([Int32(clamping: precision), value]) { va in
      if fixed {
        return vsnprintf(base, capacity, "%.*f", va)
      } else {
        return vsnprintf(base, capacity, "%.*e", va)
      }
    }
    let len = min(Int(max(n, 0)), capacity - 1)
    result.reserveCapacity(len)
    for i in 0..<len { result.append(UInt8(bitPattern: buf[i])) }
  }
  return result
}

/// Digits without leading/trailing zeros and the decimal point position
/// (value = 0.DIGITS * 10**decpt), as David Gay's dtoa returns them. Zero is ("0", 1).
private struct DecimalDigits {
  var digits: [UInt8]
  var decpt: Int

  static let zero = DecimalDigits(digits: [ch0], decpt: 1)

  /// Strips leading zeros (adjusting decpt) and trailing zeros; all-zero becomes `zero`.
  static func normalized(_ raw: [UInt8], decpt: Int) -> DecimalDigits {
    var start = 0
    var d = decpt
    while start < raw.count && raw[start] == ch0 {
      start += 1
      d -= 1
    }
    var end = raw.count
    while end > start && raw[end - 1] == ch0 { end -= 1 }
    if start == end { return .zero }
    return DecimalDigits(digits: Array(raw[start..<end]), decpt: d)
  }
}

/// Mode 0: shortest digits that round-trip (repr). `a` finite and >= 0.
private func shortestDigits(_ a: Double) -> DecimalDigits {
  if a == 0 { return .zero }
  let text = Array(a.description.utf8)
  var mantissa: [UInt8] = []
  var intDigits = 0
  var seenPoint = false
  var exponent = 0
  var i = 0
  while i < text.count {
    let c = text[i]
    if c == chDot {
      seenPoint = true
    } else if isASCIIDigit(c) {
      mantissa.append(c)
      if !seenPoint { intDigits += 1 }
    } else if c == 0x65 || c == 0x45 {  // e E
      var j = i + 1
      var negative = false
      if j < text.count && (text[j] == chMinus || text[j] == chPlus) {
        negative = text[j] == chMinus
        j += 1
      }
      var e = 0
      while j < text.count && isASCIIDigit(text[j]) {
        e = e * 10 + Int(text[j] - ch0)
        j += 1
      }
      exponent = negative ? -e : e
      break
    }
    i += 1
  }
  return .normalized(mantissa, decpt: intDigits + exponent)
}

/// Mode 2: `ndigits` significant digits, correctly rounded (half-even on the exact value).
private func significantDigits(_ a: Double, _ ndigits: Int) -> DecimalDigits {
  if a == 0 { return .zero }
  // A double has at most 767 significant decimal digits, so 800 is exact.
  let nd = min(max(ndigits, 1), 800)
  let text = cPrintf(a, fixed: false, precision: nd - 1)
  var mantissa: [UInt8] = []
  var exponent = 0
  var i = 0
  while i < text.count {
    let c = text[i]
    if isASCIIDigit(c) {
      mantissa.append(c)
    } else if c == 0x65 {
      var j = i + 1
      var negative = false
      if j < text.count && (text[j] == chMinus || text[j] == chPlus) {
        negative = text[j] == chMinus
        j += 1
      }
      var e = 0
      while j < text.count && isASCIIDigit(text[j]) {
        e = e * 10 + Int(text[j] - ch0)
        j += 1
      }
      exponent = negative ? -e : e
      break
    }
    i += 1
  }
  return .normalized(mantissa, decpt: exponent + 1)
}

/// Mode 3: rounded to `ndigits` (>= 0) digits after the decimal point.
private func fractionDigits(_ a: Double, _ ndigits: Int) -> DecimalDigits {
  if a == 0 { return .zero }
  // A double has at most 1074 digits after the point, so 1100 is exact.
  let nd = min(max(ndigits, 0), 1100)
  let text = cPrintf(a, fixed: true, precision: nd)
  var all: [UInt8] = []
  all.reserveCapacity(text.count)
  var intDigits = 0
  var seenPoint = false
  for c in text {
    if c == chDot {
      seenPoint = true
    } else if isASCIIDigit(c) {
      all.append(c)
      if !seenPoint { intDigits += 1 }
    }
  }
  return .normalized(all, decpt: intDigits)
}

/// The exact decimal expansion of a finite double's magnitude.
private func exactDigits(_ a: Double) -> DecimalDigits {
  significantDigits(a, 800)
}

/// Rounds exact digits to `ndigits` places after the point (negative: to the
/// left of the point), half-even, like dtoa mode 3.
private func roundExact(_ x: DecimalDigits, ndigits: Int) -> DecimalDigits {
  if x.digits == [ch0] { return x }
  let keep = x.decpt + ndigits
  if keep >= x.digits.count { return x }
  if keep < 0 { return .zero }
  let next = x.digits[keep]
  var roundUp: Bool
  if next > 0x35 {
    roundUp = true
  } else if next < 0x35 {
    roundUp = false
  } else {
    let restNonzero = x.digits[(keep + 1)...].contains { $0 != ch0 }
    if restNonzero {
      roundUp = true
    } else if keep == 0 {
      roundUp = false  // 0 is even
    } else {
      roundUp = (x.digits[keep - 1] - ch0) % 2 == 1
    }
  }
  var kept = Array(x.digits[0..<keep])
  var decpt = x.decpt
  if roundUp {
    var i = kept.count - 1
    var carry = true
    while carry && i >= 0 {
      if kept[i] == 0x39 {
        kept[i] = ch0
        i -= 1
      } else {
        kept[i] += 1
        carry = false
      }
    }
    if carry {
      kept.insert(0x31, at: 0)
      decpt += 1
    }
  }
  return .normalized(kept, decpt: decpt)
}

// MARK: - PyOS_double_to_string / format_float_short

/// CPython's `PyOS_double_to_string(val, code, precision, flags)`.
/// `code` is one of e E f F g G r. Returns ASCII bytes.
private func doubleToString(
  _ d: Double, code rawCode: UInt8, precision rawPrecision: Int,
  alt: Bool, addDot0: Bool, noNegZero: Bool
) throws(FormatError) -> [UInt8] {
  var code = rawCode
  var upper = false
  if code == 0x45 || code == 0x46 || code == 0x47 {  // E F G
    upper = true
    code += 0x20
  }
  var precision = min(max(rawPrecision, 0), intMax32)
  switch code {
  case 0x65:  // e
    precision += 1
  case 0x67:  // g
    if precision == 0 { precision = 1 }
  case 0x66:  // f
    break
  default:  // r
    code = 0x72
    precision = 0
  }

  if d.isNaN { return Array((upper ? "NAN" : "nan").utf8) }
  if d.isInfinite {
    var out: [UInt8] = d < 0 ? [chMinus] : []
    out += Array((upper ? "INF" : "inf").utf8)
    return out
  }

  var negative = d.sign == .minus
  let a = d.magnitude
  let dd: DecimalDigits
  switch code {
  case 0x72: dd = shortestDigits(a)
  case 0x66: dd = fractionDigits(a, precision)
  default: dd = significantDigits(a, precision)
  }
  let digits = dd.digits
  var decpt = dd.decpt
  if noNegZero && negative && digits == [ch0] { negative = false }

  let digitsLen = digits.count
  var vdigitsEnd = digitsLen
  var useExp = false
  var exp = 0
  switch code {
  case 0x65:
    useExp = true
    vdigitsEnd = precision
  case 0x66:
    vdigitsEnd = decpt + precision
  case 0x67:
    if decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision) { useExp = true }
    if alt { vdigitsEnd = precision }
  default:
    if decpt <= -4 || decpt > 16 { useExp = true }
  }
  if useExp {
    exp = decpt - 1
    decpt = 1
  }
  let vdigitsStart = decpt <= 0 ? decpt - 1 : 0
  if !useExp && addDot0 {
    vdigitsEnd = max(vdigitsEnd, decpt + 1)
  } else {
    vdigitsEnd = max(vdigitsEnd, decpt)
  }
  let size = 3 + (vdigitsEnd - vdigitsStart) + (useExp ? 5 : 0)
  if size > pythonFormatMaxLength { throw .memoryError }

  var out: [UInt8] = []
  out.reserveCapacity(size)
  if negative { out.append(chMinus) }
  if decpt <= 0 {
    out.append(contentsOf: repeatElement(ch0, count: decpt - vdigitsStart))
    out.append(chDot)
    out.append(contentsOf: repeatElement(ch0, count: -decpt))
  } else {
    out.append(contentsOf: repeatElement(ch0, count: -vdigitsStart))
  }
  if decpt > 0 && decpt <= digitsLen {
    out.append(contentsOf: digits[0..<decpt])
    out.append(chDot)
    out.append(contentsOf: digits[decpt...])
  } else {
    out.append(contentsOf: digits)
  }
  if digitsLen < decpt {
    out.append(contentsOf: repeatElement(ch0, count: decpt - digitsLen))
    out.append(chDot)
    out.append(contentsOf: repeatElement(ch0, count: max(vdigitsEnd - decpt, 0)))
  } else {
    out.append(contentsOf: repeatElement(ch0, count: max(vdigitsEnd - digitsLen, 0)))
  }
  if out.last == chDot && !alt { out.removeLast() }
  if useExp {
    out.append(upper ? 0x45 : 0x65)
    out.append(exp < 0 ? chMinus : chPlus)
    let mag = exp.magnitude
    if mag < 10 { out.append(ch0) }
    out.append(contentsOf: Array(String(mag).utf8))
  }
  return out
}

/// repr(float) / str(float) exactly as CPython: shortest round-trip digits,
/// exponent form when the decimal exponent is < -4 or >= 16.
func pythonFloatRepr(_ value: Double) -> String {
  let bytes =
    (try? doubleToString(
      value, code: 0x72, precision: 0, alt: false, addDot0: true, noNegZero: false)) ?? []
  return stringFromUTF8(bytes)
}

// MARK: - Format-spec mini-language

/// The parsed format-spec mini-language:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
/// Fields hold exactly what was written; absent parts are nil/false.
struct FormatSpec: Equatable, Sendable {
  /// Explicit fill character (only present together with `align`).
  var fill: Unicode.Scalar? = nil
  /// '<', '>', '=' or '^' when given.
  var align: Unicode.Scalar? = nil
  /// '+', '-' or ' ' when given.
  var sign: Unicode.Scalar? = nil
  /// The 'z' option (coerce negative zero to zero).
  var noNegativeZero: Bool = false
  /// The '#' option.
  var alternate: Bool = false
  /// The '0' option before the width (only recorded when no explicit fill was given).
  var zeroPad: Bool = false
  var width: Int? = nil
  /// ',' or '_' when given.
  var grouping: Unicode.Scalar? = nil
  var precision: Int? = nil
  /// The presentation type when given (any code point; validity is checked by the formatters).
  var type: Unicode.Scalar? = nil

  /// The fill character actually used (CPython's `fill_char`).
  var effectiveFill: Unicode.Scalar { fill ?? (zeroPad ? "0" : " ") }

  /// The alignment actually used given the type's default ('>' for numbers, '<' for str).
  func effectiveAlign(default defaultAlign: Unicode.Scalar) -> Unicode.Scalar {
    if let align { return align }
    if zeroPad && defaultAlign == ">" { return "=" }
    return defaultAlign
  }
}

private func isAlignToken(_ s: Unicode.Scalar) -> Bool {
  s == "<" || s == ">" || s == "=" || s == "^"
}

/// `get_integer` from formatter_unicode.c: reads (Unicode) decimal digits.
private func readSpecInteger(
  _ s: [Unicode.Scalar], _ pos: inout Int
) throws(FormatError) -> (value: Int, count: Int) {
  var acc = 0
  var count = 0
  while pos < s.count, let d = pythonDecimalDigitValue(s[pos]) {
    if acc > (Int.max - d) / 10 {
      throw .valueError("Too many decimal digits in format string")
    }
    acc = acc * 10 + d
    pos += 1
    count += 1
  }
  return (acc, count)
}

private func describeTypeChar(_ t: Unicode.Scalar) -> String {
  if t.value > 32 && t.value < 128 { return String(Character(t)) }
  return "\\x" + lowerHex(t.value)
}

/// Parses a format spec as CPython's `parse_internal_render_format_spec`.
/// `typeName` is used in the "Invalid format specifier" message; `defaultType` is
/// the type's default presentation ('d' for int, 's' for str, nil for float) and
/// matters only for validating ',' / '_'.
func parseFormatSpec(
  _ spec: String, typeName: String = "object", defaultType: Unicode.Scalar? = nil
) throws(FormatError) -> FormatSpec {
  let s = Array(spec.unicodeScalars)
  let end = s.count
  var pos = 0
  var r = FormatSpec()
  var fillSpecified = false

  if end - pos >= 2 && isAlignToken(s[pos + 1]) {
    r.align = s[pos + 1]
    r.fill = s[pos]
    fillSpecified = true
    pos += 2
  } else if end - pos >= 1 && isAlignToken(s[pos]) {
    r.align = s[pos]
    pos += 1
  }
  if end - pos >= 1 && (s[pos] == "+" || s[pos] == "-" || s[pos] == " ") {
    r.sign = s[pos]
    pos += 1
  }
  if end - pos >= 1 && s[pos] == "z" {
    r.noNegativeZero = true
    pos += 1
  }
  if end - pos >= 1 && s[pos] == "#" {
    r.alternate = true
    pos += 1
  }
  if !fillSpecified && end - pos >= 1 && s[pos] == "0" {
    r.zeroPad = true
    pos += 1
  }
  let width = try readSpecInteger(s, &pos)
  if width.count > 0 { r.width = width.value }

  if pos < end && s[pos] == "," {
    r.grouping = ","
    pos += 1
  }
  if pos < end && s[pos] == "_" {
    if r.grouping != nil { throw .valueError("Cannot specify both ',' and '_'.") }
    r.grouping = "_"
    pos += 1
  }
  if pos < end && s[pos] == "," && r.grouping == "_" {
    throw .valueError("Cannot specify both ',' and '_'.")
  }

  if pos < end && s[pos] == "." {
    pos += 1
    let p = try readSpecInteger(s, &pos)
    if p.count == 0 { throw .valueError("Format specifier missing precision") }
    r.precision = p.value
  }

  if end - pos > 1 {
    throw .valueError(
      "Invalid format specifier '\(spec)' for object of type '\(truncated200(typeName))'")
  }
  if end - pos == 1 {
    r.type = s[pos]
    pos += 1
  }

  if let g = r.grouping {
    let t = r.type ?? defaultType ?? "\0"
    switch t {
    case "d", "e", "f", "g", "E", "G", "%", "F", "\0":
      break
    case "b", "o", "x", "X":
      if g != "_" {
        throw .valueError("Cannot specify '\(Character(g))' with '\(describeTypeChar(t))'.")
      }
    default:
      throw .valueError("Cannot specify '\(Character(g))' with '\(describeTypeChar(t))'.")
    }
  }
  return r
}

private func unknownFormatCode(_ t: Unicode.Scalar, _ typeName: String) -> FormatError {
  .valueError(
    "Unknown format code '\(describeTypeChar(t))' for object of type '\(truncated200(typeName))'"
  )
}

// MARK: - Number layout (calc_number_widths + fill_number)

/// `_PyUnicode_InsertThousandsGrouping`: returns the grouped (and possibly
/// zero-padded to `minWidth`) digits. `groupLen` 0 means no grouping.
private func groupDigits(
  _ digits: ArraySlice<UInt8>, minWidth rawMinWidth: Int, groupLen: Int, separator: UInt8
) -> [UInt8] {
  var minWidth = max(0, rawMinWidth)
  var remaining = digits.count
  var reversed: [UInt8] = []
  reversed.reserveCapacity(max(remaining, minWidth) + remaining / max(groupLen, 1) + 2)
  var digitsPos = digits.endIndex
  var useSeparator = false

  func fill(_ nChars: Int, _ nZeros: Int) {
    if useSeparator { reversed.append(separator) }
    var k = 0
    while k < nChars {
      digitsPos -= 1
      reversed.append(digits[digitsPos])
      k += 1
    }
    reversed.append(contentsOf: repeatElement(ch0, count: nZeros))
  }

  var loopBroken = false
  if groupLen > 0 {
    while true {
      let len = min(groupLen, max(max(remaining, minWidth), 1))
      let nZeros = max(0, len - remaining)
      let nChars = max(0, min(remaining, len))
      fill(nChars, nZeros)
      useSeparator = true
      remaining -= nChars
      minWidth -= len
      if remaining <= 0 && minWidth <= 0 {
        loopBroken = true
        break
      }
      minWidth -= 1
    }
  }
  if !loopBroken {
    let len = max(max(remaining, minWidth), 1)
    let nZeros = max(0, len - remaining)
    let nChars = max(0, min(remaining, len))
    fill(nChars, nZeros)
  }
  return reversed.reversed()
}

/// The resolved options that drive number layout.
private struct NumberLayout {
  var fill: Unicode.Scalar
  var align: Unicode.Scalar
  var sign: Unicode.Scalar?
  var width: Int  // -1 when absent
  var groupLen: Int  // 0 when no grouping
  var separator: UInt8
}

/// Lays out `<lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>`.
private func layoutNumber(
  negative: Bool, prefix: [UInt8], digits: ArraySlice<UInt8>, hasDecimal: Bool,
  remainder: [Unicode.Scalar], layout: NumberLayout, toUpper: Bool
) throws(FormatError) -> String {
  var signChar: UInt8? = nil
  switch layout.sign {
  case "+": signChar = negative ? chMinus : chPlus
  case " ": signChar = negative ? chMinus : 0x20
  default: signChar = negative ? chMinus : nil
  }
  let nSign = signChar == nil ? 0 : 1
  let nDecimal = hasDecimal ? 1 : 0
  let nonDigit = nSign + prefix.count + nDecimal + remainder.count
  if layout.width > pythonFormatMaxLength { throw .memoryError }
  let minWidth =
    (layout.fill == "0" && layout.align == "=") ? layout.width - nonDigit : 0
  var grouped: [UInt8] =
    digits.isEmpty
    ? []
    : groupDigits(
      digits, minWidth: minWidth, groupLen: layout.groupLen, separator: layout.separator)
  if toUpper {
    for i in grouped.indices where grouped[i] >= 0x61 && grouped[i] <= 0x7A {
      grouped[i] -= 0x20
    }
  }
  let padding = layout.width - (nonDigit + grouped.count)
  var lpad = 0
  var spad = 0
  var rpad = 0
  if padding > 0 {
    switch layout.align {
    case "<": rpad = padding
    case "^":
      lpad = padding / 2
      rpad = padding - lpad
    case "=": spad = padding
    default: lpad = padding
    }
  }
  var out: [UInt8] = []
  out.reserveCapacity(nonDigit + grouped.count + max(padding, 0) + remainder.count * 3)
  appendRepeated(layout.fill, count: lpad, to: &out)
  if let signChar { out.append(signChar) }
  if toUpper {
    for c in prefix { out.append(c >= 0x61 && c <= 0x7A ? c - 0x20 : c) }
  } else {
    out.append(contentsOf: prefix)
  }
  appendRepeated(layout.fill, count: spad, to: &out)
  out.append(contentsOf: grouped)
  if hasDecimal { out.append(chDot) }
  for u in remainder { appendScalar(u, to: &out) }
  appendRepeated(layout.fill, count: rpad, to: &out)
  return stringFromUTF8(out)
}

// MARK: - Integer helpers

/// Digits of a magnitude in base 2, 8, 10 or 16 (lowercase ASCII); "0" for zero.
private func magnitudeDigits(_ m: BigUInt, base: Int) -> [UInt8] {
  if m.isZero { return [ch0] }
  let bitsPerDigit: Int
  switch base {
  case 2: bitsPerDigit = 1
  case 8: bitsPerDigit = 3
  case 16: bitsPerDigit = 4
  default:
    return Array(String(m).utf8)
  }
  let words = Array(m.words)
  let bits = m.bitWidth
  let count = (bits + bitsPerDigit - 1) / bitsPerDigit
  let table: [UInt8] = Array("0123456789abcdef".utf8)
  var out = [UInt8](repeating: ch0, count: count)
  let mask = UInt((1 << bitsPerDigit) - 1)
  for i in 0..<count {
    let offset = i * bitsPerDigit
    let w = offset / UInt.bitWidth
    let shift = offset % UInt.bitWidth
    var v = words[w] >> UInt(shift)
    if shift + bitsPerDigit > UInt.bitWidth && w + 1 < words.count {
      v |= words[w + 1] << UInt(UInt.bitWidth - shift)
    }
    out[count - 1 - i] = table[Int(v & mask)]
  }
  return out
}

private func maxStrDigitsError(_ limit: Int) -> FormatError {
  .valueError(
    "Exceeds the limit (\(limit) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
  )
}

/// Decimal digits of |v| honouring CPython's int max str digits limit (0 = unlimited).
private func decimalMagnitudeDigits(_ m: BigUInt, maxStrDigits: Int) throws(FormatError) -> [UInt8] {
  if maxStrDigits > 0 {
    let bits = m.bitWidth
    // |v| >= 2**(bits-1) has more than (bits-1)*log10(2) digits.
    if bits > 0 && Double(bits - 1) * 0.30102999566398120 > Double(maxStrDigits) + 1 {
      throw maxStrDigitsError(maxStrDigits)
    }
  }
  let digits = magnitudeDigits(m, base: 10)
  if maxStrDigits > 0 && digits.count > maxStrDigits { throw maxStrDigitsError(maxStrDigits) }
  return digits
}

/// str(int) with CPython's int max str digits limit (`maxStrDigits` 0 = unlimited).
func pythonIntToDecimalString(
  _ value: BigInt, maxStrDigits: Int = pythonDefaultMaxStrDigits
) throws(FormatError) -> String {
  let digits = try decimalMagnitudeDigits(value.magnitude, maxStrDigits: maxStrDigits)
  return (value.sign == .minus && !value.magnitude.isZero ? "-" : "") + stringFromUTF8(digits)
}

/// float(int): correctly rounded (half-even); nil when the result overflows.
private func bigIntToDouble(_ v: BigInt) -> Double? {
  let m = v.magnitude
  let bits = m.bitWidth
  var result: Double
  if bits <= 64 {
    result = Double(UInt64(truncatingIfNeeded: m.words.first ?? 0))
  } else {
    let shift = bits - 64
    let top = UInt64(truncatingIfNeeded: (m >> shift).words.first ?? 0)
    let sticky = m.trailingZeroBitCount < shift
    let t = sticky ? top | 1 : top
    if shift > 2000 { return nil }
    result = Double(sign: .plus, exponent: shift, significand: Double(t))
  }
  if !result.isFinite { return nil }
  return v.sign == .minus ? -result : result
}

/// float(n) as CPython: OverflowError "int too large to convert to float".
func pythonIntToDouble(_ value: BigInt) throws(FormatError) -> Double {
  guard let d = bigIntToDouble(value) else {
    throw .overflowError("int too large to convert to float")
  }
  return d
}

// MARK: - format() for float, int and str

/// `format(x, spec)` for a float (`float.__format__`).
func formatFloat(_ value: Double, spec: String, typeName: String = "float") throws(FormatError)
  -> String
{
  if spec.isEmpty { return pythonFloatRepr(value) }
  let parsed = try parseFormatSpec(spec, typeName: typeName, defaultType: nil)
  return try formatFloat(value, parsedSpec: parsed, typeName: typeName)
}

/// `float.__format__` with an already parsed spec.
func formatFloat(_ value: Double, parsedSpec s: FormatSpec, typeName: String = "float")
  throws(FormatError) -> String
{
  switch s.type {
  case nil, "\0", "e", "E", "f", "F", "g", "G", "n", "%":
    return try formatFloatInternal(value, s)
  case let t?:
    throw unknownFormatCode(t, typeName)
  }
}

/// `format_float_internal` from formatter_unicode.c.
private func formatFloatInternal(_ value: Double, _ s: FormatSpec) throws(FormatError) -> String {
  if let p = s.precision, p > intMax32 { throw .valueError("precision too big") }
  var precision = s.precision ?? -1
  var defaultPrecision = 6
  var addDot0 = false
  var code: UInt8
  let rawType = s.type ?? "\0"
  switch rawType {
  case "\0":
    addDot0 = true
    code = 0x72  // r
    defaultPrecision = 0
  case "n": code = 0x67
  default: code = UInt8(truncatingIfNeeded: rawType.value)
  }
  var val = value
  var addPct = false
  if code == 0x25 {  // %
    code = 0x66
    val *= 100
    addPct = true
  }
  if precision < 0 {
    precision = defaultPrecision
  } else if code == 0x72 {
    code = 0x67
  }
  let buf = try doubleToString(
    val, code: code, precision: precision, alt: s.alternate, addDot0: addDot0,
    noNegZero: s.noNegativeZero)

  var index = 0
  var negative = false
  if buf.first == chMinus {
    negative = true
    index = 1
  }
  var digitsEnd = index
  while digitsEnd < buf.count && isASCIIDigit(buf[digitsEnd]) { digitsEnd += 1 }
  let hasDecimal = digitsEnd < buf.count && buf[digitsEnd] == chDot
  let remainderStart = hasDecimal ? digitsEnd + 1 : digitsEnd
  var remainder: [Unicode.Scalar] = buf[remainderStart...].map { Unicode.Scalar($0) }
  if addPct { remainder.append("%") }

  var groupLen = 0
  var separator: UInt8 = 0x2C
  if rawType != "n", let g = s.grouping {
    groupLen = 3
    separator = g == "_" ? 0x5F : 0x2C
  }
  let layout = NumberLayout(
    fill: s.effectiveFill, align: s.effectiveAlign(default: ">"), sign: s.sign,
    width: s.width ?? -1, groupLen: groupLen, separator: separator)
  return try layoutNumber(
    negative: negative, prefix: [], digits: buf[index..<digitsEnd], hasDecimal: hasDecimal,
    remainder: remainder, layout: layout, toUpper: false)
}

/// `format(n, spec)` for an int (`int.__format__`). `typeName` appears in error
/// messages (pass "bool" for bools); `maxStrDigits` is `sys.get_int_max_str_digits()`.
func formatInteger(
  _ value: BigInt, spec: String, typeName: String = "int",
  maxStrDigits: Int = pythonDefaultMaxStrDigits
) throws(FormatError) -> String {
  if spec.isEmpty { return try pythonIntToDecimalString(value, maxStrDigits: maxStrDigits) }
  let parsed = try parseFormatSpec(spec, typeName: typeName, defaultType: "d")
  return try formatInteger(
    value, parsedSpec: parsed, typeName: typeName, maxStrDigits: maxStrDigits)
}

/// `int.__format__` with an already parsed spec.
func formatInteger(
  _ value: BigInt, parsedSpec s: FormatSpec, typeName: String = "int",
  maxStrDigits: Int = pythonDefaultMaxStrDigits
) throws(FormatError) -> String {
  let t = s.type ?? "d"
  switch t {
  case "b", "c", "d", "o", "x", "X", "n":
    return try formatIntegerInternal(value, s, type: t, maxStrDigits: maxStrDigits)
  case "e", "E", "f", "F", "g", "G", "%":
    let d = try pythonIntToDouble(value)
    return try formatFloatInternal(d, s)
  default:
    throw unknownFormatCode(t, typeName)
  }
}

/// `format_long_internal` from formatter_unicode.c.
private func formatIntegerInternal(
  _ value: BigInt, _ s: FormatSpec, type t: Unicode.Scalar, maxStrDigits: Int
) throws(FormatError) -> String {
  if s.precision != nil {
    throw .valueError("Precision not allowed in integer format specifier")
  }
  if s.noNegativeZero {
    throw .valueError("Negative zero coercion (z) not allowed in integer format specifier")
  }
  var negative = false
  var prefix: [UInt8] = []
  var digits: [UInt8] = []
  var remainder: [Unicode.Scalar] = []
  if t == "c" {
    if s.sign != nil {
      throw .valueError("Sign not allowed with integer format specifier 'c'")
    }
    if s.alternate {
      throw .valueError("Alternate form (#) not allowed with integer format specifier 'c'")
    }
    guard let x = Int64(exactly: value) else {
      throw .overflowError("Python int too large to convert to C long")
    }
    if x < 0 || x > 0x10FFFF { throw .overflowError("%c arg not in range(0x110000)") }
    // Lone surrogates cannot live in a Swift String; they become U+FFFD.
    remainder = [Unicode.Scalar(UInt32(x)) ?? "\u{FFFD}"]
  } else {
    let base: Int
    switch t {
    case "b": base = 2
    case "o": base = 8
    case "x", "X": base = 16
    default: base = 10
    }
    negative = value.sign == .minus && !value.magnitude.isZero
    if base == 10 {
      digits = try decimalMagnitudeDigits(value.magnitude, maxStrDigits: maxStrDigits)
    } else {
      digits = magnitudeDigits(value.magnitude, base: base)
      if s.alternate {
        prefix = [ch0, base == 2 ? 0x62 : base == 8 ? 0x6F : 0x78]
      }
    }
  }
  var groupLen = 0
  var separator: UInt8 = 0x2C
  if t != "n", let g = s.grouping {
    separator = g == "_" ? 0x5F : 0x2C
    groupLen = (g == "_" && (t == "b" || t == "o" || t == "x" || t == "X")) ? 4 : 3
  }
  let layout = NumberLayout(
    fill: s.effectiveFill, align: s.effectiveAlign(default: ">"), sign: s.sign,
    width: s.width ?? -1, groupLen: groupLen, separator: separator)
  return try layoutNumber(
    negative: negative, prefix: prefix, digits: digits[...], hasDecimal: false,
    remainder: remainder, layout: layout, toUpper: t == "X")
}

/// `format(s, spec)` for a str (`str.__format__`).
func formatString(_ value: String, spec: String, typeName: String = "str") throws(FormatError)
  -> String
{
  if spec.isEmpty { return value }
  let parsed = try parseFormatSpec(spec, typeName: typeName, defaultType: "s")
  return try formatString(value, parsedSpec: parsed, typeName: typeName)
}

/// `str.__format__` with an already parsed spec.
func formatString(_ value: String, parsedSpec s: FormatSpec, typeName: String = "str")
  throws(FormatError) -> String
{
  let t = s.type ?? "s"
  guard t == "s" else { throw unknownFormatCode(t, typeName) }
  if let sign = s.sign {
    if sign == " " {
      throw .valueError("Space not allowed in string format specifier")
    }
    throw .valueError("Sign not allowed in string format specifier")
  }
  if s.noNegativeZero {
    throw .valueError("Negative zero coercion (z) not allowed in string format specifier")
  }
  if s.alternate {
    throw .valueError("Alternate form (#) not allowed in string format specifier")
  }
  let align = s.effectiveAlign(default: "<")
  if align == "=" {
    throw .valueError("'=' alignment not allowed in string format specifier")
  }
  let width = s.width ?? -1
  let precision = s.precision ?? -1
  // Fast path: no padding or truncation needed. Counting stops early for long strings.
  var len = 0
  let bound = max(width, precision)
  let limit = bound == Int.max ? Int.max : bound + 1
  for _ in value.unicodeScalars {
    len += 1
    if len > limit { break }
  }
  if (width == -1 || width <= len) && (precision == -1 || precision >= len) {
    return value
  }
  if precision >= 0 && len >= precision { len = precision }
  let total = width >= 0 ? max(len, width) : len
  if total > pythonFormatMaxLength { throw .memoryError }
  let lpad: Int
  switch align {
  case ">": lpad = total - len
  case "^": lpad = (total - len) / 2
  default: lpad = 0
  }
  let rpad = total - len - lpad
  let fill = s.effectiveFill
  var out: [UInt8] = []
  appendRepeated(fill, count: lpad, to: &out)
  var k = 0
  for u in value.unicodeScalars {
    if k == len { break }
    appendScalar(u, to: &out)
    k += 1
  }
  appendRepeated(fill, count: rpad, to: &out)
  return stringFromUTF8(out)
}

// MARK: - printf-style formatting (str % args)

/// A '*' or a literal number in a %-conversion's width or precision.
enum PercentCount: Equatable, Sendable {
  case star
  case fixed(Int)
}

/// One conversion `%[(key)][flags][width][.precision][length]type`.
struct PercentConversion: Equatable, Sendable {
  /// The mapping key of `%(key)s`.
  var key: String? = nil
  /// '-' flag.
  var leftAlign: Bool = false
  /// '+' flag.
  var forceSign: Bool = false
  /// ' ' flag.
  var space: Bool = false
  /// '#' flag.
  var alternate: Bool = false
  /// '0' flag.
  var zeroPad: Bool = false
  var width: PercentCount? = nil
  var precision: PercentCount? = nil
  /// The conversion character (may be unsupported; see `unsupportedTypeError`).
  var type: Unicode.Scalar
  /// Code-point index of `type` in the format string (for error messages).
  var typeIndex: Int = 0

  init(type: Unicode.Scalar, typeIndex: Int = 0) {
    self.type = type
    self.typeIndex = typeIndex
  }

  /// The ValueError CPython raises for this conversion character (after it has
  /// fetched the conversion's argument), or nil when the character is supported.
  var unsupportedTypeError: FormatError? {
    switch type {
    case "s", "r", "a", "i", "d", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G", "c":
      return nil
    default:
      let v = type.value
      let shown = (31...126).contains(v) ? String(Character(type)) : "?"
      return .valueError(
        "unsupported format character '\(shown)' (0x\(lowerHex(v))) at index \(typeIndex)")
    }
  }
}

/// One piece of a %-format string: literal text ("%%" already turned into "%"), or a conversion.
enum PercentPiece: Equatable, Sendable {
  case literal(String)
  case conversion(PercentConversion)
}

/// Where and why parsing a %-format string stopped. CPython raises `error` only
/// after doing, in this order: the mapping check ("format requires a mapping"
/// TypeError when `usesMapping` and the argument is not a mapping), the lookup of
/// `key` (if non-nil), and fetching/validating the '*' width and precision
/// arguments flagged below.
struct PercentParseFailure: Error, Equatable, Sendable {
  var error: FormatError
  var usesMapping: Bool = false
  var key: String? = nil
  var fetchedStarWidth: Bool = false
  var fetchedStarPrecision: Bool = false
}

/// Parses a %-format string the way CPython walks it, without raising: the
/// pieces up to the first malformed conversion, and a description of that
/// failure. Conversions with unsupported characters are returned as conversions
/// (see `PercentConversion.unsupportedTypeError`), since CPython only reports
/// them after fetching their argument.
func parsePercentFormatDeferred(_ format: String) -> (
  pieces: [PercentPiece], failure: PercentParseFailure?
) {
  let s = Array(format.unicodeScalars)
  let n = s.count
  var pieces: [PercentPiece] = []
  var literal = String.UnicodeScalarView()
  var pos = 0

  func flushLiteral() {
    if !literal.isEmpty {
      pieces.append(.literal(String(literal)))
      literal = String.UnicodeScalarView()
    }
  }

  while pos < n {
    if s[pos] != "%" {
      literal.append(s[pos])
      pos += 1
      continue
    }
    pos += 1
    if pos < n && s[pos] == "%" {
      literal.append("%")
      pos += 1
      continue
    }
    flushLiteral()

    // Emulates unicode_format_arg_parse: `cnt` is CPython's fmtcnt.
    var cnt = n - pos
    var ch: Unicode.Scalar = pos < n ? s[pos] : "\0"
    var conv = PercentConversion(type: "\0")
    var failure = PercentParseFailure(error: .valueError("incomplete format"))

    if ch == "(" {
      failure.usesMapping = true
      pos += 1
      cnt -= 1
      let keyStart = pos
      var depth = 1
      while depth > 0 {
        cnt -= 1
        if cnt < 0 { break }
        ch = pos < n ? s[pos] : "\0"
        if ch == ")" {
          depth -= 1
        } else if ch == "(" {
          depth += 1
        }
        pos += 1
      }
      if cnt < 0 || depth > 0 {
        failure.error = .valueError("incomplete format key")
        return (pieces, failure)
      }
      var keyView = String.UnicodeScalarView()
      keyView.append(contentsOf: s[keyStart..<(pos - 1)])
      conv.key = String(keyView)
      failure.key = conv.key
    }

    flags: while true {
      cnt -= 1
      if cnt < 0 { break }
      ch = pos < n ? s[pos] : "\0"
      pos += 1
      switch ch {
      case "-": conv.leftAlign = true
      case "+": conv.forceSign = true
      case " ": conv.space = true
      case "#": conv.alternate = true
      case "0": conv.zeroPad = true
      default: break flags
      }
    }

    if ch == "*" {
      conv.width = .star
      failure.fetchedStarWidth = true
      cnt -= 1
      if cnt >= 0 {
        ch = pos < n ? s[pos] : "\0"
        pos += 1
      }
    } else if let d = asciiDigit(ch) {
      var w = d
      while true {
        cnt -= 1
        if cnt < 0 { break }
        ch = pos < n ? s[pos] : "\0"
        pos += 1
        guard let d2 = asciiDigit(ch) else { break }
        if w > (Int.max - d2) / 10 {
          failure.error = .valueError("width too big")
          return (pieces, failure)
        }
        w = w * 10 + d2
      }
      conv.width = .fixed(w)
    }

    if ch == "." {
      conv.precision = .fixed(0)
      cnt -= 1
      if cnt >= 0 {
        ch = pos < n ? s[pos] : "\0"
        pos += 1
      }
      if ch == "*" {
        conv.precision = .star
        failure.fetchedStarPrecision = true
        cnt -= 1
        if cnt >= 0 {
          ch = pos < n ? s[pos] : "\0"
          pos += 1
        }
      } else if let d = asciiDigit(ch) {
        var p = d
        while true {
          cnt -= 1
          if cnt < 0 { break }
          ch = pos < n ? s[pos] : "\0"
          pos += 1
          guard let d2 = asciiDigit(ch) else { break }
          if p > (intMax32 - d2) / 10 {
            failure.error = .valueError("precision too big")
            return (pieces, failure)
          }
          p = p * 10 + d2
        }
        conv.precision = .fixed(p)
      }
    }

    if cnt >= 0 && (ch == "h" || ch == "l" || ch == "L") {
      cnt -= 1
      if cnt >= 0 {
        ch = pos < n ? s[pos] : "\0"
        pos += 1
      }
    }
    if cnt < 0 {
      failure.error = .valueError("incomplete format")
      return (pieces, failure)
    }
    conv.type = ch
    conv.typeIndex = pos - 1
    pieces.append(.conversion(conv))
  }
  flushLiteral()
  return (pieces, nil)
}

@inline(__always)
private func asciiDigit(_ s: Unicode.Scalar) -> Int? {
  s.value >= 0x30 && s.value <= 0x39 ? Int(s.value - 0x30) : nil
}

/// Parses a %-format string, throwing the first error CPython would report
/// (ignoring argument-dependent errors): "incomplete format", "incomplete format
/// key", "width too big", "precision too big", "unsupported format character ...".
func parsePercentFormat(_ format: String) throws(FormatError) -> [PercentPiece] {
  let (pieces, failure) = parsePercentFormatDeferred(format)
  for piece in pieces {
    if case .conversion(let c) = piece, let e = c.unsupportedTypeError { throw e }
  }
  if let failure { throw failure.error }
  return pieces
}

/// A '*' width argument as CPython converts it (PyLong_AsSsize_t). A negative
/// width means left alignment; the percent formatters accept it as is.
func percentStarWidth(_ value: BigInt) throws(FormatError) -> Int {
  guard let w = Int(exactly: value) else {
    throw .overflowError("Python int too large to convert to C ssize_t")
  }
  return w
}

/// A '*' precision argument as CPython converts it (_PyLong_AsInt); negative becomes 0.
func percentStarPrecision(_ value: BigInt) throws(FormatError) -> Int {
  guard let p = Int32(exactly: value) else {
    throw .overflowError("Python int too large to convert to C int")
  }
  return max(Int(p), 0)
}

/// The one-character string for `%c` of an int, as CPython's formatchar.
func percentCharacter(_ value: BigInt) throws(FormatError) -> String {
  guard let x = Int64(exactly: value), x >= 0, x <= 0x10FFFF else {
    throw .overflowError("%c arg not in range(0x110000)")
  }
  return String(Character(Unicode.Scalar(UInt32(x)) ?? "\u{FFFD}"))
}

/// `unicode_format_arg_output`: sign, alternate prefix, padding and truncation.
/// `numeric` is CPython's `arg->sign` (true for integer and float conversions).
private func percentOutput(
  _ str: [Unicode.Scalar], _ c: PercentConversion, width rawWidth: Int?, precision: Int?,
  numeric: Bool
) throws(FormatError) -> String {
  var leftAlign = c.leftAlign
  var width = rawWidth ?? -1
  if rawWidth != nil && width < 0 {
    leftAlign = true
    width = width == Int.min ? Int.max : -width
  }
  let prec = precision ?? -1
  let fill: Unicode.Scalar = (numeric && c.zeroPad) ? "0" : " "
  var len = str.count
  if c.type == "s" || c.type == "r" || c.type == "a" {
    if prec >= 0 && len > prec { len = prec }
  }
  var pindex = 0
  var sign = numeric
  var signChar: Unicode.Scalar = "+"
  if sign {
    let first: Unicode.Scalar = str.first ?? "\0"
    if first == "-" || first == "+" {
      signChar = first
      len -= 1
      pindex += 1
    } else if c.forceSign {
      signChar = "+"
    } else if c.space {
      signChar = " "
    } else {
      sign = false
    }
  }
  if width < len { width = len }
  if width > pythonFormatMaxLength { throw .memoryError }

  var out: [UInt8] = []
  out.reserveCapacity(width + 1)
  let hasPrefix =
    c.alternate && (c.type == "x" || c.type == "X" || c.type == "o") && len >= 2
    && pindex + 2 <= str.count
  if sign {
    if fill != " " { appendScalar(signChar, to: &out) }
    if width > len { width -= 1 }
  }
  if hasPrefix {
    if fill != " " {
      appendScalar(str[pindex], to: &out)
      appendScalar(str[pindex + 1], to: &out)
      pindex += 2
    }
    width -= 2
    if width < 0 { width = 0 }
    len -= 2
  }
  if width > len && !leftAlign {
    appendRepeated(fill, count: width - len, to: &out)
    width = len
  }
  if fill == " " {
    if sign { appendScalar(signChar, to: &out) }
    if hasPrefix {
      appendScalar(str[pindex], to: &out)
      appendScalar(str[pindex + 1], to: &out)
      pindex += 2
    }
  }
  if len > 0 {
    for u in str[pindex..<(pindex + len)] { appendScalar(u, to: &out) }
  }
  if width > len { appendRepeated(" ", count: width - len, to: &out) }
  return stringFromUTF8(out)
}

/// `%d %i %u %o %x %X` of an int with the conversion's flags. `width`/`precision`
/// are the resolved values (stars already fetched; a negative width left-aligns).
func percentFormatInteger(
  _ value: BigInt, _ conversion: PercentConversion, width: Int?, precision: Int?,
  maxStrDigits: Int = pythonDefaultMaxStrDigits
) throws(FormatError) -> String {
  let prec = precision ?? -1
  if prec > intMax32 - 3 { throw .overflowError("precision too large") }
  if prec > pythonFormatMaxLength { throw .memoryError }
  let t = conversion.type
  let base: Int
  switch t {
  case "o": base = 8
  case "x", "X": base = 16
  default: base = 10
  }
  let negative = value.sign == .minus && !value.magnitude.isZero
  var digits: [UInt8]
  if base == 10 {
    digits = try decimalMagnitudeDigits(value.magnitude, maxStrDigits: maxStrDigits)
  } else {
    digits = magnitudeDigits(value.magnitude, base: base)
  }
  var out: [Unicode.Scalar] = []
  out.reserveCapacity(digits.count + 3 + max(prec - digits.count, 0))
  if negative { out.append("-") }
  if conversion.alternate && base != 10 {
    out.append("0")
    out.append(base == 8 ? "o" : (t == "X" ? "X" : "x"))
  }
  if prec > digits.count {
    out.append(contentsOf: repeatElement("0", count: prec - digits.count))
  }
  for d in digits {
    let u = (t == "X" && d >= 0x61) ? d - 0x20 : d
    out.append(Unicode.Scalar(u))
  }
  return try percentOutput(out, conversion, width: width, precision: precision, numeric: true)
}

/// `%e %E %f %F %g %G` of a float with the conversion's flags (default precision 6).
func percentFormatFloat(
  _ value: Double, _ conversion: PercentConversion, width: Int?, precision: Int?
) throws(FormatError) -> String {
  var prec = precision ?? -1
  if prec < 0 { prec = 6 }
  let code: UInt8
  switch conversion.type {
  case "e", "E", "f", "F", "g", "G": code = UInt8(truncatingIfNeeded: conversion.type.value)
  default: code = 0x67
  }
  let buf = try doubleToString(
    value, code: code, precision: prec, alt: conversion.alternate, addDot0: false,
    noNegZero: false)
  let str = buf.map { Unicode.Scalar($0) }
  return try percentOutput(str, conversion, width: width, precision: precision, numeric: true)
}

/// `%s %r %a` (text already converted by the caller) and `%c` (the one-character
/// string): width, precision truncation (s/r/a only) and left alignment.
func percentFormatString(
  _ value: String, _ conversion: PercentConversion, width: Int?, precision: Int?
) throws(FormatError) -> String {
  // Truncate before materialising when the precision is small.
  var scalars: [Unicode.Scalar] = []
  let truncates = conversion.type == "s" || conversion.type == "r" || conversion.type == "a"
  let cap = truncates ? (precision.map { $0 >= 0 ? $0 : Int.max } ?? Int.max) : Int.max
  for u in value.unicodeScalars {
    if scalars.count >= cap { break }
    scalars.append(u)
  }
  return try percentOutput(scalars, conversion, width: width, precision: precision, numeric: false)
}

// MARK: - float(str) and int(str, base)

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII as is, Unicode spaces to
/// ' ', Unicode decimal digits to ASCII digits, anything else ends the text with '?'.
private func transformDecimalAndSpace(_ text: String) -> [UInt8] {
  var out: [UInt8] = []
  out.reserveCapacity(text.utf8.count)
  for u in text.unicodeScalars {
    let v = u.value
    if v < 127 {
      out.append(UInt8(v))
    } else if pythonIsSpace(u) {
      out.append(0x20)
    } else if let d = pythonDecimalDigitValue(u) {
      out.append(ch0 + UInt8(d))
    } else {
      out.append(0x3F)
      break
    }
  }
  return out
}

@inline(__always)
private func isCSpace(_ c: UInt8) -> Bool {
  c == 0x20 || (c >= 0x09 && c <= 0x0D)
}

private func asciiLower(_ c: UInt8) -> UInt8 { (c >= 0x41 && c <= 0x5A) ? c + 0x20 : c }

/// float(str) as CPython: surrounding whitespace, underscores between digits,
/// "inf"/"infinity"/"nan" in any case with a sign, "1e5", ".5", "5.",
/// Unicode digits and spaces. Overflow gives ±inf. nil when invalid.
func parsePythonFloat(_ text: String) -> Double? {
  var b = transformDecimalAndSpace(text)
  if b.contains(0) { return nil }
  // _Py_string_to_number_with_underscores
  if b.contains(0x5F) {
    var cleaned: [UInt8] = []
    cleaned.reserveCapacity(b.count)
    var prev: UInt8 = 0
    for c in b {
      if c == 0x5F {
        if !isASCIIDigit(prev) { return nil }
      } else {
        if prev == 0x5F && !isASCIIDigit(c) { return nil }
        cleaned.append(c)
      }
      prev = c
    }
    if prev == 0x5F { return nil }
    b = cleaned
  }
  var start = 0
  var end = b.count
  while start < end && isCSpace(b[start]) { start += 1 }
  if start == end { return nil }
  while end - 1 > start && isCSpace(b[end - 1]) { end -= 1 }
  let s = b[start..<end]

  var i = s.startIndex
  var negative = false
  if i < end && (s[i] == chPlus || s[i] == chMinus) {
    negative = s[i] == chMinus
    i += 1
  }
  // inf / infinity / nan
  let rest = s[i...].map(asciiLower)
  if rest == Array("inf".utf8) || rest == Array("infinity".utf8) {
    return negative ? -Double.infinity : Double.infinity
  }
  if rest == Array("nan".utf8) {
    return negative ? -Double.nan : Double.nan
  }
  // [digits][.digits] with at least one digit, then optional e[+-]digits.
  let mantissaStart = i
  var intDigits = 0
  while i < end && isASCIIDigit(s[i]) {
    i += 1
    intDigits += 1
  }
  var fracDigits = 0
  if i < end && s[i] == chDot {
    i += 1
    while i < end && isASCIIDigit(s[i]) {
      i += 1
      fracDigits += 1
    }
  }
  if intDigits + fracDigits == 0 { return nil }
  let mantissaEnd = i
  var exponentText: [UInt8] = []
  if i < end && (s[i] == 0x65 || s[i] == 0x45) {
    var j = i + 1
    var expNegative = false
    if j < end && (s[j] == chPlus || s[j] == chMinus) {
      expNegative = s[j] == chMinus
      j += 1
    }
    let digitsStart = j
    while j < end && isASCIIDigit(s[j]) { j += 1 }
    if j == digitsStart { return nil }
    // Clamp absurd exponents; the result is then inf or 0 either way.
    var expDigits = Array(s[digitsStart..<j])
    while expDigits.count > 1 && expDigits[0] == ch0 { expDigits.removeFirst() }
    if expDigits.count > 9 { expDigits = Array("999999999".utf8) }
    exponentText = [0x65] + (expNegative ? [chMinus] : []) + expDigits
    i = j
  }
  if i != end { return nil }
  var normalized: [UInt8] = negative ? [chMinus] : []
  if intDigits == 0 { normalized.append(ch0) }
  normalized.append(contentsOf: s[mantissaStart..<mantissaEnd])
  if fracDigits == 0 && normalized.last == chDot { normalized.removeLast() }
  normalized.append(contentsOf: exponentText)
  guard let d = Double(stringFromUTF8(normalized)) else { return nil }
  return d
}

private func digitValue36(_ c: UInt8) -> Int {
  switch c {
  case 0x30...0x39: return Int(c - 0x30)
  case 0x61...0x7A: return Int(c - 0x61) + 10
  case 0x41...0x5A: return Int(c - 0x41) + 10
  default: return 37
  }
}

/// Builds a magnitude from digit values (each < base).
private func bigUIntFromDigits(_ values: [UInt8], base: Int) -> BigUInt {
  if values.isEmpty { return 0 }
  if base & (base - 1) == 0 {
    var bitsPerDigit = 0
    var b = base
    while b > 1 {
      b >>= 1
      bitsPerDigit += 1
    }
    let totalBits = values.count * bitsPerDigit
    var words = [UInt](repeating: 0, count: totalBits / UInt.bitWidth + 1)
    for (i, v) in values.reversed().enumerated() {
      let offset = i * bitsPerDigit
      let w = offset / UInt.bitWidth
      let shift = offset % UInt.bitWidth
      words[w] |= UInt(v) << UInt(shift)
      if shift + bitsPerDigit > UInt.bitWidth && w + 1 < words.count {
        words[w + 1] |= UInt(v) >> UInt(UInt.bitWidth - shift)
      }
    }
    return BigUInt(words: words)
  }
  // Chunks of digits that fit in one word.
  var chunkDigits = 0
  var chunkPower: UInt = 1
  while true {
    let (next, overflow) = chunkPower.multipliedReportingOverflow(by: UInt(base))
    if overflow { break }
    chunkPower = next
    chunkDigits += 1
  }
  var result = BigUInt(0)
  var i = 0
  while i < values.count {
    let take = min(chunkDigits, values.count - i)
    var chunk: UInt = 0
    var power: UInt = 1
    for k in 0..<take {
      chunk = chunk * UInt(base) + UInt(values[i + k])
      power *= UInt(base)
    }
    result.multiply(byWord: power)
    result += BigUInt(chunk)
    i += take
  }
  return result
}

/// int(str, base) as CPython, throwing CPython's errors: ValueError
/// "invalid literal for int() with base 10: 'abc'", "int() base must be >= 2 and
/// <= 36, or 0", and the int max str digits ValueError (`maxStrDigits` 0 = unlimited).
func parsePythonIntChecked(
  _ text: String, base: Int, maxStrDigits: Int = pythonDefaultMaxStrDigits
) throws(FormatError) -> BigInt {
  guard base == 0 || (2...36).contains(base) else {
    throw .valueError("int() base must be >= 2 and <= 36, or 0")
  }
  var invalid: FormatError {
    .valueError(
      "invalid literal for int() with base \(base): \(truncated200(pythonStringRepr(text)))")
  }
  let b = transformDecimalAndSpace(text)
  let n = b.count
  @inline(__always) func at(_ k: Int) -> UInt8 { k < n ? b[k] : 0 }

  var i = 0
  while at(i) != 0 && isCSpace(at(i)) { i += 1 }
  var negative = false
  if at(i) == chPlus {
    i += 1
  } else if at(i) == chMinus {
    i += 1
    negative = true
  }
  var radix = base
  var errorIfNonzero = false
  if radix == 0 {
    let next = asciiLower(at(i + 1))
    if at(i) != ch0 {
      radix = 10
    } else if next == 0x78 {
      radix = 16
    } else if next == 0x6F {
      radix = 8
    } else if next == 0x62 {
      radix = 2
    } else {
      errorIfNonzero = true
      radix = 10
    }
  }
  if at(i) == ch0 {
    let next = asciiLower(at(i + 1))
    if (radix == 16 && next == 0x78) || (radix == 8 && next == 0x6F)
      || (radix == 2 && next == 0x62)
    {
      i += 2
      if at(i) == 0x5F { i += 1 }
    }
  }
  if at(i) == 0x5F { throw invalid }

  var values: [UInt8] = []
  var prev: UInt8 = 0
  while true {
    let c = at(i)
    if c == 0x5F {
      if prev == 0x5F { throw invalid }
    } else {
      let v = digitValue36(c)
      if v >= radix { break }
      values.append(UInt8(v))
    }
    prev = c
    i += 1
  }
  if prev == 0x5F { throw invalid }
  if radix & (radix - 1) != 0 && maxStrDigits > 0 && values.count > maxStrDigits {
    throw .valueError(
      "Exceeds the limit (\(maxStrDigits) digits) for integer string conversion: value has \(values.count) digits; use sys.set_int_max_str_digits() to increase the limit"
    )
  }
  if values.isEmpty { throw invalid }
  let magnitude = bigUIntFromDigits(values, base: radix)
  if errorIfNonzero && !magnitude.isZero { throw invalid }
  while at(i) != 0 && isCSpace(at(i)) { i += 1 }
  if i != n { throw invalid }
  return BigInt(sign: negative ? .minus : .plus, magnitude: magnitude)
}

/// int(str, base): base 0 or 2...36, whitespace, sign, underscores, 0x/0o/0b
/// prefixes; nil when invalid (the caller raises "invalid literal for int() with
/// base 10: 'abc'"). No digit-count limit; see `parsePythonIntChecked`.
func parsePythonInt(_ text: String, base: Int) -> BigInt? {
  try? parsePythonIntChecked(text, base: base, maxStrDigits: 0)
}

// MARK: - round(float, ndigits)

/// round(x, ndigits) for floats, throwing CPython's OverflowError
/// "rounded value too large to represent" when the result overflows.
func pythonRoundChecked(_ value: Double, digits: Int) throws(FormatError) -> Double {
  if !value.isFinite { return value }
  if digits > 323 { return value }
  if digits < -308 { return 0.0 * value }
  let negative = value.sign == .minus
  let a = value.magnitude
  let rounded: DecimalDigits =
    digits >= 0 ? fractionDigits(a, digits) : roundExact(exactDigits(a), ndigits: digits)
  var text: [UInt8] = negative ? [chMinus] : []
  text.append(ch0)
  text.append(contentsOf: rounded.digits)
  text.append(0x65)
  text.append(contentsOf: Array(String(rounded.decpt - rounded.digits.count).utf8))
  guard let r = Double(stringFromUTF8(text)) else { return value }
  if r.isInfinite { throw .overflowError("rounded value too large to represent") }
  return r
}

/// round(x, ndigits) for floats exactly as CPython (correctly rounded, half-even
/// on the exact binary value). Returns ±inf where CPython raises OverflowError
/// (use `pythonRoundChecked` to get the error).
func pythonRound(_ value: Double, digits: Int) -> Double {
  do {
    return try pythonRoundChecked(value, digits: digits)
  } catch {
    return value < 0 ? -Double.infinity : Double.infinity
  }
}

// MARK: - repr(str)

/// repr(str) exactly as CPython's unicode_repr.
func pythonStringRepr(_ value: String) -> String {
  var hasSingle = false
  var hasDouble = false
  for u in value.unicodeScalars {
    if u == "'" {
      hasSingle = true
    } else if u == "\"" {
      hasDouble = true
    }
  }
  let quote: Unicode.Scalar = (hasSingle && !hasDouble) ? "\"" : "'"
  let hex: [UInt8] = Array("0123456789abcdef".utf8)
  var out: [UInt8] = []
  out.reserveCapacity(value.utf8.count + 2)
  appendScalar(quote, to: &out)
  func appendHex(_ v: UInt32, digits: Int) {
    var shift = (digits - 1) * 4
    while shift >= 0 {
      out.append(hex[Int((v >> UInt32(shift)) & 0xF)])
      shift -= 4
    }
  }
  for u in value.unicodeScalars {
    let v = u.value
    if u == quote || u == "\\" {
      out.append(0x5C)
      appendScalar(u, to: &out)
    } else if u == "\t" {
      out.append(contentsOf: [0x5C, 0x74])
    } else if u == "\n" {
      out.append(contentsOf: [0x5C, 0x6E])
    } else if u == "\r" {
      out.append(contentsOf: [0x5C, 0x72])
    } else if v < 0x20 || v == 0x7F {
      out.append(contentsOf: [0x5C, 0x78])
      appendHex(v, digits: 2)
    } else if v < 0x7F {
      out.append(UInt8(v))
    } else if pythonIsPrintable(u) {
      appendScalar(u, to: &out)
    } else if v <= 0xFF {
      out.append(contentsOf: [0x5C, 0x78])
      appendHex(v, digits: 2)
    } else if v <= 0xFFFF {
      out.append(contentsOf: [0x5C, 0x75])
      appendHex(v, digits: 4)
    } else {
      out.append(contentsOf: [0x5C, 0x55])
      appendHex(v, digits: 8)
    }
  }
  appendScalar(quote, to: &out)
  return stringFromUTF8(out)
}

/// The "backslashreplace" escaping `ascii()` applies to a repr: every non-ASCII
/// code point becomes \xNN, \uNNNN or \UNNNNNNNN. `ascii(x)` is
/// `pythonASCIIEscaped(repr(x))`.
func pythonASCIIEscaped(_ text: String) -> String {
  let hex: [UInt8] = Array("0123456789abcdef".utf8)
  var out: [UInt8] = []
  out.reserveCapacity(text.utf8.count)
  for u in text.unicodeScalars {
    let v = u.value
    if v < 0x80 {
      out.append(UInt8(v))
      continue
    }
    let digits: Int
    if v <= 0xFF {
      out.append(contentsOf: [0x5C, 0x78])
      digits = 2
    } else if v <= 0xFFFF {
      out.append(contentsOf: [0x5C, 0x75])
      digits = 4
    } else {
      out.append(contentsOf: [0x5C, 0x55])
      digits = 8
    }
    var shift = (digits - 1) * 4
    while shift >= 0 {
      out.append(hex[Int((v >> UInt32(shift)) & 0xF)])
      shift -= 4
    }
  }
  return stringFromUTF8(out)
}
