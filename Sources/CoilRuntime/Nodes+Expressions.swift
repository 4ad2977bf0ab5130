// Expression nodes. Each node that can fail records its own range on the exception, so the
// traceback can point at the innermost failing expression as CPython 3.11 does.

import CoilSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

final class BinaryNode: ExprNode {
  let op: BinaryOperator
  let left: ExprNode
  let right: ExprNode

  init(op: BinaryOperator, left: ExprNode, right: ExprNode, range: SourceRange) {
    self.op = op
    self.left = left
    self.right = right
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    let a = try left.evaluate(f)
    let b = try right.evaluate(f)
    if case .int(let x) = a, case .int(let y) = b {
      if let r = machineIntResult(op, x, y) { return r }
    } else if let (x, y) = floatOperands(a, b) {
      if let r = doubleResult(op, x, y) { return r }
    } else if op == .add, case .object(let x) = a, case .object(let y) = b {
      let str = f.interp.types.str!
      if x.type === str && y.type === str {
        return .object(unsafeDowncast(x, to: StrObject.self).concatenated(unsafeDowncast(y, to: StrObject.self), type: str))
      }
    }
    do throws(PyError) {
      return try f.interp.binary(op, a, b)
    } catch {
      error.exception.locate(range)
      throw error
    }
  }
}

/// `x op y` of two machine ints when that is a machine int, as Python computes it (division
/// and modulo round toward negative infinity); nil on overflow, for a zero divisor, a negative
/// shift and the operators not here, which the general operation handles.
@inline(__always) func machineIntResult(_ op: BinaryOperator, _ x: Int, _ y: Int) -> Value? {
  switch op {
  case .add:
    let (r, o) = x.addingReportingOverflow(y)
    return o ? nil : .int(r)
  case .subtract:
    let (r, o) = x.subtractingReportingOverflow(y)
    return o ? nil : .int(r)
  case .multiply:
    let (r, o) = x.multipliedReportingOverflow(by: y)
    return o ? nil : .int(r)
  case .modulo, .floorDivide:
    if y == 0 || (y == -1 && x == Int.min) { return nil }
    var q = x / y
    var r = x % y
    if r != 0 && (r < 0) != (y < 0) {
      q -= 1
      r += y
    }
    return .int(op == .modulo ? r : q)
  case .rightShift where y >= 0:
    return .int(y >= Int.bitWidth ? (x < 0 ? -1 : 0) : x >> y)
  case .bitAnd: return .int(x & y)
  case .bitOr: return .int(x | y)
  case .bitXor: return .int(x ^ y)
  default: return nil
  }
}

/// `x op y` of two floats when it can raise nothing: nil for a zero divisor, a power that
/// could be complex (a base not above zero) or overflows, and the operators not here.
@inline(__always) func doubleResult(_ op: BinaryOperator, _ x: Double, _ y: Double) -> Value? {
  switch op {
  case .add: return .float(x + y)
  case .subtract: return .float(x - y)
  case .multiply: return .float(x * y)
  case .trueDivide where y != 0: return .float(x / y)
  case .power where x > 0:
    let r = pow(x, y)
    return r.isFinite ? .float(r) : nil
  default: return nil
  }
}

/// Two floats, or a float and a machine int small enough to convert exactly, as doubles.
@inline(__always) func floatOperands(_ a: Value, _ b: Value) -> (Double, Double)? {
  switch (a, b) {
  case (.float(let x), .float(let y)): return (x, y)
  case (.float(let x), .int(let y)) where y.magnitude <= 1 << 53: return (x, Double(y))
  case (.int(let x), .float(let y)) where x.magnitude <= 1 << 53: return (Double(x), y)
  default: return nil
  }
}

/// `x + 1`, `n - 2`, `i % 7` and the like: an operator with a machine-int constant on the right,
/// which is kept in the node. An int on the left is computed here (`machineIntResult`);
/// anything else goes the general way.
final class IntConstantBinaryNode: ExprNode {
  let op: BinaryOperator
  let left: ExprNode
  let constant: Int

  /// Whether the node computes `op` with this constant: whether `machineIntResult` can.
  static func handles(_ op: BinaryOperator, _ constant: Int) -> Bool {
    machineIntResult(op, 0, constant) != nil
  }

  init(op: BinaryOperator, left: ExprNode, constant: Int, range: SourceRange) {
    self.op = op
    self.left = left
    self.constant = constant
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    let a = try left.evaluate(f)
    if case .int(let x) = a, let r = machineIntResult(op, x, constant) { return r }
    do throws(PyError) {
      return try f.interp.binary(op, a, .int(constant))
    } catch {
      error.exception.locate(range)
      throw error
    }
  }
}

/// `n < 2`, `i == 0` and the other order comparisons and equalities with a machine-int constant
/// on the right.
final class IntConstantCompareNode: ExprNode {
  let left: ExprNode
  let op: ComparisonOperator
  let constant: Int

  init(left: ExprNode, op: ComparisonOperator, constant: Int, range: SourceRange) {
    self.left = left
    self.op = op
    self.constant = constant
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    let a = try left.evaluate(f)
    if case .int(let x) = a { return compareScalars(x, constant, op)! }
    do throws(PyError) { return try f.interp.compare(a, .int(constant), op) } catch {
      error.exception.locate(range)
      throw error
    }
  }
}

/// The order comparisons and equality of two machine ints or two doubles (IEEE: NaN is
/// unordered); nil for `is`, `in` and the rest.
@inline(__always) func compareScalars<T: Comparable>(_ x: T, _ y: T, _ op: ComparisonOperator) -> Value? {
  switch op {
  case .less: return .bool(x < y)
  case .lessEqual: return .bool(x <= y)
  case .greater: return .bool(x > y)
  case .greaterEqual: return .bool(x >= y)
  case .equal: return .bool(x == y)
  case .notEqual: return .bool(x != y)
  default: return nil
  }
}

