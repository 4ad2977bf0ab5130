// Methods of `str`, with CPython 3.11's semantics and error messages.
//
// Positions and lengths are code points. Methods work on UTF-8 bytes when that cannot change a
// position (ASCII text, or pure substring search whose result is only sliced), and on Unicode
// scalars otherwise; never on Swift Characters, whose canonical equivalence Python ignores.
// Character properties follow Unicode 14.0 (CPython 3.11's database): code points assigned later
// behave as unassigned.

import BigInt

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Interpreter {
  func setUpStrMethods() {
    let t = types.str!

    // MARK: Case conversion

    let caseMaps: [(String, StrCase)] = [
      ("upper", .upper), ("lower", .lower), ("casefold", .fold), ("swapcase", .swap),
      ("title", .title), ("capitalize", .capitalize),
    ]
    for (method, kind) in caseMaps {
      defineNoArguments(t, method) { interp, s throws(PyError) in interp.strMapped(s, kind) }
    }

    // MARK: Predicates

    let predicates: [(String, (Unicode.Scalar) -> Bool)] = [
      ("isdigit", pyIsDigit), ("isdecimal", { pythonDecimalDigitValue($0) != nil }),
      ("isnumeric", pyIsNumeric), ("isalpha", pyIsAlpha), ("isalnum", pyIsAlnum),
      ("isspace", pythonIsSpace),
    ]
    for (method, test) in predicates {
      defineNoArguments(t, method) { interp, s throws(PyError) in
        if s.count == 0 { return .bool(false) }
        for c in s.value.unicodeScalars where !test(c) { return .bool(false) }
        return .bool(true)
      }
    }
    defineNoArguments(t, "isprintable") { interp, s throws(PyError) in
      for c in s.value.unicodeScalars where !pythonIsPrintable(c) { return .bool(false) }
      return .bool(true)
    }
    defineNoArguments(t, "isascii") { _, s throws(PyError) in .bool(s.isASCII) }
    defineNoArguments(t, "isidentifier") { interp, s throws(PyError) in
      var first = true
      for c in s.value.unicodeScalars {
        if first {
          if c != "_" && !pyIsXIDStart(c) { return .bool(false) }
          first = false
        } else if !pyIsXIDContinue(c) {
          return .bool(false)
        }
      }
      return .bool(!first)
    }
    defineNoArguments(t, "isupper") { interp, s throws(PyError) in
      return .bool(strCasedCheck(s, wanted: pyIsUpper, unwanted: pyIsLower))
    }
    defineNoArguments(t, "islower") { interp, s throws(PyError) in
      return .bool(strCasedCheck(s, wanted: pyIsLower, unwanted: pyIsUpper))
    }
    defineNoArguments(t, "istitle") { interp, s throws(PyError) in
      var cased = false
      var previousCased = false
      for c in s.value.unicodeScalars {
        if pyIsUpper(c) || pyIsTitle(c) {
          if previousCased { return .bool(false) }
          previousCased = true
          cased = true
        } else if pyIsLower(c) {
          if !previousCased { return .bool(false) }
          previousCased = true
          cased = true
        } else {
          previousCased = false
        }
      }
      return .bool(cased)
    }

    // MARK: Searching

    for (method, fromEnd, raises) in [
      ("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true),
    ] {
      define(t, method) { interp, args, kwargs throws(PyError) in
        let (s, subValue, start, end) = try interp.strFindArgs(args, kwargs, method)
        let sub = try interp.strMustBeStr(subValue)
        if let i = strFind(s, sub, start, end, fromEnd: fromEnd) { return .int(i) }
        if raises { throw interp.valueError("substring not found") }
        return .int(-1)
      }
    }
    define(t, "count") { interp, args, kwargs throws(PyError) in
      let (s, subValue, startArg, endArg) = try interp.strFindArgs(args, kwargs, "count")
      let sub = try interp.strMustBeStr(subValue)
      let (start, end) = strAdjustIndices(startArg, endArg, s.count)
      if end - start < sub.count { return .int(0) }
      if sub.count == 0 { return .int(end - start + 1) }
      if s.isASCII {
        guard sub.isASCII else { return .int(0) }
        return .int(unitCount(Array(s.value.utf8), Array(sub.value.utf8), start, end))
      }
      return .int(unitCount(s.scalars, sub.scalars, start, end))
    }
    for (method, atEnd) in [("startswith", false), ("endswith", true)] {
      define(t, method) { interp, args, kwargs throws(PyError) in
        let (s, affix, start, end) = try interp.strFindArgs(args, kwargs, method)
        if case .object(let o) = affix {
          if let a = o as? StrObject { return .bool(strTailMatch(s, a, start, end, atEnd: atEnd)) }
          if let tuple = o as? TupleObject {
            for item in tuple.items {
              guard case .object(let io) = item, let a = io as? StrObject else {
                throw interp.typeError(
                  "tuple for \(method) must only contain str, not \(interp.typeName(item))")
              }
              if strTailMatch(s, a, start, end, atEnd: atEnd) { return .bool(true) }
            }
            return .bool(false)
          }
        }
        throw interp.typeError(
          "\(method) first arg must be str or a tuple of str, not \(interp.typeName(affix))")
      }
    }

    // MARK: Splitting and joining

    for (method, fromEnd) in [("split", false), ("rsplit", true)] {
      // `s.split()` of ASCII text takes no argument array.
      let withNoArguments: ((Interpreter, StrObject) -> Value?)? =
        fromEnd ? nil : { interp, s in asciiSplit(s, .none, Int.max, interp.types.str).map { interp.makeList($0) } }
      defineStrMethod(t, method, withNoArguments: withNoArguments) { interp, args, kwargs throws(PyError) in
        let (s, params) = try interp.strKeywordArgs(args, kwargs, method, ["sep", "maxsplit"])
        var maxSplit = try params[1].map { v throws(PyError) in try interp.intArgument(v) } ?? -1
        if maxSplit < 0 { maxSplit = Int.max }
        let sep = params[0] ?? .none
        if !fromEnd, let parts = asciiSplit(s, sep, maxSplit, interp.types.str) {
          if parts.count == 1 && !sep.isNone { return interp.makeList([interp.strUnchanged(s)]) }
          return interp.makeList(parts)
        }
        if sep.isNone {
          let parts =
            s.isASCII
            ? unitSplitWhitespace(Array(s.value.utf8), maxSplit, fromEnd: fromEnd)
            : unitSplitWhitespace(s.scalars, maxSplit, fromEnd: fromEnd)
          return interp.makeList(parts.map { interp.str($0) })
        }
        guard case .object(let o) = sep, let sepStr = o as? StrObject else {
          throw interp.typeError("must be str or None, not \(interp.typeName(sep))")
        }
        if sepStr.count == 0 { throw interp.valueError("empty separator") }
        let bytes = Array(s.value.utf8)
        let sepBytes = Array(sepStr.value.utf8)
        let ranges =
          fromEnd
          ? unitRSplit(bytes, sepBytes, maxSplit) : unitSplit(bytes, sepBytes, maxSplit)
        if ranges.count == 1 { return interp.makeList([interp.strUnchanged(s)]) }
        return interp.makeList(ranges.map { interp.str(UInt8.makeString(bytes[$0])) })
      }
    }
    define(t, "splitlines") { interp, args, kwargs throws(PyError) in
      let (s, params) = try interp.strKeywordArgs(args, kwargs, "splitlines", ["keepends"])
      let keepEnds = try params[0].map { v throws(PyError) in try interp.strCIntArgument(v) } ?? 0
      let lines =
        s.isASCII
        ? unitSplitLines(Array(s.value.utf8), keepEnds: keepEnds != 0)
        : unitSplitLines(s.scalars, keepEnds: keepEnds != 0)
      return interp.makeList(lines.map { interp.str($0) })
    }
    for (method, fromEnd) in [("partition", false), ("rpartition", true)] {
      define(t, method) { interp, args, kwargs throws(PyError) in
        let (s, sepValue) = try interp.strOneArg(args, kwargs, method)
        let sep = try interp.strMustBeStr(sepValue)
        if sep.count == 0 { throw interp.valueError("empty separator") }
        let bytes = Array(s.value.utf8)
        let sepBytes = Array(sep.value.utf8)
        let empty = interp.str("")
        let found =
          fromEnd
          ? unitRFind(bytes, sepBytes, 0, bytes.count) : unitFind(bytes, sepBytes, 0, bytes.count)
        guard let i = found else {
          let whole = args[0]
          return interp.makeTuple(fromEnd ? [empty, empty, whole] : [whole, empty, empty])
        }
        return interp.makeTuple([
          interp.str(UInt8.makeString(bytes[..<i])), sepValue,
          interp.str(UInt8.makeString(bytes[(i + sepBytes.count)...])),
        ])
      }
    }
    define(t, "join") { interp, args, kwargs throws(PyError) in
      let (sep, iterable) = try interp.strOneArg(args, kwargs, "join")
      var items: [Value]
      if case .object(let o) = iterable, o.type === interp.types.list || o.type === interp.types.tuple {
        items = (o as? ListObject)?.items ?? (o as? TupleObject)?.items ?? []
      } else {
        let iterator: Value
        do throws(PyError) {
          iterator = try interp.makeIterator(iterable)
        } catch let error where error.matches("TypeError", interp) {
          throw interp.typeError("can only join an iterable")
        }
        items = []
        while let item = try interp.next(iterator) { items.append(item) }
      }
      if items.count == 1, case .object(let o) = items[0], o.type === interp.types.str {
        return items[0]
      }
      var out = ""
      for (i, item) in items.enumerated() {
        guard case .object(let o) = item, let piece = o as? StrObject else {
          throw interp.typeError(
            "sequence item \(i): expected str instance, \(interp.typeName(item)) found")
        }
        if i > 0 { out += sep.value }
        out += piece.value
      }
      return interp.str(out)
    }

    // MARK: Transforming

    define(t, "replace") { interp, args, kwargs throws(PyError) in
      let (s, params) = try interp.strPositional(args, kwargs, "replace", min: 2, max: 3)
      let old = try interp.strClinicStr(params[0], "replace", 1)
      let new = try interp.strClinicStr(params[1], "replace", 2)
      var count = params.count > 2 ? try interp.intArgument(params[2]) : -1
      if count < 0 { count = Int.max }
      if count == 0 || s.count < old.count { return interp.strUnchanged(s) }
      if old.count == 0 {
        // Insert `new` before every code point and at the end, `count` times at most.
        var out = String.UnicodeScalarView()
        var inserted = 0
        for c in s.value.unicodeScalars {
          if inserted < count {
            out.append(contentsOf: new.value.unicodeScalars)
            inserted += 1
          }
          out.append(c)
        }
        if inserted < count { out.append(contentsOf: new.value.unicodeScalars) }
        return interp.str(String(out))
      }
      let bytes = Array(s.value.utf8)
      let oldBytes = Array(old.value.utf8)
      let ranges = unitSplit(bytes, oldBytes, count)
      if ranges.count == 1 { return interp.strUnchanged(s) }
      var out = [UInt8]()
      out.reserveCapacity(bytes.count)
      for (i, r) in ranges.enumerated() {
        if i > 0 { out.append(contentsOf: new.value.utf8) }
        out.append(contentsOf: bytes[r])
      }
      return interp.str(String(decoding: out, as: UTF8.self))
    }
    for (method, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
      // `s.strip()` of ASCII text takes no argument array.
      defineStrMethod(t, method, withNoArguments: { interp, s in
        s.isASCII ? interp.asciiStripped(s, nil, left: left, right: right) : nil
      }) { interp, args, kwargs throws(PyError) in
        let (s, params) = try interp.strPositional(args, kwargs, method, min: 0, max: 1)
        var chars: StrObject?
        if let c = params.first, !c.isNone {
          guard case .object(let o) = c, let cs = o as? StrObject else {
            throw interp.typeError("\(method) arg must be None or str")
          }
          chars = cs
        }
        if s.isASCII { return interp.asciiStripped(s, chars, left: left, right: right) }
        let set = chars.map { Set($0.value.unicodeScalars.map(\.value)) }
        return unitStrip(s.scalars, set, left: left, right: right).map { interp.str($0) } ?? interp.strUnchanged(s)
      }
    }
    define(t, "removeprefix") { interp, args, kwargs throws(PyError) in
      let (s, prefixValue) = try interp.strOneArg(args, kwargs, "removeprefix")
      let prefix = try interp.strMustBeStr(prefixValue, "removeprefix() argument ")
      if prefix.count > 0, strTailMatch(s, prefix, nil, nil, atEnd: false) {
        return interp.str(String(decoding: s.value.utf8.dropFirst(prefix.value.utf8.count), as: UTF8.self))
      }
      return interp.strUnchanged(s)
    }
    define(t, "removesuffix") { interp, args, kwargs throws(PyError) in
      let (s, suffixValue) = try interp.strOneArg(args, kwargs, "removesuffix")
      let suffix = try interp.strMustBeStr(suffixValue, "removesuffix() argument ")
      if suffix.count > 0, strTailMatch(s, suffix, nil, nil, atEnd: true) {
        return interp.str(String(decoding: s.value.utf8.dropLast(suffix.value.utf8.count), as: UTF8.self))
      }
      return interp.strUnchanged(s)
    }
    define(t, "expandtabs") { interp, args, kwargs throws(PyError) in
      let (s, params) = try interp.strKeywordArgs(args, kwargs, "expandtabs", ["tabsize"])
      let tabSize = try params[0].map { v throws(PyError) in try interp.strCIntArgument(v) } ?? 8
      var out = String.UnicodeScalarView()
      var column = 0
      for c in s.value.unicodeScalars {
        if c == "\t" {
          if tabSize > 0 {
            let n = tabSize - column % tabSize
            column += n
            out.append(contentsOf: repeatElement(" ", count: n))
          }
        } else {
          out.append(c)
          column += 1
          if c == "\n" || c == "\r" { column = 0 }
        }
      }
      return interp.str(String(out))
    }
    define(t, "translate") { interp, args, kwargs throws(PyError) in
      let (s, table) = try interp.strOneArg(args, kwargs, "translate")
      var out = String.UnicodeScalarView()
      for c in s.value.unicodeScalars {
        let key = Value.int(Int(c.value))
        var mapped: Value?
        if case .object(let o) = table, let d = o as? DictObject, d.type === interp.types.dict {
          mapped = try d.get(key, interp)
        } else {
          do throws(PyError) {
            mapped = try interp.strMappingItem(table, key)
          } catch let error where error.matches("LookupError", interp) {
            mapped = nil
          }
        }
        guard let m = mapped else {
          out.append(c)
          continue
        }
        switch m {
        case .none: continue
        case .int, .bool:
          let v = try interp.intArgument(m)
          guard v >= 0, v < 0x110000, let scalar = Unicode.Scalar(UInt32(v)) else {
            throw interp.valueError("character mapping must be in range(0x110000)")
          }
          out.append(scalar)
        case .object(let o):
          if let r = o as? StrObject {
            out.append(contentsOf: r.value.unicodeScalars)
          } else if o is BigIntObject {
            throw interp.valueError("character mapping must be in range(0x110000)")
          } else {
            throw interp.typeError("character mapping must return integer, None or str")
          }
        case .float:
          throw interp.typeError("character mapping must return integer, None or str")
        }
      }
      return interp.str(String(out))
    }
    let maketrans = makeBuiltin("maketrans") { interp, args, kwargs throws(PyError) in
      if !kwargs.isEmpty { throw interp.typeError("str.maketrans() takes no keyword arguments") }
      try interp.strCheckCount("maketrans", args.count, min: 1, max: 3)
      let result = interp.makeDict()
      if args.count == 1 {
        guard case .object(let o) = args[0], let d = o as? DictObject else {
          throw interp.typeError("if you give only one argument to maketrans it must be a dict")
        }
        for entry in d.liveEntries {
          var key = entry.key
          switch entry.key {
          case .int, .bool: break
          case .object(let ko) where ko is BigIntObject: break
          case .object(let ko) where ko is StrObject:
            let ks = ko as! StrObject
            guard ks.count == 1 else {
              throw interp.valueError("string keys in translate table must be of length 1")
            }
            key = .int(Int(ks.scalar(at: 0).value))
          default:
            throw interp.typeError("keys in translate table must be strings or integers")
          }
          try result.set(key, entry.value, interp)
        }
        return .object(result)
      }
      let to = try interp.strClinicStr(args[1], "maketrans", 2)
      let delete = args.count > 2 ? try interp.strClinicStr(args[2], "maketrans", 3) : nil
      guard case .object(let o) = args[0], let from = o as? StrObject else {
        throw interp.typeError("first maketrans argument must be a string if there is a second argument")
      }
      guard from.count == to.count else {
        throw interp.valueError("the first two maketrans arguments must have equal length")
      }
      for (a, b) in zip(from.value.unicodeScalars, to.value.unicodeScalars) {
        try result.set(.int(Int(a.value)), .int(Int(b.value)), interp)
      }
      for c in delete?.value.unicodeScalars ?? "".unicodeScalars {
        try result.set(.int(Int(c.value)), .none, interp)
      }
      return .object(result)
    }
    t.dict.setString(
      name("maketrans"),
      .object(MethodWrapperObject(
        kind: .staticMethod, function: .object(maketrans), type: types.staticmethod, dict: makeDict())))

    // MARK: Padding

    for (method, kind) in [("center", 0), ("ljust", 1), ("rjust", 2)] {
      define(t, method) { interp, args, kwargs throws(PyError) in
        let (s, params) = try interp.strPositional(args, kwargs, method, min: 1, max: 2)
        let width = try interp.intArgument(params[0])
        var fill: Unicode.Scalar = " "
        if params.count > 1 {
          guard case .object(let o) = params[1], let f = o as? StrObject else {
            throw interp.typeError(
              "The fill character must be a unicode character, not \(interp.typeName(params[1]))")
          }
          guard f.count == 1 else {
            throw interp.typeError("The fill character must be exactly one character long")
          }
          fill = f.scalar(at: 0)
        }
        if s.count >= width { return interp.strUnchanged(s) }
        try interp.checkAllocation(width)
        let margin = width - s.count
        let left: Int
        switch kind {
        case 0: left = margin / 2 + (margin & width & 1)
        case 1: left = 0
        default: left = margin
        }
        return interp.str(strPad(s.value, left, margin - left, fill))
      }
    }
    define(t, "zfill") { interp, args, kwargs throws(PyError) in
      let (s, widthValue) = try interp.strOneArg(args, kwargs, "zfill")
      let width = try interp.intArgument(widthValue)
      if s.count >= width { return interp.strUnchanged(s) }
      try interp.checkAllocation(width)
      var scalars = Array(strPad(s.value, width - s.count, 0, "0").unicodeScalars)
      let fill = width - s.count
      if fill < scalars.count, scalars[fill] == "+" || scalars[fill] == "-" {
        scalars[0] = scalars[fill]
        scalars[fill] = "0"
      }
      return interp.str(String(String.UnicodeScalarView(scalars)))
    }

    // MARK: Formatting and encoding

    define(t, "format") { interp, args, kwargs throws(PyError) in
      try interp.requireArguments(args, 1, "format", method: true)
      let s = try interp.strReceiver(args, "format")
      // Text without fields is returned as it is (CPython's writer keeps the object).
      if !s.value.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }) {
        return args[0]
      }
      var auto = StrAutoNumber()
      return interp.str(
        try interp.strBuildFormat(
          s.scalars[...], Array(args.dropFirst()), .keywords(kwargs), depth: 2, &auto))
    }
    define(t, "format_map") { interp, args, kwargs throws(PyError) in
      try interp.requireArguments(args, 1, "format_map", method: true)
      let (s, mapping) = try interp.strOneArg(args, kwargs, "format_map")
      if !s.value.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }) {
        return args[0]
      }
      var auto = StrAutoNumber()
      return interp.str(try interp.strBuildFormat(s.scalars[...], nil, .mapping(mapping), depth: 2, &auto))
    }
    define(t, "__format__") { interp, args, kwargs throws(PyError) in
      let (s, specValue) = try interp.strOneArg(args, kwargs, "__format__")
      let spec = try interp.strMustBeStr(specValue, "__format__() argument ")
      return interp.str(try interp.format(interp.str(s.value), spec.value))
    }
    define(t, "encode") { interp, args, kwargs throws(PyError) in
      let (s, params) = try interp.strKeywordArgs(args, kwargs, "encode", ["encoding", "errors"])
      var encoding = "utf-8"
      var errors = "strict"
      if let e = params[0] {
        guard case .object(let o) = e, let es = o as? StrObject else {
          throw interp.typeError("encode() argument 'encoding' must be str, not \(interp.typeName(e))")
        }
        encoding = es.value
      }
      if let e = params[1] {
        guard case .object(let o) = e, let es = o as? StrObject else {
          throw interp.typeError("encode() argument 'errors' must be str, not \(interp.typeName(e))")
        }
        errors = es.value
      }
      return .object(BytesObject(try interp.strEncode(s, encoding, errors), type: interp.types.bytes))
    }

    // MARK: Protocol methods

    define(t, "__len__") { interp, args, _ throws(PyError) in
      let s = try interp.strReceiver(args, "__len__")
      guard args.count == 1 else { throw interp.typeError("expected 0 arguments, got \(args.count - 1)") }
      return .int(s.count)
    }
    define(t, "__str__") { interp, args, _ throws(PyError) in
      let s = try interp.strReceiver(args, "__str__")
      guard args.count == 1 else { throw interp.typeError("expected 0 arguments, got \(args.count - 1)") }
      return interp.strUnchanged(s)
    }
    define(t, "__contains__") { interp, args, _ throws(PyError) in
      _ = try interp.strReceiver(args, "__contains__")
      guard args.count == 2 else { throw interp.typeError("expected 1 argument, got \(args.count - 1)") }
      return .bool(try interp.contains(args[0], args[1]))
    }
  }
}

