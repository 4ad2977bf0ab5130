// The evaluator's async path: statements that can suspend a coroutine. After `AwaitLowering`
// an `await` only appears as `await e`, `targets = await e` or `return await e` with `e` free
// of awaits (`AwaitStatement`), and compound statements suspend only through their bodies,
// `async for` and `async with`. Each node here mirrors its synchronous twin in
// Nodes+Statements.swift, running await-free children on the synchronous evaluator.

import CoilSyntax

/// A statement that can suspend: it only ever runs through `executeAsync`.
class SuspendingStatement: StmtNode {
  override init(range: SourceRange) {
    super.init(range: range)
    suspends = true
  }

  override func execute(_ f: Frame) throws(PyError) -> Completion {
    throw f.interp.error("SystemError", "a suspending statement was run synchronously")
  }
}

/// `await e`, `targets = await e` or `return await e`.
final class AwaitStatement: SuspendingStatement {
  let operand: ExprNode
  let targets: [TargetNode]
  let isReturn: Bool
  /// The `await` expression, which tracebacks point at.
  let awaitRange: SourceRange

  init(operand: ExprNode, targets: [TargetNode], isReturn: Bool, awaitRange: SourceRange, range: SourceRange) {
    self.operand = operand
    self.targets = targets
    self.isReturn = isReturn
    self.awaitRange = awaitRange
    super.init(range: range)
  }


  // Never inlined into the block that runs it: the frames a parked task keeps stay small.
  @inline(never) override func executeAsync(_ f: Frame) async throws(PyError) -> Completion {
    try await awaitValue(try operand.evaluate(f), f)
  }

  /// The same, out of line, for `AwaitCallStatement`.
  func awaitOperand(_ awaitable: Value, _ f: Frame) async throws(PyError) -> Completion {
    try await awaitValue(awaitable, f)
  }

  /// Awaits an evaluated operand and stores or returns the result.
  @inline(__always) func awaitValue(_ awaitable: Value, _ f: Frame) async throws(PyError)
    -> Completion
  {
    f.header.line = Int32(awaitRange.start.line)
    let value: Value
    do throws(PyError) {
      if case .object(let o) = awaitable, let coroutine = o as? CoroutineObject {
        f.header.awaitee = (coroutine as? FunctionCoroutine)?.frame
        defer { f.header.awaitee = nil }
        value = try await coroutine.run(f.interp)
      } else {
        value = try await f.interp.awaitValue(awaitable)
      }
    } catch {
      error.exception.locate(awaitRange)
      throw error
    }
    return try complete(value, f)
  }

  /// `await obj.method(args)` run in place (see `MethodCallNode.evaluateForAwait`).
  @inline(never) func awaitNative(_ body: BuiltinFunctionObject.AsyncBody, _ arguments: [Value], _ f: Frame)
    async throws(PyError) -> Completion
  {
    f.header.line = Int32(awaitRange.start.line)
    let value: Value
    do throws(PyError) {
      value = try await body(f.interp, arguments, [])
    } catch {
      error.exception.locate(awaitRange)
      throw error
    }
    return try complete(value, f)
  }

  /// `await f(args)` run in place (see `CallNode.evaluateForAwait`).
  func awaitCall(_ function: FunctionObject, _ frame: Frame, _ f: Frame)
    async throws(PyError) -> Completion
  {
    f.header.line = Int32(awaitRange.start.line)
    let value: Value
    f.header.awaitee = frame
    defer { f.header.awaitee = nil }
    do throws(PyError) {
      value = try await f.interp.runCoroutine(function.code, frame)
    } catch {
      error.exception.locate(awaitRange)
      throw error
    }
    withExtendedLifetime(function) {}
    return try complete(value, f)
  }

  @inline(never) func complete(_ value: Value, _ f: Frame) throws(PyError) -> Completion {
    if isReturn {
      f.header.returnValue = value
      return .return
    }
    for target in targets { try target.store(value, f) }
    return .normal
  }
}

/// `await f(args)`, `x = await f(args)`, `return await f(args)`: an `AwaitStatement` whose
/// operand is a call, which runs an `async def` in place when it can. A separate class, so the
/// frame of every other `await` (which a parked task keeps) stays small.
final class AwaitCallStatement: SuspendingStatement {
  let call: CallNode
  let statement: AwaitStatement

  init(call: CallNode, statement: AwaitStatement) {
    self.call = call
    self.statement = statement
    super.init(range: statement.range)
  }


  @inline(never) override func executeAsync(_ f: Frame) async throws(PyError) -> Completion {
    switch try call.evaluateForAwait(f) {
    case .value(let awaitable):
      return try await statement.awaitOperand(awaitable, f)
    case .coroutine(let function, let frame):
      return try await statement.awaitCall(function, frame, f)
    }
  }
}

/// `await obj.method(args)` and its assigning and returning forms: a builtin method that
/// returns a coroutine (`Queue.get`, `Lock.acquire`) runs its work in place, with no coroutine.
final class AwaitMethodCallStatement: SuspendingStatement {
  let call: MethodCallNode
  let statement: AwaitStatement

