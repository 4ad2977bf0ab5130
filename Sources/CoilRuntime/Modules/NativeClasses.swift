// Support for the classes of library modules (`itertools`, `collections`, `heapq`, `json`)
// whose instances are Swift objects. They are made as a `class` statement makes a class, not as
// builtin types: the evaluator looks up their dunder methods (so `repr`, `len`, `==` and `[]`
// reach the Swift code), and Coil code can subclass them. Each defines `__new__`, which builds
// the Swift object for the class it is called with, so a subclass's instances have the same
// layout. Arguments are checked with the messages of CPython's argument parsers.

/// The classes of the itertools, collections, heapq and json modules, made on first use; each
/// module's set-up defines their methods.
final class LibraryTypes {
  let count, cycle, repeatType, islice, chain, zipLongest, product, permutations: TypeObject
  let combinations, combinationsWithReplacement, accumulate, groupby, grouper: TypeObject
  let starmap, takewhile, dropwhile, filterfalse, compress, tee, pairwise: TypeObject
  let deque, dequeIterator, dequeReverseIterator, defaultdict, counter, orderedDict,
    chainMap: TypeObject
  let tupleGetter: TypeObject
  let merge: TypeObject
  let jsonEncoder, jsonDecodeError: TypeObject
  /// Whether the itertools classes have their methods (`collections` needs them too).
  var itertoolsReady = false

  init(_ interp: Interpreter) {
    func itertools(_ name: String) -> TypeObject {
      let t = interp.makeNativeClass(name, module: "itertools")
      t.messageName = "itertools.\(name)"
      return t
    }
    count = itertools("count")
    cycle = itertools("cycle")
    repeatType = itertools("repeat")
    islice = itertools("islice")
    chain = itertools("chain")
    zipLongest = itertools("zip_longest")
    product = itertools("product")
    permutations = itertools("permutations")
    combinations = itertools("combinations")
    combinationsWithReplacement = itertools("combinations_with_replacement")
    accumulate = itertools("accumulate")
    groupby = itertools("groupby")
    grouper = itertools("_grouper")
    starmap = itertools("starmap")
    takewhile = itertools("takewhile")
    dropwhile = itertools("dropwhile")
    filterfalse = itertools("filterfalse")
    compress = itertools("compress")
    tee = itertools("_tee")
    pairwise = itertools("pairwise")
    deque = interp.makeNativeClass("deque", module: "collections")
    dequeIterator = interp.makeNativeClass("_deque_iterator", module: "_collections")
    dequeReverseIterator = interp.makeNativeClass("_deque_reverse_iterator", module: "_collections")
    defaultdict = interp.makeNativeClass(
      "defaultdict", module: "collections", base: interp.types.dict)
    counter = interp.makeNativeClass("Counter", module: "collections", base: interp.types.dict)
    orderedDict = interp.makeNativeClass(
      "OrderedDict", module: "collections", base: interp.types.dict)
    chainMap = interp.makeNativeClass("ChainMap", module: "collections")
    tupleGetter = interp.makeNativeClass("_tuplegetter", module: "_collections")
    for (type, name) in [
      (deque, "collections.deque"), (defaultdict, "collections.defaultdict"),
      (orderedDict, "collections.OrderedDict"), (dequeIterator, "_collections._deque_iterator"),
      (dequeReverseIterator, "_collections._deque_reverse_iterator"),
      (tupleGetter, "_collections._tuplegetter"),
    ] {
      type.messageName = name
    }
    merge = interp.makeNativeClass("generator", module: "builtins")
    jsonEncoder = interp.makeNativeClass("JSONEncoder", module: "json.encoder")
    jsonDecodeError = interp.makeNativeClass(
      "JSONDecodeError", module: "json.decoder", base: interp.exceptions["ValueError"]!)
  }
}

extension Interpreter {
  /// A class of a library module whose methods are written in Swift.
  func makeNativeClass(_ name: String, module: String, base: TypeObject? = nil) -> TypeObject {
    let base = base ?? types.object
    let layout: InstanceLayout
    switch base.layout {
    case .dict, .tuple, .exception: layout = base.layout
    default: layout = .plain
    }
    let t = TypeObject(
      name: name, bases: [base], dict: makeDict(), metatype: types.type, isBuiltin: false,
      layout: layout, moduleName: module)
    t.mro = [t] + base.mro
    t.isBaseException = base.isBaseException
    return t
  }

  /// Defines a class method on a native class.
  func defineClassMethod(
    _ type: TypeObject, _ name: String, _ body: @escaping BuiltinFunctionObject.Body
  ) {
    let function = makeBuiltin(name, body)
    type.dict.setString(
      self.name(name),
      .object(
        MethodWrapperObject(
          kind: .classMethod, function: .object(function), type: types.classmethod, dict: makeDict()
        )))
  }

  /// Marks a native class's instances unhashable, as `__hash__ = None` does.
  func makeUnhashable(_ type: TypeObject) {
    type.dict.setString(dunder.__hash__, .none)
  }

  /// The class a `__new__` was called for (its first argument).
  func classArgument(_ args: [Value], _ name: String) throws(PyError) -> TypeObject {
    guard case .object(let o)? = args.first, let t = o as? TypeObject else {
      throw typeError("\(name).__new__(X): X is not a type object")
    }
    return t
  }