// MARK: - Argument parsing with CPython's messages

extension Interpreter {
  /// A str method whose call `s.method()` with no arguments goes to `withNoArguments` with the
  /// receiver alone, no argument array (`unary`); where that answers nil, and for every other
  /// call, `body` runs.
  fileprivate func defineStrMethod(
    _ t: TypeObject, _ method: String,
    withNoArguments: ((Interpreter, StrObject) throws(PyError) -> Value?)?,
    _ body: @escaping BuiltinFunctionObject.Body
  ) {
    guard let withNoArguments else {
      define(t, method, body)
      return
    }
    define(t, method, unary: { interp, receiver throws(PyError) in
      if case .object(let o) = receiver, let s = o as? StrObject, let result = try withNoArguments(interp, s) {
        return result
      }
      return try body(interp, [receiver], [])
    }, body)
  }

  /// A str method that takes no arguments; `core` gets the receiver, checked by `strNoArgs`.
  fileprivate func defineNoArguments(
    _ t: TypeObject, _ method: String, _ core: @escaping (Interpreter, StrObject) throws(PyError) -> Value
  ) {
    defineStrMethod(t, method, withNoArguments: core) { interp, args, kwargs throws(PyError) in
      try core(interp, try interp.strNoArgs(args, kwargs, method))
    }
  }

