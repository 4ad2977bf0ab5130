// Generators without a Swift task. The compiler flattens the statements of a generator body that
// contain a `yield` into a short program: each `if` and `while` becomes a test that jumps, each
// `for` an iterator kept in a hidden slot of the frame and a step that advances it, and each
// `yield` a step that stops. The statements without a `yield` stay whole and run on the
// synchronous evaluator. A suspended generator is its frame and the index of the `yield` it
// stopped at, and resuming it jumps straight there: `next()` is a plain call, with no task
// switch and no walk down the tree.
//
// `try` and `with` become blocks, as in CPython's compiler: a step enters a block (the generator
// keeps a stack of them), a step leaves it at its normal end, and an exception, a `return` or a
// `break`/`continue` out of it leaves the blocks it crosses innermost first (`unwind`), running
// their `finally` and `__exit__` and matching their `except` clauses. Clauses and `finally`
// blocks without a `yield` run whole; one that yields is emitted as steps and entered by
// `unwind`. Only a body with a `yield` in an `except*` clause keeps the Swift task.

import CoilSyntax

/// One step of a generator's flat program. The nodes are unowned: the function's code keeps
/// its body, and so every node, alive as long as the program.
enum GeneratorOp {
  /// A statement without a `yield`, then the step at `next`; `break` and `continue` in it jump
  /// to the innermost loop's exits (-1 outside loops, where the compiler allows neither).
  case statement(Unmanaged<StmtNode>, next: Int32, breakTo: Int32, continueTo: Int32)
  /// The test of an `if`: on to the next step when true, to `orElse` when false.
  case test(Unmanaged<StmtNode>, Unmanaged<ExprNode>, orElse: Int32)
  /// The test of a `while`, which also lets Ctrl-C in.
  case loopTest(Unmanaged<StmtNode>, Unmanaged<ExprNode>, orElse: Int32)
  /// The top of `while True:`, which has nothing to test but Ctrl-C.
  case checkInterrupt
  case jump(Int32)
  /// The start of a `for`: its iterator goes to the slot.
  case iterate(Unmanaged<SuspendingForStatement>, slot: Int32)
  /// The next item of a `for` into its target, or, when the iterator is done, a jump to `done`.
  case advance(Unmanaged<SuspendingForStatement>, slot: Int32, done: Int32)
  /// A `break` out of a `for`: the iterator is let go.
  case dropIterator(slot: Int32, then: Int32)
  /// A `yield`, and the step at `next` once resumed.
  case yield(Unmanaged<YieldStatement>, next: Int32)
  /// `yield from`: the subiterator is kept in the slot while it yields.
  case yieldFrom(Unmanaged<YieldStatement>, slot: Int32)
  /// The start of a `try` body with `except` clauses. An exception leaving the body is matched
  /// against them; a clause that ends normally goes on at `handled`, one that breaks or
  /// continues at the targets the `try` statement itself has.
  case enterExcept(Unmanaged<SuspendingTryStatement>, handled: Int32, breakTo: Int32, continueTo: Int32)
  /// The start of the part of a `try` its `finally` protects. The block runs on an exception,
  /// a `return` or a jump out: whole, or, when it yields, as the steps after `body`. Ended
  /// normally, the part is followed by `popBlock` and the block's steps.
  case enterFinally(Unmanaged<SuspendingTryStatement>, breakTo: Int32, continueTo: Int32, body: Int32)
  /// The start of an `except` clause that yields, entered from the clause's `try` when it
  /// matches; the clause's steps follow.
  case handler(Unmanaged<SuspendingTryStatement>, index: Int32)
  /// The end of an `except` clause that yields, then the step at `then`.
  case endHandler(Unmanaged<SuspendingTryStatement>, index: Int32, then: Int32)
  /// The start of a `finally` block that yields, run on an exception, a `return` or a jump out;
  /// its steps follow.
  case finallyBody
  /// The end of such a block: the exception, return or jump that ran it goes on.
  case endFinally
  /// The end of the innermost `try` block, reached normally.
  case popBlock
  /// The start of a `with` body: the manager and its `__exit__` go to `slot` and the one after;
  /// an exception it suppresses goes on at `after`.
  case enterWith(Unmanaged<SuspendingWithStatement>, slot: Int32, after: Int32)
  /// The end of a `with` body, reached normally: `__exit__(None, None, None)`.
  case exitWith(Unmanaged<SuspendingWithStatement>, slot: Int32)
  /// A `break` or `continue` out of blocks: the blocks above `depth` are left, running their
  /// `finally` and `__exit__`, then the program goes on at `then`.
  case leave(depth: Int32, then: Int32)
  /// The end of the body, before the steps reached only by jumps.
  case end

