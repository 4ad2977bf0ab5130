// The evaluator's tree. The compiler turns the syntax tree into these nodes with every name
// resolved to a frame slot, a cell or a global box, so evaluation never looks a local up by
// name. Each node evaluates itself: `ExprNode.evaluate` and `StmtNode.execute`. This is the
// synchronous evaluator; nodes marked `containsAwait` by the resolver will get an async path.

import CoilSyntax

/// Compiled code of a function, a class body or a module.
final class FunctionCode {
  let name: String
  let qualifiedName: String
  let info: CodeInfo
  var slotCount = 0
  var body: BlockNode = BlockNode([], range: .unknown)
  /// Names of positional parameters (positional-only first), then keyword-only ones.
  var parameterNames: [String] = []
  var positionalCount = 0
  var positionalOnlyCount = 0
  var keywordOnlyCount = 0
  var variadicSlot: Int?
  var keywordVariadicSlot: Int?
  /// Parameter slots that are cells: the argument is moved into a new cell at call time.
  var cellParameters: [Int] = []
  /// Slots that hold cells created fresh at each call (captured locals).
  var cellSlots: [Int] = []
  /// Slots filled from the function's closure, in closure order.
  var freeSlots: [Int] = []
  var isGenerator = false
  /// A generator body that resumes without a Swift task (see ResumableGenerator.swift).
  var program: GeneratorProgram?
  var isAsync = false
  var isLambda = false
  /// A class body with annotated assignments starts with an empty `__annotations__`.
  var setsUpAnnotations = false
  /// Local variable names in slot order (CPython's `co_varnames`), for suggestions.
  var localNames: [String] = []
  /// All parameters are plain positional ones: the call fast path applies.
  var isSimple = false
  /// The body needs more than its arguments: cells, closure cells, or a generator/coroutine.
  var needsSetup = false
  /// Frames of finished calls, emptied, for the next calls to take: the head of a list linked
  /// through `FrameHeader.nextSpare` (see `Frame.forCall`).
  var spareFrame: Frame?
  var spareCount = 0
  let headerRange: SourceRange

  init(name: String, qualifiedName: String, source: SourceText, headerRange: SourceRange) {
    self.name = name
    self.qualifiedName = qualifiedName
    self.info = CodeInfo(name: name, source: source)
    self.headerRange = headerRange
  }
}

// Arrays of child nodes. Calling a method on an element of a Swift array retains and releases
// the element around the call; on every statement and argument that was a tenth of the time of
// plain code. Nodes that walk arrays of children keep an `Unmanaged` twin of the array and call
// through `run`, which borrows the node: the owning array keeps it alive.

extension Array where Element: AnyObject {
  /// The elements without ownership, for a node that also keeps this array.
  var unretained: [Unmanaged<Element>] { map { .passUnretained($0) } }
}

extension Unmanaged {
  /// Calls `body` with the object borrowed, no reference counting.
  @inline(__always) func run<R>(_ body: (Instance) throws(PyError) -> R) throws(PyError) -> R {
    try _withUnsafeGuaranteedRef { node in Result { () throws(PyError) in try body(node) } }.get()
  }
}

class ExprNode {
  let range: SourceRange

  init(range: SourceRange) {
    self.range = range
  }

  func evaluate(_ f: Frame) throws(PyError) -> Value {
    fatalError("abstract")
  }
}

class StmtNode {
  let range: SourceRange
  /// The statement can suspend its coroutine (it awaits, or is `async for`/`async with`); the
  /// coroutine then runs it with `executeAsync`.
  var suspends = false
  /// The first line, which the frame records while the statement runs.
  let line: Int32

  init(range: SourceRange) {
    self.range = range
    line = Int32(truncatingIfNeeded: range.start.line)
  }

  func execute(_ f: Frame) throws(PyError) -> Completion {
    fatalError("abstract")
  }

  /// Runs a statement that may suspend; the await-free ones run synchronously.
  func executeAsync(_ f: Frame) async throws(PyError) -> Completion {
    try execute(f)
  }
}

/// A sequence of statements; it records the statement range on exceptions that pass through.
final class BlockNode: StmtNode {
  let statements: [StmtNode]

