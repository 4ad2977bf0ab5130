// Coil's value representation. Small immutable values (None, bool, machine ints, floats) live
// inline in the enum; everything else is a reference to a `PyObject` subclass. A `Value` is two
// words, so copying one costs at most one retain.

import BigInt
import CoilSyntax

/// A Coil value.
public enum Value {
  case none
  case bool(Bool)
  /// An int that fits in a machine word; larger ints are `BigIntObject`s.
  case int(Int)
  case float(Double)
  case object(PyObject)

  @inline(__always) var asObject: PyObject? {
    if case .object(let o) = self { return o }
    return nil
  }

  /// The object without ownership, for a caller that knows something else keeps it alive
  /// (copying it out of the enum would retain and release it around the use).
  @inline(__always) var unretainedObject: Unmanaged<PyObject>? {
    if case .object(let o) = self { return .passUnretained(o) }
    return nil
  }

  /// The identity of the object, read without retaining it.
  @inline(__always) var objectIdentity: ObjectIdentifier? {
    if case .object(let o) = self { return ObjectIdentifier(o) }
    return nil
  }

  @inline(__always) var isNone: Bool {
    if case .none = self { return true }
    return false
  }

  /// Identity as Python's `is` sees it.
  @inline(__always) func isIdentical(to other: Value) -> Bool {
    switch (self, other) {
    case (.none, .none): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.int(let a), .int(let b)): return a == b
    case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
    case (.object(let a), .object(let b)): return a === b
    default: return false
    }
  }
}

/// A Coil exception in flight: what every failing runtime operation throws.
public struct PyError: Error {
  public let exception: ExceptionObject

  init(_ exception: ExceptionObject) {
    self.exception = exception
  }
}

/// Arguments passed by keyword, in call order.
typealias Keywords = [(String, Value)]

/// How a statement finished.
enum Completion {
  case normal
  case `return`
  case `break`
  case `continue`
}

extension BigInt {
  /// The value as a machine int when it fits.
  var asInt: Int? {
    Int(exactly: self)
  }
}

/// Builds the Coil int for a big integer, using the inline form when it fits.
@inline(__always) func makeInt(_ value: BigInt, _ interp: Interpreter) -> Value {
  if let small = Int(exactly: value) { return .int(small) }
  return .object(BigIntObject(value, type: interp.types.int))
}

/// `[first] + rest`, made in one allocation (the literal would allocate for one, then again).
@inline(__always) func prepending(_ first: Value, _ rest: [Value]) -> [Value] {
  var values: [Value] = []
  values.reserveCapacity(rest.count + 1)
  values.append(first)
  values.append(contentsOf: rest)
  return values
}