  /// The same step with its jump targets mapped (labels to indices, while building).
  func mapTargets(_ map: (Int32) -> Int32) -> GeneratorOp {
    switch self {
    case .statement(let s, let n, let b, let c): .statement(s, next: map(n), breakTo: map(b), continueTo: map(c))
    case .test(let s, let e, let target): .test(s, e, orElse: map(target))
    case .loopTest(let s, let e, let target): .loopTest(s, e, orElse: map(target))
    case .jump(let target): .jump(map(target))
    case .advance(let s, let slot, let target): .advance(s, slot: slot, done: map(target))
    case .dropIterator(let slot, let target): .dropIterator(slot: slot, then: map(target))
    case .yield(let y, let n): .yield(y, next: map(n))
    case .enterExcept(let t, let h, let b, let c): .enterExcept(t, handled: map(h), breakTo: map(b), continueTo: map(c))
    case .enterFinally(let t, let b, let c, let body): .enterFinally(t, breakTo: map(b), continueTo: map(c), body: map(body))
    case .endHandler(let t, let index, let then): .endHandler(t, index: index, then: map(then))
    case .enterWith(let w, let slot, let after): .enterWith(w, slot: slot, after: map(after))
    case .leave(let depth, let then): .leave(depth: depth, then: map(then))
    case .iterate, .yieldFrom, .checkInterrupt, .popBlock, .exitWith, .end, .handler, .finallyBody, .endFinally: self
    }
  }

  /// Where an exception raised by this step is reported, when the step does not say.
  var range: SourceRange {
    switch self {
    case .statement(let s, _, _, _), .test(let s, _, _), .loopTest(let s, _, _):
      s.takeUnretainedValue().range
    case .iterate(let s, _), .advance(let s, _, _): s.takeUnretainedValue().range
    case .yield(let y, _), .yieldFrom(let y, _): y.takeUnretainedValue().range
    case .enterWith(let w, _, _), .exitWith(let w, _): w.takeUnretainedValue().range
    case .jump, .dropIterator, .checkInterrupt, .enterExcept, .enterFinally, .popBlock, .leave, .end, .handler,
      .endHandler, .finallyBody, .endFinally:
      .unknown
    }
  }
}

/// A generator body's flat program.
final class GeneratorProgram {
  let ops: UnsafeMutableBufferPointer<GeneratorOp>
  /// The hidden slots (loop iterators, `with` managers) each block's steps use, by the index of
  /// the step that enters the block: cleared when an exception or a jump leaves the block.
  let blockSlots: [Int32: Range<Int32>]
  /// For a `try` with a clause that yields, by the index of its `enterExcept`: the step each
  /// clause starts at, or -1 for a clause that runs whole.
  let handlerSteps: [Int32: [Int32]]

  /// The first of the hidden slots the program adds to the frame, after the variables'.
  let firstHiddenSlot: Int32

  init(
    _ ops: [GeneratorOp], blockSlots: [Int32: Range<Int32>], handlerSteps: [Int32: [Int32]], firstHiddenSlot: Int32
  ) {
    self.firstHiddenSlot = firstHiddenSlot
    self.ops = .allocate(capacity: ops.count)
    _ = self.ops.initialize(from: ops)
    self.blockSlots = blockSlots
    self.handlerSteps = handlerSteps
  }

  deinit {
    ops.deallocate()
  }
}

