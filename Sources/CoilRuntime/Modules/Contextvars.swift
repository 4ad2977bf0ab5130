// The `contextvars` module: `ContextVar`, `Token`, `Context` and `copy_context()`, as CPython's
// `_contextvars`. A context's variables are a Swift dictionary, so copying one is O(1) until one
// side changes it. The interpreter runs in one context at a time; each asyncio task runs in a
// copy of its creator's context (or the one given with `context=`), switched in for each step.
// Until a program sets a variable the current context is nil, and tasks cost nothing for it.

import CoilSyntax

/// A `contextvars.Context`.
final class ContextObject: PyObject {
  struct Entry {
    let variable: ContextVarObject
    var value: Value
  }

  var values: [ObjectIdentifier: Entry] = [:]
  /// Insertion order, for iteration (CPython's order is its HAMT's; programs rarely print it).
  var order: [ContextVarObject] = []
  var isEntered = false

  func copy(type: TypeObject) -> ContextObject {
    let made = ContextObject(type: type)
    made.values = values
    made.order = order
    return made
  }

  func set(_ variable: ContextVarObject, _ value: Value) {
    let key = ObjectIdentifier(variable)
    if values[key] == nil { order.append(variable) }
    values[key] = Entry(variable: variable, value: value)
  }

  func remove(_ variable: ContextVarObject) {
    values[ObjectIdentifier(variable)] = nil
    order.removeAll { $0 === variable }
  }

  subscript(_ variable: ContextVarObject) -> Value? {
    values[ObjectIdentifier(variable)]?.value
  }
}

/// A `contextvars.ContextVar`.
final class ContextVarObject: PyObject {
  let name: Value
  let defaultValue: Value?

  init(name: Value, defaultValue: Value?, type: TypeObject) {
    self.name = name
    self.defaultValue = defaultValue
    super.init(type: type)
  }
}

/// A `contextvars.Token`, which `ContextVar.reset` takes back.
final class TokenObject: PyObject {
  let variable: ContextVarObject
  /// The value before the `set`, or nil when the variable had none (`Token.MISSING`).
  let oldValue: Value?
  unowned(unsafe) let context: ContextObject
  /// Keeps the context alive for the identity check above.
  let contextReference: ContextObject
  var used = false

  init(variable: ContextVarObject, oldValue: Value?, context: ContextObject, type: TypeObject) {
    self.variable = variable
    self.oldValue = oldValue
    self.context = context
    contextReference = context
    super.init(type: type)
  }
}

/// The module's types.
final class ContextTypes {
  let context, contextVar, token, missing: TypeObject
  let missingValue: PyObject

  init(_ interp: Interpreter) {
    context = interp.makeType("Context", module: "_contextvars")
    contextVar = interp.makeType("ContextVar", module: "_contextvars")
    token = interp.makeType("Token", module: "_contextvars")
    missing = interp.makeType("Token.MISSING", module: "_contextvars")
    missingValue = SingletonObject(name: "<Token.MISSING>", type: missing)
  }
}

extension Interpreter {
  /// The context code runs in now, made on first need.
  func currentContextMade() -> ContextObject {
    if let context = currentContext { return context }
    let made = ContextObject(type: contextTypes.context)
    currentContext = made
    return made
  }

  /// The context a new task or loop callback runs in: the one given, or a copy of the current
  /// one (nil while it is empty).
  func contextForNewTask(_ given: Value) throws(PyError) -> ContextObject? {
    if !given.isNone {
      guard case .object(let o) = given, let context = o as? ContextObject else {
        throw typeError("an instance of Context was expected, got \(typeName(given))")
      }
      return context
    }
    guard let current = currentContext, !current.values.isEmpty else { return nil }
    return current.copy(type: contextTypes.context)
  }

  /// Calls a loop callback in its context, then switches back: what it sets stays there.
  func callInContext(_ context: ContextObject?, _ function: Value, _ arguments: [Value]) throws(PyError) -> Value {
    let outer = currentContext
    currentContext = context
    defer { currentContext = outer }
    return try call(function, arguments)
  }

  /// `ctx.run(callable, *args, **kwargs)`: runs the call in the context, then switches back.
  func runInContext(_ context: ContextObject, _ args: [Value], _ kwargs: Keywords) throws(PyError) -> Value {
    if context.isEntered {
      throw error("RuntimeError", "cannot enter context: \(defaultRepr(context)) is already entered")
    }
    guard let callable = args.first else {
      throw typeError("run() missing 1 required positional argument")
    }
    let outer = currentContext
    context.isEntered = true
    currentContext = context
    defer {
      context.isEntered = false
      currentContext = outer
    }
    return try call(callable, Array(args.dropFirst()), kwargs)
  }

  private func contextVarRepr(_ v: ContextVarObject) throws(PyError) -> String {
    var text = "<ContextVar name=\(try repr(v.name))"
    if let d = v.defaultValue { text += " default=\(try repr(d))" }
    return text + " at \(addressText(v))>"
  }

  private func contextVariable(_ value: Value) throws(PyError) -> ContextVarObject {
    guard case .object(let o) = value, let v = o as? ContextVarObject else {
      throw typeError("a ContextVar key was expected, got \(try repr(value))")
    }
    return v
  }

  func makeContextvarsModule() -> ModuleObject {
    let t = contextTypes
    let m = makeModule("contextvars", [
      ("copy_context", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("copy_context", args, min: 0, max: 0, kwargs)
        return .object(interp.currentContextMade().copy(type: interp.contextTypes.context))
      })
    ])
    m.set("Context", .object(t.context))
    m.set("ContextVar", .object(t.contextVar))
    m.set("Token", .object(t.token))

