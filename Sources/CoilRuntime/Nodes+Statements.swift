// Statement nodes. `return`, `break` and `continue` are completions returned by `execute`;
// only Coil exceptions are thrown.

import CoilSyntax

final class ExpressionStatement: StmtNode {
  let expression: ExprNode

  init(_ expression: ExprNode) {
    self.expression = expression
    super.init(range: expression.range)
  }

  override func execute(_ f: Frame) throws(PyError) -> Completion {
    var value: Value? = try expression.evaluate(f)
    if let site = discardSite(value!, f) {
      // Dropped here unless something else holds it: CPython warns at this line, for the
      // coroutine and for the ones it drops in turn.
      let interp = f.interp
      let outer = interp.dropSite
      interp.dropSite = site
      // Out of line, so the coroutine is let go here and not wherever the optimizer likes.
      release(&value)
      interp.dropSite = outer
    }
    return .normal
  }

  @inline(never) private func release(_ value: inout Value?) {
    value = nil
  }

  /// Where a coroutine the statement discards was dropped; nil for any other value.
  private func discardSite(_ value: Value, _ f: Frame) -> DiscardSite? {
    guard case .object(let o) = value, o.type === f.interp.asyncioTypes.coroutine,
      let coroutine = o as? CoroutineObject
    else { return nil }
    let site = DiscardSite(
      interp: f.interp, code: f.header.code.info, line: Int32(truncatingIfNeeded: range.start.line))
    coroutine.discarded = site
    return site
  }
}

final class AssignStatement: StmtNode {
  let targets: [TargetNode]
  let value: ExprNode
  /// The target when there is one (`a = b = v` has two).
  private let onlyTarget: TargetNode?

  init(targets: [TargetNode], value: ExprNode, range: SourceRange) {
    self.targets = targets
    self.value = value
    onlyTarget = targets.count == 1 ? targets[0] : nil
    super.init(range: range)
  }

  override func execute(_ f: Frame) throws(PyError) -> Completion {
    let v = try value.evaluate(f)
    if let onlyTarget {
      try onlyTarget.store(v, f)
      return .normal
    }
    for target in targets { try target.store(v, f) }
    return .normal
  }
}

/// `x = value` to a local slot, the commonest statement.
final class LocalAssignStatement: StmtNode {
  let slot: Int
  let value: ExprNode

  init(slot: Int, value: ExprNode, range: SourceRange) {
    self.slot = slot
    self.value = value
    super.init(range: range)
  }

  override func execute(_ f: Frame) throws(PyError) -> Completion {
    f.slots[slot] = try value.evaluate(f)
    return .normal
  }
}

final class AugmentedAssignStatement: StmtNode {
  let op: BinaryOperator
  /// Reads the target's current value (evaluating its object and index once).
  let kind: Kind
  let value: ExprNode

  enum Kind {
    case name(ExprNode, TargetNode)
    case attribute(ExprNode, StrObject)
    case `subscript`(ExprNode, ExprNode)
  }

  /// Where an `.attribute` kind last found its name in an instance dict.
  private var attributeHint = 0

  /// `o` when it is an instance whose attributes are plain dict entries (no `__getattribute__`,
  /// `__setattr__` or data descriptors in its class).
  @inline(__always) private func plainInstance(_ o: PyObject) -> InstanceObject? {
    guard Swift.type(of: o) == InstanceObject.self else { return nil }
    let instance = unsafeDowncast(o, to: InstanceObject.self)
    let type = instance.type
    guard type.isPlainData, !type.hasCustomGetattribute else { return nil }
    return instance
  }

  /// Where the last `d[k] += v` here found its key (see `DictObject.getString(_:hint:)`).
  private var subscriptHint = -1

  /// A `.name` kind's read and write, and its slot when it is a local.
  private let nameRead: ExprNode?
  private let nameWrite: TargetNode?
  private let localSlot: Int?
  /// `value`, borrowed (see `Unmanaged.run`).
  private let unretainedValue: Unmanaged<ExprNode>

  init(op: BinaryOperator, kind: Kind, value: ExprNode, range: SourceRange) {
    self.op = op
    self.kind = kind
    self.value = value
    unretainedValue = .passUnretained(value)
    if case .name(let read, let write) = kind {
      nameRead = read
      nameWrite = write
      localSlot = (read as? LocalNode)?.slot
    } else {
      nameRead = nil
      nameWrite = nil
      localSlot = nil
    }
    super.init(range: range)
  }