  /// The statements again, walked without reference counting: `statements` keeps them alive.
  private let unretained: [Unmanaged<StmtNode>]

  init(_ statements: [StmtNode], range: SourceRange) {
    self.statements = statements
    unretained = statements.unretained
    super.init(range: range)
  }

  override func execute(_ f: Frame) throws(PyError) -> Completion {
    for statement in unretained {
      let completion = try statement.run { statement throws(PyError) in
        f.header.line = statement.line
        do throws(PyError) {
          return try statement.execute(f)
        } catch {
          error.exception.locate(statement.range)
          throw error
        }
      }
      if case .normal = completion { continue }
      return completion
    }
    return .normal
  }

  override func executeAsync(_ f: Frame) async throws(PyError) -> Completion {
    for statement in statements {
      let completion: Completion
      f.header.line = statement.line
      do throws(PyError) {
        completion =
          statement.suspends ? try await executeSuspending(statement, f) : try statement.execute(f)
      } catch {
        error.exception.locate(statement.range)
        throw error
      }
      if case .normal = completion { continue }
      return completion
    }
    return .normal
  }
}

/// Where an assignment stores a value.
class TargetNode {
  let range: SourceRange

  init(range: SourceRange) {
    self.range = range
  }

  func store(_ value: Value, _ f: Frame) throws(PyError) {
    fatalError("abstract")
  }

  func delete(_ f: Frame) throws(PyError) {
    fatalError("abstract")
  }
}

// MARK: - Names

final class ConstantNode: ExprNode {
  let value: Value

  init(_ value: Value, range: SourceRange) {
    self.value = value
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value { value }
}

final class LocalNode: ExprNode {
  let slot: Int
  let name: String

  init(slot: Int, name: String, range: SourceRange) {
    self.slot = slot
    self.name = name
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    if let value = f.slots[slot] { return value }
    let error = f.interp.error(
      "UnboundLocalError",
      "cannot access local variable '\(name)' where it is not associated with a value")
    error.exception.locate(range)
    throw error
  }
}

final class CellNode: ExprNode {
  let slot: Int
  let name: String
  let isFree: Bool

  init(slot: Int, name: String, isFree: Bool, range: SourceRange) {
    self.slot = slot
    self.name = name
    self.isFree = isFree
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    if case .object(let o)? = f.slots[slot], let cell = o as? CellObject,
      let value = cell.value
    {
      return value
    }
    let error: PyError
    if isFree {
      error = f.interp.error(
        "NameError",
        "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope"
      )
    } else {
      error = f.interp.error(
        "UnboundLocalError",
        "cannot access local variable '\(name)' where it is not associated with a value")
    }
    error.exception.locate(range)
    throw error
  }
}

final class GlobalNode: ExprNode {
  let variable: GlobalVariable
  let builtin: GlobalVariable

  init(variable: GlobalVariable, builtin: GlobalVariable, range: SourceRange) {
    self.variable = variable
    self.builtin = builtin
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    if let value = variable.value { return value }
    if let value = builtin.value { return value }
    let error = f.interp.nameError(variable.name, f)
    error.exception.locate(range)
    throw error
  }
}

/// A name read in a class body: the class namespace, then globals and builtins.
final class ClassNameNode: ExprNode {
  let key: StrObject
  let global: GlobalNode

  init(key: StrObject, global: GlobalNode) {
    self.key = key
    self.global = global
    super.init(range: global.range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    if let namespace = f.header.namespace, let value = namespace.getString(key) { return value }
    return try global.evaluate(f)
  }
}

final class LocalTarget: TargetNode {
  let slot: Int
  let name: String

  init(slot: Int, name: String, range: SourceRange) {
    self.slot = slot
    self.name = name
    super.init(range: range)
  }

  override func store(_ value: Value, _ f: Frame) throws(PyError) {
    f.slots[slot] = value
  }

  override func delete(_ f: Frame) throws(PyError) {
    if f.slots[slot] == nil {
      let error = f.interp.error(
        "UnboundLocalError",
        "cannot access local variable '\(name)' where it is not associated with a value")
      error.exception.locate(range)
      throw error
    }
    f.slots[slot] = nil
  }
}

final class CellTarget: TargetNode {
  let slot: Int
  let name: String