    setConstructor(t.contextVar) { interp, args, kwargs throws(PyError) in
      let positional = args.dropFirst()
      guard positional.count == 1 else {
        throw interp.typeError("ContextVar() takes exactly 1 positional argument (\(positional.count) given)")
      }
      var defaultValue: Value?
      for (key, value) in kwargs {
        guard key == "default" else {
          throw interp.typeError("ContextVar() got an unexpected keyword argument '\(key)'")
        }
        defaultValue = value
      }
      guard case .object(let o) = positional.first!, o is StrObject else {
        throw interp.typeError("context variable name must be a str")
      }
      return .object(ContextVarObject(name: positional.first!, defaultValue: defaultValue, type: interp.contextTypes.contextVar))
    }
    asyncMethod(t.contextVar, "get", ContextVarObject.self, ["default"], required: 0) { interp, v, bound throws(PyError) in
      if let value = interp.currentContext?[v] { return value }
      if let given = bound["default"] { return given }
      if let d = v.defaultValue { return d }
      throw PyError(ExceptionObject(type: interp.exceptions["LookupError"]!, args: [.object(v)], dict: interp.makeDict()))
    }
    asyncMethod(t.contextVar, "set", ContextVarObject.self, ["value"]) { interp, v, bound in
      let context = interp.currentContextMade()
      let token = TokenObject(variable: v, oldValue: context[v], context: context, type: interp.contextTypes.token)
      context.set(v, bound["value"]!)
      return .object(token)
    }
    asyncMethod(t.contextVar, "reset", ContextVarObject.self, ["token"]) { interp, v, bound throws(PyError) in
      guard case .object(let o) = bound["token"]!, let token = o as? TokenObject else {
        throw interp.typeError("expected an instance of Token, got \(try interp.repr(bound["token"]!))")
      }
      let tokenText = try interp.repr(.object(token))
      if token.used { throw interp.error("RuntimeError", "\(tokenText) has already been used once") }
      if token.variable !== v { throw interp.valueError("\(tokenText) was created by a different ContextVar") }
      let context = interp.currentContextMade()
      if token.context !== context { throw interp.valueError("\(tokenText) was created in a different Context") }
      token.used = true
      if let old = token.oldValue { context.set(v, old) } else { context.remove(v) }
      return .none
    }
    define(t.contextVar, "__repr__") { interp, args, _ throws(PyError) in
      let v = try interp.receiver(args, ContextVarObject.self, "__repr__", "ContextVar")
      return interp.str(try interp.contextVarRepr(v))
    }
    define(t.contextVar, "__hash__") { interp, args, _ throws(PyError) in
      let v = try interp.receiver(args, ContextVarObject.self, "__hash__", "ContextVar")
      return .int(ObjectIdentifier(v).hashValue)
    }

    define(t.token, "__repr__") { interp, args, _ throws(PyError) in
      let token = try interp.receiver(args, TokenObject.self, "__repr__", "Token")
      let used = token.used ? " used" : ""
      return interp.str("<Token\(used) var=\(try interp.contextVarRepr(token.variable)) at \(interp.addressText(token))>")
    }
    t.token.dict.setString(name("MISSING"), .object(t.missingValue))
    setConstructor(t.token) { interp, _, _ throws(PyError) in
      throw interp.error("RuntimeError", "Tokens can only be created by ContextVars")
    }

    setConstructor(t.context) { interp, args, kwargs throws(PyError) in
      guard args.count == 1, kwargs.isEmpty else { throw interp.typeError("Context() does not accept any arguments") }
      return .object(ContextObject(type: interp.contextTypes.context))
    }
    // Contexts compare by their variables and values (see `builtinCompare`) and are unhashable.
    t.context.dict.setString(name("__hash__"), .none)
    define(t.context, "run") { interp, args, kwargs throws(PyError) in
      let context = try interp.receiver(args, ContextObject.self, "run", "Context")
      return try interp.runInContext(context, Array(args.dropFirst()), kwargs)
    }
    asyncMethod(t.context, "copy", ContextObject.self) { interp, c, _ in
      .object(c.copy(type: interp.contextTypes.context))
    }
    asyncMethod(t.context, "get", ContextObject.self, ["key", "default"], required: 1) { interp, c, bound throws(PyError) in
      c[try interp.contextVariable(bound["key"]!)] ?? bound["default"] ?? .none
    }
    asyncMethod(t.context, "__getitem__", ContextObject.self, ["key"]) { interp, c, bound throws(PyError) in
      let v = try interp.contextVariable(bound["key"]!)
      guard let value = c[v] else { throw interp.keyError(.object(v)) }
      return value
    }
    asyncMethod(t.context, "__contains__", ContextObject.self, ["key"]) { interp, c, bound throws(PyError) in
      .bool(c[try interp.contextVariable(bound["key"]!)] != nil)
    }
    asyncMethod(t.context, "__len__", ContextObject.self) { _, c, _ in .int(c.order.count) }
    asyncMethod(t.context, "keys", ContextObject.self) { interp, c, _ in
      interp.makeList(c.order.map { .object($0) })
    }
    asyncMethod(t.context, "__iter__", ContextObject.self) { interp, c, _ throws(PyError) in
      try interp.makeIterator(interp.makeList(c.order.map { .object($0) }))
    }
    asyncMethod(t.context, "values", ContextObject.self) { interp, c, _ in
      interp.makeList(c.order.map { c[$0] ?? .none })
    }
    asyncMethod(t.context, "items", ContextObject.self) { interp, c, _ in
      interp.makeList(c.order.map { interp.makeTuple([.object($0), c[$0] ?? .none]) })
    }
    return m
  }
}