  /// `current op= operand`: machine ints and floats computed here (they have no in-place
  /// dunders, so this is the plain operation), anything else by the in-place protocol, its
  /// error located at this statement.
  @inline(__always) private func combined(
    _ current: Value, _ operand: Value, _ interp: Interpreter
  ) throws(PyError) -> Value {
    if case .int(let a) = current, case .int(let b) = operand, let r = machineIntResult(op, a, b) {
      return r
    }
    if let (x, y) = floatOperands(current, operand), let r = doubleResult(op, x, y) { return r }
    do throws(PyError) { return try interp.inPlace(op, current, operand) } catch {
      error.exception.locate(range)
      throw error
    }
  }

  override func execute(_ f: Frame) throws(PyError) -> Completion {
    // `i += 1` on a local int: nothing is retained on the way (each reference loaded below is
    // retained around the calls that use it).
    if let slot = localSlot, case .int(let a)? = f.slots[slot] {
      let operand = try unretainedValue.run { value throws(PyError) in try value.evaluate(f) }
      if case .int(let b) = operand, let r = machineIntResult(op, a, b) {
        f.slots[slot] = r
      } else {
        f.slots[slot] = try combined(.int(a), operand, f.interp)
      }
      return .normal
    }
    let interp = f.interp
    if let read = nameRead, let write = nameWrite {
      if let slot = localSlot {
        // Only an object can be a str; testing the case first keeps ints off that path.
        if op == .add, case .object? = f.slots[slot], try appendInPlace(slot, f) { return .normal }
        let current = try read.evaluate(f)
        let operand = try value.evaluate(f)
        f.slots[slot] = try combined(current, operand, interp)
        return .normal
      }
      let current = try read.evaluate(f)
      let operand = try value.evaluate(f)
      let result = try combined(current, operand, interp)
      try write.store(result, f)
      return .normal
    }
    switch kind {
    case .name:
      break
    case .attribute(let objectNode, let name):
      let object = try objectNode.evaluate(f)
      var current: Value? = nil
      if case .object(let o) = object, let instance = plainInstance(o) {
        current = instance.dict.getString(name, hint: &attributeHint)
      }
      if current == nil {
        do throws(PyError) { current = try interp.getAttribute(object, name) } catch {
          error.exception.locate(SourceRange(objectNode.range.start, range.end))
          throw error
        }
      }
      let operand = try value.evaluate(f)
      do throws(PyError) {
        let result = try combined(current!, operand, interp)
        if case .object(let o) = object, let instance = plainInstance(o) {
          instance.dict.setString(name, result, hint: &attributeHint)
        } else {
          try interp.setAttribute(object, name, result)
        }
      } catch {
        error.exception.locate(range)
        throw error
      }
    case .subscript(let objectNode, let indexNode):
      let object = try objectNode.evaluate(f)
      let index = try indexNode.evaluate(f)
      // `xs[i] += v` on a list: the item is read and replaced in place.
      if case .object(let o) = object, o.type === interp.types.list, case .int(var i) = index {
        let list = unsafeDowncast(o, to: ListObject.self)
        if i < 0 { i += list.items.count }
        let countBefore = list.items.count
        if i >= 0 && i < countBefore {
          let current = list.items[i]
          let operand = try value.evaluate(f)
          let result = try combined(current, operand, interp)
          // The operand may have changed the list's length; then the index means what the
          // general store makes of it.
          if list.items.count == countBefore {
            list.items[i] = result
          } else {
            do throws(PyError) { try interp.setItem(object, index, result) } catch {
              error.exception.locate(range)
              throw error
            }
          }
          return .normal
        }
      }
      // `d[k] += v` on a dict with a str key: one probe for the read, the store at its place.
      if case .object(let o) = object, o.type === interp.types.dict, case .object(let ko) = index,
        let key = ko as? StrObject
      {
        let d = unsafeDowncast(o, to: DictObject.self)
        var place = subscriptHint
        if let current = d.getString(key, hint: &place) {
          let operand = try value.evaluate(f)
          let result = try combined(current, operand, interp)
          d.setString(key, result, hint: &place)
          subscriptHint = place
          return .normal
        }
      }
      let current: Value
      do throws(PyError) { current = try interp.getItem(object, index) } catch {
        error.exception.locate(range)
        throw error
      }
      let operand = try value.evaluate(f)
      do throws(PyError) {
        let result = try interp.inPlace(op, current, operand)
        try interp.setItem(object, index, result)
      } catch {
        error.exception.locate(range)
        throw error
      }
    }
    return .normal
  }
}

