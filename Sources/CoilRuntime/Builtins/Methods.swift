// Methods of the builtin container and number types.

import BigInt
import CoilSyntax

extension Interpreter {
  /// The receiver of a builtin method as a specific Swift class, or CPython's TypeError.
  func receiver<T: PyObject>(_ args: [Value], _ as: T.Type, _ method: String, _ typeName: String) throws(PyError) -> T {
    if case .object(let o)? = args.first, let r = o as? T { return r }
    throw typeError("descriptor '\(method)' for '\(typeName)' objects doesn't apply to a '\(args.first.map { self.typeName($0) } ?? "nothing")' object")
  }

  func strArgument(_ args: [Value], _ i: Int, _ method: String) throws(PyError) -> String {
    guard i < args.count else { throw typeError("\(method)() takes at least \(i) argument (\(args.count - 1) given)") }
    if case .object(let o) = args[i], let s = o as? StrObject { return s.value }
    throw typeError("must be str, not \(typeName(args[i]))")
  }

  func setUpStrMethods() {
    let t = types.str!
    func s(_ args: [Value], _ m: String) throws(PyError) -> StrObject { try receiver(args, StrObject.self, m, "str") }
    define(t, "upper") { interp, args, _ throws(PyError) in interp.str(try s(args, "upper").value.uppercased()) }
    define(t, "lower") { interp, args, _ throws(PyError) in interp.str(try s(args, "lower").value.lowercased()) }
    define(t, "strip") { interp, args, _ throws(PyError) in
      interp.str(try interp.stripped(try s(args, "strip").value, args.count > 1 ? args[1] : .none, left: true, right: true))
    }
    define(t, "lstrip") { interp, args, _ throws(PyError) in
      interp.str(try interp.stripped(try s(args, "lstrip").value, args.count > 1 ? args[1] : .none, left: true, right: false))
    }
    define(t, "rstrip") { interp, args, _ throws(PyError) in
      interp.str(try interp.stripped(try s(args, "rstrip").value, args.count > 1 ? args[1] : .none, left: false, right: true))
    }
    define(t, "split") { interp, args, kwargs throws(PyError) in
      let text = try s(args, "split").value
      let sep = args.count > 1 ? args[1] : (interp.keyword(kwargs, "sep") ?? .none)
      let maxValue = args.count > 2 ? args[2] : (interp.keyword(kwargs, "maxsplit") ?? .int(-1))
      let parts = try interp.splitString(text, sep, try interp.intArgument(maxValue))
      return interp.makeList(parts.map { interp.str($0) })
    }
    define(t, "join") { interp, args, _ throws(PyError) in
      let sep = try s(args, "join").value
      guard args.count == 2 else { throw interp.typeError("str.join() takes exactly one argument (\(args.count - 1) given)") }
      var out = ""
      for (i, item) in try interp.iterate(args[1]).enumerated() {
        guard case .object(let o) = item, let piece = o as? StrObject else {
          throw interp.typeError("sequence item \(i): expected str instance, \(interp.typeName(item)) found")
        }
        if i > 0 { out += sep }
        out += piece.value
      }
      return interp.str(out)
    }
    define(t, "replace") { interp, args, _ throws(PyError) in
      let text = try s(args, "replace").value
      let old = try interp.strArgument(args, 1, "replace")
      let new = try interp.strArgument(args, 2, "replace")
      let count = args.count > 3 ? try interp.intArgument(args[3]) : -1
      return interp.str(replacing(text, old, new, count: count))
    }
    define(t, "startswith") { interp, args, _ throws(PyError) in
      let text = try s(args, "startswith").value
      return .bool(try interp.affixMatch(text, args[1]) { $0.hasPrefix($1) && (text.utf8.starts(with: $1.utf8)) })
    }
    define(t, "endswith") { interp, args, _ throws(PyError) in
      let text = try s(args, "endswith").value
      return .bool(try interp.affixMatch(text, args[1]) { a, b in a.utf8.reversed().starts(with: b.utf8.reversed()) })
    }
    define(t, "find") { interp, args, _ throws(PyError) in
      let o = try s(args, "find")
      return .int(interp.codePointFind(o, try interp.strArgument(args, 1, "find")) ?? -1)
    }
    define(t, "index") { interp, args, _ throws(PyError) in
      let o = try s(args, "index")
      guard let i = interp.codePointFind(o, try interp.strArgument(args, 1, "index")) else {
        throw interp.valueError("substring not found")
      }
      return .int(i)
    }
    define(t, "count") { interp, args, _ throws(PyError) in
      let text = try s(args, "count").value
      let needle = try interp.strArgument(args, 1, "count")
      if needle.isEmpty { return .int(text.unicodeScalars.count + 1) }
      return .int(splitOn(text, needle).count - 1)
    }
    define(t, "format") { interp, args, kwargs throws(PyError) in
      interp.str(try interp.formatMethod(try s(args, "format").value, Array(args.dropFirst()), kwargs))
    }
    define(t, "isdigit") { interp, args, _ throws(PyError) in
      let o = try s(args, "isdigit")
      return .bool(o.count > 0 && o.value.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal || $0.properties.numericType == .digit })
    }
    define(t, "isalpha") { interp, args, _ throws(PyError) in
      let o = try s(args, "isalpha")
      return .bool(o.count > 0 && o.value.unicodeScalars.allSatisfy { $0.properties.isAlphabetic })
    }
    define(t, "isspace") { interp, args, _ throws(PyError) in
      let o = try s(args, "isspace")
      return .bool(o.count > 0 && o.value.unicodeScalars.allSatisfy { $0.properties.isWhitespace })
    }
    define(t, "title") { interp, args, _ throws(PyError) in
      var out = ""
      var previousCased = false
      for c in try s(args, "title").value {
        out += previousCased ? c.lowercased() : c.uppercased()
        previousCased = c.isLetter
      }
      return interp.str(out)
    }
    define(t, "capitalize") { interp, args, _ throws(PyError) in
      let text = try s(args, "capitalize").value
      guard let first = text.first else { return interp.str("") }
      return interp.str(first.uppercased() + text.dropFirst().lowercased())
    }
    define(t, "center") { interp, args, _ throws(PyError) in
      let o = try s(args, "center")
      let width = try interp.intArgument(args[1])
      let fill = args.count > 2 ? try interp.strArgument(args, 2, "center") : " "
      let total = max(0, width - o.count)
      let left = total / 2 + (total & width & 1)
      return interp.str(String(repeating: fill, count: left) + o.value + String(repeating: fill, count: total - left))
    }
    define(t, "ljust") { interp, args, _ throws(PyError) in
      let o = try s(args, "ljust")
      let fill = args.count > 2 ? try interp.strArgument(args, 2, "ljust") : " "
      return interp.str(o.value + String(repeating: fill, count: max(0, try interp.intArgument(args[1]) - o.count)))
    }
    define(t, "rjust") { interp, args, _ throws(PyError) in
      let o = try s(args, "rjust")
      let fill = args.count > 2 ? try interp.strArgument(args, 2, "rjust") : " "
      return interp.str(String(repeating: fill, count: max(0, try interp.intArgument(args[1]) - o.count)) + o.value)
    }
    define(t, "zfill") { interp, args, _ throws(PyError) in
      let o = try s(args, "zfill")
      let width = try interp.intArgument(args[1])
      var text = o.value
      var sign = ""
      if let first = text.first, first == "-" || first == "+" {
        sign = String(first)
        text.removeFirst()
      }
      return interp.str(sign + String(repeating: "0", count: max(0, width - o.count)) + text)
    }
    define(t, "splitlines") { interp, args, _ throws(PyError) in
      let text = try s(args, "splitlines").value
      var lines: [Value] = []
      var current = ""
      for scalar in text.unicodeScalars {
        if scalar == "\n" || scalar == "\r" {
          lines.append(interp.str(current))
          current = ""
        } else {
          current.unicodeScalars.append(scalar)
        }
      }
      if !current.isEmpty { lines.append(interp.str(current)) }
      return interp.makeList(lines)
    }
    define(t, "encode") { interp, args, _ throws(PyError) in
      .object(BytesObject(Array(try s(args, "encode").value.utf8), type: interp.types.bytes))
    }
    define(t, "isupper") { interp, args, _ throws(PyError) in
      let text = try s(args, "isupper").value.unicodeScalars
      return .bool(text.contains { $0.properties.isUppercase } && !text.contains { $0.properties.isLowercase })
    }
    define(t, "islower") { interp, args, _ throws(PyError) in
      let text = try s(args, "islower").value.unicodeScalars
      return .bool(text.contains { $0.properties.isLowercase } && !text.contains { $0.properties.isUppercase })
    }
    define(t, "isalnum") { interp, args, _ throws(PyError) in
      let o = try s(args, "isalnum")
      return .bool(o.count > 0 && o.value.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }
    define(t, "swapcase") { interp, args, _ throws(PyError) in
      var out = ""
      for c in try s(args, "swapcase").value {
        out += c.isUppercase ? c.lowercased() : c.isLowercase ? c.uppercased() : String(c)
      }
      return interp.str(out)
    }
    define(t, "removeprefix") { interp, args, _ throws(PyError) in
      let text = try s(args, "removeprefix").value
      let prefix = try interp.strArgument(args, 1, "removeprefix")
      if !prefix.isEmpty, text.utf8.starts(with: prefix.utf8) {
        return interp.str(String(decoding: Array(text.utf8).dropFirst(prefix.utf8.count), as: UTF8.self))
      }
      return args[0]
    }
    define(t, "removesuffix") { interp, args, _ throws(PyError) in
      let text = try s(args, "removesuffix").value
      let suffix = try interp.strArgument(args, 1, "removesuffix")
      if !suffix.isEmpty, text.utf8.reversed().starts(with: suffix.utf8.reversed()) {
        return interp.str(String(decoding: Array(text.utf8).dropLast(suffix.utf8.count), as: UTF8.self))
      }
      return args[0]
    }
    for (method, fromEnd) in [("partition", false), ("rpartition", true)] {
      define(t, method) { interp, args, _ throws(PyError) in
        let text = try s(args, method).value
        let sep = try interp.strArgument(args, 1, method)
        if sep.isEmpty { throw interp.valueError("empty separator") }
        let parts = splitOn(text, sep)
        let empty = interp.str("")
        if parts.count == 1 { return interp.makeTuple(fromEnd ? [empty, empty, args[0]] : [args[0], empty, empty]) }
        let head = fromEnd ? parts.dropLast().joined(separator: sep) : parts[0]
        let tail = fromEnd ? parts.last! : parts.dropFirst().joined(separator: sep)
        return interp.makeTuple([interp.str(head), interp.str(sep), interp.str(tail)])
      }
    }
    define(t, "casefold") { interp, args, _ throws(PyError) in interp.str(try s(args, "casefold").value.lowercased()) }
    define(t, "__len__") { interp, args, _ throws(PyError) in .int(try s(args, "__len__").count) }
    define(t, "__str__") { interp, args, _ throws(PyError) in args[0] }
    define(t, "__contains__") { interp, args, _ throws(PyError) in .bool(try interp.contains(args[0], args[1])) }
  }