extension GeneratorObject {
  /// Runs the program from `pc` until it yields or ends. When `resuming`, the `yield` at `pc`
  /// receives `how`; on the first run there is nothing to receive.
  @inline(__always)
  func run(
    _ ops: UnsafeMutableBufferPointer<GeneratorOp>, _ f: Frame, _ interp: Interpreter, resuming: Bool,
    _ how: GeneratorResume
  ) throws(PyError) -> GeneratorStep {
    var pc = Int(self.pc)
    var resuming = resuming
    while true {
    do throws(PyError) {
      while pc < ops.count {
        switch ops[pc] {
        case .statement(let unretained, let next, let breakTo, let continueTo):
          let completion = try unretained.run { statement throws(PyError) in
            f.header.line = statement.line
            return try statement.execute(f)
          }
          switch completion {
          case .normal: pc = Int(next)
          case .return:
            guard !blocks.isEmpty, let next = try unwind(ops, f, interp, .returning) else {
              return .returned(f.header.returnValue)
            }
            pc = next
          case .break: pc = Int(breakTo)
          case .continue: pc = Int(continueTo)
          }
        case .test(let statement, let test, let orElse):
          f.header.line = statement._withUnsafeGuaranteedRef { $0.line }
          let value = try test.run { test throws(PyError) in try test.evaluate(f) }
          pc = try interp.isTrue(value) ? pc &+ 1 : Int(orElse)
        case .loopTest(let statement, let test, let orElse):
          f.header.line = statement._withUnsafeGuaranteedRef { $0.line }
          let value = try test.run { test throws(PyError) in try test.evaluate(f) }
          if try interp.isTrue(value) {
            try interp.checkInterrupt()
            pc &+= 1
          } else {
            pc = Int(orElse)
          }
        case .jump(let target):
          pc = Int(target)
        case .checkInterrupt:
          try interp.checkInterrupt()
          pc &+= 1
        case .iterate(let loop, let slot):
          let iterator = try loop.run { loop throws(PyError) in
            f.header.line = loop.line
            return try interp.makeIterator(try loop.iterable.evaluate(f))
          }
          f.slots[Int(slot)] = iterator
          pc &+= 1
        case .advance(let loop, let slot, let done):
          // The slot keeps the iterator alive; reading it without ownership saves a retain
          // and a release on every item.
          let unretained = f.slots[Int(slot)]!.unretainedObject!
          let item: Value?
          switch try unretained.run({ iterator throws(PyError) in try iterator.nativeNext(interp) }) {
          case .item(let value): item = value
          case .done: item = nil
          case .notNative: item = try interp.nextThroughDunder(.object(unretained.takeUnretainedValue()))
          }
          guard let item else {
            f.slots[Int(slot)] = nil
            pc = Int(done)
            continue
          }
          try interp.checkInterrupt()
          try loop.run { loop throws(PyError) in
            f.header.line = loop.line
            try loop.target.store(item, f)
          }
          pc &+= 1
        case .dropIterator(let slot, let then):
          f.slots[Int(slot)] = nil
          pc = Int(then)
        case .yield(let unretained, let next):
          let step = try unretained.run { y throws(PyError) -> Value? in
            f.header.line = y.line
            guard resuming else {
              return try y.operand?.evaluate(f) ?? Value.none
            }
            resuming = false
            switch how {
            case .send(let sent):
              for target in y.targets { try target.store(sent, f) }
              return nil
            case .throwIn(let e):
              e.pendingRange = nil
              e.frameEntryAdded = false
              e.locate(y.yieldRange)
              throw PyError(e)
            }
          }
          if let yielded = step {
            self.pc = Int32(truncatingIfNeeded: pc)
            body.delegate = nil
            return .yielded(yielded)
          }
          pc = Int(next)
        case .yieldFrom(let unretained, let slot):
          let y = unretained.takeUnretainedValue()
          f.header.line = y.line
          let source: Value
          var sent = GeneratorResume.send(.none)
          if resuming, let saved = f.slots[Int(slot)] {
            resuming = false
            source = saved
            sent = how
          } else {
            source = try interp.makeIterator(try y.operand!.evaluate(f))
            f.slots[Int(slot)] = source
          }
          let step: GeneratorStep
          do throws(PyError) {
            step = try interp.yieldFromStep(source, sent)
          } catch {
            f.slots[Int(slot)] = nil
            error.exception.locate(y.yieldRange)
            throw error
          }
          switch step {
          case .yielded(let item):
            self.pc = Int32(truncatingIfNeeded: pc)
            body.delegate = source
            return .yielded(item)
          case .returned(let result):
            f.slots[Int(slot)] = nil
            for target in y.targets { try target.store(result, f) }
            pc &+= 1
          }
        case .enterExcept, .enterFinally:
          blocks.append(Int32(truncatingIfNeeded: pc))
          pc &+= 1
        case .popBlock:
          blocks.removeLast()
          pc &+= 1
        case .enterWith(let unretained, let slot, _):
          let w = unretained.takeUnretainedValue()
          f.header.line = w.line
          let manager = try w.context.evaluate(f)
          let (entered, exit) = try interp.enterContext(manager, contextRange: w.context.range)
          f.slots[Int(slot)] = manager
          f.slots[Int(slot) &+ 1] = exit
          blocks.append(Int32(truncatingIfNeeded: pc))
          if let target = w.target { try target.store(entered, f) }
          pc &+= 1
        case .exitWith(let unretained, let slot):
          let w = unretained.takeUnretainedValue()
          blocks.removeLast()
          let manager = f.slots[Int(slot)]!
          let exit = f.slots[Int(slot) &+ 1]!
          f.slots[Int(slot)] = nil
          f.slots[Int(slot) &+ 1] = nil
          f.header.line = w.line
          try interp.exitContext(exit, manager, range: w.range)
          pc &+= 1
        case .endHandler(let t, let index, let then):
          blocks.removeLast()
          interp.leaveHandler(t.takeUnretainedValue().handlers[Int(index)], f)
          pc = Int(then)
        case .endFinally:
          blocks.removeLast()
          let pending = pendingExits.removeLast()
          switch pending.exit {
          case .raising: interp.handling.removeLast()
          case .returning: f.header.returnValue = pending.returned
          case .jumping: break
          }
          guard let next = try unwind(ops, f, interp, pending.exit) else { return .returned(f.header.returnValue) }
          pc = next
        case .handler, .finallyBody:
          // Only ever entered past, from `unwind`.
          pc &+= 1
        case .leave(let depth, let then):
          guard let next = try unwind(ops, f, interp, .jumping(depth: Int(depth), to: Int(then))) else {
            return .returned(f.header.returnValue)
          }
          pc = next
        case .end:
          return .returned(f.header.returnValue)
        }
      }
      return .returned(f.header.returnValue)
    } catch {
      if pc < ops.count { error.exception.locate(ops[pc].range) }
      guard !blocks.isEmpty else { throw error }
      guard let next = try unwind(ops, f, interp, .raising(error)) else {
        return .returned(f.header.returnValue)
      }
      pc = next
    }
    }
  }