/// `a < b` and the other single comparisons: the common case, with no arrays to walk.
final class SingleCompareNode: ExprNode {
  let left: ExprNode
  let op: ComparisonOperator
  let right: ExprNode

  init(left: ExprNode, op: ComparisonOperator, right: ExprNode, range: SourceRange) {
    self.left = left
    self.op = op
    self.right = right
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    let a = try left.evaluate(f)
    let b = try right.evaluate(f)
    if case .int(let x) = a, case .int(let y) = b, let result = compareScalars(x, y, op) { return result }
    if let (x, y) = floatOperands(a, b), let result = compareScalars(x, y, op) { return result }
    if case .object(let x) = a, case .object(let y) = b {
      let str = f.interp.types.str
      if x.type === str && y.type === str {
        let s = unsafeDowncast(x, to: StrObject.self)
        let t = unsafeDowncast(y, to: StrObject.self)
        switch op {
        case .equal: return .bool(s.equals(t))
        case .notEqual: return .bool(!s.equals(t))
        case .less, .lessEqual, .greater, .greaterEqual:
          return compareScalars(compareCodePoints(s.value, t.value), 0, op)!
        default: break
        }
      }
    }
    do throws(PyError) { return try f.interp.compare(a, b, op) } catch {
      error.exception.locate(range)
      throw error
    }
  }
}

final class CompareNode: ExprNode {
  let first: ExprNode
  let operators: [ComparisonOperator]
  let operands: [ExprNode]

  private let unretainedOperands: [Unmanaged<ExprNode>]

  init(first: ExprNode, operators: [ComparisonOperator], operands: [ExprNode], range: SourceRange) {
    self.first = first
    self.operators = operators
    self.operands = operands
    unretainedOperands = operands.unretained
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    var a = try first.evaluate(f)
    let interp = f.interp
    let count = operators.count
    for i in 0..<count {
      let b = try unretainedOperands[i].run { node throws(PyError) in try node.evaluate(f) }
      let op = operators[i]
      let result: Value
      if case .int(let x) = a, case .int(let y) = b, let fast = compareScalars(x, y, op) {
        result = fast
      } else {
        do throws(PyError) { result = try interp.compare(a, b, op) } catch {
          error.exception.locate(range)
          throw error
        }
      }
      if i == count - 1 { return result }
      if case .bool(let truth) = result {
        if !truth { return result }
      } else if !(try interp.isTrue(result)) {
        return result
      }
      a = b
    }
    return .bool(true)
  }
}

final class AndNode: ExprNode {
  let left: ExprNode
  let right: ExprNode

  init(left: ExprNode, right: ExprNode, range: SourceRange) {
    self.left = left
    self.right = right
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    let a = try left.evaluate(f)
    if case .bool(let b) = a {
      if !b { return a }
    } else if !(try f.interp.isTrue(a)) {
      return a
    }
    return try right.evaluate(f)
  }
}

final class OrNode: ExprNode {
  let left: ExprNode
  let right: ExprNode

  init(left: ExprNode, right: ExprNode, range: SourceRange) {
    self.left = left
    self.right = right
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    let a = try left.evaluate(f)
    if case .bool(let b) = a {
      if b { return a }
    } else if try f.interp.isTrue(a) {
      return a
    }
    return try right.evaluate(f)
  }
}

final class NotNode: ExprNode {
  let operand: ExprNode

  init(operand: ExprNode, range: SourceRange) {
    self.operand = operand
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    let v = try operand.evaluate(f)
    if case .bool(let b) = v { return .bool(!b) }
    return .bool(!(try f.interp.isTrue(v)))
  }
}

final class UnaryNode: ExprNode {
  let op: UnaryOperator
  let operand: ExprNode

  init(op: UnaryOperator, operand: ExprNode, range: SourceRange) {
    self.op = op
    self.operand = operand
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    let v = try operand.evaluate(f)
    do throws(PyError) {
      return try f.interp.unary(op, v)
    } catch {
      error.exception.locate(range)
      throw error
    }
  }
}

final class ConditionalNode: ExprNode {
  let test: ExprNode
  let body: ExprNode
  let orElse: ExprNode

  init(test: ExprNode, body: ExprNode, orElse: ExprNode, range: SourceRange) {
    self.test = test
    self.body = body
    self.orElse = orElse
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    try f.interp.isTrue(try test.evaluate(f)) ? try body.evaluate(f) : try orElse.evaluate(f)
  }
}

final class NamedExpressionNode: ExprNode {
  let target: TargetNode
  let value: ExprNode

  init(target: TargetNode, value: ExprNode, range: SourceRange) {
    self.target = target
    self.value = value
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    let v = try value.evaluate(f)
    try target.store(v, f)
    return v
  }
}

final class AttributeNode: ExprNode {
  let object: ExprNode
  let name: StrObject
  /// Where the last instance read here found `name` in its dict.
  private var hint = 0
  /// The slot of the local the object is (`self.x`), read in place; -1 for other objects.
  private let localSlot: Int

  init(object: ExprNode, name: StrObject, range: SourceRange) {
    self.object = object
    self.name = name
    localSlot = (object as? LocalNode)?.slot ?? -1
    super.init(range: range)
  }