  /// The receiver of a native method as a specific Swift class, or CPython's TypeError
  /// naming the class as `module.name`.
  func nativeReceiver<T: PyObject>(
    _ args: [Value], _ as: T.Type, _ method: String, _ type: TypeObject
  )
    throws(PyError) -> T
  {
    if case .object(let o)? = args.first, let r = o as? T { return r }
    let given = args.first.map { typeName($0) } ?? "nothing"
    if args.isEmpty {
      throw typeError(
        "descriptor '\(method)' of '\(type.moduleName).\(type.name)' object needs an argument")
    }
    throw typeError(
      "descriptor '\(method)' requires a '\(type.moduleName).\(type.name)' object but received a '\(given)'"
    )
  }

  // MARK: - CPython's argument parsers

  /// `_PyArg_CheckPositional`: `cycle expected 1 argument, got 0`.
  func checkPositional(_ name: String, _ count: Int, min: Int, max: Int) throws(PyError) {
    if count < min {
      throw typeError(
        "\(name) expected \(min == max ? "" : "at least ")\(min) argument\(min == 1 ? "" : "s"), got \(count)"
      )
    }
    if count > max {
      throw typeError(
        "\(name) expected \(min == max ? "" : "at most ")\(max) argument\(max == 1 ? "" : "s"), got \(count)"
      )
    }
  }

  /// `_PyArg_NoKeywords`: `cycle() takes no keyword arguments`.
  func checkNoKeywords(_ name: String, _ kwargs: Keywords) throws(PyError) {
    if !kwargs.isEmpty { throw typeError("\(name)() takes no keyword arguments") }
  }

  /// Binds arguments to parameters as `PyArg_ParseTupleAndKeywords` and Argument Clinic do,
  /// with their messages; nil where an optional argument was not given.
  /// - Parameters:
  ///   - required: how many leading parameters must be given.
  ///   - positional: how many parameters may be given by position (the rest are keyword-only).
  func parseArguments(
    _ name: String, _ args: ArraySlice<Value>, _ kwargs: Keywords, _ parameters: [String],
    required: Int, positional: Int? = nil
  ) throws(PyError) -> [Value?] {
    let maxPositional = positional ?? parameters.count
    let given = args.count + kwargs.count
    if given > parameters.count {
      throw typeError(
        "\(name)() takes at most \(parameters.count) \(args.isEmpty ? "keyword " : "")argument\(parameters.count == 1 ? "" : "s") (\(given) given)"
      )
    }
    if args.count > maxPositional {
      if maxPositional == 0 { throw typeError("\(name)() takes no positional arguments") }
      throw typeError(
        "\(name)() takes \(required < maxPositional ? "at most" : "exactly") \(maxPositional) positional argument\(maxPositional == 1 ? "" : "s") (\(args.count) given)"
      )
    }
    var values = [Value?](filledWith: nil, count: parameters.count)
    for (i, value) in args.enumerated() { values[i] = value }
    var unused = kwargs.count
    for i in args.count..<parameters.count {
      if let value = kwargs.last(where: { $0.0 == parameters[i] })?.1 {
        values[i] = value
        unused -= 1
      } else if i < required {
        throw typeError("\(name)() missing required argument '\(parameters[i])' (pos \(i + 1))")
      }
    }
    if unused > 0 {
      for i in 0..<args.count where kwargs.contains(where: { $0.0 == parameters[i] }) {
        throw typeError(
          "argument for \(name)() given by name ('\(parameters[i])') and position (\(i + 1))")
      }
      for (key, _) in kwargs where !parameters.contains(key) {
        throw typeError("'\(key)' is an invalid keyword argument for \(name)()")
      }
    }
    return values
  }

  /// `PyNumber_AsSsize_t(value, NULL)`: an index clamped to the machine range; nil when the
  /// value has no `__index__`.
  func clampedIndex(_ value: Value) throws(PyError) -> Int? {
    switch value {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .object(let o):
      if let big = o as? BigIntObject { return big.value.sign == .minus ? Int.min : Int.max }
      if !o.type.isBuiltin, o.type.lookup(name("__index__")) != nil {
        let result = try callDunder(value, "__index__", []) ?? .none
        switch result {
        case .int, .bool: return try clampedIndex(result)
        case .object(let r) where r is BigIntObject: return try clampedIndex(result)
        default: throw typeError("__index__ returned non-int (type \(typeName(result)))")
        }
      }
      return nil
    default: return nil
    }
  }

  /// A `Py_ssize_t` argument: `'str' object cannot be interpreted as an integer`.
  func sizeArgument(_ value: Value) throws(PyError) -> Int {
    if case .object(let o) = value, o is BigIntObject {
      throw overflowError("Python int too large to convert to C ssize_t")
    }
    guard let n = try clampedIndex(value) else {
      throw typeError("'\(typeName(value))' object cannot be interpreted as an integer")
    }
    return n
  }

  /// Python's `a < b` as a Bool.
  @inline(__always) func lessThan(_ a: Value, _ b: Value) throws(PyError) -> Bool {
    if case .int(let x) = a, case .int(let y) = b { return x < y }
    if case .float(let x) = a, case .float(let y) = b { return x < y }
    return try isTrue(try compare(a, b, .less))
  }
}
