// CPython 3.11's "Did you mean" suggestions for NameError and AttributeError: the candidate
// with the smallest weighted Levenshtein distance over UTF-8 bytes, a case change costing half
// a move, among candidates that differ in at most a third of their characters.

extension Interpreter {
  /// The order of CPython's builtins dict, which decides ties between equally close names.
  static let builtinOrder: [String] = [
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__", "__import__", "abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile", "delattr", "dir", "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "isinstance", "issubclass", "iter", "aiter", "len", "locals", "max", "min", "next", "anext", "oct", "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum", "vars", "None", "Ellipsis", "NotImplemented", "False", "True", "bool", "memoryview", "bytearray", "bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float", "frozenset", "property", "int", "list", "map", "object", "range", "reversed", "set", "slice", "staticmethod", "str", "super", "tuple", "type", "zip", "__debug__", "BaseException", "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "LookupError", "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError", "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError", "TypeError", "ValueError", "Warning", "FloatingPointError", "OverflowError", "ZeroDivisionError", "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning", "BlockingIOError", "ChildProcessError", "ConnectionError", "FileExistsError", "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError", "IndentationError", "IndexError", "KeyError", "ModuleNotFoundError", "NotImplementedError", "RecursionError", "UnboundLocalError", "UnicodeError", "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "TabError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError", "IOError", "open", "quit", "exit", "copyright", "credits", "license", "help",
  ]

  /// Names visible from frame `f`, in the order CPython searches them: locals, globals, builtins.
  func suggestionCandidates(_ f: Frame) -> [[String]] {
    let module = f.header.module
    var builtinNames = Interpreter.builtinOrder.filter { builtins.variables[$0]?.value != nil }
    let known = Set(builtinNames)
    builtinNames += builtins.order.filter { !known.contains($0) && builtins.variables[$0]?.value != nil }
    return [
      f.header.code.localNames,
      module.order.filter { module.variables[$0]?.value != nil },
      builtinNames,
    ]
  }

  /// CPython's `calculate_suggestions`: the closest of `candidates` to `name`, if close enough.
  func suggestName(_ name: String, _ candidates: [String]) -> String? {
    if candidates.count >= 750 { return nil }
    let target = Array(name.utf8)
    var best: String?
    var bestDistance = Int.max
    for candidate in candidates where candidate != name {
      let item = Array(candidate.utf8)
      var maxDistance = (target.count + item.count + 3) * 2 / 6
      maxDistance = min(maxDistance, bestDistance - 1)
      let distance = Interpreter.levenshtein(target, item, maxCost: maxDistance)
      if distance > maxDistance { continue }
      if best == nil || distance < bestDistance {
        best = candidate
        bestDistance = distance
      }
    }
    return best
  }

  private static func substitutionCost(_ a: UInt8, _ b: UInt8) -> Int {
    if a & 31 != b & 31 { return 2 }
    if a == b { return 0 }
    let la = (65...90).contains(a) ? a + 32 : a
    let lb = (65...90).contains(b) ? b + 32 : b
    return la == lb ? 1 : 2
  }

  static func levenshtein(_ first: [UInt8], _ second: [UInt8], maxCost: Int) -> Int {
    var a = first[...]
    var b = second[...]
    while let x = a.first, let y = b.first, x == y {
      a = a.dropFirst()
      b = b.dropFirst()
    }
    while let x = a.last, let y = b.last, x == y {
      a = a.dropLast()
      b = b.dropLast()
    }
    if a.isEmpty || b.isEmpty { return (a.count + b.count) * 2 }
    if a.count > 40 || b.count > 40 { return maxCost + 1 }
    if b.count < a.count { swap(&a, &b) }
    if (b.count - a.count) * 2 > maxCost { return maxCost + 1 }
    let aa = Array(a)
    let bb = Array(b)
    var buffer = (0..<aa.count).map { ($0 + 1) * 2 }
    var result = 0
    for (bIndex, bCode) in bb.enumerated() {
      result = bIndex * 2
      var distance = result
      var minimum = Int.max
      for (aIndex, aCode) in aa.enumerated() {
        let substitute = distance + substitutionCost(bCode, aCode)
        distance = buffer[aIndex]
        let insertDelete = min(result, distance) + 2
        result = min(insertDelete, substitute)
        buffer[aIndex] = result
        if result < minimum { minimum = result }
      }
      if minimum > maxCost { return maxCost + 1 }
    }
    return result
  }
}