  /// The attribute from the instance dict of a plain instance, or nil.
  @inline(__always) private func instanceAttribute(_ o: PyObject) -> Value? {
    guard Swift.type(of: o) == InstanceObject.self else { return nil }
    let instance = unsafeDowncast(o, to: InstanceObject.self)
    guard !instance.type.hasDataDescriptors, !instance.type.hasCustomGetattribute else { return nil }
    return instance.dict.getString(name, hint: &hint)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    if localSlot >= 0, case .object(let o)? = f.slots[localSlot], let value = instanceAttribute(o) {
      return value
    }
    let target = try object.evaluate(f)
    if case .object(let o) = target, let value = instanceAttribute(o) {
      return value
    }
    do throws(PyError) {
      return try f.interp.getAttribute(target, name)
    } catch {
      error.exception.locate(range)
      throw error
    }
  }
}

final class SubscriptNode: ExprNode {
  let object: ExprNode
  let index: ExprNode

  init(object: ExprNode, index: ExprNode, range: SourceRange) {
    self.object = object
    self.index = index
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    let target = try object.evaluate(f)
    let key = try index.evaluate(f)
    if case .object(let o) = target {
      if case .int(var i) = key, let list = o as? ListObject, list.type === f.interp.types.list {
        if i < 0 { i += list.items.count }
        if i >= 0 && i < list.items.count { return list.items[i] }
      } else if o.type === f.interp.types.dict, case .object(let ko) = key, let s = ko as? StrObject,
        let found = unsafeDowncast(o, to: DictObject.self).getString(s)
      {
        // A missing key goes the general way, which raises the KeyError.
        return found
      }
    }
    do throws(PyError) {
      return try f.interp.getItem(target, key)
    } catch {
      error.exception.locate(range)
      throw error
    }
  }
}

final class SliceNode: ExprNode {
  let lower: ExprNode?
  let upper: ExprNode?
  let step: ExprNode?

  init(lower: ExprNode?, upper: ExprNode?, step: ExprNode?, range: SourceRange) {
    self.lower = lower
    self.upper = upper
    self.step = step
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    .object(
      SliceObject(
        start: try lower?.evaluate(f) ?? .none, stop: try upper?.evaluate(f) ?? .none,
        step: try step?.evaluate(f) ?? .none, type: f.interp.types.slice))
  }
}

/// An element of a display or call that may be unpacked with `*`.
enum ElementNode {
  case single(ExprNode)
  case starred(ExprNode)
}

/// The nodes of elements none of which is starred, or nil.
func singleElements(_ elements: [ElementNode]) -> [Unmanaged<ExprNode>]? {
  var nodes: [ExprNode] = []
  for element in elements {
    guard case .single(let node) = element else { return nil }
    nodes.append(node)
  }
  return nodes.unretained
}

/// The values of `nodes`, in order.
@inline(__always) func evaluateAll(_ nodes: [Unmanaged<ExprNode>], _ f: Frame) throws(PyError) -> [Value] {
  var values: [Value] = []
  values.reserveCapacity(nodes.count)
  for node in nodes { values.append(try node.run { node throws(PyError) in try node.evaluate(f) }) }
  return values
}

func evaluateElements(_ elements: [ElementNode], _ f: Frame) throws(PyError) -> [Value] {
  var result: [Value] = []
  result.reserveCapacity(elements.count)
  for element in elements {
    switch element {
    case .single(let node): result.append(try node.evaluate(f))
    case .starred(let node):
      let value = try node.evaluate(f)
      do throws(PyError) {
        result.append(contentsOf: try f.interp.iterate(value))
      } catch {
        if error.matches("TypeError", f.interp), !(f.interp.typeOf(value).lookup(f.interp.dunder.__iter__) != nil) {
          let e = f.interp.typeError(
            "Value after * must be an iterable, not \(f.interp.typeName(value))")
          e.exception.locate(node.range)
          throw e
        }
        throw error
      }
    }
  }
  return result
}

final class TupleNode: ExprNode {
  let elements: [ElementNode]
  /// The elements when none is starred.
  private let singles: [Unmanaged<ExprNode>]?

  init(elements: [ElementNode], range: SourceRange) {
    self.elements = elements
    singles = singleElements(elements)
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    if let singles { return f.interp.makeTuple(try evaluateAll(singles, f)) }
    return f.interp.makeTuple(try evaluateElements(elements, f))
  }
}

final class ListNode: ExprNode {
  let elements: [ElementNode]
  /// The elements when none is starred.
  private let singles: [Unmanaged<ExprNode>]?

  init(elements: [ElementNode], range: SourceRange) {
    self.elements = elements
    singles = singleElements(elements)
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    if let singles { return f.interp.makeList(try evaluateAll(singles, f)) }
    return f.interp.makeList(try evaluateElements(elements, f))
  }
}

/// A set display. As CPython's BUILD_SET, SET_ADD and SET_UPDATE: single elements are added in
/// order, unpacked ones merged (a set operand copies its table), and a display of constants
/// copies the frozenset the compiler folded it into.
final class SetNode: ExprNode {
  let elements: [ElementNode]
  let constant: SetObject?

  init(elements: [ElementNode], constant: SetObject?, range: SourceRange) {
    self.elements = elements
    self.constant = constant
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    let interp = f.interp
    let set = SetObject(type: interp.types.set, frozen: false)
    if let constant {
      try set.merge(constant, interp)
      return .object(set)
    }
    var pending: [Value] = []
    for element in elements {
      switch element {
      case .single(let node): pending.append(try node.evaluate(f))
      case .starred(let node):
        for value in pending { try set.add(value, interp) }
        pending.removeAll()
        let value = try node.evaluate(f)
        do throws(PyError) { try interp.setUpdate(set, value) } catch {
          error.exception.locate(node.range)
          throw error
        }
      }
    }
    for value in pending { try set.add(value, interp) }
    return .object(set)
  }
}