  /// `self` of a str method.
  fileprivate func strReceiver(_ args: [Value], _ method: String) throws(PyError) -> StrObject {
    guard let first = args.first else {
      throw typeError("unbound method str.\(method)() needs an argument")
    }
    if case .object(let o) = first, let s = o as? StrObject { return s }
    throw typeError(
      "descriptor '\(method)' for 'str' objects doesn't apply to a '\(typeName(first))' object")
  }

  /// The receiver unchanged when it is an exact `str`, else a plain `str` copy of it.
  fileprivate func strUnchanged(_ s: StrObject) -> Value {
    s.type === types.str ? .object(s) : str(s.value)
  }

  fileprivate func strNoKeywords(_ kwargs: Keywords, _ method: String) throws(PyError) {
    if !kwargs.isEmpty { throw typeError("str.\(method)() takes no keyword arguments") }
  }

  /// A method without arguments (METH_NOARGS).
  fileprivate func strNoArgs(_ args: [Value], _ kwargs: Keywords, _ method: String) throws(PyError)
    -> StrObject
  {
    let s = try strReceiver(args, method)
    try strNoKeywords(kwargs, method)
    if args.count > 1 {
      throw typeError("str.\(method)() takes no arguments (\(args.count - 1) given)")
    }
    return s
  }

