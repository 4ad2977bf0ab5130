// `json.loads`: a recursive-descent scanner over the text's code points that follows CPython's
// `_json` scanner, so it accepts the same documents (NaN and Infinity included) and reports
// errors with the same message and position: `Expecting value: line 1 column 1 (char 0)`.
// Positions count code points, as Python's string indices do.

/// The hooks and settings `loads` passes to the scanner.
struct JSONDecodingOptions {
  var objectHook: Value?
  var objectPairsHook: Value?
  var parseFloat: Value?
  var parseInt: Value?
  var parseConstant: Value?
  var strict = true
}

/// Scans one JSON document.
struct JSONScanner {
  let interp: Interpreter
  let text: [Unicode.Scalar]
  let document: Value
  let options: JSONDecodingOptions

  /// A scanning failure: a message and a position, or "no value here" (CPython's
  /// StopIteration) at a position.
  enum Failure: Error {
    case error(String, Int)
    case noValue(Int)
  }

  func isWhitespace(_ index: Int) -> Bool {
    guard index < text.count else { return false }
    let c = text[index]
    return c == " " || c == "\t" || c == "\n" || c == "\r"
  }

  func skipWhitespace(_ index: Int) -> Int {
    var i = index
    while isWhitespace(i) { i += 1 }
    return i
  }

  /// Whether `word` appears at `index`.
  func matches(_ word: String, at index: Int) -> Bool {
    var i = index
    for scalar in word.unicodeScalars {
      guard i < text.count, text[i] == scalar else { return false }
      i += 1
    }
    return true
  }

  /// Scans a value starting at `index`; returns it and the index after it.
  func scan(_ index: Int) throws(PyError) -> Result<(Value, Int), Failure> {
    guard index < text.count else { return .failure(.noValue(index)) }
    switch text[index] {
    case "\"":
      return scanString(index + 1).map { (interp.str($0.0), $0.1) }
    case "{":
      return try interp.decodingNesting { () throws(PyError) in try scanObject(index + 1) }
    case "[":
      return try interp.decodingNesting { () throws(PyError) in try scanArray(index + 1) }
    case "n" where matches("null", at: index): return .success((.none, index + 4))
    case "t" where matches("true", at: index): return .success((.bool(true), index + 4))
    case "f" where matches("false", at: index): return .success((.bool(false), index + 5))
    case "N" where matches("NaN", at: index): return .success((try constant("NaN"), index + 3))
    case "I" where matches("Infinity", at: index):
      return .success((try constant("Infinity"), index + 8))
    case "-" where matches("-Infinity", at: index):
      return .success((try constant("-Infinity"), index + 9))
    default:
      return try scanNumber(index)
    }
  }

  private func constant(_ name: String) throws(PyError) -> Value {
    if let hook = options.parseConstant { return try interp.call(hook, [interp.str(name)]) }
    switch name {
    case "NaN": return .float(.nan)
    case "Infinity": return .float(.infinity)
    default: return .float(-.infinity)
    }
  }

  private func isDigit(_ index: Int) -> Bool {
    guard index < text.count else { return false }
    return text[index].value >= 48 && text[index].value <= 57
  }

  private func scanNumber(_ start: Int) throws(PyError) -> Result<(Value, Int), Failure> {
    var i = start
    if i < text.count && text[i] == "-" {
      i += 1
      if i >= text.count { return .failure(.noValue(start)) }
    }
    guard i < text.count else { return .failure(.noValue(start)) }
    if text[i].value >= 49 && text[i].value <= 57 {
      i += 1
      while isDigit(i) { i += 1 }
    } else if text[i] == "0" {
      i += 1
    } else {
      return .failure(.noValue(start))
    }
    var isFloat = false
    if i < text.count && text[i] == "." && isDigit(i + 1) {
      isFloat = true
      i += 2
      while isDigit(i) { i += 1 }
    }
    if i < text.count && (text[i] == "e" || text[i] == "E") {
      let exponentStart = i
      i += 1
      if i < text.count && (text[i] == "-" || text[i] == "+") { i += 1 }
      if isDigit(i) {
        while isDigit(i) { i += 1 }
        isFloat = true
      } else {
        i = exponentStart
      }
    }
    var literal = String.UnicodeScalarView()
    literal.append(contentsOf: text[start..<i])
    let number = String(literal)
    if isFloat {
      if let hook = options.parseFloat {
        return .success((try interp.call(hook, [interp.str(number)]), i))
      }
      return .success((.float(Double(number) ?? .nan), i))
    }
    if let hook = options.parseInt {
      return .success((try interp.call(hook, [interp.str(number)]), i))
    }
    if let small = Int(number) { return .success((.int(small), i)) }
    // int(text), with its limit on the number of digits.
    return .success((try interp.toInt(interp.str(number)), i))
  }