final class DictNode: ExprNode {
  enum Item {
    case pair(ExprNode, ExprNode)
    case unpack(ExprNode)
  }
  let items: [Item]

  init(items: [Item], range: SourceRange) {
    self.items = items
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    let interp = f.interp
    let dict = interp.makeDict()
    for item in items {
      switch item {
      case .pair(let k, let v):
        let key = try k.evaluate(f)
        let value = try v.evaluate(f)
        do throws(PyError) { try dict.set(key, value, interp) } catch {
          error.exception.locate(k.range)
          throw error
        }
      case .unpack(let node):
        let source = try node.evaluate(f)
        try interp.mergeMapping(into: dict, source, range: node.range)
      }
    }
    return .object(dict)
  }
}

final class FormattedStringNode: ExprNode {
  enum Part {
    case literal(String)
    case field(ExprNode, conversion: Character?, spec: FormattedStringNode?, debug: String?)
  }
  let parts: [Part]

  init(parts: [Part], range: SourceRange) {
    self.parts = parts
    super.init(range: range)
  }

  func render(_ f: Frame) throws(PyError) -> String {
    var out = ""
    let interp = f.interp
    for part in parts {
      switch part {
      case .literal(let text): out += text
      case .field(let node, let conversion, let spec, let debug):
        if let debug { out += debug }
        var value = try node.evaluate(f)
        switch conversion {
        case "r": value = interp.str(try interp.repr(value))
        case "s": value = interp.str(try interp.toStr(value))
        case "a": value = interp.str(asciiEscape(try interp.repr(value)))
        default: break
        }
        let specText = try spec?.render(f) ?? ""
        do throws(PyError) {
          out += try interp.format(value, specText)
        } catch {
          error.exception.locate(range)
          throw error
        }
      }
    }
    return out
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    f.interp.str(try render(f))
  }
}

// MARK: - Calls

/// One argument expression of a call.
enum ArgumentNode {
  case positional(ExprNode)
  case starred(ExprNode)
  case keyword(String, ExprNode)
  case doubleStarred(ExprNode)
}

/// Evaluates general call arguments into positional values and keywords.
func evaluateArguments(_ arguments: [ArgumentNode], _ f: Frame, callee: Value) throws(PyError)
  -> ([Value], Keywords)
{
  var positional: [Value] = []
  var keywords: Keywords = []
  let interp = f.interp
  for argument in arguments {
    switch argument {
    case .positional(let node): positional.append(try node.evaluate(f))
    case .starred(let node):
      let value = try node.evaluate(f)
      do throws(PyError) {
        positional.append(contentsOf: try interp.iterate(value))
      } catch {
        if error.matches("TypeError", interp),
          interp.typeOf(value).lookup(interp.dunder.__iter__) == nil
        {
          let e = interp.typeError(
            "\(interp.calleeDescription(callee)) argument after * must be an iterable, not \(interp.typeName(value))")
          e.exception.locate(node.range)
          throw e
        }
        throw error
      }
    case .keyword(let name, let node):
      keywords.append((name, try node.evaluate(f)))
    case .doubleStarred(let node):
      let value = try node.evaluate(f)
      guard case .object(let o) = value, let dict = o as? DictObject else {
        if case .object(let o) = value, o.type.lookup(interp.name("keys")) != nil {
          let keys = try interp.iterate(try interp.call(try interp.getAttribute(value, interp.name("keys")), []))
          for key in keys {
            guard case .object(let ko) = key, let ks = ko as? StrObject else {
              throw interp.typeError("keywords must be strings")
            }
            keywords.append((ks.value, try interp.getItem(value, key)))
          }
          continue
        }
        let e = interp.typeError(
          "\(interp.calleeDescription(callee)) argument after ** must be a mapping, not \(interp.typeName(value))")
        e.exception.locate(node.range)
        throw e
      }
      for entry in dict.liveEntries {
        guard case .object(let ko) = entry.key, let key = ko as? StrObject else {
          throw interp.typeError("keywords must be strings")
        }
        if keywords.contains(where: { $0.0 == key.value }) {
          throw interp.typeError(
            "\(interp.calleeDescription(callee)) got multiple values for keyword argument '\(key.value)'")
        }
        keywords.append((key.value, entry.value))
      }
    }
  }
  return (positional, keywords)
}

final class CallNode: ExprNode {
  let callee: ExprNode
  let arguments: [ArgumentNode]
  /// Set when every argument is a plain positional expression.
  let simple: [ExprNode]?
  private let unretainedSimple: [Unmanaged<ExprNode>]?

  init(callee: ExprNode, arguments: [ArgumentNode], range: SourceRange) {
    self.callee = callee
    self.arguments = arguments
    var simple: [ExprNode]? = []
    for argument in arguments {
      if case .positional(let node) = argument { simple?.append(node) } else { simple = nil }
    }
    self.simple = simple
    unretainedSimple = simple?.unretained
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    try call(try callee.evaluate(f), f)
  }

  /// `await f(args)`: when `f` is an `async def` taking plain positional arguments, its frame
  /// is prepared and handed back to run directly, with no coroutine object in between (none
  /// could be observed: it would be awaited at once).
  func evaluateForAwait(_ f: Frame) throws(PyError) -> AwaitOperand {
    let function = try callee.evaluate(f)
    if let simple, case .object(let o) = function, let fn = o as? FunctionObject,
      fn.code.isAsync, !fn.code.isGenerator, fn.code.isSimple
    {
      let code = fn.code
      let missing = code.positionalCount - simple.count
      if missing >= 0 && missing <= fn.defaults.count {
        let interp = f.interp
        let frame = Frame.make(interp: interp, module: fn.module, code: code)
        let slots = frame.slots
        do throws(PyError) {
          for i in 0..<simple.count { slots[i] = try simple[i].evaluate(f) }
        } catch {
          error.exception.locate(range)
          throw error
        }
        if missing > 0 {
          let firstDefault = fn.defaults.count - missing
          for i in 0..<missing { slots[simple.count + i] = fn.defaults[firstDefault + i] }
        }
        for slot in code.cellSlots { slots[slot] = .object(CellObject(nil, type: interp.types.cell)) }
        for (index, slot) in code.freeSlots.enumerated() { slots[slot] = .object(fn.closure[index]) }
        return .coroutine(fn, frame)
      }
    }
    return .value(try call(function, f))
  }