  init(slot: Int, name: String, range: SourceRange) {
    self.slot = slot
    self.name = name
    super.init(range: range)
  }

  override func store(_ value: Value, _ f: Frame) throws(PyError) {
    if case .object(let o)? = f.slots[slot] {
      unsafeDowncast(o, to: CellObject.self).value = value
    }
  }

  override func delete(_ f: Frame) throws(PyError) {
    if case .object(let o)? = f.slots[slot] {
      let cell = unsafeDowncast(o, to: CellObject.self)
      if cell.value == nil {
        throw f.interp.error(
          "UnboundLocalError",
          "cannot access local variable '\(name)' where it is not associated with a value")
      }
      cell.value = nil
    }
  }
}

final class GlobalTarget: TargetNode {
  let variable: GlobalVariable

  init(variable: GlobalVariable, range: SourceRange) {
    self.variable = variable
    super.init(range: range)
  }

  override func store(_ value: Value, _ f: Frame) throws(PyError) {
    variable.value = value
  }

  override func delete(_ f: Frame) throws(PyError) {
    if variable.value == nil {
      let error = f.interp.nameError(variable.name, f)
      error.exception.locate(range)
      throw error
    }
    variable.value = nil
  }
}

final class ClassNameTarget: TargetNode {
  let key: StrObject

  init(key: StrObject, range: SourceRange) {
    self.key = key
    super.init(range: range)
  }

  override func store(_ value: Value, _ f: Frame) throws(PyError) {
    f.header.namespace!.setString(key, value)
  }

  override func delete(_ f: Frame) throws(PyError) {
    if f.header.namespace!.removeString(key) == nil {
      throw f.interp.error("NameError", "name '\(key.value)' is not defined")
    }
  }
}

final class AttributeTarget: TargetNode {
  let object: ExprNode
  let name: StrObject
  /// Where the last instance stored here kept `name` in its dict.
  private var hint = 0
  /// The slot of the local the object is (`self.x = v`), read in place; -1 for other objects.
  private let localSlot: Int

  init(object: ExprNode, name: StrObject, range: SourceRange) {
    self.object = object
    self.name = name
    localSlot = (object as? LocalNode)?.slot ?? -1
    super.init(range: range)
  }

  /// Stores into the dict of a plain instance; false for other objects.
  @inline(__always) private func storeInInstance(_ o: PyObject, _ value: Value) -> Bool {
    guard Swift.type(of: o) == InstanceObject.self else { return false }
    let instance = unsafeDowncast(o, to: InstanceObject.self)
    guard instance.type.isPlainData else { return false }
    instance.dict.setString(name, value, hint: &hint)
    return true
  }

  override func store(_ value: Value, _ f: Frame) throws(PyError) {
    if localSlot >= 0, case .object(let o)? = f.slots[localSlot], storeInInstance(o, value) { return }
    let target = try object.evaluate(f)
    do throws(PyError) {
      if case .object(let o) = target, storeInInstance(o, value) { return }
      try f.interp.setAttribute(target, name, value)
    } catch {
      error.exception.locate(range)
      throw error
    }
  }

  override func delete(_ f: Frame) throws(PyError) {
    let target = try object.evaluate(f)
    do throws(PyError) {
      try f.interp.deleteAttribute(target, name)
    } catch {
      error.exception.locate(range)
      throw error
    }
  }
}

final class SubscriptTarget: TargetNode {
  let object: ExprNode
  let index: ExprNode

  init(object: ExprNode, index: ExprNode, range: SourceRange) {
    self.object = object
    self.index = index
    super.init(range: range)
  }