extension AugmentedAssignStatement {
  /// `s += t` for strings held only by local `slot`: appends in place. Returns false (with
  /// nothing evaluated) when the fast path does not apply.
  fileprivate func appendInPlace(_ slot: Int, _ f: Frame) throws(PyError) -> Bool {
    let str = f.interp.types.str!
    guard case .object(let first)? = f.slots[slot], first.type === str else { return false }
    var held: PyObject? = consume first
    let operand = try value.evaluate(f)
    guard case .object(let o) = operand, let addition = o as? StrObject,
      case .object(let current)? = f.slots[slot], current === held
    else {
      // Not a str, or the operand rebound the name (`s += (s := t)`): the plain operation
      // on the value read first.
      let result: Value
      do { result = try f.interp.inPlace(op, .object(held!), operand) } catch {
        error.exception.locate(range)
        throw error
      }
      f.slots[slot] = result
      return true
    }
    // Drop this function's own references, then take the slot's, so a string nothing else
    // holds is extended where it is instead of copied.
    held = nil
    _ = consume current
    guard case .object(var target)? = f.slots[slot] else { return false }
    f.slots[slot] = nil
    if isKnownUniquelyReferenced(&target) {
      unsafeDowncast(target, to: StrObject.self).append(addition)
      f.slots[slot] = .object(target)
    } else {
      f.slots[slot] = .object(unsafeDowncast(target, to: StrObject.self).concatenated(addition, type: str))
    }
    return true
  }

}

final class DeleteStatement: StmtNode {
  let targets: [TargetNode]

  init(targets: [TargetNode], range: SourceRange) {
    self.targets = targets
    super.init(range: range)
  }

  override func execute(_ f: Frame) throws(PyError) -> Completion {
    for target in targets { try target.delete(f) }
    return .normal
  }
}

final class PassStatement: StmtNode {
  override func execute(_ f: Frame) throws(PyError) -> Completion { .normal }
}

final class BreakStatement: StmtNode {
  override func execute(_ f: Frame) throws(PyError) -> Completion { .break }
}

final class ContinueStatement: StmtNode {
  override func execute(_ f: Frame) throws(PyError) -> Completion { .continue }
}

final class ReturnStatement: StmtNode {
  let value: ExprNode?

  init(value: ExprNode?, range: SourceRange) {
    self.value = value
    super.init(range: range)
  }

  override func execute(_ f: Frame) throws(PyError) -> Completion {
    f.header.returnValue = try value?.evaluate(f) ?? .none
    return .return
  }
}

final class IfStatement: StmtNode {
  let test: ExprNode
  let body: BlockNode
  let orElse: BlockNode?

  init(test: ExprNode, body: BlockNode, orElse: BlockNode?, range: SourceRange) {
    self.test = test
    self.body = body
    self.orElse = orElse
    super.init(range: range)
  }

  override func execute(_ f: Frame) throws(PyError) -> Completion {
    let v = try test.evaluate(f)
    let truth: Bool
    if case .bool(let b) = v { truth = b } else { truth = try f.interp.isTrue(v) }
    if truth { return try body.execute(f) }
    if let orElse { return try orElse.execute(f) }
    return .normal
  }
}

final class WhileStatement: StmtNode {
  let test: ExprNode
  let body: BlockNode
  let orElse: BlockNode?

  init(test: ExprNode, body: BlockNode, orElse: BlockNode?, range: SourceRange) {
    self.test = test
    self.body = body
    self.orElse = orElse
    super.init(range: range)
  }

  override func execute(_ f: Frame) throws(PyError) -> Completion {
    let interp = f.interp
    while true {
      let v = try test.evaluate(f)
      let truth: Bool
      if case .bool(let b) = v { truth = b } else { truth = try interp.isTrue(v) }
      if !truth { break }
      try interp.checkInterrupt()
      switch try body.execute(f) {
      case .normal, .continue: continue
      case .break: return .normal
      case .return: return .return
      }
    }
    if let orElse { return try orElse.execute(f) }
    return .normal
  }
}

final class ForStatement: StmtNode {
  let target: TargetNode
  let iterable: ExprNode
  let body: BlockNode
  let orElse: BlockNode?

