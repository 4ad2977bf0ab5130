// Binding the arguments of builtins that CPython writes in Python (`random.Random.randint`,
// `functools.partial.__call__`...), so their argument errors read as a Python function's do.

/// The parameters of such a builtin, as its `def` line declares them.
struct PythonSignature {
  /// The name in messages: `Random.randint`.
  let name: String
  /// Positional-or-keyword parameters, after `self` when `isMethod`.
  let positional: [String]
  /// How many leading positional parameters have no default.
  let required: Int
  let keywordOnly: [String]
  /// Messages count `self` among the positional arguments.
  let isMethod: Bool

  init(_ name: String, _ positional: [String], required: Int? = nil, keywordOnly: [String] = [], isMethod: Bool = true) {
    self.name = name
    self.positional = positional
    self.required = required ?? positional.count
    self.keywordOnly = keywordOnly
    self.isMethod = isMethod
  }
}

/// Arguments bound to a `PythonSignature`'s parameters; nil where a default applies.
struct BoundArguments {
  var values: [String: Value]

  subscript(_ name: String) -> Value? { values[name] }
}

extension Interpreter {
  /// Binds positional and keyword arguments with CPython's checks and messages.
  func bind(_ signature: PythonSignature, _ args: ArraySlice<Value>, _ kwargs: Keywords) throws(PyError) -> BoundArguments {
    let offset = signature.isMethod ? 1 : 0
    let name = signature.name
    if args.count > signature.positional.count {
      let most = signature.positional.count + offset
      let least = signature.required + offset
      let takes = least == most ? "\(most) positional argument\(most == 1 ? "" : "s")" : "from \(least) to \(most) positional arguments"
      let given = args.count + offset
      throw typeError("\(name)() takes \(takes) but \(given) \(given == 1 ? "was" : "were") given")
    }
    var values: [String: Value] = [:]
    for (parameter, value) in zip(signature.positional, args) { values[parameter] = value }
    for (key, value) in kwargs {
      guard signature.positional.contains(key) || signature.keywordOnly.contains(key) else {
        throw typeError("\(name)() got an unexpected keyword argument '\(key)'")
      }
      if values[key] != nil { throw typeError("\(name)() got multiple values for argument '\(key)'") }
      values[key] = value
    }
    let missing = signature.positional.prefix(signature.required).filter { values[$0] == nil }
    if !missing.isEmpty {
      throw typeError(
        "\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(listNames(Array(missing)))")
    }
    return BoundArguments(values: values)
  }
}