  /// A method with exactly one positional argument (METH_O).
  fileprivate func strOneArg(_ args: [Value], _ kwargs: Keywords, _ method: String) throws(PyError)
    -> (StrObject, Value)
  {
    let s = try strReceiver(args, method)
    try strNoKeywords(kwargs, method)
    if args.count != 2 {
      throw typeError("str.\(method)() takes exactly one argument (\(args.count - 1) given)")
    }
    return (s, args[1])
  }

  fileprivate func strCheckCount(_ method: String, _ n: Int, min: Int, max: Int) throws(PyError) {
    if n < min {
      throw typeError("\(method) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)")
    }
    if n > max {
      throw typeError("\(method) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
    }
  }

  /// Positional-only arguments checked the way Argument Clinic does.
  fileprivate func strPositional(
    _ args: [Value], _ kwargs: Keywords, _ method: String, min: Int, max: Int
  ) throws(PyError) -> (StrObject, [Value]) {
    let s = try strReceiver(args, method)
    try strNoKeywords(kwargs, method)
    try strCheckCount(method, args.count - 1, min: min, max: max)
    return (s, Array(args.dropFirst()))
  }

  /// Optional arguments that may be given by position or keyword (Argument Clinic).
  fileprivate func strKeywordArgs(
    _ args: [Value], _ kwargs: Keywords, _ method: String, _ names: [String]
  ) throws(PyError) -> (StrObject, [Value?]) {
    let s = try strReceiver(args, method)
    let positional = args.count - 1
    let total = positional + kwargs.count
    if total > names.count {
      throw typeError(
        "\(method)() takes at most \(names.count) \(positional == 0 ? "keyword " : "")argument\(names.count == 1 ? "" : "s") (\(total) given)"
      )
    }
    var values = [Value?](filledWith: nil, count: names.count)
    for i in 0..<positional { values[i] = args[i + 1] }
    var used = 0
    for i in positional..<names.count {
      if let v = keyword(kwargs, names[i]) {
        values[i] = v
        used += 1
      }
    }
    if used < kwargs.count {
      for i in 0..<positional where keyword(kwargs, names[i]) != nil {
        throw typeError(
          "argument for \(method)() given by name ('\(names[i])') and position (\(i + 1))")
      }
      let unexpected = kwargs.first { !names.contains($0.0) }?.0 ?? ""
      throw typeError("'\(unexpected)' is an invalid keyword argument for \(method)()")
    }
    return (s, values)
  }

  /// `sub[, start[, end]]` of find, count, startswith and their kin.
  fileprivate func strFindArgs(_ args: [Value], _ kwargs: Keywords, _ method: String) throws(PyError)
    -> (StrObject, Value, Int?, Int?)
  {
    let s = try strReceiver(args, method)
    try strNoKeywords(kwargs, method)
    let n = args.count - 1
    if n < 1 { throw typeError("\(method)() takes at least 1 argument (\(n) given)") }
    if n > 3 { throw typeError("\(method)() takes at most 3 arguments (\(n) given)") }
    let start = n > 1 ? try strSliceIndex(args[2]) : nil
    let end = n > 2 ? try strSliceIndex(args[3]) : nil
    return (s, args[1], start, end)
  }

  /// A slice bound: None, an int (huge ones clamped) or an object with `__index__`.
  fileprivate func strSliceIndex(_ v: Value) throws(PyError) -> Int? {
    switch v {
    case .none: return nil
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .object(let o):
      if let b = o as? BigIntObject { return b.value.sign == .minus ? Int.min : Int.max }
      if !o.type.isBuiltin, o.type.lookup(name("__index__")) != nil {
        if let r = try callDunder(v, "__index__", []) {
          if case .object(let ro) = r, let b = ro as? BigIntObject {
            return b.value.sign == .minus ? Int.min : Int.max
          }
          return try intArgument(r)
        }
      }
    default: break
    }
    throw typeError("slice indices must be integers or None or have an __index__ method")
  }

  /// A C `int` argument (`expandtabs`, `splitlines`).
  fileprivate func strCIntArgument(_ v: Value) throws(PyError) -> Int {
    if case .object(let o) = v, o is BigIntObject {
      throw overflowError("Python int too large to convert to C int")
    }
    let i = try intArgument(v)
    if i > Int(Int32.max) || i < Int(Int32.min) {
      throw overflowError("Python int too large to convert to C int")
    }
    return i
  }

  /// A `str` argument, or TypeError "[prefix]must be str, not T".
  fileprivate func strMustBeStr(_ v: Value, _ prefix: String = "") throws(PyError) -> StrObject {
    if case .object(let o) = v, let s = o as? StrObject { return s }
    throw typeError("\(prefix)must be str, not \(typeName(v))")
  }

  /// A `str` argument checked by Argument Clinic: "replace() argument 1 must be str, not int".
  fileprivate func strClinicStr(_ v: Value, _ method: String, _ position: Int) throws(PyError)
    -> StrObject
  {
    try strMustBeStr(v, "\(method)() argument \(position) ")
  }
}

// MARK: - Code units

/// A unit of text the algorithms below run on: a UTF-8 byte or a Unicode scalar.
private protocol StrCodeUnit: Equatable {
  var pyCodePoint: UInt32 { get }
  static func makeString(_ units: ArraySlice<Self>) -> String
}

extension UInt8: StrCodeUnit {
  fileprivate var pyCodePoint: UInt32 { UInt32(self) }
  fileprivate static func makeString(_ units: ArraySlice<UInt8>) -> String {
    String(decoding: units, as: UTF8.self)
  }
}

extension Unicode.Scalar: StrCodeUnit {
  fileprivate var pyCodePoint: UInt32 { value }
  fileprivate static func makeString(_ units: ArraySlice<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: units)
    return String(view)
  }
}

/// CPython's ADJUST_INDICES: clamps `end` to the length and makes negative bounds relative.
private func strAdjustIndices(_ start: Int?, _ end: Int?, _ length: Int) -> (Int, Int) {
  var start = start ?? 0
  var end = end ?? length
  if end > length {
    end = length
  } else if end < 0 {
    end = end < -length ? 0 : end + length
  }
  if start < 0 { start = start < -length ? 0 : start + length }
  return (start, end)
}

/// The first index in `start..<end` where `needle` occurs (the bounds must be in range).
private func unitFind<T: StrCodeUnit>(_ h: [T], _ n: [T], _ start: Int, _ end: Int) -> Int? {
  let m = n.count
  if end - start < m { return nil }
  if m == 0 { return start }
  let first = n[0]
  var i = start
  let last = end - m
  while i <= last {
    if h[i] == first {
      var j = 1
      while j < m && h[i + j] == n[j] { j += 1 }
      if j == m { return i }
    }
    i += 1
  }
  return nil
}

/// The last index in `start..<end` where `needle` occurs.
private func unitRFind<T: StrCodeUnit>(_ h: [T], _ n: [T], _ start: Int, _ end: Int) -> Int? {
  let m = n.count
  if end - start < m { return nil }
  if m == 0 { return end }
  var i = end - m
  while i >= start {
    var j = 0
    while j < m && h[i + j] == n[j] { j += 1 }
    if j == m { return i }
    i -= 1
  }
  return nil
}

/// Non-overlapping occurrences of a non-empty `needle` in `start..<end`.
private func unitCount<T: StrCodeUnit>(_ h: [T], _ n: [T], _ start: Int, _ end: Int) -> Int {
  var count = 0
  var i = start
  while let found = unitFind(h, n, i, end) {
    count += 1
    i = found + n.count
  }
  return count
}

/// `find`/`rfind` in code points.
private func strFind(_ s: StrObject, _ sub: StrObject, _ start: Int?, _ end: Int?, fromEnd: Bool) -> Int? {
  let (start, end) = strAdjustIndices(start, end, s.count)
  if end - start < sub.count { return nil }
  if s.isASCII {
    guard sub.isASCII else { return nil }
    let h = Array(s.value.utf8)
    let n = Array(sub.value.utf8)
    return fromEnd ? unitRFind(h, n, start, end) : unitFind(h, n, start, end)
  }
  return fromEnd
    ? unitRFind(s.scalars, sub.scalars, start, end) : unitFind(s.scalars, sub.scalars, start, end)
}