  /// The two plain targets of `for a, b in ...`, when that is the target.
  private let pairTarget: (TargetNode, TargetNode)?

  init(target: TargetNode, iterable: ExprNode, body: BlockNode, orElse: BlockNode?, range: SourceRange) {
    self.target = target
    self.iterable = iterable
    self.body = body
    self.orElse = orElse
    pairTarget = (target as? UnpackTarget)?.pair
    super.init(range: range)
  }

  override func execute(_ f: Frame) throws(PyError) -> Completion {
    let interp = f.interp
    let source = try iterable.evaluate(f)
    // Ranges and lists iterate without an iterator object.
    if case .object(let o) = source, let r = o as? RangeObject {
      // Counted, so the step past the last element may wrap without trapping.
      var i = r.start
      let step = r.step
      var remaining = r.count
      while remaining > 0 {
        try target.store(.int(i), f)
        i &+= step
        remaining -= 1
        switch try body.execute(f) {
        case .normal, .continue: continue
        case .break: return .normal
        case .return: return .return
        }
      }
    } else if case .object(let o) = source, let l = o as? ListObject, l.type === interp.types.list {
      var i = 0
      while i < l.items.count {
        try target.store(l.items[i], f)
        i += 1
        switch try body.execute(f) {
        case .normal, .continue: continue
        case .break: return .normal
        case .return: return .return
        }
      }
    } else if case .object(let o) = source, o.type === interp.types.str, unsafeDowncast(o, to: StrObject.self).isASCII {
      // ASCII text: its shared one-character strs, no iterator.
      let s = unsafeDowncast(o, to: StrObject.self)
      var i = 0
      while i < s.count {
        try target.store(interp.character(s.scalar(at: i)), f)
        i += 1
        switch try body.execute(f) {
        case .normal, .continue: continue
        case .break: return .normal
        case .return: return .return
        }
      }
    } else if let pair = pairTarget, let pairs = PairSource(source) {
      // `for i, x in enumerate(...)`, `for a, b in zip(x, y)`: the two values go to their
      // targets, no tuple.
      while let (a, b) = try pairs.next(interp) {
        try pair.0.store(a, f)
        try pair.1.store(b, f)
        switch try body.execute(f) {
        case .normal, .continue: continue
        case .break: return .normal
        case .return: return .return
        }
      }
    } else {
      let iterator: Value
      do throws(PyError) { iterator = try interp.makeIterator(source) } catch {
        // CPython reports the whole `for` statement, which shows no caret.
        error.exception.locate(range)
        throw error
      }
      while let item = try interp.next(iterator) {
        try interp.checkInterrupt()
        try target.store(item, f)
        switch try body.execute(f) {
        case .normal, .continue: continue
        case .break: return .normal
        case .return: return .return
        }
      }
    }
    if let orElse { return try orElse.execute(f) }
    return .normal
  }
}

final class RaiseStatement: StmtNode {
  let exception: ExprNode?
  let cause: ExprNode?

  init(exception: ExprNode?, cause: ExprNode?, range: SourceRange) {
    self.exception = exception
    self.cause = cause
    super.init(range: range)
  }

  override func execute(_ f: Frame) throws(PyError) -> Completion {
    let interp = f.interp
    guard let exception else {
      guard let current = interp.handling.last else {
        let error = interp.error("RuntimeError", "No active exception to reraise")
        error.exception.locate(range)
        throw error
      }
      throw PyError(current)
    }
    let value = try exception.evaluate(f)
    let object = try interp.exceptionInstance(value)
    if let cause {
      let causeValue = try cause.evaluate(f)
      if causeValue.isNone {
        object.cause = .none
      } else {
        object.cause = .object(try interp.exceptionInstance(causeValue))
      }
      object.suppressContext = true
    }
    object.frameEntryAdded = false
    object.pendingRange = range
    object.contextSettled = false
    throw PyError(object)
  }
}

final class AssertStatement: StmtNode {
  let test: ExprNode
  let message: ExprNode?

  init(test: ExprNode, message: ExprNode?, range: SourceRange) {
    self.test = test
    self.message = message
    super.init(range: range)
  }

  override func execute(_ f: Frame) throws(PyError) -> Completion {
    if try f.interp.isTrue(try test.evaluate(f)) { return .normal }
    var args: [Value] = []
    if let message { args.append(try message.evaluate(f)) }
    let error = PyError(
      ExceptionObject(
        type: f.interp.exceptions["AssertionError"]!, args: args, dict: f.interp.makeDict()))
    error.exception.locate(test.range)
    throw error
  }
}