  /// How the program is leaving its blocks.
  enum Exit {
    case raising(PyError)
    case returning
    /// A `break` or `continue`: the blocks above `depth` are left.
    case jumping(depth: Int, to: Int)
  }

  /// An exit held up while a `finally` block that yields runs, and the value a `return` had set.
  struct PendingExit {
    let exit: Exit
    let returned: Value
  }

  /// Leaves blocks as `exit` requires, innermost first: each `finally` runs, each `with` is
  /// exited, and an exception may be caught by an `except` or suppressed by a `with`. Gives the
  /// step to go on at, or nil when the generator returns; throws when an exception leaves
  /// every block.
  @inline(never)
  func unwind(_ ops: UnsafeMutableBufferPointer<GeneratorOp>, _ f: Frame, _ interp: Interpreter, _ exit: Exit)
    throws(PyError) -> Int?
  {
    var exit = exit
    while true {
      let floor: Int
      if case .jumping(let depth, _) = exit { floor = depth } else { floor = 0 }
      guard blocks.count > floor else {
        switch exit {
        case .raising(let error): throw error
        case .returning: return nil
        case .jumping(_, let to): return to
        }
      }
      let enter = blocks.removeLast()
      let op = ops[Int(enter)]
      var manager = Value.none
      var exitMethod = Value.none
      if case .enterWith(_, let slot, _) = op {
        manager = f.slots[Int(slot)]!
        exitMethod = f.slots[Int(slot) &+ 1]!
        f.slots[Int(slot)] = nil
        f.slots[Int(slot) &+ 1] = nil
      }
      // As CPython pops a block's loop iterators before it runs the block's handler.
      if let slots = function.code.program?.blockSlots[enter] {
        for slot in slots.reversed() { f.slots[Int(slot)] = nil }
      }
      // What a block's own code did: nil when it ended normally and `exit` goes on.
      let completion: Completion?
      let breakTo: Int32
      let continueTo: Int32
      switch op {
      case .enterExcept(let t, let handled, let b, let c):
        guard case .raising(let error) = exit else { continue }
        (breakTo, continueTo) = (b, c)
        let node = t.takeUnretainedValue()
        do throws(PyError) {
          let handledBy: Completion
          if let steps = function.code.program?.handlerSteps[enter] {
            // A clause that yields is entered here and goes on as steps.
            interp.noteRaisedWhileHandling(error.exception)
            guard let index = try interp.matchingHandler(error.exception, node.handlers, f) else { continue }
            if steps[index] >= 0 {
              try interp.enterHandler(node.handlers[index], error.exception, range: node.range, f)
              blocks.append(steps[index])
              return Int(steps[index]) &+ 1
            }
            handledBy = try interp.runHandler(node.handlers[index], error.exception, range: node.range, f)
          } else {
            guard let completion = try interp.runHandlers(error, node.handlers, isStar: node.isStar, range: node.range, f)
            else { continue }
            handledBy = completion
          }
          if case .normal = handledBy { return Int(handled) }
          completion = handledBy
        } catch {
          exit = .raising(error)
          continue
        }
      case .enterFinally(let t, let b, let c, let body):
        (breakTo, continueTo) = (b, c)
        let node = t.takeUnretainedValue()
        if body >= 0 {
          // A block that yields goes on as steps, and `endFinally` resumes the exit.
          if case .raising(let error) = exit { interp.enterFinally(raising: error, range: node.range, f) }
          pendingExits.append(PendingExit(exit: exit, returned: f.header.returnValue))
          blocks.append(body)
          return Int(body) &+ 1
        }
        do throws(PyError) {
          if case .raising(let error) = exit {
            completion = try interp.runFinally(node.finally!, raising: error, range: node.range, f)
          } else {
            let returned = f.header.returnValue
            let ended = try node.finally!.execute(f)
            if case .normal = ended {
              f.header.returnValue = returned
              completion = nil
            } else {
              completion = ended
            }
          }
        } catch {
          exit = .raising(error)
          continue
        }
      case .enterWith(let w, _, let after):
        let node = w.takeUnretainedValue()
        do throws(PyError) {
          if case .raising(let error) = exit {
            if try interp.exitContext(exitMethod, manager, raising: error.exception, range: node.range, f) {
              return Int(after)
            }
          } else {
            try interp.exitContext(exitMethod, manager, range: node.range)
          }
        } catch {
          exit = .raising(error)
        }
        continue
      case .handler(let t, let index):
        // The clause's own exception is the one handled last.
        let handled = interp.handling.last!
        interp.leaveHandler(t.takeUnretainedValue().handlers[Int(index)], f)
        if case .raising(let error) = exit { interp.setContext(error.exception, handled) }
        continue
      case .finallyBody:
        // The block raised, returned or jumped: that replaces the exit it was running for.
        let pending = pendingExits.removeLast()
        if case .raising(let held) = pending.exit {
          interp.handling.removeLast()
          if case .raising(let error) = exit { interp.setContext(error.exception, held.exception) }
        }
        continue
      default:
        fatalError("a generator block starts at a step that enters none")
      }
      switch completion {
      case nil: continue
      case .normal?: continue
      case .return?: exit = .returning
      case .break?: return Int(breakTo)
      case .continue?: return Int(continueTo)
      }
    }
  }
}