  func codePointFind(_ haystack: StrObject, _ needle: String) -> Int? {
    guard let byteOffset = findSubstring(haystack.value, needle) else { return nil }
    if haystack.isASCII { return byteOffset }
    return String(decoding: Array(haystack.value.utf8)[0..<byteOffset], as: UTF8.self).unicodeScalars.count
  }

  func affixMatch(_ text: String, _ affix: Value, _ test: (String, String) -> Bool) throws(PyError) -> Bool {
    if case .object(let o) = affix {
      if let s = o as? StrObject { return test(text, s.value) }
      if let tuple = o as? TupleObject {
        for item in tuple.items where try affixMatch(text, item, test) { return true }
        return false
      }
    }
    throw typeError("startswith first arg must be str or a tuple of str, not \(typeName(affix))")
  }

  func stripped(_ text: String, _ chars: Value, left: Bool, right: Bool) throws(PyError) -> String {
    var scalars = Array(text.unicodeScalars)
    let set: Set<Unicode.Scalar>?
    if chars.isNone {
      set = nil
    } else {
      set = Set(try stringArgument(chars, "strip arg must be None or str").unicodeScalars)
    }
    func strip(_ c: Unicode.Scalar) -> Bool { set?.contains(c) ?? c.properties.isWhitespace }
    if right { while let last = scalars.last, strip(last) { scalars.removeLast() } }
    var start = 0
    if left { while start < scalars.count, strip(scalars[start]) { start += 1 } }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start...])
    return String(view)
  }

  func splitString(_ text: String, _ sep: Value, _ maxSplit: Int) throws(PyError) -> [String] {
    if sep.isNone {
      var parts: [String] = []
      var current = String.UnicodeScalarView()
      var inWord = false
      var splits = 0
      var scalars = text.unicodeScalars.makeIterator()
      while let c = scalars.next() {
        if c.properties.isWhitespace {
          if inWord {
            parts.append(String(current))
            current = String.UnicodeScalarView()
            inWord = false
            splits += 1
            if maxSplit >= 0 && splits >= maxSplit {
              var rest = String.UnicodeScalarView()
              while let r = scalars.next() { rest.append(r) }
              let remainder = String(rest).drop { $0.isWhitespace }
              if !remainder.isEmpty { parts.append(String(remainder)) }
              return parts
            }
          }
        } else {
          current.append(c)
          inWord = true
        }
      }
      if inWord { parts.append(String(current)) }
      return parts
    }
    let separator = try stringArgument(sep, "must be str or None, not \(typeName(sep))")
    if separator.isEmpty { throw valueError("empty separator") }
    let all = splitOn(text, separator)
    if maxSplit < 0 || all.count <= maxSplit + 1 { return all }
    let head = Array(all.prefix(maxSplit))
    let tail = all.dropFirst(maxSplit).joined(separator: separator)
    return head + [tail]
  }

  /// `str.format`.
  func formatMethod(_ template: String, _ args: [Value], _ kwargs: Keywords) throws(PyError) -> String {
    var out = ""
    let s = Array(template.unicodeScalars)
    var i = 0
    var autoIndex = 0
    func text(_ a: Int, _ b: Int) -> String {
      var v = String.UnicodeScalarView()
      v.append(contentsOf: s[a..<b])
      return String(v)
    }
    while i < s.count {
      let c = s[i]
      if c == "{" {
        if i + 1 < s.count, s[i + 1] == "{" {
          out += "{"
          i += 2
          continue
        }
        var depth = 1
        var j = i + 1
        while j < s.count && depth > 0 {
          if s[j] == "{" { depth += 1 }
          if s[j] == "}" { depth -= 1 }
          j += 1
        }
        if depth > 0 { throw valueError("expected '}' before end of string") }
        let field = text(i + 1, j - 1)
        i = j
        var name = field
        var conversion: Character?
        var spec = ""
        if let colon = field.firstIndex(of: ":") {
          name = String(field[..<colon])
          spec = String(field[field.index(after: colon)...])
        }
        if let bang = name.firstIndex(of: "!") {
          conversion = name[name.index(after: bang)...].first
          name = String(name[..<bang])
        }
        if spec.contains("{") { spec = try formatMethod(spec, args, kwargs) }
        var head = name
        var rest = ""
        if let k = name.firstIndex(where: { $0 == "." || $0 == "[" }) {
          head = String(name[..<k])
          rest = String(name[k...])
        }
        var value: Value
        if head.isEmpty {
          guard autoIndex < args.count else {
            throw indexError("Replacement index \(autoIndex) out of range for positional args tuple")
          }
          value = args[autoIndex]
          autoIndex += 1
        } else if let n = Int(head) {
          guard n < args.count else {
            throw indexError("Replacement index \(n) out of range for positional args tuple")
          }
          value = args[n]
        } else {
          guard let v = keyword(kwargs, head) else { throw keyError(str(head)) }
          value = v
        }
        while !rest.isEmpty {
          if rest.hasPrefix(".") {
            rest.removeFirst()
            let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
            value = try getAttribute(value, self.name(String(rest[..<end])))
            rest = String(rest[end...])
          } else if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { throw valueError("Missing ']' in format string") }
            let key = String(rest[rest.index(after: rest.startIndex)..<close])
            let index: Value = Int(key).map { Value.int($0) } ?? self.str(key)
            value = try getItem(value, index)
            rest = String(rest[rest.index(after: close)...])
          } else {
            break
          }
        }
        switch conversion {
        case "r": value = str(try repr(value))
        case "s": value = str(try toStr(value))
        case "a": value = str(asciiEscape(try repr(value)))
        default: break
        }
        out += try format(value, spec)
        continue
      }
      if c == "}" {
        if i + 1 < s.count, s[i + 1] == "}" {
          out += "}"
          i += 2
          continue
        }
        throw valueError("Single '}' encountered in format string")
      }
      out.unicodeScalars.append(c)
      i += 1
    }
    return out
  }

  func setUpListMethods() {
    let t = types.list!
    func l(_ args: [Value], _ m: String) throws(PyError) -> ListObject { try receiver(args, ListObject.self, m, "list") }
    define(t, "append") { interp, args, _ throws(PyError) in
      guard args.count == 2 else { throw interp.typeError("list.append() takes exactly one argument (\(args.count - 1) given)") }
      try l(args, "append").items.append(args[1])
      return .none
    }
    define(t, "extend") { interp, args, _ throws(PyError) in
      let list = try l(args, "extend")
      list.items.append(contentsOf: try interp.iterate(args[1]))
      return .none
    }
    define(t, "pop") { interp, args, _ throws(PyError) in
      let list = try l(args, "pop")
      if list.items.isEmpty { throw interp.indexError("pop from empty list") }
      if args.count > 1 {
        var i = try interp.intArgument(args[1])
        if i < 0 { i += list.items.count }
        guard i >= 0 && i < list.items.count else { throw interp.indexError("pop index out of range") }
        return list.items.remove(at: i)
      }
      return list.items.removeLast()
    }
    define(t, "insert") { interp, args, _ throws(PyError) in
      let list = try l(args, "insert")
      var i = try interp.intArgument(args[1])
      if i < 0 { i = max(0, i + list.items.count) }
      list.items.insert(args[2], at: min(i, list.items.count))
      return .none
    }
    define(t, "remove") { interp, args, _ throws(PyError) in
      let list = try l(args, "remove")
      for (i, item) in list.items.enumerated() where try interp.keysEqual(item, args[1]) {
        list.items.remove(at: i)
        return .none
      }
      throw interp.valueError("list.remove(x): x not in list")
    }
    define(t, "sort") { interp, args, kwargs throws(PyError) in
      let list = try l(args, "sort")
      if args.count > 1 { throw interp.typeError("sort() takes no positional arguments") }
      var items = list.items
      try interp.sortValues(&items, key: interp.keyword(kwargs, "key"), reverse: interp.keyword(kwargs, "reverse"))
      list.items = items
      return .none
    }
    define(t, "reverse") { interp, args, _ throws(PyError) in
      try l(args, "reverse").items.reverse()
      return .none
    }
    define(t, "copy") { interp, args, _ throws(PyError) in interp.makeList(try l(args, "copy").items) }
    define(t, "clear") { interp, args, _ throws(PyError) in
      try l(args, "clear").items.removeAll()
      return .none
    }
    define(t, "__len__") { interp, args, _ throws(PyError) in .int(try l(args, "__len__").items.count) }
    define(t, "__getitem__") { interp, args, _ throws(PyError) in
      let list = try l(args, "__getitem__")
      return try interp.getItem(interp.makeList(list.items), args[1])
    }
    define(t, "__setitem__") { interp, args, _ throws(PyError) in
      let list = try l(args, "__setitem__")
      let temp = ListObject(list.items, type: interp.types.list)
      try interp.setItem(.object(temp), args[1], args[2])
      list.items = temp.items
      return .none
    }
    define(t, "__iter__") { interp, args, _ throws(PyError) in
      let list = try l(args, "__iter__")
      var index = 0
      return .object(IteratorObject(type: interp.types.iterator) { _ in
        guard index < list.items.count else { return nil }
        index += 1
        return list.items[index - 1]
      })
    }
    define(t, "__contains__") { interp, args, _ throws(PyError) in
      let list = try l(args, "__contains__")
      for item in list.items where try interp.keysEqual(item, args[1]) { return .bool(true) }
      return .bool(false)
    }
    define(t, "__init__") { interp, args, _ throws(PyError) in
      let list = try l(args, "__init__")
      list.items = args.count > 1 ? try interp.iterate(args[1]) : []
      return .none
    }
    let tuple = types.tuple!
    define(tuple, "__len__") { interp, args, _ throws(PyError) in .int(try interp.receiver(args, TupleObject.self, "__len__", "tuple").items.count) }
    define(tuple, "__getitem__") { interp, args, _ throws(PyError) in
      try interp.getItem(interp.makeTuple(try interp.receiver(args, TupleObject.self, "__getitem__", "tuple").items), args[1])
    }
  }

  func setUpDictMethods() {
    let t = types.dict!
    func d(_ args: [Value], _ m: String) throws(PyError) -> DictObject { try receiver(args, DictObject.self, m, "dict") }
    define(t, "get") { interp, args, _ throws(PyError) in
      try d(args, "get").get(args[1], interp) ?? (args.count > 2 ? args[2] : .none)
    }
    define(t, "keys") { interp, args, _ throws(PyError) in try interp.dictView(try d(args, "keys"), .keys) }
    define(t, "values") { interp, args, _ throws(PyError) in try interp.dictView(try d(args, "values"), .values) }
    define(t, "items") { interp, args, _ throws(PyError) in try interp.dictView(try d(args, "items"), .items) }
    define(t, "setdefault") { interp, args, _ throws(PyError) in
      let dict = try d(args, "setdefault")
      if let v = try dict.get(args[1], interp) { return v }
      let v = args.count > 2 ? args[2] : Value.none
      try dict.set(args[1], v, interp)
      return v
    }
    define(t, "pop") { interp, args, _ throws(PyError) in
      let dict = try d(args, "pop")
      if let v = try dict.remove(args[1], interp) { return v }
      if args.count > 2 { return args[2] }
      throw interp.keyError(args[1])
    }
    define(t, "popitem") { interp, args, _ throws(PyError) in
      let dict = try d(args, "popitem")
      guard let last = dict.liveEntries.last else { throw interp.keyError(interp.str("popitem(): dictionary is empty")) }
      try dict.remove(last.key, interp)
      return interp.makeTuple([last.key, last.value])
    }
    define(t, "update") { interp, args, kwargs throws(PyError) in
      let dict = try d(args, "update")
      if args.count > 1 { try interp.updateDict(dict, args[1]) }
      for (k, v) in kwargs { dict.setString(interp.name(k), v) }
      return .none
    }
    define(t, "copy") { interp, args, _ throws(PyError) in
      let copy = interp.makeDict()
      copy.table = try d(args, "copy").table
      return .object(copy)
    }
    define(t, "clear") { interp, args, _ throws(PyError) in
      try d(args, "clear").removeAll()
      return .none
    }
    define(t, "__len__") { interp, args, _ throws(PyError) in .int(try d(args, "__len__").count) }
    define(t, "__getitem__") { interp, args, _ throws(PyError) in
      let dict = try d(args, "__getitem__")
      if let v = try dict.get(args[1], interp) { return v }
      throw interp.keyError(args[1])
    }
    define(t, "__setitem__") { interp, args, _ throws(PyError) in
      try d(args, "__setitem__").set(args[1], args[2], interp)
      return .none
    }
    define(t, "__contains__") { interp, args, _ throws(PyError) in
      .bool(try d(args, "__contains__").get(args[1], interp) != nil)
    }
    define(t, "__iter__") { interp, args, _ throws(PyError) in
      .object(interp.dictIterator(try d(args, "__iter__"), kind: .keys))
    }
    define(t, "__init__") { interp, args, kwargs throws(PyError) in
      let dict = try d(args, "__init__")
      if args.count > 1 { try interp.updateDict(dict, args[1]) }
      for (k, v) in kwargs { dict.setString(interp.name(k), v) }
      return .none
    }
    let fromkeys = makeBuiltin("fromkeys") { interp, args, _ throws(PyError) in
      let dict = interp.makeDict()
      let value = args.count > 2 ? args[2] : Value.none
      for key in try interp.iterate(args[1]) { try dict.set(key, value, interp) }
      return .object(dict)
    }
    t.dict.setString(name("fromkeys"), .object(MethodWrapperObject(kind: .classMethod, function: .object(fromkeys), type: types.classmethod, dict: makeDict())))
  }

  /// Dict views are materialized as lists with the view's type; they reflect the dict at creation.
  func dictView(_ d: DictObject, _ kind: DictViewKind) throws(PyError) -> Value {
    let view = DictViewObject(dict: d, kind: kind, type: kind == .keys ? types.dictKeys : kind == .values ? types.dictValues : types.dictItems)
    return .object(view)
  }
}

