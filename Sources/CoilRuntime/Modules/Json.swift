// The `json` module: `dumps`/`dump` and `loads`/`load`, with `JSONEncoder` (which programs
// subclass to override `default`) and `JSONDecodeError`. The encoder follows CPython's: the same
// key conversions, separators, indentation, `\uXXXX` escapes and error messages, and floats
// written with `float.__repr__`. The decoder is in Json+Decoder.swift.

import BigInt
import CoilSyntax

/// The settings of one encoding, from `dumps`'s arguments or a `JSONEncoder`'s attributes.
struct JSONEncodingOptions {
  var skipKeys = false
  var ensureASCII = true
  var checkCircular = true
  var allowNaN = true
  var sortKeys = false
  /// The text one level of indentation adds; nil for a single line.
  var indent: String?
  var itemSeparator = ", "
  var keySeparator = ": "
  /// Called for values JSON has no form for; nil raises TypeError.
  var defaultFunction: Value?
}

/// Writes one value as JSON text.
struct JSONWriter {
  let interp: Interpreter
  let options: JSONEncodingOptions
  var output = ""
  /// Containers being written, to report a circular reference instead of recursing forever.
  var markers = Set<ObjectIdentifier>()

  init(interp: Interpreter, options: JSONEncodingOptions) {
    self.interp = interp
    self.options = options
  }

  mutating func write(_ value: Value, level: Int) throws(PyError) {
    switch value {
    case .none: output += "null"
    case .bool(let b): output += b ? "true" : "false"
    case .int(let i): output += String(i)
    case .float(let d): output += try floatText(d)
    case .object(let o):
      switch o {
      case let s as StrObject: appendQuoted(s.value)
      case let b as BigIntObject: output += b.value.description
      case let f as FloatObject: output += try floatText(f.value)
      case let l as ListObject: try writeArray(o, l.items, level: level)
      case let t as TupleObject: try writeArray(o, t.items, level: level)
      case let d as DictObject: try writeObject(d, level: level)
      default:
        try enter(o)
        defer { leave(o) }
        let replacement: Value
        if let function = options.defaultFunction {
          replacement = try interp.call(function, [value])
        } else {
          throw interp.typeError("Object of type \(o.type.name) is not JSON serializable")
        }
        try interp.nesting { () throws(PyError) in try write(replacement, level: level) }
      }
    }
  }

  func floatText(_ d: Double) throws(PyError) -> String {
    if d.isFinite { return pythonFloatRepr(d) }
    if !options.allowNaN {
      throw interp.valueError("Out of range float values are not JSON compliant")
    }
    if d.isNaN { return "NaN" }
    return d > 0 ? "Infinity" : "-Infinity"
  }

  private mutating func enter(_ o: PyObject) throws(PyError) {
    guard options.checkCircular else { return }
    if !markers.insert(ObjectIdentifier(o)).inserted {
      throw interp.valueError("Circular reference detected")
    }
  }

  private mutating func leave(_ o: PyObject) {
    if options.checkCircular { markers.remove(ObjectIdentifier(o)) }
  }

  /// The newline and indentation before an item at `level`, or nil on one line.
  private func newline(_ level: Int) -> String? {
    guard let indent = options.indent else { return nil }
    return "\n" + String(repeating: indent, count: level)
  }

  private mutating func writeArray(_ o: PyObject, _ items: [Value], level: Int) throws(PyError) {
    if items.isEmpty {
      output += "[]"
      return
    }
    try enter(o)
    defer { leave(o) }
    output += "["
    let inner = newline(level + 1)
    if let inner { output += inner }
    for (index, item) in items.enumerated() {
      if index > 0 { output += options.itemSeparator + (inner ?? "") }
      try interp.nesting { () throws(PyError) in try write(item, level: level + 1) }
    }
    if let outer = newline(level) { output += outer }
    output += "]"
  }

  private mutating func writeObject(_ d: DictObject, level: Int) throws(PyError) {
    if d.count == 0 {
      output += "{}"
      return
    }
    try enter(d)
    defer { leave(d) }
    var entries = d.liveEntries.map { ($0.key, $0.value) }
    if options.sortKeys {
      var pairs = entries.map { interp.makeTuple([$0.0, $0.1]) }
      try interp.sortValues(&pairs, key: nil, reverse: nil)
      entries = pairs.map { pair in
        guard case .object(let po) = pair, let t = po as? TupleObject else { return (.none, .none) }
        return (t.items[0], t.items[1])
      }
    }
    output += "{"
    let inner = newline(level + 1)
    if let inner { output += inner }
    var first = true
    for (key, value) in entries {
      let keyText: String
      switch key {
      case .object(let ko as StrObject): keyText = ko.value
      case .float(let f): keyText = try floatText(f)
      case .bool(let b): keyText = b ? "true" : "false"
      case .none: keyText = "null"
      case .int(let i): keyText = String(i)
      case .object(let ko as BigIntObject): keyText = ko.value.description
      case .object(let ko as FloatObject): keyText = try floatText(ko.value)
      default:
        if options.skipKeys { continue }
        throw interp.typeError(
          "keys must be str, int, float, bool or None, not \(interp.typeName(key))")
      }
      if !first { output += options.itemSeparator + (inner ?? "") }
      first = false
      appendQuoted(keyText)
      output += options.keySeparator
      try interp.nesting { () throws(PyError) in try write(value, level: level + 1) }
    }
    if let outer = newline(level) { output += outer }
    output += "}"
  }