  /// Scans a string whose opening quote is just before `start`.
  func scanString(_ start: Int) -> Result<(String, Int), Failure> {
    let begin = start - 1
    var chunk = String.UnicodeScalarView()
    var end = start
    while true {
      var next = end
      var terminator: Unicode.Scalar?
      while next < text.count {
        let c = text[next]
        if c == "\"" || c == "\\" {
          terminator = c
          break
        }
        if c.value <= 0x1F && options.strict {
          return .failure(.error("Invalid control character at", next))
        }
        next += 1
      }
      guard let terminator else {
        return .failure(.error("Unterminated string starting at", begin))
      }
      chunk.append(contentsOf: text[end..<next])
      next += 1
      if terminator == "\"" {
        end = next
        break
      }
      if next == text.count { return .failure(.error("Unterminated string starting at", begin)) }
      let escape = text[next]
      if escape != "u" {
        end = next + 1
        switch escape {
        case "\"", "\\", "/": chunk.append(escape)
        case "b": chunk.append("\u{08}")
        case "f": chunk.append("\u{0C}")
        case "n": chunk.append("\n")
        case "r": chunk.append("\r")
        case "t": chunk.append("\t")
        default: return .failure(.error("Invalid \\escape", end - 2))
        }
        continue
      }
      next += 1
      end = next + 4
      if end >= text.count { return .failure(.error("Invalid \\uXXXX escape", next - 1)) }
      guard var code = hexValue(next) else {
        return .failure(.error("Invalid \\uXXXX escape", end - 5))
      }
      next = end
      // A high surrogate followed by an escaped low surrogate is one code point.
      if (0xD800...0xDBFF).contains(code), end + 6 < text.count, text[next] == "\\",
        text[next + 1] == "u"
      {
        guard let low = hexValue(next + 2) else {
          return .failure(.error("Invalid \\uXXXX escape", end + 1))
        }
        if (0xDC00...0xDFFF).contains(low) {
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          end += 6
        }
      }
      // Lone surrogates have no place in a Swift string; they become U+FFFD.
      chunk.append(Unicode.Scalar(code) ?? "\u{FFFD}")
    }
    return .success((String(chunk), end))
  }

  private func hexValue(_ index: Int) -> UInt32? {
    guard index + 4 <= text.count else { return nil }
    var value: UInt32 = 0
    for i in index..<(index + 4) {
      guard let digit = Character(text[i]).hexDigitValue else { return nil }
      value = value << 4 | UInt32(digit)
    }
    return value
  }

  private func scanObject(_ start: Int) throws(PyError) -> Result<(Value, Int), Failure> {
    var pairs: [(Value, Value)] = []
    var i = skipWhitespace(start)
    if i >= text.count || text[i] != "}" {
      while true {
        guard i < text.count, text[i] == "\"" else {
          return .failure(.error("Expecting property name enclosed in double quotes", i))
        }
        let key: String
        switch scanString(i + 1) {
        case .success(let (k, next)):
          key = k
          i = next
        case .failure(let failure): return .failure(failure)
        }
        i = skipWhitespace(i)
        guard i < text.count, text[i] == ":" else {
          return .failure(.error("Expecting ':' delimiter", i))
        }
        i = skipWhitespace(i + 1)
        switch try scan(i) {
        case .success(let (value, next)):
          pairs.append((interp.str(key), value))
          i = next
        case .failure(let failure): return .failure(failure)
        }
        i = skipWhitespace(i)
        if i < text.count && text[i] == "}" { break }
        guard i < text.count, text[i] == "," else {
          return .failure(.error("Expecting ',' delimiter", i))
        }
        i = skipWhitespace(i + 1)
      }
    }
    let end = i + 1
    if let hook = options.objectPairsHook {
      let list = interp.makeList(pairs.map { interp.makeTuple([$0.0, $0.1]) })
      return .success((try interp.call(hook, [list]), end))
    }
    let dict = interp.makeDict()
    for (key, value) in pairs { try dict.set(key, value, interp) }
    if let hook = options.objectHook {
      return .success((try interp.call(hook, [.object(dict)]), end))
    }
    return .success((.object(dict), end))
  }

  private func scanArray(_ start: Int) throws(PyError) -> Result<(Value, Int), Failure> {
    var items: [Value] = []
    var i = skipWhitespace(start)
    if i >= text.count || text[i] != "]" {
      while true {
        switch try scan(i) {
        case .success(let (value, next)):
          items.append(value)
          i = next
        case .failure(let failure): return .failure(failure)
        }
        i = skipWhitespace(i)
        if i < text.count && text[i] == "]" { break }
        guard i < text.count, text[i] == "," else {
          return .failure(.error("Expecting ',' delimiter", i))
        }
        i = skipWhitespace(i + 1)
      }
    }
    return .success((interp.makeList(items), i + 1))
  }
}