  private func call(_ function: Value, _ f: Frame) throws(PyError) -> Value {
    // Borrowed: `let interp = f.interp` would retain it around every call.
    try f.unretainedInterp.run { interp throws(PyError) in try call(function, f, interp) }
  }

  @inline(__always) private func call(_ function: Value, _ f: Frame, _ interp: Interpreter) throws(PyError) -> Value {
    do throws(PyError) {
      if let simple = unretainedSimple {
        if case .object(let o) = function, let fn = o as? FunctionObject, fn.code.isSimple {
          let code = fn.code
          let missing = code.positionalCount - simple.count
          if missing >= 0 && missing <= fn.defaults.count {
            var frame = Frame.forCall(interp: interp, module: fn.module, code: code)
            let slots = frame.slots
            for i in 0..<simple.count {
              slots[i] = try simple[i].run { node throws(PyError) in try node.evaluate(f) }
            }
            if missing > 0 {
              let firstDefault = fn.defaults.count - missing
              for i in 0..<missing { slots[simple.count + i] = fn.defaults[firstDefault + i] }
            }
            let result = try interp.run(fn, frame)
            Frame.recycle(&frame, code)
            return result
          }
        }
        if case .object(let o) = function, Swift.type(of: o) == TypeObject.self,
          let instance = try construct(unsafeDowncast(o, to: TypeObject.self), simple, f)
        {
          return instance
        }
        if simple.count == 1, case .object(let o) = function, let builtin = o as? BuiltinFunctionObject,
          let unary = builtin.unary
        {
          return try unary(interp, try simple[0].run { node throws(PyError) in try node.evaluate(f) })
        }
        return try interp.call(function, try evaluateAll(simple, f))
      }
      let (positional, keywords) = try evaluateArguments(arguments, f, callee: function)
      return try interp.call(function, positional, keywords)
    } catch {
      error.exception.locate(range)
      throw error
    }
  }
}

extension CallNode {
  /// `Point(x, y)` for a plain class whose `__init__` takes exactly these arguments
  /// positionally and that has no `__new__` of its own: the instance is made and the arguments
  /// go straight into `__init__`'s frame. Nil (with nothing evaluated) when that does not apply.
  @inline(__always) fileprivate func construct(
    _ t: TypeObject, _ simple: [Unmanaged<ExprNode>], _ f: Frame
  ) throws(PyError) -> Value? {
    let interp = f.interp
    guard !t.isBuiltin, t.layout == .plain, t.creationEpoch == interp.classEpoch,
      case .object(let io)? = t.creationInit, Swift.type(of: io) == FunctionObject.self
    else { return nil }
    if let new = t.creationNew {
      guard case .object(let no) = new, let builtin = no as? BuiltinFunctionObject,
        builtin.owner?.isBuiltin == true
      else { return nil }
    }
    let initializer = unsafeDowncast(io, to: FunctionObject.self)
    let code = initializer.code
    guard code.isSimple, code.positionalCount == simple.count + 1 else { return nil }
    let instance = Value.object(InstanceObject(type: t, dict: interp.makeDict()))
    var frame = Frame.forCall(interp: interp, module: initializer.module, code: code)
    let slots = frame.slots
    slots[0] = instance
    for i in 0..<simple.count {
      slots[i + 1] = try simple[i].run { node throws(PyError) in try node.evaluate(f) }
    }
    let result = try interp.run(initializer, frame)
    Frame.recycle(&frame, code)
    if !result.isNone {
      throw interp.typeError("__init__() should return None, not '\(interp.typeName(result))'")
    }
    return instance
  }
}

/// `iter(x)` without a name lookup: the first iterable of a generator expression.
final class MakeIteratorNode: ExprNode {
  let operand: ExprNode

  /// `range` is where a failure is reported: the whole generator expression, as CPython does.
  init(_ operand: ExprNode, range: SourceRange) {
    self.operand = operand
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    let value = try operand.evaluate(f)
    do throws(PyError) {
      return try f.interp.makeIterator(value)
    } catch {
      error.exception.locate(range)
      throw error
    }
  }
}

/// What the operand of an `await` evaluated to: a value to await, or an `async def`'s prepared
/// frame to run in place.
enum AwaitOperand {
  case value(Value)
  case coroutine(FunctionObject, Frame)
}

/// `object.name(arguments)`, looked up without making a bound method when possible.
final class MethodCallNode: ExprNode {
  let object: ExprNode
  let name: StrObject
  let arguments: [ExprNode]
  private let unretainedArguments: [Unmanaged<ExprNode>]
  let attributeRange: SourceRange

  init(
    object: ExprNode, name: StrObject, arguments: [ExprNode], attributeRange: SourceRange,
    range: SourceRange
  ) {
    self.object = object
    self.name = name
    self.arguments = arguments
    unretainedArguments = arguments.unretained
    self.attributeRange = attributeRange
    super.init(range: range)
  }

  enum AwaitOperand {
    case value(Value)
    case native(BuiltinFunctionObject.AsyncBody, [Value])
  }