/// CPython's tailmatch: whether `affix` is at the start (or end) of `s[start:end]`.
private func strTailMatch(_ s: StrObject, _ affix: StrObject, _ start: Int?, _ end: Int?, atEnd: Bool) -> Bool {
  var (start, end) = strAdjustIndices(start, end, s.count)
  end -= affix.count
  if end < start { return false }
  if affix.count == 0 { return true }
  let at = atEnd ? end : start
  if s.isASCII {
    guard affix.isASCII else { return false }
    let h = s.value.utf8
    let base = h.index(h.startIndex, offsetBy: at)
    return h[base...].starts(with: affix.value.utf8)
  }
  let h = s.scalars
  var i = at
  for c in affix.value.unicodeScalars {
    if h[i] != c { return false }
    i += 1
  }
  return true
}

/// Ranges of the pieces of `h` split on `sep`, splitting `maxSplit` times at most from the left.
private func unitSplit(_ h: [UInt8], _ sep: [UInt8], _ maxSplit: Int) -> [Range<Int>] {
  var parts: [Range<Int>] = []
  var start = 0
  var remaining = maxSplit
  while remaining > 0, let found = unitFind(h, sep, start, h.count) {
    parts.append(start..<found)
    start = found + sep.count
    remaining -= 1
  }
  parts.append(start..<h.count)
  return parts
}

/// Like `unitSplit`, from the right.
private func unitRSplit(_ h: [UInt8], _ sep: [UInt8], _ maxSplit: Int) -> [Range<Int>] {
  var parts: [Range<Int>] = []
  var end = h.count
  var remaining = maxSplit
  while remaining > 0, let found = unitRFind(h, sep, 0, end) {
    parts.append((found + sep.count)..<end)
    end = found
    remaining -= 1
  }
  parts.append(0..<end)
  return parts.reversed()
}

extension Interpreter {
  /// `s.strip(chars)` (or `lstrip`, `rstrip`) of ASCII text: `s` itself when nothing goes.
  fileprivate func asciiStripped(_ s: StrObject, _ chars: StrObject?, left: Bool, right: Bool) -> Value {
    let (a, b) = asciiStripBounds(s, chars, left: left, right: right)
    if a == 0 && b == s.count { return strUnchanged(s) }
    return .object(StrObject(s.substring(a, b), count: b - a, isASCII: true, type: types.str))
  }
}

/// Where `strip` leaves ASCII text: the bounds after dropping, from the sides asked for, the
/// bytes in `chars` (whitespace when nil).
private func asciiStripBounds(_ s: StrObject, _ chars: StrObject?, left: Bool, right: Bool) -> (Int, Int) {
  // A 128-bit set of the bytes to drop; non-ASCII characters never occur in ASCII text.
  var mask: (UInt64, UInt64) = (0, 0)
  if let chars {
    for scalar in chars.value.unicodeScalars where scalar.value < 128 {
      let v = scalar.value
      if v < 64 { mask.0 |= 1 << UInt64(v) } else { mask.1 |= 1 << UInt64(v - 64) }
    }
  } else {
    for v in [9, 10, 11, 12, 13, 28, 29, 30, 31, 32] as [UInt64] { mask.0 |= 1 << v }
  }
  @inline(__always) func drop(_ b: UInt8) -> Bool {
    b < 64 ? mask.0 & (1 << UInt64(b)) != 0 : mask.1 & (1 << UInt64(b - 64)) != 0
  }
  func bounds(_ h: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
    var a = 0
    var b = h.count
    if left { while a < b && drop(h[a]) { a += 1 } }
    if right { while b > a && drop(h[b - 1]) { b -= 1 } }
    return (a, b)
  }
  return s.value.utf8.withContiguousStorageIfAvailable(bounds)
    ?? Array(s.value.utf8).withUnsafeBufferPointer(bounds)
}

/// Python's whitespace among ASCII bytes: `\t\n\v\f\r`, the four separators 0x1C-0x1F, space.
@inline(__always) private func asciiSpace(_ b: UInt8) -> Bool {
  b == 32 || (b >= 9 && b <= 13) || (b >= 28 && b <= 31)
}

/// `s.split(sep, maxsplit)` from the left for ASCII text and an ASCII separator (or None, for
/// runs of non-whitespace), straight from the string's bytes: each piece's length is its byte
/// count, so nothing is scanned twice. Nil when the text or separator is not ASCII, or `sep`
/// is not a non-empty str.
private func asciiSplit(_ s: StrObject, _ sep: Value, _ maxSplit: Int, _ type: TypeObject) -> [Value]? {
  guard s.isASCII else { return nil }
  var separator: [UInt8] = []
  if case .object(let o) = sep {
    guard let sepStr = o as? StrObject, sepStr.isASCII, sepStr.count > 0 else { return nil }
    separator = Array(sepStr.value.utf8)
  } else if !sep.isNone {
    return nil
  }
  return s.value.utf8.withContiguousStorageIfAvailable { h -> [Value] in
    var parts: [Value] = []
    @inline(__always) func piece(_ a: Int, _ b: Int) {
      let text = String(unsafeUninitializedCapacity: b - a) { out in
        out.baseAddress!.initialize(from: h.baseAddress! + a, count: b - a)
        return b - a
      }
      parts.append(.object(StrObject(text, count: b - a, isASCII: true, type: type)))
    }
    let n = h.count
    var remaining = maxSplit
    var i = 0
    if separator.isEmpty {
      while remaining > 0 {
        while i < n && asciiSpace(h[i]) { i += 1 }
        if i == n { break }
        let j = i
        i += 1
        while i < n && !asciiSpace(h[i]) { i += 1 }
        piece(j, i)
        remaining -= 1
      }
      while i < n && asciiSpace(h[i]) { i += 1 }
      if i < n { piece(i, n) }
      return parts
    }
    let first = separator[0]
    let m = separator.count
    var start = 0
    while remaining > 0 && i + m <= n {
      if h[i] == first && (m == 1 || separator.withUnsafeBufferPointer { p in
        memcmp(h.baseAddress! + i, p.baseAddress!, m) == 0
      }) {
        piece(start, i)
        i += m
        start = i
        remaining -= 1
      } else {
        i += 1
      }
    }
    piece(start, n)
    return parts
  }
}

/// `split()`/`rsplit()` without a separator: runs of non-whitespace.
private func unitSplitWhitespace<T: StrCodeUnit>(_ h: [T], _ maxSplit: Int, fromEnd: Bool) -> [String] {
  func space(_ c: T) -> Bool { pythonIsSpace(Unicode.Scalar(c.pyCodePoint)!) }
  var parts: [String] = []
  var remaining = maxSplit
  let n = h.count
  if !fromEnd {
    var i = 0
    while remaining > 0 {
      while i < n && space(h[i]) { i += 1 }
      if i == n { break }
      let j = i
      i += 1
      while i < n && !space(h[i]) { i += 1 }
      parts.append(T.makeString(h[j..<i]))
      remaining -= 1
    }
    if i < n {
      while i < n && space(h[i]) { i += 1 }
      if i != n { parts.append(T.makeString(h[i..<n])) }
    }
    return parts
  }
  var i = n - 1
  while remaining > 0 {
    while i >= 0 && space(h[i]) { i -= 1 }
    if i < 0 { break }
    let j = i
    i -= 1
    while i >= 0 && !space(h[i]) { i -= 1 }
    parts.append(T.makeString(h[(i + 1)...j]))
    remaining -= 1
  }
  if i >= 0 {
    while i >= 0 && space(h[i]) { i -= 1 }
    if i >= 0 { parts.append(T.makeString(h[0...i])) }
  }
  return parts.reversed()
}

/// Python's line boundaries: \n \v \f \r \x1c \x1d \x1e \x85 \u2028 \u2029 (and \r\n).
private func pyIsLineBreak(_ c: UInt32) -> Bool {
  switch c {
  case 0x0A...0x0D, 0x1C...0x1E, 0x85, 0x2028, 0x2029: return true
  default: return false
  }
}

private func unitSplitLines<T: StrCodeUnit>(_ h: [T], keepEnds: Bool) -> [String] {
  var lines: [String] = []
  var i = 0
  let n = h.count
  while i < n {
    let j = i
    while i < n && !pyIsLineBreak(h[i].pyCodePoint) { i += 1 }
    var eol = i
    if i < n {
      if h[i].pyCodePoint == 0x0D && i + 1 < n && h[i + 1].pyCodePoint == 0x0A {
        i += 2
      } else {
        i += 1
      }
      if keepEnds { eol = i }
    }
    lines.append(T.makeString(h[j..<eol]))
  }
  return lines
}