  init(call: MethodCallNode, statement: AwaitStatement) {
    self.call = call
    self.statement = statement
    super.init(range: statement.range)
  }

  @inline(never) override func executeAsync(_ f: Frame) async throws(PyError) -> Completion {
    switch try call.evaluateForAwait(f) {
    case .value(let awaitable):
      return try await statement.awaitOperand(awaitable, f)
    case .native(let body, let arguments):
      return try await statement.awaitNative(body, arguments, f)
    }
  }
}

/// Runs a block on the path its statements need.
/// Runs a statement that suspends. An `await` is called directly rather than through the
/// vtable, which would make Swift check the executor again after the call.
@inline(__always) func executeSuspending(_ statement: StmtNode, _ f: Frame) async throws(PyError)
  -> Completion
{
  if let s = statement as? AwaitStatement { return try await s.executeAsync(f) }
  if let s = statement as? AwaitCallStatement { return try await s.executeAsync(f) }
  if let s = statement as? AwaitMethodCallStatement { return try await s.executeAsync(f) }
  if let s = statement as? YieldStatement { return try await s.executeAsync(f) }
  return try await statement.executeAsync(f)
}

@inline(__always) func runBlock(_ block: BlockNode, _ f: Frame) async throws(PyError) -> Completion {
  block.suspends ? try await block.executeAsync(f) : try block.execute(f)
}

final class SuspendingIfStatement: SuspendingStatement {
  let test: ExprNode
  let body: BlockNode
  let orElse: BlockNode?

  init(test: ExprNode, body: BlockNode, orElse: BlockNode?, range: SourceRange) {
    self.test = test
    self.body = body
    self.orElse = orElse
    super.init(range: range)
  }


  override func executeAsync(_ f: Frame) async throws(PyError) -> Completion {
    if try f.interp.isTrue(try test.evaluate(f)) { return try await runBlock(body, f) }
    if let orElse { return try await runBlock(orElse, f) }
    return .normal
  }
}

final class SuspendingWhileStatement: SuspendingStatement {
  let test: ExprNode
  let body: BlockNode
  let orElse: BlockNode?

  init(test: ExprNode, body: BlockNode, orElse: BlockNode?, range: SourceRange) {
    self.test = test
    self.body = body
    self.orElse = orElse
    super.init(range: range)
  }


  override func executeAsync(_ f: Frame) async throws(PyError) -> Completion {
    let interp = f.interp
    while try interp.isTrue(try test.evaluate(f)) {
      try interp.checkInterrupt()
      switch try await runBlock(body, f) {
      case .normal, .continue: continue
      case .break: return .normal
      case .return: return .return
      }
    }
    if let orElse { return try await runBlock(orElse, f) }
    return .normal
  }
}

/// `for` whose body suspends, and `async for`.
final class SuspendingForStatement: SuspendingStatement {
  let target: TargetNode
  let iterable: ExprNode
  let body: BlockNode
  let orElse: BlockNode?
  let isAsync: Bool

  init(
    target: TargetNode, iterable: ExprNode, body: BlockNode, orElse: BlockNode?, isAsync: Bool,
    range: SourceRange
  ) {
    self.target = target
    self.iterable = iterable
    self.body = body
    self.orElse = orElse
    self.isAsync = isAsync
    super.init(range: range)
  }


  override func executeAsync(_ f: Frame) async throws(PyError) -> Completion {
    let interp = f.interp
    let source = try iterable.evaluate(f)
    let iterator: Value
    do throws(PyError) {
      iterator = isAsync ? try interp.asyncIterator(source) : try interp.makeIterator(source)
    } catch {
      error.exception.locate(range)
      throw error
    }
    while true {
      let item: Value
      if isAsync {
        f.header.line = Int32(range.start.line)
        guard let next = try await interp.asyncNext(iterator) else { break }
        item = next
      } else {
        guard let next = try interp.next(iterator) else { break }
        item = next
      }
      try interp.checkInterrupt()
      try target.store(item, f)
      switch try await runBlock(body, f) {
      case .normal, .continue: continue
      case .break: return .normal
      case .return: return .return
      }
    }
    if let orElse { return try await runBlock(orElse, f) }
    return .normal
  }
}

final class SuspendingTryStatement: SuspendingStatement {
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


  override func executeAsync(_ f: Frame) async throws(PyError) -> Completion {
    guard let finally else { return try await executeHandlers(f) }
    let completion: Completion
    do throws(PyError) {
      completion = try await executeHandlers(f)
    } catch {
      let interp = f.interp
      error.exception.caught(in: f.header.code.info, fallback: range)
      interp.noteRaisedWhileHandling(error.exception)
      interp.handling.append(error.exception)
      let finalCompletion: Completion
      do throws(PyError) {
        finalCompletion = try await runBlock(finally, f)
      } catch let inner {
        interp.handling.removeLast()
        interp.setContext(inner.exception, error.exception)
        throw inner
      }
      interp.handling.removeLast()
      if case .normal = finalCompletion { throw error }
      return finalCompletion
    }
    let returned = f.header.returnValue
    let finalCompletion = try await runBlock(finally, f)
    if case .normal = finalCompletion {
      if case .return = completion { f.header.returnValue = returned }
      return completion
    }
    return finalCompletion
  }