/// One compiled `except` clause.
struct HandlerNode {
  let type: ExprNode?
  let target: TargetNode?
  let body: BlockNode
  let range: SourceRange
}

final class TryStatement: StmtNode {
  let body: BlockNode
  let handlers: [HandlerNode]
  let orElse: BlockNode?
  let finally: BlockNode?
  let isStar: Bool

  init(
    body: BlockNode, handlers: [HandlerNode], orElse: BlockNode?, finally: BlockNode?,
    isStar: Bool, range: SourceRange
  ) {
    self.body = body
    self.handlers = handlers
    self.orElse = orElse
    self.finally = finally
    self.isStar = isStar
    super.init(range: range)
  }

  override func execute(_ f: Frame) throws(PyError) -> Completion {
    guard let finally else { return try executeHandlers(f) }
    let completion: Completion
    do throws(PyError) {
      completion = try executeHandlers(f)
    } catch {
      return try f.interp.runFinally(finally, raising: error, range: range, f)
    }
    let returned = f.header.returnValue
    let finalCompletion = try finally.execute(f)
    if case .normal = finalCompletion {
      if case .return = completion { f.header.returnValue = returned }
      return completion
    }
    return finalCompletion
  }

  private func executeHandlers(_ f: Frame) throws(PyError) -> Completion {
    if handlers.isEmpty {
      return try body.execute(f)
    }
    let completion: Completion
    do throws(PyError) {
      completion = try body.execute(f)
    } catch {
      guard let handled = try f.interp.runHandlers(error, handlers, isStar: isStar, range: range, f) else {
        throw error
      }
      return handled
    }
    if case .normal = completion, let orElse { return try orElse.execute(f) }
    return completion
  }
}

extension Interpreter {
  /// The `except` clauses of a `try` whose body raised `error`, run synchronously: how the
  /// clause that matched completed, or nil when none did.
  func runHandlers(
    _ error: PyError, _ handlers: [HandlerNode], isStar: Bool, range: SourceRange, _ f: Frame
  ) throws(PyError) -> Completion? {
    noteRaisedWhileHandling(error.exception)
    if isStar { return try handleStar(error, handlers, f, range: range) }
    guard let index = try matchingHandler(error.exception, handlers, f) else { return nil }
    return try runHandler(handlers[index], error.exception, range: range, f)
  }

  /// An `except` clause that matched `exception`, run synchronously.
  func runHandler(_ handler: HandlerNode, _ exception: ExceptionObject, range: SourceRange, _ f: Frame)
    throws(PyError) -> Completion
  {
    try enterHandler(handler, exception, range: range, f)
    let result: Completion
    do throws(PyError) {
      result = try handler.body.execute(f)
    } catch let inner {
      leaveHandler(handler, f)
      setContext(inner.exception, exception)
      throw inner
    }
    leaveHandler(handler, f)
    return result
  }

  /// The index of the first `except` clause that matches `exception`, or nil.
  func matchingHandler(_ exception: ExceptionObject, _ handlers: [HandlerNode], _ f: Frame) throws(PyError) -> Int? {
    for (index, handler) in handlers.enumerated() {
      guard let typeNode = handler.type else { return index }
      if try exceptionMatches(exception, try typeNode.evaluate(f)) { return index }
    }
    return nil
  }

  /// The start of an `except` clause: the exception is caught, bound to its name and handled.
  func enterHandler(_ handler: HandlerNode, _ exception: ExceptionObject, range: SourceRange, _ f: Frame)
    throws(PyError)
  {
    exception.caught(in: f.header.code.info, fallback: range)
    if let target = handler.target { try target.store(.object(exception), f) }
    handling.append(exception)
  }

  /// The end of an `except` clause, however it ends: the exception is no longer handled and
  /// its name is unbound.
  func leaveHandler(_ handler: HandlerNode, _ f: Frame) {
    handling.removeLast()
    if let target = handler.target { try? target.delete(f) }
  }

  /// A `finally` block run synchronously while `error` is pending. The exception stays pending
  /// (it is thrown again) unless the block returns, breaks or continues; one the block raises
  /// replaces it.
  func runFinally(_ finally: BlockNode, raising error: PyError, range: SourceRange, _ f: Frame)
    throws(PyError) -> Completion
  {
    enterFinally(raising: error, range: range, f)
    defer { handling.removeLast() }
    let finalCompletion: Completion
    do throws(PyError) {
      finalCompletion = try finally.execute(f)
    } catch let inner {
      setContext(inner.exception, error.exception)
      throw inner
    }
    if case .normal = finalCompletion { throw error }
    return finalCompletion
  }