  /// The operand of `await obj.method(args)`: the work of a builtin method that returns a
  /// coroutine, to run in place, or else the call's value.
  func evaluateForAwait(_ f: Frame) throws(PyError) -> AwaitOperand {
    let receiver = try object.evaluate(f)
    let type = f.interp.typeOf(receiver)
    if let builtin = builtinMethod(type, receiver), let body = builtin.asyncBody {
      let values = try evaluateAll(receiver, f)
      return .native(body, values)
    }
    if case .object(let o) = receiver, !type.hasCustomGetattribute,
      case .object(let m)? = type.lookup(name), let builtin = m as? BuiltinFunctionObject,
      builtin.owner != nil, let body = builtin.asyncBody,
      !(o is ModuleObject || o is TypeObject || o is SuperObject),
      o.attributes.map({ $0.count == 0 || $0.getString(name) == nil }) ?? true
    {
      let values = try evaluateAll(receiver, f)
      return .native(body, values)
    }
    return .value(try evaluate(receiver: receiver, f))
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    try evaluate(receiver: try object.evaluate(f), f)
  }

  /// The last builtin class this call site saw and its method: a builtin class's dict never
  /// changes, so the method stays valid (unless an instance has an attribute of that name).
  private unowned(unsafe) var cachedType: TypeObject?
  private var cachedMethod: BuiltinFunctionObject?

  /// The class a user object had when this call site last looked its method up, and what it
  /// found, valid while no class dict has changed since (`classEpoch`). Held strongly: a class
  /// freed and another made at its address must not match.
  private var cachedClass: TypeObject?
  private var cachedEpoch = -1
  private var cachedFound: Value?

  @inline(__always) private func classLookup(_ type: TypeObject, _ interp: Interpreter) -> Value? {
    if type === cachedClass && cachedEpoch == interp.classEpoch { return cachedFound }
    let found = type.lookup(name)
    cachedClass = type
    cachedEpoch = interp.classEpoch
    cachedFound = found
    return found
  }

  /// The builtin method for `type` from the cache, or found and cached when it can be.
  @inline(__always) private func builtinMethod(_ type: TypeObject, _ receiver: Value) -> BuiltinFunctionObject? {
    // Only builtin classes are cached here, so instances of user classes need no dict check.
    guard type.isBuiltin else { return nil }
    if case .object(let o) = receiver {
      // An attribute of the instance itself (an exception's, a function's) shadows the method.
      if let dict = o.attributes, dict.count > 0, dict.getString(name) != nil { return nil }
    }
    if type === cachedType { return cachedMethod }
    guard !type.hasCustomGetattribute else { return nil }
    if case .object(let o) = receiver, o is ModuleObject || o is TypeObject || o is SuperObject {
      return nil
    }
    guard case .object(let m)? = type.lookup(name), let builtin = m as? BuiltinFunctionObject,
      builtin.owner != nil
    else { return nil }
    cachedType = type
    cachedMethod = builtin
    return builtin
  }

  private func evaluate(receiver: Value, _ f: Frame) throws(PyError) -> Value {
    // Borrowed: `let interp = f.interp` would retain it around every call.
    try f.unretainedInterp.run { interp throws(PyError) in try evaluate(receiver: receiver, f, interp) }
  }

  @inline(__always) private func evaluate(receiver: Value, _ f: Frame, _ interp: Interpreter) throws(PyError)
    -> Value
  {
    let type = interp.typeOf(receiver)
    if let builtin = builtinMethod(type, receiver) {
      if unretainedArguments.isEmpty, let method = builtin.unary {
        do throws(PyError) { return try method(interp, receiver) } catch {
          error.exception.locate(range)
          throw error
        }
      }
      if unretainedArguments.count == 1, let method = builtin.withOneArgument {
        let argument = try unretainedArguments[0].run { node throws(PyError) in try node.evaluate(f) }
        do throws(PyError) { return try method(interp, receiver, argument) } catch {
          error.exception.locate(range)
          throw error
        }
      }
      let values = try evaluateAll(receiver, f)
      do throws(PyError) { return try builtin.body(interp, values, []) } catch {
        error.exception.locate(range)
        throw error
      }
    }
    var method: Value?
    var target = receiver
    // A plain instance is no super object, module or class: skip the casts.
    let isPlainInstance = receiver.asObject.map { Swift.type(of: $0) == InstanceObject.self } ?? false
    if !isPlainInstance, case .object(let o) = receiver, let s = o as? SuperObject, !(s.instance.asObject is TypeObject),
      case .object(let found)? = interp.superLookup(s, name),
      found is FunctionObject || (found as? BuiltinFunctionObject)?.owner != nil
    {
      // super().method(...): call the parent's function (or builtin method, such as
      // Exception.__init__) on the instance, no bound method.
      method = .object(found)
      target = s.instance
    } else if !isPlainInstance, case .object(let o) = receiver,
      o is ModuleObject || o is TypeObject || o is SuperObject
    {
      method = nil
    } else if !type.hasCustomGetattribute {
      let found = classLookup(type, interp)
      // With data descriptors (properties) in the class the instance dict comes second, but a
      // method found in the class is no data descriptor, so the order does not matter for it.
      var isMethod = false
      if case .object(let fo)? = found { isMethod = fo is FunctionObject || fo is BuiltinFunctionObject }
      if isMethod || !type.hasDataDescriptors {
        if case .object(let o) = receiver, let own = ownAttribute(o, isPlainInstance) {
          // An attribute of the instance itself shadows the class's method.
          let values = try evaluateAll(f)
          do throws(PyError) { return try interp.call(own, values) } catch {
            error.exception.locate(range)
            throw error
          }
        }
        method = found
      }
    }
    if let method, case .object(let m) = method {
      if let fn = m as? FunctionObject {
        if fn.code.isSimple && unretainedArguments.count + 1 == fn.code.positionalCount {
          // The arguments go straight into the new frame.
          var frame = Frame.forCall(interp: interp, module: fn.module, code: fn.code)
          let slots = frame.slots
          slots[0] = target
          for i in 0..<unretainedArguments.count {
            slots[i + 1] = try unretainedArguments[i].run { node throws(PyError) in try node.evaluate(f) }
          }
          let result: Value
          do throws(PyError) { result = try interp.run(fn, frame) } catch {
            error.exception.locate(range)
            throw error
          }
          Frame.recycle(&frame, fn.code)
          return result
        }
        let values = try evaluateAll(f)
        do throws(PyError) {
          return try interp.invoke(fn, receiver: target, values)
        } catch {
          error.exception.locate(range)
          throw error
        }
      }
      if let builtin = m as? BuiltinFunctionObject, builtin.owner != nil {
        let values = try evaluateAll(target, f)
        do throws(PyError) { return try builtin.body(interp, values, []) } catch {
          error.exception.locate(range)
          throw error
        }
      }
    }
    let bound: Value
    do throws(PyError) { bound = try interp.getAttribute(receiver, name) } catch {
      error.exception.locate(attributeRange)
      throw error
    }
    let values = try evaluateAll(f)
    do throws(PyError) { return try interp.call(bound, values) } catch {
      error.exception.locate(range)
      throw error
    }
  }