/// The stripped text, or nil when nothing is stripped.
private func unitStrip<T: StrCodeUnit>(_ h: [T], _ chars: Set<UInt32>?, left: Bool, right: Bool) -> String? {
  func strip(_ c: T) -> Bool {
    if let chars { return chars.contains(c.pyCodePoint) }
    return pythonIsSpace(Unicode.Scalar(c.pyCodePoint)!)
  }
  var lo = 0
  var hi = h.count
  if left { while lo < hi && strip(h[lo]) { lo += 1 } }
  if right { while hi > lo && strip(h[hi - 1]) { hi -= 1 } }
  if lo == 0 && hi == h.count { return nil }
  return T.makeString(h[lo..<hi])
}

private func strPad(_ text: String, _ left: Int, _ right: Int, _ fill: Unicode.Scalar) -> String {
  var out = String.UnicodeScalarView()
  out.append(contentsOf: repeatElement(fill, count: left))
  out.append(contentsOf: text.unicodeScalars)
  out.append(contentsOf: repeatElement(fill, count: right))
  return String(out)
}

// MARK: - Character properties (Unicode 14.0)

/// Whether CPython 3.11's Unicode database (14.0) knows the code point.
private func pyKnown(_ c: Unicode.Scalar) -> Bool {
  // Nothing below U+0870 was assigned after 14.0; unassigned code points there have no
  // properties anyway.
  if c.value < 0x870 { return true }
  guard let age = c.properties.age else { return false }
  return age.major <= 14
}