  /// The start of a `finally` block that runs while `error` is pending: the exception is
  /// caught in this frame and handled until the block ends.
  func enterFinally(raising error: PyError, range: SourceRange, _ f: Frame) {
    error.exception.caught(in: f.header.code.info, fallback: range)
    noteRaisedWhileHandling(error.exception)
    handling.append(error.exception)
  }

  /// The start of a `with`: `__enter__` called on `manager`, and the `__exit__` to call later.
  func enterContext(_ manager: Value, contextRange: SourceRange) throws(PyError) -> (entered: Value, exit: Value) {
    let type = typeOf(manager)
    guard let enter = type.lookup(dunder.__enter__) else {
      let e = typeError("'\(type.name)' object does not support the context manager protocol")
      e.exception.locate(contextRange)
      throw e
    }
    guard let exit = type.lookup(dunder.__exit__) else {
      let e = typeError(
        "'\(type.name)' object does not support the context manager protocol (missed __exit__ method)")
      e.exception.locate(contextRange)
      throw e
    }
    do throws(PyError) {
      return (try callMethod(enter, manager, []), exit)
    } catch {
      error.exception.locate(contextRange)
      throw error
    }
  }

  /// `__exit__` called for an exception leaving a `with` body: whether it suppresses it.
  func exitContext(_ exit: Value, _ manager: Value, raising exception: ExceptionObject, range: SourceRange, _ f: Frame)
    throws(PyError) -> Bool
  {
    exception.caught(in: f.header.code.info, fallback: range)
    handling.append(exception)
    let suppress: Value
    do throws(PyError) {
      suppress = try callMethod(
        exit, manager, [.object(exception.type), .object(exception), exception.tracebackValue(types.traceback)])
    } catch let inner {
      handling.removeLast()
      setContext(inner.exception, exception)
      inner.exception.locate(range)
      throw inner
    }
    handling.removeLast()
    return try isTrue(suppress)
  }

  /// `__exit__` called as a `with` body ends without an exception.
  func exitContext(_ exit: Value, _ manager: Value, range: SourceRange) throws(PyError) {
    do throws(PyError) {
      _ = try callMethod(exit, manager, [.none, .none, .none])
    } catch {
      error.exception.locate(range)
      throw error
    }
  }
}

final class WithStatement: StmtNode {
  let context: ExprNode
  let target: TargetNode?
  /// The rest of the statement: the next item's `with`, or the body.
  let body: StmtNode

  init(context: ExprNode, target: TargetNode?, body: StmtNode, range: SourceRange) {
    self.context = context
    self.target = target
    self.body = body
    super.init(range: range)
  }

  override func execute(_ f: Frame) throws(PyError) -> Completion {
    let interp = f.interp
    let manager = try context.evaluate(f)
    let (entered, exit) = try interp.enterContext(manager, contextRange: context.range)
    let completion: Completion
    do throws(PyError) {
      if let target { try target.store(entered, f) }
      completion = try body.execute(f)
    } catch {
      if try interp.exitContext(exit, manager, raising: error.exception, range: range, f) { return .normal }
      throw error
    }
    try interp.exitContext(exit, manager, range: range)
    return completion
  }
}

final class FunctionDefinitionStatement: StmtNode {
  let maker: FunctionMaker
  let decorators: [ExprNode]
  let target: TargetNode

  init(maker: FunctionMaker, decorators: [ExprNode], target: TargetNode, range: SourceRange) {
    self.maker = maker
    self.decorators = decorators
    self.target = target
    super.init(range: range)
  }

  override func execute(_ f: Frame) throws(PyError) -> Completion {
    var decoratorValues: [Value] = []
    for d in decorators { decoratorValues.append(try d.evaluate(f)) }
    var value: Value = .object(try maker.make(f))
    for (node, decorator) in zip(decorators, decoratorValues).reversed() {
      do throws(PyError) { value = try f.interp.call(decorator, [value]) } catch {
        error.exception.locate(node.range)
        throw error
      }
    }
    try target.store(value, f)
    return .normal
  }
}

