// The `functools` module: `partial` objects as CPython's C implementation makes them (nested
// partials flatten, calls merge arguments), `reduce`, `wraps` and `cmp_to_key`.

import CoilSyntax

/// A `functools.partial` object.
final class PartialObject: PyObject {
  let function: Value
  let arguments: [Value]
  let keywords: DictObject
  /// Attributes set on the partial; a partial with any is not flattened into a new one.
  let dict: DictObject

  init(function: Value, arguments: [Value], keywords: DictObject, dict: DictObject, type: TypeObject) {
    self.function = function
    self.arguments = arguments
    self.keywords = keywords
    self.dict = dict
    super.init(type: type)
  }

  override var attributes: DictObject? { dict }
}

extension Interpreter {
  /// Whether a value can be called, as `callable()` decides.
  func isCallable(_ value: Value) -> Bool {
    guard case .object(let o) = value else { return false }
    return o is FunctionObject || o is BuiltinFunctionObject || o is BoundMethodObject
      || o is TypeObject || o.type.lookup(dunder.__call__) != nil
  }

  /// `partial(func, *args, **keywords)`.
  func makePartial(_ type: TypeObject, _ args: [Value], _ kwargs: Keywords) throws(PyError) -> Value {
    guard var function = args.first else { throw typeError("type 'partial' takes at least one argument") }
    var arguments: [Value] = []
    let keywords = makeDict()
    // A plain partial of a partial binds the inner one's function directly.
    if case .object(let o) = function, let inner = o as? PartialObject, inner.dict.count == 0 {
      function = inner.function
      arguments = inner.arguments
      keywords.table = inner.keywords.table
    }
    if !isCallable(function) { throw typeError("the first argument must be callable") }
    arguments += args.dropFirst()
    for (key, value) in kwargs { keywords.setString(name(key), value) }
    return .object(PartialObject(function: function, arguments: arguments, keywords: keywords, dict: makeDict(), type: type))
  }

  /// `repr(partial)`: `functools.partial(<function f at 0x...>, 1, k=2)`.
  func partialRepr(_ p: PartialObject) throws(PyError) -> String {
    try guardRecursion(p, "...") { () throws(PyError) -> String in
      var parts = [try repr(p.function)]
      for argument in p.arguments { parts.append(try repr(argument)) }
      for entry in p.keywords.liveEntries {
        parts.append("\(try toStr(entry.key))=\(try repr(entry.value))")
      }
      let name = p.type === types.partial ? "functools.partial" : p.type.qualifiedName
      return "\(name)(\(parts.joined(separator: ", ")))"
    }
  }

  func makeFunctoolsModule() -> ModuleObject {
    let partialType = types.partial!
    setConstructor(partialType) { interp, args, kwargs throws(PyError) in
      guard case .object(let o)? = args.first, let type = o as? TypeObject else { return .none }
      return try interp.makePartial(type, Array(args.dropFirst()), kwargs)
    }
    define(partialType, "__call__") { interp, args, kwargs throws(PyError) in
      let p = try interp.receiver(args, PartialObject.self, "__call__", "functools.partial")
      // The partial's keywords updated with the call's, in dict order.
      var keywords: Keywords = []
      for entry in p.keywords.liveEntries {
        guard case .object(let k as StrObject) = entry.key else { continue }
        keywords.append((k.value, kwargs.last { $0.0 == k.value }?.1 ?? entry.value))
      }
      for (key, value) in kwargs where !keywords.contains(where: { $0.0 == key }) {
        keywords.append((key, value))
      }
      return try interp.call(p.function, p.arguments + args.dropFirst(), keywords)
    }
    let m = makeModule("functools", [
      ("reduce", { interp, args, kwargs throws(PyError) in
        try interp.expectArguments("reduce", args, min: 2, max: 3, kwargs)
        let iterator = try interp.makeIterator(args[1])
        var accumulator: Value
        if args.count == 3 {
          accumulator = args[2]
        } else {
          guard let first = try interp.next(iterator) else {
            throw interp.typeError("reduce() of empty iterable with no initial value")
          }
          accumulator = first
        }
        while let v = try interp.next(iterator) { accumulator = try interp.call(args[0], [accumulator, v]) }
        return accumulator
      }),
      ("wraps", { interp, args, kwargs throws(PyError) in
        try interp.requireArguments(args, 1, "wraps", method: false)
        let wrapped = args[0]
        return .object(interp.makeBuiltin("decorator") { interp, inner, _ throws(PyError) in
          let wrapper = inner[0]
          for attribute in ["__module__", "__name__", "__qualname__", "__doc__"] {
            if let v = try interp.lookupAttribute(wrapped, interp.name(attribute)) {
              try? interp.setAttribute(wrapper, interp.name(attribute), v)
            }
          }
          if case .object(let wo) = wrapper, let dict = wo.attributes {
            dict.setString(interp.dunder.__wrapped__, wrapped)
          }
          return wrapper
        })
      }),
      ("cmp_to_key", { interp, args, _ throws(PyError) in
        try interp.requireArguments(args, 1, "cmp_to_key", method: false)
        let compare = args[0]
        let keyType = interp.makeType("functools.KeyWrapper")
        keyType.layout = .plain
        interp.define(keyType, "__lt__") { interp, a, _ throws(PyError) in
          guard case .object(let x as InstanceObject) = a[0], case .object(let y as InstanceObject) = a[1],
            let xv = x.dict.getString(interp.name("obj")), let yv = y.dict.getString(interp.name("obj"))
          else { return interp.notImplemented }
          let r = try interp.call(compare, [xv, yv])
          return .bool(try interp.isTrue(try interp.compare(r, .int(0), .less)))
        }
        return .object(interp.makeBuiltin("K") { interp, a, _ throws(PyError) in
          let k = InstanceObject(type: keyType, dict: interp.makeDict())
          k.dict.setString(interp.name("obj"), a[0])
          return .object(k)
        })
      }),
    ])
    m.set("partial", .object(partialType))
    return m
  }}