  private func executeHandlers(_ f: Frame) async throws(PyError) -> Completion {
    if handlers.isEmpty { return try await runBlock(body, f) }
    let interp = f.interp
    let completion: Completion
    do throws(PyError) {
      completion = try await runBlock(body, f)
    } catch {
      interp.noteRaisedWhileHandling(error.exception)
      if isStar { return try await handleStar(error, f) }
      let exception = error.exception
      for handler in handlers {
        if let typeNode = handler.type {
          let typeValue = try typeNode.evaluate(f)
          guard try interp.exceptionMatches(exception, typeValue) else { continue }
        }
        exception.caught(in: f.header.code.info, fallback: range)
        if let target = handler.target { try target.store(.object(exception), f) }
        interp.handling.append(exception)
        let result: Completion
        do throws(PyError) {
          result = try await runBlock(handler.body, f)
        } catch let inner {
          interp.handling.removeLast()
          interp.setContext(inner.exception, exception)
          if let target = handler.target { try? target.delete(f) }
          throw inner
        }
        interp.handling.removeLast()
        if let target = handler.target { try? target.delete(f) }
        return result
      }
      throw error
    }
    if case .normal = completion, let orElse { return try await runBlock(orElse, f) }
    return completion
  }
}

extension SuspendingTryStatement {
  /// `except*` whose clauses may suspend: `Interpreter.handleStar` with each body awaited.
  fileprivate func handleStar(_ error: PyError, _ f: Frame) async throws(PyError) -> Completion {
    let interp = f.interp
    var state = interp.startStar(error, f, range: range)
    while let (handler, matched) = try interp.nextStarClause(&state, handlers, f) {
      let result: Result<Completion, PyError>
      do throws(PyError) { result = .success(try await runBlock(handler.body, f)) } catch { result = .failure(error) }
      if let completion = interp.endStarClause(&state, matched, result) { return completion }
    }
    return try interp.finishStar(state)
  }
}

/// `async with`, and `with` whose body suspends (one item; the lowering nests the others).
final class SuspendingWithStatement: SuspendingStatement {
  let context: ExprNode
  let target: TargetNode?
  let body: BlockNode
  let isAsync: Bool

  init(context: ExprNode, target: TargetNode?, body: BlockNode, isAsync: Bool, range: SourceRange) {
    self.context = context
    self.target = target
    self.body = body
    self.isAsync = isAsync
    super.init(range: range)
  }


  override func executeAsync(_ f: Frame) async throws(PyError) -> Completion {
    let interp = f.interp
    let manager = try context.evaluate(f)
    let type = interp.typeOf(manager)
    let enterName = isAsync ? interp.dunder.__aenter__ : interp.dunder.__enter__
    let exitName = isAsync ? interp.dunder.__aexit__ : interp.dunder.__exit__
    let protocolName = isAsync ? "asynchronous context manager" : "context manager"
    guard let enter = type.lookup(enterName) else {
      let e = interp.typeError("'\(type.name)' object does not support the \(protocolName) protocol")
      e.exception.locate(context.range)
      throw e
    }
    guard let exit = type.lookup(exitName) else {
      let e = interp.typeError(
        "'\(type.name)' object does not support the \(protocolName) protocol (missed \(exitName.value) method)")
      e.exception.locate(context.range)
      throw e
    }
    let entered: Value
    do throws(PyError) {
      let result = try interp.callMethod(enter, manager, [])
      f.header.line = Int32(range.start.line)
      entered = isAsync ? try await interp.awaitValue(result) : result
    } catch {
      error.exception.locate(context.range)
      throw error
    }
    let completion: Completion
    do throws(PyError) {
      if let target { try target.store(entered, f) }
      completion = try await runBlock(body, f)
    } catch {
      let exception = error.exception
      exception.caught(in: f.header.code.info, fallback: range)
      interp.handling.append(exception)
      let suppress: Value
      do throws(PyError) {
        let result = try interp.callMethod(
          exit, manager, [.object(exception.type), .object(exception), exception.tracebackValue(interp.types.traceback)])
        f.header.line = Int32(range.start.line)
        suppress = isAsync ? try await interp.awaitValue(result) : result
      } catch let inner {
        interp.handling.removeLast()
        interp.setContext(inner.exception, exception)
        inner.exception.locate(range)
        throw inner
      }
      interp.handling.removeLast()
      if try interp.isTrue(suppress) { return .normal }
      throw error
    }
    do throws(PyError) {
      let result = try interp.callMethod(exit, manager, [.none, .none, .none])
      f.header.line = Int32(range.start.line)
      if isAsync { _ = try await interp.awaitValue(result) }
    } catch {
      error.exception.locate(range)
      throw error
    }
    return completion
  }
}