extension Value {
  /// `True` or a nonzero int: the test of `while True:` and `while 1:`.
  var isTrueLiteral: Bool {
    switch self {
    case .bool(let b): b
    case .int(let i): i != 0
    default: false
    }
  }
}

/// Flattens a generator body into its program, or gives nil when a `yield` sits where the
/// program cannot stop (in an `except*` clause).
struct GeneratorProgramBuilder {
  private var slotCount: Int
  /// Steps whose targets are labels; `labels` maps each to its index once placed.
  private var ops: [GeneratorOp] = []
  private var labels: [Int32] = []
  /// How many blocks (`try`, `with`) enclose the steps being emitted.
  private var depth: Int32 = 0
  /// The innermost loop's exits, and the depth of blocks it sits at.
  private var breakLabel: Int32 = -1
  private var continueLabel: Int32 = -1
  private var loopDepth: Int32 = 0
  /// The steps that leave blocks before a jump to a loop's exit, by that exit's label; emitted
  /// after the body.
  private var leaving: [Int32: Int32] = [:]
  private var leaveOrder: [(label: Int32, depth: Int32, then: Int32)] = []
  private var blockSlots: [Int32: Range<Int32>] = [:]
  private var handlerSteps: [Int32: [Int32]] = [:]
  /// The `next` of a step that goes on to the one after it, until jumps are threaded.
  private static let following: Int32 = -2