extension Interpreter {
  /// Counts one level of nesting while decoding, as CPython's scanner does.
  func decodingNesting<T>(_ body: () throws(PyError) -> T) throws(PyError) -> T {
    depth += 1
    defer { depth -= 1 }
    if depth > recursionLimit || depth > Interpreter.nativeDepthLimit {
      throw error(
        "RecursionError", "maximum recursion depth exceeded while decoding a JSON document")
    }
    return try body()
  }

  /// A `JSONDecodeError(msg, doc, pos)` for a failure in `text`.
  func jsonDecodeError(
    _ message: String, _ document: Value, _ text: [Unicode.Scalar], _ position: Int
  ) -> PyError {
    let exception = ExceptionObject(type: libraryTypes.jsonDecodeError, args: [], dict: makeDict())
    fillJSONDecodeError(exception, message, document, text, position)
    return PyError(exception)
  }

  private func fillJSONDecodeError(
    _ exception: ExceptionObject, _ message: String, _ document: Value, _ text: [Unicode.Scalar],
    _ position: Int
  ) {
    let before = text.prefix(max(0, min(position, text.count)))
    let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    let column = position - (before.lastIndex(of: "\n") ?? -1)
    exception.args = [str("\(message): line \(line) column \(column) (char \(position))")]
    for (name, value) in [
      ("msg", str(message)), ("doc", document), ("pos", .int(position)), ("lineno", .int(line)),
      ("colno", .int(column)),
    ] {
      exception.dict.setString(self.name(name), value)
    }
  }

  func setUpJSONDecodeError(_ t: TypeObject) {
    define(t, "__init__") { interp, args, kwargs throws(PyError) in
      guard case .object(let o)? = args.first, let exception = o as? ExceptionObject else {
        throw interp.typeError(
          "JSONDecodeError.__init__() missing 1 required positional argument: 'self'")
      }
      let bound = try interp.bind(
        PythonSignature("JSONDecodeError.__init__", ["msg", "doc", "pos"]), args.dropFirst(), kwargs
      )
      let message = try interp.toStr(bound["msg"]!)
      let document = bound["doc"]!
      let position = try interp.intArgument(bound["pos"]!)
      let text: [Unicode.Scalar]
      if case .object(let d) = document, let s = d as? StrObject {
        text = Array(s.value.unicodeScalars)
      } else {
        text = []
      }
      interp.fillJSONDecodeError(exception, message, document, text, position)
      return .none
    }
  }

  /// `json.loads(s, **kw)`.
  func jsonLoads(_ source: Value, _ kwargs: Keywords) throws(PyError) -> Value {
    let document: Value
    switch source {
    case .object(let o as StrObject): document = .object(o)
    case .object(let o as BytesObject): document = str(String(decoding: o.bytes, as: UTF8.self))
    default:
      throw typeError("the JSON object must be str, bytes or bytearray, not \(typeOf(source).name)")
    }
    guard case .object(let so) = document, let string = so as? StrObject else { return .none }
    var options = JSONDecodingOptions()
    for (key, value) in kwargs {
      let hook: Value? = value.isNone ? nil : value
      switch key {
      case "object_hook": options.objectHook = hook
      case "object_pairs_hook": options.objectPairsHook = hook
      case "parse_float": options.parseFloat = hook
      case "parse_int": options.parseInt = hook
      case "parse_constant": options.parseConstant = hook
      case "strict": options.strict = try isTrue(value)
      case "cls": if hook != nil { throw typeError("json.loads() does not support cls= in Coil") }
      default: throw typeError("JSONDecoder.__init__() got an unexpected keyword argument '\(key)'")
      }
    }
    let text = Array(string.value.unicodeScalars)
    if text.first == "\u{FEFF}" {
      throw jsonDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", document, text, 0)
    }
    let scanner = JSONScanner(interp: self, text: text, document: document, options: options)
    let start = scanner.skipWhitespace(0)
    switch try scanner.scan(start) {
    case .success(let (value, next)):
      let end = scanner.skipWhitespace(next)
      if end != text.count { throw jsonDecodeError("Extra data", document, text, end) }
      return value
    case .failure(.noValue(let position)):
      throw jsonDecodeError("Expecting value", document, text, position)
    case .failure(.error(let message, let position)):
      throw jsonDecodeError(message, document, text, position)
    }
  }
}