  override func store(_ value: Value, _ f: Frame) throws(PyError) {
    let target = try object.evaluate(f)
    let key = try index.evaluate(f)
    if case .object(let o) = target {
      if case .int(var i) = key, let list = o as? ListObject, list.type === f.interp.types.list {
        if i < 0 { i += list.items.count }
        if i >= 0 && i < list.items.count {
          list.items[i] = value
          return
        }
      } else if o.type === f.interp.types.dict, case .object(let ko) = key, let s = ko as? StrObject {
        unsafeDowncast(o, to: DictObject.self).setString(s, value)
        return
      }
    }
    do throws(PyError) {
      try f.interp.setItem(target, key, value)
    } catch {
      error.exception.locate(range)
      throw error
    }
  }

  override func delete(_ f: Frame) throws(PyError) {
    let target = try object.evaluate(f)
    let key = try index.evaluate(f)
    do throws(PyError) {
      try f.interp.deleteItem(target, key)
    } catch {
      error.exception.locate(range)
      throw error
    }
  }
}

/// `a, *b, c = value`.
final class UnpackTarget: TargetNode {
  let targets: [TargetNode]
  let starIndex: Int?

  /// The two targets of `a, b`, when that is all this is.
  let pair: (TargetNode, TargetNode)?

  init(targets: [TargetNode], starIndex: Int?, range: SourceRange) {
    self.targets = targets
    self.starIndex = starIndex
    pair = starIndex == nil && targets.count == 2 ? (targets[0], targets[1]) : nil
    super.init(range: range)
  }

  override func store(_ value: Value, _ f: Frame) throws(PyError) {
    let interp = f.interp
    let items: [Value]
    if case .object(let o) = value, let t = o as? TupleObject, t.type === interp.types.tuple {
      items = t.items
    } else if case .object(let o) = value, let l = o as? ListObject, l.type === interp.types.list {
      items = l.items
    } else {
      do throws(PyError) {
        items = try interp.iterate(value)
      } catch {
        if error.matches("TypeError", interp) && error.exception.args.count == 1,
          case .object(let s as StrObject) = error.exception.args[0],
          s.value.hasSuffix("object is not iterable")
        {
          let e = interp.typeError(
            "cannot unpack non-iterable \(interp.typeName(value)) object")
          e.exception.locate(range)
          throw e
        }
        throw error
      }
    }
    if let star = starIndex {
      let minimum = targets.count - 1
      if items.count < minimum {
        let e = interp.valueError(
          "not enough values to unpack (expected at least \(minimum), got \(items.count))")
        e.exception.locate(range)
        throw e
      }
      for i in 0..<star { try targets[i].store(items[i], f) }
      let afterCount = targets.count - star - 1
      let middle = Array(items[star..<(items.count - afterCount)])
      try targets[star].store(interp.makeList(middle), f)
      for i in 0..<afterCount {
        try targets[star + 1 + i].store(items[items.count - afterCount + i], f)
      }
      return
    }
    if items.count != targets.count {
      let e =
        items.count > targets.count
        ? interp.valueError("too many values to unpack (expected \(targets.count))")
        : interp.valueError(
          "not enough values to unpack (expected \(targets.count), got \(items.count))")
      e.exception.locate(range)
      throw e
    }
    for (target, item) in zip(targets, items) { try target.store(item, f) }
  }

  override func delete(_ f: Frame) throws(PyError) {
    for target in targets { try target.delete(f) }
  }
}

extension TypeObject {
  /// Instances keep attributes in their dict with no descriptors to consult for stores.
  var isPlainData: Bool { !hasCustomSetattr && !hasDataDescriptors }
}

extension Interpreter {
  /// `NameError: name 'x' is not defined`, with 3.11's "Did you mean" suggestion.
  func nameError(_ name: String, _ f: Frame) -> PyError {
    let error = self.error("NameError", "name '\(name)' is not defined")
    for candidates in suggestionCandidates(f) {
      if let suggestion = suggestName(name, candidates) {
        error.exception.suggestion = suggestion
        break
      }
    }
    return error
  }
}

extension Array {
  /// `count` copies of `value`. `Array(repeating:count:)` allocates through a standard library
  /// function that is not specialized and looks the storage class up in the runtime's metadata
  /// cache on every call (about 500 instructions); reserving and appending is specialized.
  @inline(__always) init(filledWith value: Element, count: Int) {
    self = []
    reserveCapacity(count)
    for _ in 0..<count { append(value) }
  }
}