  /// Builds for a generator's code, adding the hidden slots it needs to the code's frame.
  static func build(_ code: FunctionCode) -> GeneratorProgram? {
    var builder = GeneratorProgramBuilder(slotCount: code.slotCount)
    guard builder.block(code.body) else { return nil }
    if !builder.leaveOrder.isEmpty {
      builder.ops.append(.end)
      for (label, depth, then) in builder.leaveOrder {
        builder.place(label)
        builder.ops.append(.leave(depth: depth, then: then))
      }
    }
    let labels = builder.labels
    var ops = builder.ops.map { $0.mapTargets { $0 < 0 ? $0 : labels[Int($0)] } }
    // A step that goes on to a jump goes straight to where the jump leads (the end of a loop's
    // body to its top): one dispatch fewer per iteration.
    func destination(_ index: Int) -> Int32 {
      var target = index
      while target < ops.count, case .jump(let to) = ops[target] { target = Int(to) }
      return Int32(target)
    }
    for index in ops.indices {
      ops[index] = ops[index].mapTargets { $0 == Self.following ? destination(index + 1) : $0 }
    }
    let handlerSteps = builder.handlerSteps.mapValues { $0.map { $0 < 0 ? $0 : labels[Int($0)] } }
    let program = GeneratorProgram(
      ops, blockSlots: builder.blockSlots, handlerSteps: handlerSteps, firstHiddenSlot: Int32(code.slotCount))
    code.slotCount = builder.slotCount
    return program
  }

  private mutating func newSlot() -> Int32 {
    slotCount += 1
    return Int32(slotCount - 1)
  }

  private mutating func newLabel() -> Int32 {
    labels.append(-1)
    return Int32(labels.count - 1)
  }

  private mutating func place(_ label: Int32) {
    labels[Int(label)] = Int32(ops.count)
  }

  /// Where a `break` (or `continue`) emitted now goes: the loop's exit, or, from inside blocks
  /// the loop encloses, a step that leaves them first.
  private mutating func exit(to label: Int32) -> Int32 {
    guard label >= 0, depth != loopDepth else { return label }
    if let step = leaving[label] { return step }
    let step = newLabel()
    leaving[label] = step
    leaveOrder.append((step, loopDepth, label))
    return step
  }