  mutating func appendQuoted(_ text: String) {
    output += jsonQuoted(text, ensureASCII: options.ensureASCII)
  }
}

/// A string as a JSON string literal, escaped as CPython's encoder escapes it.
func jsonQuoted(_ text: String, ensureASCII: Bool) -> String {
  let hex: [Character] = Array("0123456789abcdef")
  func unicodeEscape(_ value: UInt32, into out: inout String) {
    out += "\\u"
    for shift in stride(from: 12, through: 0, by: -4) {
      out.append(hex[Int((value >> UInt32(shift)) & 0xF)])
    }
  }
  var out = "\""
  out.reserveCapacity(text.utf8.count + 2)
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\"": out += "\\\""
    case "\\": out += "\\\\"
    case "\n": out += "\\n"
    case "\r": out += "\\r"
    case "\t": out += "\\t"
    case "\u{08}": out += "\\b"
    case "\u{0C}": out += "\\f"
    default:
      let v = scalar.value
      if v < 0x20 {
        unicodeEscape(v, into: &out)
      } else if ensureASCII && v > 0x7E {
        if v >= 0x10000 {
          let offset = v - 0x10000
          unicodeEscape(0xD800 | (offset >> 10), into: &out)
          unicodeEscape(0xDC00 | (offset & 0x3FF), into: &out)
        } else {
          unicodeEscape(v, into: &out)
        }
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
  }
  out += "\""
  return out
}

extension Interpreter {
  /// Runs `body` one level deeper against the recursion limit, as CPython's encoder and
  /// decoder count nested containers.
  func nesting<T>(_ body: () throws(PyError) -> T) throws(PyError) -> T {
    depth += 1
    defer { depth -= 1 }
    if depth > recursionLimit || depth > Interpreter.nativeDepthLimit {
      throw error("RecursionError", "maximum recursion depth exceeded while encoding a JSON object")
    }
    return try body()
  }

  /// Reads the encoding settings from keyword arguments (`dumps`) or attributes (`JSONEncoder`).
  private func jsonOptions(_ lookup: (String) throws(PyError) -> Value?) throws(PyError)
    -> JSONEncodingOptions
  {
    var options = JSONEncodingOptions()
    func flag(_ name: String, _ fallback: Bool) throws(PyError) -> Bool {
      guard let value = try lookup(name) else { return fallback }
      return try isTrue(value)
    }
    options.skipKeys = try flag("skipkeys", false)
    options.ensureASCII = try flag("ensure_ascii", true)
    options.checkCircular = try flag("check_circular", true)
    options.allowNaN = try flag("allow_nan", true)
    options.sortKeys = try flag("sort_keys", false)
    if let indent = try lookup("indent"), !indent.isNone {
      if case .object(let o) = indent, let s = o as? StrObject {
        options.indent = s.value
      } else {
        let width = try intArgument(indent)
        options.indent = String(repeating: " ", count: max(0, width))
      }
      options.itemSeparator = ","
    }
    if let separators = try lookup("separators"), !separators.isNone {
      let parts = try iterate(separators)
      guard parts.count == 2 else {
        throw valueError(
          "\(parts.count > 2 ? "too many values to unpack" : "not enough values to unpack") (expected 2, got \(parts.count))"
        )
      }
      options.itemSeparator = try stringArgument(parts[0], "separator must be str")
      options.keySeparator = try stringArgument(parts[1], "separator must be str")
    } else if let item = try lookup("item_separator"), let key = try lookup("key_separator") {
      options.itemSeparator = try stringArgument(item, "separator must be str")
      options.keySeparator = try stringArgument(key, "separator must be str")
    }
    if let function = try lookup("default"), !function.isNone { options.defaultFunction = function }
    return options
  }

  /// `json.dumps(obj, **kw)`.
  func jsonDumps(_ object: Value, _ kwargs: Keywords) throws(PyError) -> String {
    let known = [
      "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators",
      "default", "sort_keys",
    ]
    let cls = keyword(kwargs, "cls") ?? .none
    if cls.isNone {
      for (key, _) in kwargs where !known.contains(key) {
        throw typeError("JSONEncoder.__init__() got an unexpected keyword argument '\(key)'")
      }
      let options = try jsonOptions { name in keyword(kwargs, name) }
      var writer = JSONWriter(interp: self, options: options)
      try writer.write(object, level: 0)
      return writer.output
    }
    let encoder = try call(cls, [], kwargs.filter { $0.0 != "cls" })
    let result = try call(try getAttribute(encoder, name("encode")), [object])
    return try stringArgument(result, "encode() must return str")
  }

