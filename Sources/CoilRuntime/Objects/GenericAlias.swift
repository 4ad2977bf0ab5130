// `list[int]`, `dict[str, int]`, `asyncio.Queue[str]`: a class subscripted for a type hint is a
// `types.GenericAlias`, as in CPython. It prints as written, calls its class, and forwards
// attribute reads to it; aliases of the same class and arguments are equal (see
// `builtinCompare` and `hash`); `isinstance` refuses them.

/// A class subscripted with type arguments.
final class GenericAliasObject: PyObject {
  let origin: Value
  let arguments: [Value]

  init(origin: Value, arguments: [Value], type: TypeObject) {
    self.origin = origin
    self.arguments = arguments
    super.init(type: type)
  }
}

extension Interpreter {
  /// The builtin classes CPython gives `__class_getitem__`, by module and name; their
  /// subclasses inherit it.
  private static let genericClasses: Set<String> = [
    "builtins.list", "builtins.dict", "builtins.tuple", "builtins.set", "builtins.frozenset",
    "builtins.enumerate", "builtins.type", "builtins.BaseExceptionGroup", "collections.deque",
    "collections.defaultdict", "itertools.chain", "functools.partial", "_asyncio.Future",
    "_asyncio.Task", "asyncio.queues.Queue", "_contextvars.ContextVar", "_contextvars.Token",
  ]

  /// `cls[arguments]` for a class without a `__class_getitem__` of its own: a generic alias
  /// when a builtin class it derives from is generic, or nil.
  func genericAlias(_ t: TypeObject, _ key: Value) -> Value? {
    guard t.mro.contains(where: { Self.genericClasses.contains($0.moduleName + "." + $0.name) })
    else { return nil }
    var arguments = [key]
    if case .object(let o) = key, let tuple = o as? TupleObject { arguments = tuple.items }
    return .object(GenericAliasObject(origin: .object(t), arguments: arguments, type: types.genericAlias))
  }

  /// `list[int]`: each argument as CPython's `ga_repr` writes it.
  func genericAliasRepr(_ alias: GenericAliasObject) throws(PyError) -> String {
    func item(_ value: Value) throws(PyError) -> String {
      guard case .object(let o) = value else { return try repr(value) }
      if case .object(let e) = ellipsis, o === e { return "..." }
      if let nested = o as? GenericAliasObject { return try genericAliasRepr(nested) }
      if let t = o as? TypeObject {
        return t.moduleName == "builtins" ? t.qualifiedName : t.moduleName + "." + t.qualifiedName
      }
      if let f = o as? FunctionObject { return f.module.name + "." + f.qualifiedName }
      return try repr(value)
    }
    var parts: [String] = []
    for argument in alias.arguments { parts.append(try item(argument)) }
    return try item(alias.origin) + "[" + (parts.isEmpty ? "()" : parts.joined(separator: ", ")) + "]"
  }

  /// What an alias's attributes are: its own, or its class's.
  func genericAliasAttribute(_ alias: GenericAliasObject, _ attribute: String) throws(PyError) -> Value? {
    switch attribute {
    case "__origin__": return alias.origin
    case "__args__": return makeTuple(alias.arguments)
    case "__parameters__": return makeTuple([])
    case "__class__", "__mro_entries__", "__reduce__", "__reduce_ex__", "__copy__", "__deepcopy__": return nil
    default: return try getAttribute(alias.origin, name(attribute))
    }
  }

  func setUpGenericAlias() {
    let t = types.genericAlias!
    define(t, "__repr__") { interp, args, _ throws(PyError) in
      guard case .object(let o) = args[0], let alias = o as? GenericAliasObject else { return .none }
      return interp.str(try interp.genericAliasRepr(alias))
    }
    define(t, "__call__") { interp, args, kwargs throws(PyError) in
      guard case .object(let o) = args[0], let alias = o as? GenericAliasObject else { return .none }
      let made = try interp.call(alias.origin, Array(args.dropFirst()), kwargs)
      // As CPython does, the instance learns the alias it came from when it can.
      if case .object(let mo) = made, mo.attributes != nil, !mo.type.isBuiltin {
        try? interp.setAttribute(made, interp.name("__orig_class__"), args[0])
      }
      return made
    }
    define(t, "__getitem__") { interp, args, _ throws(PyError) in
      guard case .object(let o) = args[0], let alias = o as? GenericAliasObject else { return .none }
      throw interp.typeError("\(try interp.genericAliasRepr(alias)) is not a generic class")
    }
    define(t, "__mro_entries__") { interp, args, _ throws(PyError) in
      guard case .object(let o) = args[0], let alias = o as? GenericAliasObject else { return .none }
      return interp.makeTuple([alias.origin])
    }
  }
}