  /// An attribute of the object itself named like the method, which shadows it. A plain
  /// instance's dict is read directly, without the virtual `attributes`.
  @inline(__always) private func ownAttribute(_ o: PyObject, _ isPlainInstance: Bool) -> Value? {
    if isPlainInstance {
      let dict = unsafeDowncast(o, to: InstanceObject.self).dict
      return dict.count > 0 ? dict.getString(name) : nil
    }
    guard let dict = o.attributes, dict.count > 0 else { return nil }
    return dict.getString(name)
  }

  @inline(__always) private func evaluateAll(_ f: Frame) throws(PyError) -> [Value] {
    try CoilRuntime.evaluateAll(unretainedArguments, f)
  }

  /// The receiver followed by the arguments' values.
  @inline(__always) private func evaluateAll(_ receiver: Value, _ f: Frame) throws(PyError) -> [Value] {
    // Sized first: `[receiver]` would allocate room for one and then move for the rest.
    var values: [Value] = []
    values.reserveCapacity(unretainedArguments.count + 1)
    values.append(receiver)
    for node in unretainedArguments { values.append(try node.run { node throws(PyError) in try node.evaluate(f) }) }
    return values
  }
}

/// Zero-argument `super()`: the class from the `__class__` cell and the first argument.
final class SuperNode: ExprNode {
  let classSlot: Int
  let firstSlot: Int?

  init(classSlot: Int, firstSlot: Int?, range: SourceRange) {
    self.classSlot = classSlot
    self.firstSlot = firstSlot
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    let interp = f.interp
    guard case .object(let o)? = f.slots[classSlot], let cell = o as? CellObject,
      case .object(let co)? = cell.value, let thisClass = co as? TypeObject
    else {
      throw interp.error("RuntimeError", "super(): __class__ cell not found")
    }
    guard let firstSlot, var first = f.slots[firstSlot] else {
      throw interp.error("RuntimeError", "super(): no arguments")
    }
    if case .object(let fo) = first, let firstCell = fo as? CellObject, let v = firstCell.value {
      first = v
    }
    return try interp.makeSuper(thisClass, first)
  }
}

final class LambdaNode: ExprNode {
  let maker: FunctionMaker

  init(maker: FunctionMaker, range: SourceRange) {
    self.maker = maker
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    .object(try maker.make(f))
  }
}

/// Creates function objects at run time: evaluates defaults and captures closure cells.
final class FunctionMaker {
  let code: FunctionCode
  let defaults: [ExprNode]
  let keywordDefaults: [(String, ExprNode)]
  /// Enclosing frame slots holding the cells this function closes over, in closure order.
  let closureSlots: [Int]
  let docstring: String?

  init(
    code: FunctionCode, defaults: [ExprNode], keywordDefaults: [(String, ExprNode)],
    closureSlots: [Int], docstring: String?
  ) {
    self.code = code
    self.defaults = defaults
    self.keywordDefaults = keywordDefaults
    self.closureSlots = closureSlots
    self.docstring = docstring
  }

  func make(_ f: Frame) throws(PyError) -> FunctionObject {
    let interp = f.interp
    var defaultValues: [Value] = []
    for node in defaults { defaultValues.append(try node.evaluate(f)) }
    var keywordValues: [String: Value] = [:]
    for (name, node) in keywordDefaults { keywordValues[name] = try node.evaluate(f) }
    var closure: [CellObject] = []
    for slot in closureSlots {
      if case .object(let o)? = f.slots[slot], let cell = o as? CellObject {
        closure.append(cell)
      } else {
        closure.append(CellObject(nil, type: interp.types.cell))
      }
    }
    let function = FunctionObject(
      code: code, defaults: defaultValues, keywordDefaults: keywordValues, closure: closure,
      module: f.header.module, type: interp.types.function, dict: interp.makeDict())
    if let docstring { function.doc = interp.str(docstring) }
    return function
  }
}

// MARK: - Comprehensions

/// One `for` clause of a compiled comprehension.
struct ComprehensionClause {
  let target: TargetNode
  let iterable: ExprNode
  let conditions: [ExprNode]
}