  /// `JSONEncoder.encode(o)`: the encoder's settings, with its `default` method for values
  /// JSON has no form for.
  func jsonEncode(_ encoder: Value, _ object: Value) throws(PyError) -> String {
    var options = try jsonOptions { name throws(PyError) in
      try lookupAttribute(encoder, self.name(name))
    }
    options.defaultFunction = try getAttribute(encoder, name("default"))
    var writer = JSONWriter(interp: self, options: options)
    try writer.write(object, level: 0)
    return writer.output
  }

  private func setUpJSONEncoder(_ t: TypeObject) {
    define(t, "__init__") { interp, args, kwargs throws(PyError) in
      guard let encoder = args.first else {
        throw interp.typeError(
          "JSONEncoder.__init__() missing 1 required positional argument: 'self'")
      }
      let bound = try interp.bind(
        PythonSignature(
          "JSONEncoder.__init__", [],
          keywordOnly: [
            "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent",
            "separators", "default",
          ]),
        args.dropFirst(), kwargs)
      let defaults: [(String, Value)] = [
        ("skipkeys", .bool(false)), ("ensure_ascii", .bool(true)), ("check_circular", .bool(true)),
        ("allow_nan", .bool(true)), ("sort_keys", .bool(false)), ("indent", .none),
      ]
      for (name, fallback) in defaults {
        try interp.setAttribute(encoder, interp.name(name), bound[name] ?? fallback)
      }
      let indented = !(bound["indent"] ?? .none).isNone
      var itemSeparator = interp.str(indented ? "," : ", ")
      var keySeparator = interp.str(": ")
      if let separators = bound["separators"], !separators.isNone {
        let parts = try interp.iterate(separators)
        guard parts.count == 2 else {
          throw interp.valueError(
            "\(parts.count > 2 ? "too many values to unpack" : "not enough values to unpack") (expected 2, got \(parts.count))"
          )
        }
        itemSeparator = parts[0]
        keySeparator = parts[1]
      }
      try interp.setAttribute(encoder, interp.name("item_separator"), itemSeparator)
      try interp.setAttribute(encoder, interp.name("key_separator"), keySeparator)
      if let function = bound["default"], !function.isNone {
        try interp.setAttribute(encoder, interp.name("default"), function)
      }
      return .none
    }
    define(t, "default") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "default", method: true)
      throw interp.typeError(
        "Object of type \(interp.typeOf(args[1]).name) is not JSON serializable")
    }
    define(t, "encode") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "encode", method: true)
      return interp.str(try interp.jsonEncode(args[0], args[1]))
    }
    define(t, "iterencode") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "iterencode", method: true)
      return try interp.makeIterator(
        interp.makeList([interp.str(try interp.jsonEncode(args[0], args[1]))]))
    }
  }

  func makeJSONModule() -> ModuleObject {
    let t = libraryTypes
    setUpJSONEncoder(t.jsonEncoder)
    setUpJSONDecodeError(t.jsonDecodeError)
    let m = makeModule(
      "json",
      [
        (
          "dumps",
          { interp, args, kwargs throws(PyError) in
            let (args, kwargs) = interp.keywordAsPositional(args, kwargs, "obj")
            if args.count != 1 {
              if args.isEmpty {
                throw interp.typeError("dumps() missing 1 required positional argument: 'obj'")
              }
              throw interp.typeError(
                "dumps() takes 1 positional argument but \(args.count) were given")
            }
            return interp.str(try interp.jsonDumps(args[0], kwargs))
          }
        ),
        (
          "dump",
          { interp, args, kwargs throws(PyError) in
            if args.count != 2 {
              if args.count > 2 {
                throw interp.typeError(
                  "dump() takes 2 positional arguments but \(args.count) were given")
              }
              let missing = ["obj", "fp"].suffix(2 - args.count)
              throw interp.typeError(
                "dump() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(interp.listNames(Array(missing)))"
              )
            }
            let text = try interp.jsonDumps(args[0], kwargs)
            _ = try interp.call(
              try interp.getAttribute(args[1], interp.name("write")), [interp.str(text)])
            return .none
          }
        ),
        (
          "loads",
          { interp, args, kwargs throws(PyError) in
            let (args, kwargs) = interp.keywordAsPositional(args, kwargs, "s")
            if args.count != 1 {
              if args.isEmpty {
                throw interp.typeError("loads() missing 1 required positional argument: 's'")
              }
              throw interp.typeError(
                "loads() takes 1 positional argument but \(args.count) were given")
            }
            return try interp.jsonLoads(args[0], kwargs)
          }
        ),
        (
          "load",
          { interp, args, kwargs throws(PyError) in
            if args.count != 1 {
              if args.isEmpty {
                throw interp.typeError("load() missing 1 required positional argument: 'fp'")
              }
              throw interp.typeError(
                "load() takes 1 positional argument but \(args.count) were given")
            }
            let text = try interp.call(try interp.getAttribute(args[0], interp.name("read")), [])
            return try interp.jsonLoads(text, kwargs)
          }
        ),
      ])
    m.set("JSONEncoder", .object(t.jsonEncoder))
    m.set("JSONDecodeError", .object(t.jsonDecodeError))
    return m
  }
}
