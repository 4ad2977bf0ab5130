// Creates the builtin types, the exception hierarchy and the builtins module of an interpreter.

import BigInt
import CoilSyntax

/// Argument checking helpers for builtins, with CPython's messages.
extension Interpreter {
  func expectArguments(
    _ name: String, _ arguments: [Value], min: Int, max: Int, _ keywords: Keywords = []
  ) throws(PyError) {
    if !keywords.isEmpty {
      throw typeError("\(name)() takes no keyword arguments")
    }
    if arguments.count < min || arguments.count > max {
      if min == max {
        if min == 0 {
          throw typeError("\(name)() takes no arguments (\(arguments.count) given)")
        }
        if min == 1 {
          throw typeError("\(name)() takes exactly one argument (\(arguments.count) given)")
        }
        throw typeError("\(name) expected \(min) arguments, got \(arguments.count)")
      }
      if arguments.count < min {
        throw typeError(
          "\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(arguments.count)")
      }
      throw typeError(
        "\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(arguments.count)")
    }
  }

  /// The keyword argument `key`, if given.
  func keyword(_ keywords: Keywords, _ key: String) -> Value? {
    keywords.first { $0.0 == key }?.1
  }

  func intArgument(_ v: Value, _ what: String = "") throws(PyError) -> Int {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .object(let o):
      if let b = o as? BigIntObject {
        // A big int, or an instance of an int subclass.
        guard let small = Int(exactly: b.value) else {
          throw overflowError("Python int too large to convert to C ssize_t")
        }
        return small
      }
      if !o.type.isBuiltin, let r = try callDunder(v, "__index__", []) { return try intArgument(r) }
    default: break
    }
    throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
  }

  func stringArgument(_ v: Value, _ message: String) throws(PyError) -> String {
    if case .object(let o) = v, let s = o as? StrObject { return s.value }
    throw typeError(message)
  }

  func setUpTypes() {
    let t = types
    t.dict = makeType("dict", layout: .dict)
    // Dicts made before `dict` existed point their type at it now.
    t.type.dict.type = t.dict
    t.object.dict.type = t.dict
    t.dict.dict.type = t.dict
    t.str = makeType("str", layout: .str)
    t.int = makeType("int", layout: .int)
    t.bool = makeType("bool", base: t.int)
    t.float = makeType("float", layout: .float)
    t.complex = makeType("complex")
    t.none = makeType("NoneType")
    t.bytes = makeType("bytes")
    t.list = makeType("list", layout: .list)
    t.tuple = makeType("tuple", layout: .tuple)
    t.set = makeType("set")
    t.frozenset = makeType("frozenset")
    t.range = makeType("range")
    t.slice = makeType("slice")
    t.function = makeType("function")
    t.builtinFunction = makeType("builtin_function_or_method")
    t.method = makeType("method")
    t.cell = makeType("cell")
    t.module = makeType("module")
    t.property = makeType("property")
    t.classmethod = makeType("classmethod")
    t.staticmethod = makeType("staticmethod")
    t.superType = makeType("super")
    t.notImplementedType = makeType("NotImplementedType")
    t.ellipsisType = makeType("ellipsis")
    t.iterator = makeType("iterator")
    t.map = makeType("map")
    t.filter = makeType("filter")
    t.zip = makeType("zip")
    t.enumerate = makeType("enumerate")
    t.file = makeType("TextIOWrapper", module: "_io")
    t.dictKeys = makeType("dict_keys")
    t.dictValues = makeType("dict_values")
    t.dictItems = makeType("dict_items")
    t.partial = makeType("partial", module: "functools")
    t.traceback = makeType("traceback")
    t.genericAlias = makeType("GenericAlias", module: "types")
    // Mutable containers are unhashable, as `__hash__ = None` in CPython.
    for unhashable in [t.list!, t.dict!, t.set!, t.slice!] {
      unhashable.dict.setString(StrObject("__hash__", type: t.str), .none)
    }
    notImplemented = .object(SingletonObject(name: "NotImplemented", type: t.notImplementedType))
    ellipsis = .object(SingletonObject(name: "Ellipsis", type: t.ellipsisType))
  }

  func setUpExceptions() {
    let hierarchy: [(String, String?)] = [
      ("BaseException", nil), ("SystemExit", "BaseException"),
      ("KeyboardInterrupt", "BaseException"), ("GeneratorExit", "BaseException"),
      ("BaseExceptionGroup", "BaseException"),
      ("Exception", "BaseException"), ("ArithmeticError", "Exception"),
      ("FloatingPointError", "ArithmeticError"), ("OverflowError", "ArithmeticError"),
      ("ZeroDivisionError", "ArithmeticError"), ("AssertionError", "Exception"),
      ("AttributeError", "Exception"), ("BufferError", "Exception"), ("EOFError", "Exception"),
      ("ImportError", "Exception"), ("ModuleNotFoundError", "ImportError"),
      ("LookupError", "Exception"), ("IndexError", "LookupError"), ("KeyError", "LookupError"),
      ("MemoryError", "Exception"), ("NameError", "Exception"),
      ("UnboundLocalError", "NameError"), ("OSError", "Exception"),
      ("FileNotFoundError", "OSError"), ("FileExistsError", "OSError"),
      ("PermissionError", "OSError"), ("IsADirectoryError", "OSError"),
      ("NotADirectoryError", "OSError"), ("TimeoutError", "OSError"),
      ("ConnectionError", "OSError"), ("InterruptedError", "OSError"),
      ("ReferenceError", "Exception"), ("RuntimeError", "Exception"),
      ("NotImplementedError", "RuntimeError"), ("RecursionError", "RuntimeError"),
      ("StopIteration", "Exception"), ("StopAsyncIteration", "Exception"),
      ("SyntaxError", "Exception"), ("IndentationError", "SyntaxError"),
      ("TabError", "IndentationError"), ("SystemError", "Exception"),
      ("TypeError", "Exception"), ("ValueError", "Exception"),
      ("UnicodeError", "ValueError"), ("UnicodeDecodeError", "UnicodeError"),
      ("UnicodeEncodeError", "UnicodeError"), ("Warning", "Exception"),
      ("DeprecationWarning", "Warning"), ("RuntimeWarning", "Warning"),
      ("UserWarning", "Warning"), ("ExceptionGroup", "BaseExceptionGroup"),
    ]
    for (name, baseName) in hierarchy {
      let base = baseName.map { exceptions[$0]! } ?? types.object
      let t = makeType(name, base: base, layout: .exception)
      t.isBaseException = true
      exceptions[name] = t
    }
    // ExceptionGroup is both a BaseExceptionGroup and an Exception.
    let group = exceptions["ExceptionGroup"]!
    group.bases = [baseExceptionGroupType, exceptionType]
    group.mro = TypeObject.c3(group, bases: group.bases) ?? group.mro
    exceptions["IOError"] = exceptions["OSError"]
    exceptions["EnvironmentError"] = exceptions["OSError"]
    setUpExceptionMethods()
  }
}

extension Interpreter {
  /// Checks that a builtin received at least `count` positional arguments (the receiver
  /// included for methods), so a short call is a TypeError rather than an index trap.
  @inline(__always) func requireArguments(_ args: [Value], _ count: Int, _ name: String, method: Bool)
    throws(PyError)
  {
    if args.count >= count { return }
    let expected = method ? count - 1 : count
    let given = method ? max(args.count - 1, 0) : args.count
    if method && args.isEmpty {
      throw typeError("descriptor '\(name)' needs an argument")
    }
    if expected == 1 {
      throw typeError("\(name)() takes exactly one argument (\(given) given)")
    }
    throw typeError("\(name)() takes at least \(expected) arguments (\(given) given)")
  }
}
