// Generators without a Swift task. Most generator bodies yield only from plain statements,
// `if`, `while` and `for` (no `try` or `with` around a `yield`). For those the compiler flattens
// the statements that contain a `yield` into a short program: each `if` and `while` becomes a
// test that jumps, each `for` an iterator kept in a hidden slot of the frame and a step that
// advances it, and each `yield` a step that stops. The statements without a `yield` stay whole
// and run on the synchronous evaluator. A suspended generator is its frame and the index of the
// `yield` it stopped at, and resuming it jumps straight there: `next()` is a plain call, with
// no task switch and no walk down the tree. Bodies with a `yield` inside `try` or `with` keep
// the Swift task.

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
    case .iterate, .yieldFrom, .checkInterrupt: self
    }
  }

  /// Where an exception raised by this step is reported, when the step does not say.
  var range: SourceRange {
    switch self {
    case .statement(let s, _, _, _), .test(let s, _, _), .loopTest(let s, _, _):
      s.takeUnretainedValue().range
    case .iterate(let s, _), .advance(let s, _, _): s.takeUnretainedValue().range
    case .yield(let y, _), .yieldFrom(let y, _): y.takeUnretainedValue().range
    case .jump, .dropIterator, .checkInterrupt: .unknown
    }
  }
}

/// A generator body's flat program.
final class GeneratorProgram {
  let ops: UnsafeMutableBufferPointer<GeneratorOp>

  init(_ ops: [GeneratorOp]) {
    self.ops = .allocate(capacity: ops.count)
    _ = self.ops.initialize(from: ops)
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
          case .return: return .returned(f.header.returnValue)
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
        }
      }
    } catch {
      if pc < ops.count { error.exception.locate(ops[pc].range) }
      throw error
    }
    return .returned(f.header.returnValue)
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
/// program cannot stop (inside `try` or `with`).
struct GeneratorProgramBuilder {
  private var slotCount: Int
  /// Steps whose targets are labels; `labels` maps each to its index once placed.
  private var ops: [GeneratorOp] = []
  private var labels: [Int32] = []
  private var breakLabel: Int32 = -1
  private var continueLabel: Int32 = -1
  /// The `next` of a step that goes on to the one after it, until jumps are threaded.
  private static let following: Int32 = -2

  /// Builds for a generator's code, adding the hidden slots it needs to the code's frame.
  static func build(_ code: FunctionCode) -> GeneratorProgram? {
    var builder = GeneratorProgramBuilder(slotCount: code.slotCount)
    guard builder.block(code.body) else { return nil }
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
    let program = GeneratorProgram(ops)
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

  private mutating func block(_ node: BlockNode) -> Bool {
    for statement in node.statements {
      if !statement.suspends {
        ops.append(
          .statement(.passUnretained(statement), next: Self.following, breakTo: breakLabel, continueTo: continueLabel))
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
    let saved = (breakLabel, continueLabel)
    (breakLabel, continueLabel) = (breakTo, continueTo)
    defer { (breakLabel, continueLabel) = saved }
    return block(node)
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
    default:
      return false
    }
  }
}

extension Interpreter {
  /// One step of `yield from` over `source`: what it yields next, or what it returned.
  func yieldFromStep(_ source: Value, _ how: GeneratorResume) throws(PyError) -> GeneratorStep {
    do throws(PyError) {
      if case .object(let o) = source, let generator = o as? GeneratorObject {
        return try generator.resume(self, how)
      }
      switch how {
      case .send(let sent) where sent.isNone:
        guard let v = try next(source) else { return .returned(.none) }
        return .yielded(v)
      case .send(let sent):
        return .yielded(try callMethod(name: "send", on: source, [sent]))
      case .throwIn(let e):
        if e.type.isSubtype(of: generatorExitType) {
          if let close = try lookupAttributeOrNil(source, "close") { _ = try call(close, []) }
          throw PyError(e)
        }
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