private func pyIsAlpha(_ c: Unicode.Scalar) -> Bool {
  if c.value < 0x80 { return (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }
  guard pyKnown(c) else { return false }
  switch c.properties.generalCategory {
  case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
    return true
  default:
    return false
  }
}

private func pyIsDigit(_ c: Unicode.Scalar) -> Bool {
  if c.value < 0x80 { return c.value >= 0x30 && c.value <= 0x39 }
  guard pyKnown(c) else { return false }
  let type = c.properties.numericType
  return type == .decimal || type == .digit
}

private func pyIsNumeric(_ c: Unicode.Scalar) -> Bool {
  if c.value < 0x80 { return c.value >= 0x30 && c.value <= 0x39 }
  return pyKnown(c) && c.properties.numericType != nil && !pyNumericSince15.contains(c.value)
}

/// Ideographs and cuneiform signs that became numeric after Unicode 14.0.
private let pyNumericSince15: Set<UInt32> = [
  0x4E24, 0x4EAC, 0x4FE9, 0x5006, 0x62D0, 0x6D1E, 0x7695, 0x79ED, 0x920E, 0x94A9, 0x12038,
  0x12039, 0x12079, 0x12226, 0x1222B, 0x1230B, 0x1230D, 0x12399,
]

/// The Lowercase property where Unicode 14.0 differs from the newer data Swift has.
private func pyLowercaseIn14(_ v: UInt32) -> Bool? {
  switch v {
  case 0x295: return true
  case 0x10FC, 0xA7F2...0xA7F4, 0xAB69: return false
  default: return nil
  }
}

private func pyIsAlnum(_ c: Unicode.Scalar) -> Bool {
  pyIsAlpha(c) || pythonDecimalDigitValue(c) != nil || pyIsDigit(c) || pyIsNumeric(c)
}

private func pyIsUpper(_ c: Unicode.Scalar) -> Bool {
  if c.value < 0x80 { return c.value >= 0x41 && c.value <= 0x5A }
  return pyKnown(c) && c.properties.isUppercase
}

private func pyIsLower(_ c: Unicode.Scalar) -> Bool {
  if c.value < 0x80 { return c.value >= 0x61 && c.value <= 0x7A }
  return pyKnown(c) && (pyLowercaseIn14(c.value) ?? c.properties.isLowercase)
}

private func pyIsTitle(_ c: Unicode.Scalar) -> Bool {
  c.value >= 0x80 && pyKnown(c) && c.properties.generalCategory == .titlecaseLetter
}

private func pyIsCased(_ c: Unicode.Scalar) -> Bool {
  if c.value < 0x80 { return pyIsAlpha(c) }
  if pySimpleCasePair(c.value) != nil { return true }
  return pyKnown(c) && (pyLowercaseIn14(c.value) ?? c.properties.isCased)
}

private func pyIsCaseIgnorable(_ c: Unicode.Scalar) -> Bool {
  if c.value < 0x80 { return c == "'" || c == "." || c == ":" || c == "^" || c == "`" }
  return pyKnown(c) && c.properties.isCaseIgnorable
}

private func pyIsXIDStart(_ c: Unicode.Scalar) -> Bool {
  if c.value < 0x80 { return pyIsAlpha(c) }
  return pyKnown(c) && c.properties.isXIDStart
}

private func pyIsXIDContinue(_ c: Unicode.Scalar) -> Bool {
  if c.value < 0x80 { return pyIsAlpha(c) || c == "_" || (c.value >= 0x30 && c.value <= 0x39) }
  // ZWNJ, ZWJ and the katakana middle dots became XID_Continue in Unicode 15.1.
  switch c.value {
  case 0x200C, 0x200D, 0x30FB, 0xFF65: return false
  default: return pyKnown(c) && c.properties.isXIDContinue
  }
}

/// `isupper`/`islower`: some `wanted` cased character and none of the opposite case or titlecase.
private func strCasedCheck(
  _ s: StrObject, wanted: (Unicode.Scalar) -> Bool, unwanted: (Unicode.Scalar) -> Bool
) -> Bool {
  var cased = false
  for c in s.value.unicodeScalars {
    if unwanted(c) || pyIsTitle(c) { return false }
    if !cased && wanted(c) { cased = true }
  }
  return cased
}

// MARK: - Case mappings

private enum StrCase { case upper, lower, fold, swap, title, capitalize }

private enum CaseMapping { case upper, lower, title }

/// Appends the full case mapping of `c` (SpecialCasing's unconditional mappings included).
private func appendMapping(_ c: Unicode.Scalar, _ mapping: CaseMapping, to out: inout String.UnicodeScalarView) {
  let v = c.value
  if v < 0x80 {
    let isLower = v >= 0x61 && v <= 0x7A
    let isUpper = v >= 0x41 && v <= 0x5A
    switch mapping {
    case .upper, .title: out.append(isLower ? Unicode.Scalar(UInt8(v - 32)) : c)
    case .lower: out.append(isUpper ? Unicode.Scalar(UInt8(v + 32)) : c)
    }
    return
  }
  if let pair = pySimpleCasePair(v) {
    let isUpper = pair.upper == v
    let target = mapping == .lower ? pair.lower : pair.upper
    out.append(isUpper == (mapping == .lower) ? Unicode.Scalar(target)! : c)
    return
  }
  guard pyKnown(c) else {
    out.append(c)
    return
  }
  let p = c.properties
  let mapped: String
  switch mapping {
  case .upper: mapped = p.uppercaseMapping
  case .lower: mapped = p.lowercaseMapping
  case .title: mapped = p.titlecaseMapping
  }
  // A mapping to a code point Unicode 14.0 lacks is a later addition Python does not know.
  for m in mapped.unicodeScalars where !pyKnown(m) {
    out.append(c)
    return
  }
  out.append(contentsOf: mapped.unicodeScalars)
}

/// The (upper, lower) pair of a letter of the Latin-1, basic Greek or basic Cyrillic alphabets
/// whose case mappings are simple one-to-one ones, for a fast path past the Unicode tables.
private func pySimpleCasePair(_ v: UInt32) -> (upper: UInt32, lower: UInt32)? {
  switch v {
  case 0xC0...0xD6, 0xD8...0xDE, 0x391...0x3A1, 0x3A3...0x3A9, 0x410...0x42F:
    return (v, v + 0x20)
  case 0xE0...0xF6, 0xF8...0xFE, 0x3B1...0x3C1, 0x3C3...0x3C9, 0x430...0x44F:
    return (v - 0x20, v)
  case 0x400...0x40F: return (v, v + 0x50)
  case 0x450...0x45F: return (v - 0x50, v)
  default: return nil
  }
}

/// Python's lower-casing of `s[i]`, with the Final_Sigma rule for U+03A3.
private func appendLower(_ s: [Unicode.Scalar], _ i: Int, to out: inout String.UnicodeScalarView) {
  let c = s[i]
  guard c.value == 0x3A3 else {
    appendMapping(c, .lower, to: &out)
    return
  }
  var j = i - 1
  while j >= 0 && pyIsCaseIgnorable(s[j]) { j -= 1 }
  var final = j >= 0 && pyIsCased(s[j])
  if final && i + 1 < s.count {
    j = i + 1
    while j < s.count && pyIsCaseIgnorable(s[j]) { j += 1 }
    final = j == s.count || !pyIsCased(s[j])
  }
  out.append(Unicode.Scalar(final ? 0x3C2 : 0x3C3)!)
}

/// Full case folding (CaseFolding.txt, statuses C and F).
private func appendFolded(_ c: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
  let v = c.value
  if v < 0x80 {
    appendMapping(c, .lower, to: &out)
    return
  }
  if let pair = pySimpleCasePair(v) {
    out.append(Unicode.Scalar(pair.lower)!)
    return
  }
  // U+0131 (dotless i) has only a Turkic folding, which Python does not use.
  guard pyKnown(c), v != 0x131 else {
    out.append(c)
    return
  }
  // Cherokee folds to its uppercase letters.
  if v >= 0x13A0 && v <= 0x13F5 {
    out.append(c)
    return
  }
  if v >= 0x13F8 && v <= 0x13FD {
    out.append(Unicode.Scalar(v - 8)!)
    return
  }
  if v >= 0xAB70 && v <= 0xABBF {
    out.append(Unicode.Scalar(v - 0xAB70 + 0x13A0)!)
    return
  }
  // Elsewhere folding is lowercasing after normalizing case variants (ß → SS → ss, ς → Σ → σ).
  var step = String.UnicodeScalarView()
  for x in c.properties.lowercaseMapping.unicodeScalars { appendMapping(x, .upper, to: &step) }
  for x in step { appendMapping(x, .lower, to: &out) }
}

extension Interpreter {
  /// A case mapping of `s` as a new str; ASCII text maps byte for byte, keeping its length.
  fileprivate func strMapped(_ s: StrObject, _ kind: StrCase) -> Value {
    if s.isASCII {
      return .object(StrObject(strMapCase(s, kind), count: s.count, isASCII: true, type: types.str))
    }
    return str(strMapCase(s, kind))
  }
}

private func strMapCase(_ s: StrObject, _ kind: StrCase) -> String {
  if s.isASCII {
    let utf8 = s.value.utf8
    // Written in place: no byte array, and no allocation at all for a short (inline) result.
    return String(unsafeUninitializedCapacity: utf8.count) { out in
      var previousCased = false
      var i = 0
      for b in utf8 {
        let lower = b >= 0x61 && b <= 0x7A
        let upper = b >= 0x41 && b <= 0x5A
        let toUpper: Bool
        switch kind {
        case .upper: toUpper = true
        case .lower, .fold: toUpper = false
        case .swap: toUpper = lower
        case .title: toUpper = !previousCased
        case .capitalize: toUpper = i == 0
        }
        out[i] = toUpper && lower ? b - 32 : !toUpper && upper ? b + 32 : b
        previousCased = lower || upper
        i += 1
      }
      return i
    }
  }
  let scalars = s.scalars
  var out = String.UnicodeScalarView()
  switch kind {
  case .upper:
    for c in scalars { appendMapping(c, .upper, to: &out) }
  case .lower:
    for i in scalars.indices { appendLower(scalars, i, to: &out) }
  case .fold:
    for c in scalars { appendFolded(c, to: &out) }
  case .swap:
    for (i, c) in scalars.enumerated() {
      if pyIsUpper(c) {
        appendLower(scalars, i, to: &out)
      } else if pyIsLower(c) {
        appendMapping(c, .upper, to: &out)
      } else {
        out.append(c)
      }
    }
  case .title:
    var previousCased = false
    for (i, c) in scalars.enumerated() {
      if previousCased { appendLower(scalars, i, to: &out) } else { appendMapping(c, .title, to: &out) }
      previousCased = pyIsCased(c)
    }
  case .capitalize:
    for i in scalars.indices {
      if i == 0 { appendMapping(scalars[0], .title, to: &out) } else { appendLower(scalars, i, to: &out) }
    }
  }
  return String(out)
}

// MARK: - str.format

/// CPython's auto-numbering state for `{}` fields.
private struct StrAutoNumber {
  enum State { case initial, automatic, manual }
  var state = State.initial
  var next = 0
}

/// Where named fields come from: `format`'s keywords or `format_map`'s mapping.
private enum StrFormatSource {
  case keywords(Keywords)
  case mapping(Value)
}

extension Interpreter {
  /// CPython's build_string: expands the replacement fields of `s`.
  fileprivate func strBuildFormat(
    _ s: ArraySlice<Unicode.Scalar>, _ args: [Value]?, _ source: StrFormatSource, depth: Int,
    _ auto: inout StrAutoNumber
  ) throws(PyError) -> String {
    if depth <= 0 { throw valueError("Max string recursion exceeded") }
    var out = String.UnicodeScalarView()
    let hi = s.endIndex
    var i = s.startIndex
    while i < hi {
      // Literal text up to the next brace.
      let literalStart = i
      var brace: Unicode.Scalar?
      while i < hi {
        let c = s[i]
        i += 1
        if c == "{" || c == "}" {
          brace = c
          break
        }
      }
      let atEnd = i >= hi
      var literalEnd = i
      var markup = brace != nil
      if brace == "}" && (atEnd || s[i] != "}") {
        throw valueError("Single '}' encountered in format string")
      }
      if atEnd && brace == "{" { throw valueError("Single '{' encountered in format string") }
      if let b = brace, !atEnd {
        if s[i] == b {
          i += 1
          markup = false
        } else {
          literalEnd -= 1
        }
      } else if brace != nil {
        literalEnd -= 1
      }
      out.append(contentsOf: s[literalStart..<literalEnd])
      if !markup { continue }

      // The field: name, then optional !conversion and :spec.
      let nameStart = i
      var c: Unicode.Scalar?
      scan: while i < hi {
        c = s[i]
        i += 1
        switch c! {
        case "{": throw valueError("unexpected '{' in field name")
        case "[":
          while i < hi && s[i] != "]" { i += 1 }
        case "}", ":", "!": break scan
        default: break
        }
      }
      let nameEnd = i - 1
      var conversion: Unicode.Scalar?
      var specRange = i..<i
      var specNeedsExpanding = false
      if c == "!" || c == ":" {
        var done = false
        if c == "!" {
          if i >= hi { throw valueError("end of string while looking for conversion specifier") }
          conversion = s[i]
          i += 1
          if i < hi {
            let next = s[i]
            i += 1
            if next == "}" {
              done = true
              specRange = i..<i
            } else if next != ":" {
              throw valueError("expected ':' after conversion specifier")
            }
          }
        }
        if !done {
          let specStart = i
          var count = 1
          while i < hi {
            let d = s[i]
            i += 1
            if d == "{" {
              specNeedsExpanding = true
              count += 1
            } else if d == "}" {
              count -= 1
              if count == 0 {
                specRange = specStart..<(i - 1)
                done = true
                break
              }
            }
          }
          if !done { throw valueError("unmatched '{' in format spec") }
        }
      } else if c != "}" {
        throw valueError("expected '}' before end of string")
      }

      var value = try strFieldObject(s[nameStart..<nameEnd], args, source, &auto)
      if let conversion {
        switch conversion {
        case "r": value = str(try repr(value))
        case "s": value = str(try toStr(value))
        case "a": value = str(asciiEscape(try repr(value)))
        default:
          if conversion.value > 32 && conversion.value < 127 {
            throw valueError("Unknown conversion specifier \(Character(conversion))")
          }
          throw valueError("Unknown conversion specifier \\x\(String(conversion.value, radix: 16))")
        }
      }
      let spec =
        specNeedsExpanding
        ? try strBuildFormat(s[specRange], args, source, depth: depth - 1, &auto)
        : Unicode.Scalar.makeString(s[specRange])
      out.append(contentsOf: try format(value, spec).unicodeScalars)
    }
    return String(out)
  }

  /// CPython's get_integer: the decimal value of a field name part, or -1.
  private func strFieldInteger(_ s: ArraySlice<Unicode.Scalar>) throws(PyError) -> Int {
    if s.isEmpty { return -1 }
    var value = 0
    for c in s {
      guard let d = pythonDecimalDigitValue(c) else { return -1 }
      if value > (Int.max - d) / 10 { throw valueError("Too many decimal digits in format string") }
      value = value * 10 + d
    }
    return value
  }

  /// CPython's get_field_object: the argument a field name designates.
  private func strFieldObject(
    _ field: ArraySlice<Unicode.Scalar>, _ args: [Value]?, _ source: StrFormatSource,
    _ auto: inout StrAutoNumber
  ) throws(PyError) -> Value {
    var i = field.startIndex
    while i < field.endIndex && field[i] != "." && field[i] != "[" { i += 1 }
    let first = field[field.startIndex..<i]
    var index = try strFieldInteger(first)
    let isEmpty = first.isEmpty
    if isEmpty || index != -1 {
      if auto.state == .initial { auto.state = isEmpty ? .automatic : .manual }
      if auto.state == .manual && isEmpty {
        throw valueError(
          "cannot switch from manual field specification to automatic field numbering")
      }
      if auto.state == .automatic && !isEmpty {
        throw valueError(
          "cannot switch from automatic field numbering to manual field specification")
      }
      if isEmpty {
        index = auto.next
        auto.next += 1
      }
    }
    var value: Value
    if index == -1 {
      let key = Unicode.Scalar.makeString(first)
      switch source {
      case .keywords(let kwargs):
        guard let v = keyword(kwargs, key) else { throw keyError(str(key)) }
        value = v
      case .mapping(let mapping):
        value = try strMappingItem(mapping, str(key))
      }
    } else {
      guard let args else { throw valueError("Format string contains positional fields") }
      guard index < args.count else {
        throw indexError("Replacement index \(index) out of range for positional args tuple")
      }
      value = args[index]
    }
    // The rest: .attribute and [item] parts.
    while i < field.endIndex {
      let c = field[i]
      i += 1
      let nameStart = i
      let part: ArraySlice<Unicode.Scalar>
      var itemIndex = -1
      let isAttribute: Bool
      if c == "." {
        isAttribute = true
        while i < field.endIndex && field[i] != "." && field[i] != "[" { i += 1 }
        part = field[nameStart..<i]
      } else if c == "[" {
        isAttribute = false
        while i < field.endIndex && field[i] != "]" { i += 1 }
        if i >= field.endIndex { throw valueError("Missing ']' in format string") }
        part = field[nameStart..<i]
        i += 1
        itemIndex = try strFieldInteger(part)
      } else {
        throw valueError("Only '.' or '[' may follow ']' in format field specifier")
      }
      if part.isEmpty { throw valueError("Empty attribute in format string") }
      let partName = Unicode.Scalar.makeString(part)
      if isAttribute {
        value = try getAttribute(value, name(partName))
      } else if itemIndex == -1 {
        value = try getItem(value, str(partName))
      } else {
        value = try getItem(value, .int(itemIndex))
      }
    }
    return value
  }

  /// `mapping[key]` for `format_map`, honouring `__missing__` of dict subclasses.
  private func strMappingItem(_ mapping: Value, _ key: Value) throws(PyError) -> Value {
    if case .object(let o) = mapping, let d = o as? DictObject, d.type !== types.dict,
      let getitem = d.type.lookup(name("__getitem__")), getitem.asObject is BuiltinFunctionObject
    {
      if let v = try d.get(key, self) { return v }
      if let missing = d.type.lookup(name("__missing__")) {
        return try callMethod(missing, mapping, [key])
      }
      throw keyError(key)
    }
    return try getItem(mapping, key)
  }
}

// MARK: - str.encode

extension Interpreter {
  fileprivate func strEncode(_ s: StrObject, _ encoding: String, _ errors: String) throws(PyError)
    -> [UInt8]
  {
    guard let codec = strCodec(encoding) else {
      throw error("LookupError", "unknown encoding: \(encoding)")
    }
    switch codec {
    case "utf-8":
      return Array(s.value.utf8)
    case "utf-16", "utf-16-le", "utf-16-be":
      var out: [UInt8] = codec == "utf-16" ? [0xFF, 0xFE] : []
      for unit in s.value.utf16 {
        if codec == "utf-16-be" {
          out += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        } else {
          out += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
      }
      return out
    case "utf-32", "utf-32-le", "utf-32-be":
      var out: [UInt8] = codec == "utf-32" ? [0xFF, 0xFE, 0, 0] : []
      for c in s.value.unicodeScalars {
        let v = c.value
        let bytes = [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)]
        out += codec == "utf-32-be" ? bytes.reversed() : bytes
      }
      return out
    default:
      break
    }
    // ascii and latin-1.
    let limit: UInt32 = codec == "ascii" ? 0x80 : 0x100
    if s.isASCII { return Array(s.value.utf8) }
    let scalars = s.scalars
    var out: [UInt8] = []
    out.reserveCapacity(scalars.count)
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      if c.value < limit {
        out.append(UInt8(c.value))
        i += 1
        continue
      }
      var end = i + 1
      while end < scalars.count && scalars[end].value >= limit { end += 1 }
      switch errors {
      case "strict", "surrogateescape", "surrogatepass":
        let reason = "ordinal not in range(\(limit))"
        let message: String
        if end - i == 1 {
          let v = c.value
          let escaped =
            v <= 0xFF
            ? "\\x" + strHex(v, 2) : v <= 0xFFFF ? "\\u" + strHex(v, 4) : "\\U" + strHex(v, 8)
          message = "'\(codec)' codec can't encode character '\(escaped)' in position \(i): \(reason)"
        } else {
          message = "'\(codec)' codec can't encode characters in position \(i)-\(end - 1): \(reason)"
        }
        let e = error("UnicodeEncodeError", message)
        e.exception.dict.setString(name("encoding"), str(codec))
        e.exception.dict.setString(name("object"), .object(s))
        e.exception.dict.setString(name("start"), .int(i))
        e.exception.dict.setString(name("end"), .int(end))
        e.exception.dict.setString(name("reason"), str(reason))
        throw e
      case "ignore":
        break
      case "replace":
        out.append(contentsOf: repeatElement(UInt8(ascii: "?"), count: end - i))
      case "backslashreplace", "namereplace", "xmlcharrefreplace":
        for c in scalars[i..<end] {
          let v = c.value
          let text: String
          if errors == "xmlcharrefreplace" {
            text = "&#\(v);"
          } else if errors == "namereplace", pyKnown(c), let n = c.properties.name {
            text = "\\N{\(n)}"
          } else {
            text = v <= 0xFF ? "\\x" + strHex(v, 2) : v <= 0xFFFF ? "\\u" + strHex(v, 4) : "\\U" + strHex(v, 8)
          }
          out.append(contentsOf: text.utf8)
        }
      default:
        throw error("LookupError", "unknown error handler name '\(errors)'")
      }
      i = end
    }
    return out
  }

  /// The canonical name of a supported codec, from any of Python's aliases.
  fileprivate func strCodec(_ encoding: String) -> String? {
    // Python's normalize_encoding: runs of punctuation become one '_', then lower-case.
    var words: [String] = []
    var current = ""
    for c in encoding.unicodeScalars {
      if (c.value < 0x80 && (pyIsAlpha(c) || (c.value >= 0x30 && c.value <= 0x39))) || c == "." {
        current.unicodeScalars.append(c)
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    let normalized = words.joined(separator: "_").lowercased()
    switch normalized {
    case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001": return "utf-8"
    case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986",
      "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6":
      return "ascii"
    case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819",
      "iso_ir_100", "csisolatin1", "ibm819", "iso8859", "iso_8859_1_1987":
      return "latin-1"
    case "utf_16", "utf16", "u16": return "utf-16"
    case "utf_16_le", "utf_16le", "unicodelittleunmarked": return "utf-16-le"
    case "utf_16_be", "utf_16be", "unicodebigunmarked": return "utf-16-be"
    case "utf_32", "utf32", "u32": return "utf-32"
    case "utf_32_le", "utf_32le": return "utf-32-le"
    case "utf_32_be", "utf_32be": return "utf-32-be"
    default: return nil
    }
  }
}

private func strHex(_ v: UInt32, _ width: Int) -> String {
  let digits = String(v, radix: 16)
  return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