/// `dict.keys()`, `dict.values()`, `dict.items()`: live views over a dict.
final class DictViewObject: PyObject {
  let dict: DictObject
  let kind: Interpreter.DictViewKind

  init(dict: DictObject, kind: Interpreter.DictViewKind, type: TypeObject) {
    self.dict = dict
    self.kind = kind
    super.init(type: type)
  }
}

/// Splits `text` on every occurrence of `separator`.
func splitOn(_ text: String, _ separator: String) -> [String] {
  var parts: [String] = []
  let bytes = Array(text.utf8)
  let sep = Array(separator.utf8)
  var start = 0
  var i = 0
  while i + sep.count <= bytes.count {
    if bytes[i] == sep[0] && Array(bytes[i..<(i + sep.count)]) == sep {
      parts.append(String(decoding: bytes[start..<i], as: UTF8.self))
      i += sep.count
      start = i
    } else {
      i += 1
    }
  }
  parts.append(String(decoding: bytes[start...], as: UTF8.self))
  return parts
}

func replacing(_ text: String, _ old: String, _ new: String, count: Int) -> String {
  if old.isEmpty {
    var out = new
    var n = 1
    for c in text.unicodeScalars {
      out.unicodeScalars.append(c)
      if count < 0 || n < count {
        out += new
        n += 1
      }
    }
    return out
  }
  let parts = splitOn(text, old)
  if count < 0 || parts.count - 1 <= count { return parts.joined(separator: new) }
  return parts.prefix(count + 1).joined(separator: new) + old + parts.dropFirst(count + 1).joined(separator: old)
}