final class ClassDefinitionStatement: StmtNode {
  let name: String
  let qualifiedName: String
  let bases: [ArgumentNode]
  let body: FunctionCode
  let decorators: [ExprNode]
  let target: TargetNode
  let closureSlots: [Int]
  /// The body's slot for the `__class__` cell, when methods use `super()`.
  let classCellSlot: Int?
  let docstring: String?

  init(
    name: String, qualifiedName: String, bases: [ArgumentNode], body: FunctionCode,
    decorators: [ExprNode], target: TargetNode, closureSlots: [Int], classCellSlot: Int?,
    docstring: String?, range: SourceRange
  ) {
    self.name = name
    self.qualifiedName = qualifiedName
    self.bases = bases
    self.body = body
    self.decorators = decorators
    self.target = target
    self.closureSlots = closureSlots
    self.classCellSlot = classCellSlot
    self.docstring = docstring
    super.init(range: range)
  }

  override func execute(_ f: Frame) throws(PyError) -> Completion {
    let interp = f.interp
    var decoratorValues: [Value] = []
    for d in decorators { decoratorValues.append(try d.evaluate(f)) }
    let (baseValues, keywords) = try evaluateArguments(bases, f, callee: .none)
    let namespace = interp.makeDict()
    namespace.setString(interp.dunder.__module__, interp.str(f.header.module.name))
    namespace.setString(interp.dunder.__qualname__, interp.str(qualifiedName))
    if body.setsUpAnnotations {
      namespace.setString(interp.name("__annotations__"), .object(interp.makeDict()))
    }
    if let docstring { namespace.setString(interp.dunder.__doc__, interp.str(docstring)) }
    let frame = Frame.make(interp: interp, module: f.header.module, code: body, namespace: namespace)
    for (index, slot) in body.freeSlots.enumerated() {
      if case .object(let o)? = f.slots[closureSlots[index]] { frame.slots[slot] = .object(o) }
    }
    for slot in body.cellSlots {
      frame.slots[slot] = .object(CellObject(nil, type: interp.types.cell))
    }
    _ = try interp.runBody(body, frame)
    var value: Value = .object(
      try interp.makeClass(
        name: name, qualifiedName: qualifiedName, bases: baseValues, namespace: namespace,
        keywords: keywords))
    if let classCellSlot, case .object(let o)? = frame.slots[classCellSlot],
      let cell = o as? CellObject
    {
      cell.value = value
    }
    for (node, decorator) in zip(decorators, decoratorValues).reversed() {
      do throws(PyError) { value = try interp.call(decorator, [value]) } catch {
        error.exception.locate(node.range)
        throw error
      }
    }
    try target.store(value, f)
    return .normal
  }
}

final class ImportStatement: StmtNode {
  let module: String
  let target: TargetNode
  /// `import a.b` binds `a`; `import a.b as c` binds the submodule.
  let bindsTop: Bool

  init(module: String, target: TargetNode, bindsTop: Bool, range: SourceRange) {
    self.module = module
    self.target = target
    self.bindsTop = bindsTop
    super.init(range: range)
  }

  override func execute(_ f: Frame) throws(PyError) -> Completion {
    let interp = f.interp
    let loaded = try interp.importModule(module, range: range)
    if bindsTop, let top = module.split(separator: ".").first, top != Substring(module) {
      try target.store(.object(try interp.importModule(String(top), range: range)), f)
    } else {
      try target.store(.object(loaded), f)
    }
    return .normal
  }
}

final class ImportFromStatement: StmtNode {
  let module: String
  let names: [(String, TargetNode?)]

  init(module: String, names: [(String, TargetNode?)], range: SourceRange) {
    self.module = module
    self.names = names
    super.init(range: range)
  }

  override func execute(_ f: Frame) throws(PyError) -> Completion {
    let interp = f.interp
    let loaded = try interp.importModule(module, range: range)
    for (name, target) in names {
      if name == "*" {
        for key in loaded.order where !key.hasPrefix("_") {
          if let value = loaded.variables[key]?.value {
            if let namespace = f.header.namespace {
              namespace.setString(interp.name(key), value)
            } else {
              f.header.module.set(key, value)
            }
          }
        }
        continue
      }
      guard let value = loaded.variables[name]?.value else {
        let error = interp.error(
          "ImportError",
          "cannot import name '\(name)' from '\(module)' (\(loaded.path ?? "unknown location"))")
        error.exception.locate(range)
        throw error
      }
      try target!.store(value, f)
    }
    return .normal
  }
}