  private mutating func block(_ node: BlockNode) -> Bool {
    for statement in node.statements {
      if !statement.suspends {
        ops.append(
          .statement(
            .passUnretained(statement), next: Self.following, breakTo: exit(to: breakLabel),
            continueTo: exit(to: continueLabel)))
      } else if !self.statement(statement) {
        return false
      }
    }
    return true
  }

  /// Emits `orElse`, or nothing.
  private mutating func optionalBlock(_ node: BlockNode?) -> Bool {
    guard let node else { return true }
    return block(node)
  }

  /// A loop body, with `break` and `continue` going to the given labels.
  private mutating func loopBody(_ node: BlockNode, breakTo: Int32, continueTo: Int32) -> Bool {
    let saved = (breakLabel, continueLabel, loopDepth)
    (breakLabel, continueLabel, loopDepth) = (breakTo, continueTo, depth)
    defer { (breakLabel, continueLabel, loopDepth) = saved }
    return block(node)
  }

  /// Steps inside a block entered by the step just emitted.
  private mutating func protected(_ emit: (inout GeneratorProgramBuilder) -> Bool) -> Bool {
    let enter = Int32(ops.count - 1)
    let firstSlot = Int32(slotCount)
    depth += 1
    defer { depth -= 1 }
    guard emit(&self) else { return false }
    if Int32(slotCount) > firstSlot { blockSlots[enter] = firstSlot..<Int32(slotCount) }
    return true
  }

  private mutating func statement(_ s: StmtNode) -> Bool {
    switch s {
    case let y as YieldStatement:
      ops.append(y.isFrom ? .yieldFrom(.passUnretained(y), slot: newSlot()) : .yield(.passUnretained(y), next: Self.following))
      return true
    case let i as SuspendingIfStatement:
      let orElse = newLabel()
      let end = newLabel()
      ops.append(.test(.passUnretained(i), .passUnretained(i.test), orElse: orElse))
      guard block(i.body) else { return false }
      if i.orElse != nil { ops.append(.jump(end)) }
      place(orElse)
      guard optionalBlock(i.orElse) else { return false }
      place(end)
      return true
    case let w as SuspendingWhileStatement:
      let top = newLabel()
      let orElse = newLabel()
      let end = newLabel()
      place(top)
      if let constant = w.test as? ConstantNode, constant.value.isTrueLiteral {
        ops.append(.checkInterrupt)
      } else {
        ops.append(.loopTest(.passUnretained(w), .passUnretained(w.test), orElse: orElse))
      }
      guard loopBody(w.body, breakTo: end, continueTo: top) else { return false }
      ops.append(.jump(top))
      place(orElse)
      guard optionalBlock(w.orElse) else { return false }
      place(end)
      return true
    case let l as SuspendingForStatement where !l.isAsync:
      let slot = newSlot()
      let top = newLabel()
      let broke = newLabel()
      let orElse = newLabel()
      let end = newLabel()
      ops.append(.iterate(.passUnretained(l), slot: slot))
      place(top)
      ops.append(.advance(.passUnretained(l), slot: slot, done: orElse))
      guard loopBody(l.body, breakTo: broke, continueTo: top) else { return false }
      ops.append(.jump(top))
      place(broke)
      ops.append(.dropIterator(slot: slot, then: end))
      place(orElse)
      guard optionalBlock(l.orElse) else { return false }
      place(end)
      return true
    case let t as SuspendingTryStatement:
      let handlersYield = t.handlers.contains { $0.body.suspends }
      guard !(t.isStar && handlersYield) else { return false }
      let tryStatement = Unmanaged.passUnretained(t)
      let handled = newLabel()
      let guarded = { (builder: inout GeneratorProgramBuilder) -> Bool in
        guard !t.handlers.isEmpty else { return builder.block(t.body) }
        let enter = Int32(builder.ops.count)
        builder.ops.append(
          .enterExcept(
            tryStatement, handled: handled, breakTo: builder.exit(to: builder.breakLabel),
            continueTo: builder.exit(to: builder.continueLabel)))
        guard builder.protected({ $0.block(t.body) }) else { return false }
        builder.ops.append(.popBlock)
        guard builder.optionalBlock(t.orElse) else { return false }
        if handlersYield {
          // The clauses that yield, as steps out of line.
          builder.ops.append(.jump(handled))
          var steps: [Int32] = []
          for (index, handler) in t.handlers.enumerated() {
            guard handler.body.suspends else {
              steps.append(-1)
              continue
            }
            let start = builder.newLabel()
            steps.append(start)
            builder.place(start)
            builder.ops.append(.handler(tryStatement, index: Int32(index)))
            guard builder.protected({ $0.block(handler.body) }) else { return false }
            builder.ops.append(.endHandler(tryStatement, index: Int32(index), then: handled))
          }
          builder.handlerSteps[enter] = steps
        }
        builder.place(handled)
        return true
      }
      guard let finally = t.finally else { return guarded(&self) }
      // A `finally` that yields is emitted twice, as CPython compiles it: once for the way out
      // through the end of the `try`, once for the ways out by exception, return and jump.
      let exitCopy = finally.suspends ? newLabel() : -1
      ops.append(
        .enterFinally(tryStatement, breakTo: exit(to: breakLabel), continueTo: exit(to: continueLabel), body: exitCopy))
      guard protected(guarded) else { return false }
      ops.append(.popBlock)
      guard block(finally) else { return false }
      if exitCopy >= 0 {
        let end = newLabel()
        ops.append(.jump(end))
        place(exitCopy)
        ops.append(.finallyBody)
        guard protected({ $0.block(finally) }) else { return false }
        ops.append(.endFinally)
        place(end)
      }
      return true
    case let items as BlockNode:
      // A `with` of several items: one nested in the other.
      return block(items)
    case let w as SuspendingWithStatement where !w.isAsync:
      let slot = newSlot()
      _ = newSlot()
      let after = newLabel()
      ops.append(.enterWith(.passUnretained(w), slot: slot, after: after))
      guard protected({ $0.block(w.body) }) else { return false }
      ops.append(.exitWith(.passUnretained(w), slot: slot))
      place(after)
      return true
    default:
      return false
    }
  }
}