/// List, set and dict comprehensions, run inline in the enclosing frame.
final class ComprehensionNode: ExprNode {
  enum Kind {
    case list(ExprNode)
    case set(ExprNode)
    case dict(ExprNode, ExprNode)
    /// Generator expressions are collected eagerly for now and handed out through an iterator.
    case generator(ExprNode)
  }
  let kind: Kind
  let clauses: [ComprehensionClause]
  /// The `<listcomp>` (or `<setcomp>`, `<dictcomp>`, `<genexpr>`) frame tracebacks show: the
  /// comprehension runs inline, but errors inside it are reported as CPython reports them.
  let info: CodeInfo

  init(kind: Kind, clauses: [ComprehensionClause], info: CodeInfo, range: SourceRange) {
    self.kind = kind
    self.clauses = clauses
    self.info = info
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    // The first iterable is evaluated, and iterated over, in the enclosing frame.
    var first = try clauses[0].iterable.evaluate(f)
    let isList = (first.asObject as? ListObject)?.type === f.interp.types.list
    if !(first.asObject is RangeObject || isList) {
      do throws(PyError) { first = try f.interp.makeIterator(first) } catch {
        // CPython reports the whole comprehension.
        error.exception.locate(range)
        throw error
      }
    }
    do throws(PyError) {
      return try evaluate(f, first: first)
    } catch {
      error.exception.leaveFrame(info, fallback: range)
      error.exception.locate(range)
      throw error
    }
  }

  private func evaluate(_ f: Frame, first: Value) throws(PyError) -> Value {
    let interp = f.interp
    switch kind {
    case .list(let element), .generator(let element):
      var items: [Value] = []
      try run(0, f, first) { (f: Frame) throws(PyError) in items.append(try element.evaluate(f)) }
      if case .generator = kind {
        var index = 0
        return .object(IteratorObject(type: interp.types.iterator) { _ in
          guard index < items.count else { return nil }
          index += 1
          return items[index - 1]
        })
      }
      return interp.makeList(items)
    case .set(let element):
      let set = SetObject(type: interp.types.set, frozen: false)
      try run(0, f, first) { (f: Frame) throws(PyError) in try set.add(try element.evaluate(f), interp) }
      return .object(set)
    case .dict(let key, let value):
      let dict = interp.makeDict()
      try run(0, f, first) { (f: Frame) throws(PyError) in
        let k = try key.evaluate(f)
        try dict.set(k, try value.evaluate(f), interp)
      }
      return .object(dict)
    }
  }

  /// Runs clause `level` and the ones inside it; `first` is the already evaluated iterable of
  /// the outermost clause.
  private func run(
    _ level: Int, _ f: Frame, _ first: Value, _ body: (Frame) throws(PyError) -> Void
  ) throws(PyError) {
    if level == clauses.count {
      try body(f)
      return
    }
    let clause = clauses[level]
    let interp = f.interp
    let iterable = level == 0 ? first : try clause.iterable.evaluate(f)
    if case .object(let o) = iterable, let r = o as? RangeObject {
      var i = r.start
      var remaining = r.count
      while remaining > 0 {
        try clause.target.store(.int(i), f)
        i &+= r.step
        remaining -= 1
        if try passes(clause, f) { try run(level + 1, f, first, body) }
      }
      return
    }
    if case .object(let o) = iterable, let l = o as? ListObject, l.type === interp.types.list {
      var i = 0
      while i < l.items.count {
        try clause.target.store(l.items[i], f)
        i += 1
        if try passes(clause, f) { try run(level + 1, f, first, body) }
      }
      return
    }
    if let pair = (clause.target as? UnpackTarget)?.pair,
      let pairs = PairSource(level == 0 ? first : iterable)
    {
      // `for a, b in zip(x, y)` or `enumerate(x)`: no tuple per step.
      while let (a, b) = try pairs.next(interp) {
        try pair.0.store(a, f)
        try pair.1.store(b, f)
        if try passes(clause, f) { try run(level + 1, f, first, body) }
      }
      return
    }
    if level == 0 {
      // Not a range or list: `first` is already the iterator.
      while let item = try interp.next(first) {
        try clause.target.store(item, f)
        if try passes(clause, f) { try run(level + 1, f, first, body) }
      }
      return
    }
    let iterator: Value
    do throws(PyError) { iterator = try interp.makeIterator(iterable) } catch {
      error.exception.locate(range)
      throw error
    }
    while let item = try interp.next(iterator) {
      try clause.target.store(item, f)
      if try passes(clause, f) { try run(level + 1, f, first, body) }
    }
  }

  @inline(__always) private func passes(_ clause: ComprehensionClause, _ f: Frame)
    throws(PyError) -> Bool
  {
    for condition in clause.conditions where !(try f.interp.isTrue(try condition.evaluate(f))) {
      return false
    }
    return true
  }
}

/// `await`, `yield` and `yield from`: the suspending evaluator that runs them is not built yet.
final class UnsupportedNode: ExprNode {
  let what: String

  init(what: String, range: SourceRange) {
    self.what = what
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    let error = f.interp.error("NotImplementedError", "\(what) is not supported yet")
    error.exception.locate(range)
    throw error
  }
}

/// Escapes non-ASCII characters as `ascii()` does.
func asciiEscape(_ text: String) -> String {
  var out = ""
  for scalar in text.unicodeScalars {
    if scalar.isASCII {
      out.unicodeScalars.append(scalar)
    } else if scalar.value <= 0xFF {
      out += "\\x" + hexDigits(scalar.value, 2)
    } else if scalar.value <= 0xFFFF {
      out += "\\u" + hexDigits(scalar.value, 4)
    } else {
      out += "\\U" + hexDigits(scalar.value, 8)
    }
  }
  return out
}

func hexDigits(_ value: UInt32, _ width: Int) -> String {
  let digits = String(value, radix: 16)
  return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
