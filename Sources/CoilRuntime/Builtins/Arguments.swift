// Binding the arguments of builtins that CPython writes in Python (`random.Random.randint`,
// `functools.partial.__call__`...), so their argument errors read as a Python function's do.

/// The parameters of such a builtin, as its `def` line declares them.
final class PythonSignature {
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

/// Arguments bound to a `PythonSignature`'s parameters; nil where a default applies. The
/// values sit in parameter order (positional, then keyword-only), so binding allocates at most
/// one small array.
struct BoundArguments {
  let signature: PythonSignature
  var values: [Value?]

  subscript(_ name: String) -> Value? {
    if let index = signature.positional.firstIndex(of: name) { return values[index] }
    if let index = signature.keywordOnly.firstIndex(of: name) { return values[signature.positional.count + index] }
    return nil
  }
}

extension Interpreter {
  /// Binds positional and keyword arguments with CPython's checks and messages.
  func bind(_ signature: PythonSignature, _ args: ArraySlice<Value>, _ kwargs: Keywords) throws(PyError) -> BoundArguments {
    let positionalCount = signature.positional.count
    if args.count > positionalCount {
      let offset = signature.isMethod ? 1 : 0
      let most = positionalCount + offset
      let least = signature.required + offset
      let takes = least == most ? "\(most) positional argument\(most == 1 ? "" : "s")" : "from \(least) to \(most) positional arguments"
      let given = args.count + offset
      throw typeError("\(signature.name)() takes \(takes) but \(given) \(given == 1 ? "was" : "were") given")
    }
    let total = positionalCount + signature.keywordOnly.count
    var values: [Value?] = []
    if total > 0 {
      values = Array(filledWith: nil, count: total)
      var index = 0
      for value in args {
        values[index] = value
        index += 1
      }
    }
    for (key, value) in kwargs {
      let index: Int
      if let i = signature.positional.firstIndex(of: key) {
        index = i
      } else if let i = signature.keywordOnly.firstIndex(of: key) {
        index = positionalCount + i
      } else {
        throw typeError("\(signature.name)() got an unexpected keyword argument '\(key)'")
      }
      if values[index] != nil { throw typeError("\(signature.name)() got multiple values for argument '\(key)'") }
      values[index] = value
    }
    if args.count < signature.required {
      var missing: [String] = []
      for index in 0..<signature.required where values[index] == nil { missing.append(signature.positional[index]) }
      if !missing.isEmpty {
        throw typeError(
          "\(signature.name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(listNames(missing))")
      }
    }
    return BoundArguments(signature: signature, values: values)
  }
}