extension Interpreter {
  /// One step of `yield from` over `source`: what it yields next, or what it returned.
  func yieldFromStep(_ source: Value, _ how: GeneratorResume) throws(PyError) -> GeneratorStep {
    do throws(PyError) {
      if case .throwIn(let e) = how, e.type.isSubtype(of: generatorExitType) {
        // PEP 380: the subiterator is closed, and GeneratorExit goes on in the delegating
        // generator even when the subiterator returned.
        if case .object(let o) = source, let generator = o as? GeneratorObject {
          try generator.close(self)
        } else if let close = try lookupAttributeOrNil(source, "close") {
          _ = try call(close, [])
        }
        throw PyError(e)
      }
      if case .object(let o) = source, let generator = o as? GeneratorObject {
        return try generator.resume(self, how)
      }
      switch how {
      case .send(let sent) where sent.isNone:
        // `__next__` itself, so that the value its StopIteration carries is the result.
        if case .object(let o) = source {
          switch try o.nativeNext(self) {
          case .item(let v): return .yielded(v)
          case .done: return .returned(.none)
          case .notNative: break
          }
        }
        guard let method = typeOf(source).lookup(dunder.__next__) else {
          throw typeError("'\(typeName(source))' object is not an iterator")
        }
        return .yielded(try callMethod(method, source, []))
      case .send(let sent):
        return .yielded(try callMethod(name: "send", on: source, [sent]))
      case .throwIn(let e):
        guard let thrower = try lookupAttributeOrNil(source, "throw") else { throw PyError(e) }
        return .yielded(try call(thrower, [.object(e)]))
      }
    } catch {
      if error.exception.type === stopIterationType {
        return .returned(error.exception.args.first ?? .none)
      }
      throw error
    }
  }
}
