// The lazy iterator types of the builtins module: `map`, `filter`, `zip` and `enumerate`.
// Their instances are `IteratorObject`s whose type is the builtin class, so `type(map(f, x))`
// is `map` and `isinstance(z, zip)` holds.

import BigInt

/// The classes of the builtin containers' iterators, named as CPython names them
/// (`type(iter([]))` is `list_iterator`).
final class IteratorTypes {
  let list, listReverse, tuple, range, longRange, str, strASCII, set, bytes, callable, sequence: TypeObject
  let dictKeys, dictValues, dictItems, dictReverseKeys, dictReverseValues, dictReverseItems: TypeObject

  init(_ interp: Interpreter) {
    func make(_ name: String) -> TypeObject {
      let t = interp.makeType(name)
      interp.defineIteratorProtocol(t)
      return t
    }
    list = make("list_iterator")
    listReverse = make("list_reverseiterator")
    tuple = make("tuple_iterator")
    range = make("range_iterator")
    longRange = make("longrange_iterator")
    str = make("str_iterator")
    strASCII = make("str_ascii_iterator")
    set = make("set_iterator")
    bytes = make("bytes_iterator")
    callable = make("callable_iterator")
    sequence = make("iterator")
    dictKeys = make("dict_keyiterator")
    dictValues = make("dict_valueiterator")
    dictItems = make("dict_itemiterator")
    dictReverseKeys = make("dict_reversekeyiterator")
    dictReverseValues = make("dict_reversevalueiterator")
    dictReverseItems = make("dict_reverseitemiterator")
  }
}

extension Interpreter {
  func setUpIteratorTypes() {
    for type in [types.iterator!, types.map!, types.filter!, types.zip!, types.enumerate!] {
      defineIteratorProtocol(type)
    }
    setConstructor(types.map) { interp, args, kwargs throws(PyError) in
      if !kwargs.isEmpty { throw interp.typeError("map() takes no keyword arguments") }
      guard args.count >= 3 else { throw interp.typeError("map() must have at least two arguments.") }
      let function = args[1]
      var iterators: [Value] = []
      for a in args.dropFirst(2) { iterators.append(try interp.makeIterator(a)) }
      return .object(IteratorObject(type: interp.types.map) { interp throws(PyError) in
        var items: [Value] = []
        for it in iterators {
          guard let v = try interp.next(it) else { return nil }
          items.append(v)
        }
        return try interp.call(function, items)
      })
    }
    setConstructor(types.filter) { interp, args, kwargs throws(PyError) in
      if !kwargs.isEmpty { throw interp.typeError("filter() takes no keyword arguments") }
      try interp.expectArguments("filter", Array(args.dropFirst()), min: 2, max: 2)
      let function = args[1]
      let iterator = try interp.makeIterator(args[2])
      return .object(IteratorObject(type: interp.types.filter) { interp throws(PyError) in
        while let v = try interp.next(iterator) {
          let keep = function.isNone ? v : try interp.call(function, [v])
          if try interp.isTrue(keep) { return v }
        }
        return nil
      })
    }
    setConstructor(types.zip) { interp, args, kwargs throws(PyError) in
      var strict = false
      for (key, value) in kwargs {
        guard key == "strict" else { throw interp.typeError("'\(key)' is an invalid keyword argument for zip()") }
        strict = try interp.isTrue(value)
      }
      var iterators: [Value] = []
      for a in args.dropFirst() { iterators.append(try interp.makeIterator(a)) }
      return .object(ZipObject(iterators, strict: strict, type: interp.types.zip))
    }
    setConstructor(types.enumerate) { interp, args, kwargs throws(PyError) in
      var iterable: Value? = args.count > 1 ? args[1] : nil
      var start: Value? = args.count > 2 ? args[2] : nil
      if args.count > 3 { throw interp.typeError("enumerate() takes at most 2 arguments (\(args.count - 1) given)") }
      for (key, value) in kwargs {
        switch key {
        case "iterable" where iterable == nil: iterable = value
        case "start" where start == nil: start = value
        case "iterable", "start":
          throw interp.typeError("argument for enumerate() given by name ('\(key)') and position (\(key == "iterable" ? 1 : 2))")
        default: throw interp.typeError("'\(key)' is an invalid keyword argument for enumerate()")
        }
      }
      guard let iterable else { throw interp.typeError("enumerate() missing required argument 'iterable'") }
      var counter: Value = .int(0)
      if let start {
        guard let n = try interp.indexBig(start) else {
          throw interp.typeError("'\(interp.typeName(start))' object cannot be interpreted as an integer")
        }
        counter = makeInt(n, interp)
      }
      let iterator = try interp.makeIterator(iterable)
      return .object(EnumerateObject(iterator, start: counter, type: interp.types.enumerate))
    }
  }
}
