// Generators without a Swift task. Most generator bodies yield only from plain statements,
// `if`, `while` and `for` (no `try` or `with` around a `yield`). For those the compiler builds a
// resumable twin of the body: each block keeps the index of the statement it stopped at, each
// `if` the branch it took, each loop its phase and a `for` its iterator, all in hidden slots of
// the generator's frame. Resuming runs the tree again from the top with `resuming` set, each
// node going straight back to where it stopped, until the `yield` that stopped consumes the
// resumption. `next()` is then a plain call, with no task switch, and a suspended generator is
// its frame and nothing more. Bodies with a `yield` inside `try` or `with` keep the Swift task.

import CoilSyntax

/// What running part of a resumable body gave.
enum ResumeFlow {
  case normal
  case breakLoop
  case continueLoop
  case returned
  /// Stopped at a `yield`; the value is in the state.
  case yielded
}

/// One resumption's state, passed down the tree.
struct ResumeState {
  /// Going back to the yield that stopped; the yield clears it.
  var resuming: Bool
  let how: GeneratorResume
  var yielded: Value = .none
  /// The iterator of the `yield from` that yielded, if one did.
  var delegate: Value?
}

/// A statement of a resumable body that contains a `yield`.
class ResumableNode {
  let statement: StmtNode

  init(_ statement: StmtNode) {
    self.statement = statement
  }

  func run(_ f: Frame, _ s: inout ResumeState) throws(PyError) -> ResumeFlow {
    fatalError("abstract")
  }
}

/// A block: the statements without a yield run on the synchronous evaluator.
final class ResumableBlock {
  enum Item {
    case plain(StmtNode)
    case resumable(ResumableNode)
  }

  /// The statements, walked without reference counting (see `Unmanaged.run`).
  private let items: [Unretained]
  /// Keeps the statements alive.
  private let owned: [Item]
  /// Where the index of the statement that yielded is kept.
  let pcSlot: Int

  private enum Unretained {
    case plain(Unmanaged<StmtNode>)
    case resumable(Unmanaged<ResumableNode>)
  }

  init(items: [Item], pcSlot: Int) {
    owned = items
    self.items = items.map {
      switch $0 {
      case .plain(let statement): .plain(.passUnretained(statement))
      case .resumable(let node): .resumable(.passUnretained(node))
      }
    }
    self.pcSlot = pcSlot
  }

  func run(_ f: Frame, _ s: inout ResumeState) throws(PyError) -> ResumeFlow {
    var index = 0
    if s.resuming, case .int(let saved)? = f.slots[pcSlot] { index = saved }
    while index < items.count {
      switch items[index] {
      case .plain(let unretained):
        let completion = try unretained.run { statement throws(PyError) in
          f.header.line = statement.line
          do throws(PyError) {
            return try statement.execute(f)
          } catch {
            error.exception.locate(statement.range)
            throw error
          }
        }
        switch completion {
        case .normal: break
        case .return: return .returned
        case .break: return .breakLoop
        case .continue: return .continueLoop
        }
      case .resumable(let unretained):
        let flow = try unretained.run { node throws(PyError) in
          f.header.line = node.statement.line
          do throws(PyError) {
            return try node.run(f, &s)
          } catch {
            error.exception.locate(node.statement.range)
            throw error
          }
        }
        switch flow {
        case .normal: break
        case .yielded:
          f.slots[pcSlot] = .int(index)
          return .yielded
        default: return flow
        }
      }
      index += 1
    }
    return .normal
  }
}

final class ResumableIf: ResumableNode {
  let test: ExprNode
  let body: ResumableBlock
  let orElse: ResumableBlock?
  let branchSlot: Int

  init(_ statement: SuspendingIfStatement, body: ResumableBlock, orElse: ResumableBlock?, branchSlot: Int) {
    test = statement.test
    self.body = body
    self.orElse = orElse
    self.branchSlot = branchSlot
    super.init(statement)
  }

  override func run(_ f: Frame, _ s: inout ResumeState) throws(PyError) -> ResumeFlow {
    let taken: Bool
    if s.resuming {
      taken = f.slots[branchSlot]?.isTrueConstant ?? true
    } else {
      taken = try f.interp.isTrue(try test.evaluate(f))
    }
    let flow: ResumeFlow
    if taken {
      flow = try body.run(f, &s)
    } else if let orElse {
      flow = try orElse.run(f, &s)
    } else {
      return .normal
    }
    // The branch is only needed to come back to a yield in it.
    if case .yielded = flow { f.slots[branchSlot] = .bool(taken) }
    return flow
  }
}

final class ResumableWhile: ResumableNode {
  let test: ExprNode
  let body: ResumableBlock
  let orElse: ResumableBlock?
  /// True while the `else` block runs.
  let phaseSlot: Int

  init(_ statement: SuspendingWhileStatement, body: ResumableBlock, orElse: ResumableBlock?, phaseSlot: Int) {
    test = statement.test
    self.body = body
    self.orElse = orElse
    self.phaseSlot = phaseSlot
    super.init(statement)
  }

  override func run(_ f: Frame, _ s: inout ResumeState) throws(PyError) -> ResumeFlow {
    let interp = f.interp
    let inElse = s.resuming && (f.slots[phaseSlot]?.isTrueConstant ?? false)
    if !inElse {
      while true {
        if !s.resuming {
          if !(try interp.isTrue(try test.evaluate(f))) { break }
          try interp.checkInterrupt()
        }
        switch try body.run(f, &s) {
        case .normal, .continueLoop: continue
        case .breakLoop: return .normal
        case .returned: return .returned
        case .yielded:
          if orElse != nil { f.slots[phaseSlot] = .bool(false) }
          return .yielded
        }
      }
    }
    guard let orElse else { return .normal }
    f.slots[phaseSlot] = .bool(true)
    return try orElse.run(f, &s)
  }
}

final class ResumableFor: ResumableNode {
  let target: TargetNode
  let iterable: ExprNode
  let body: ResumableBlock
  let orElse: ResumableBlock?
  let iteratorSlot: Int
  /// True while the `else` block runs.
  let phaseSlot: Int

  init(
    _ statement: SuspendingForStatement, body: ResumableBlock, orElse: ResumableBlock?, iteratorSlot: Int,
    phaseSlot: Int
  ) {
    target = statement.target
    iterable = statement.iterable
    self.body = body
    self.orElse = orElse
    self.iteratorSlot = iteratorSlot
    self.phaseSlot = phaseSlot
    super.init(statement)
  }

  override func run(_ f: Frame, _ s: inout ResumeState) throws(PyError) -> ResumeFlow {
    let interp = f.interp
    let inElse = s.resuming && (f.slots[phaseSlot]?.isTrueConstant ?? false)
    if !inElse {
      let iterator: Value
      if s.resuming, let saved = f.slots[iteratorSlot] {
        iterator = saved
      } else {
        do throws(PyError) {
          iterator = try interp.makeIterator(try iterable.evaluate(f))
        } catch {
          error.exception.locate(iterable.range)
          throw error
        }
        f.slots[iteratorSlot] = iterator
      }
      while true {
        if !s.resuming {
          guard let item = try interp.next(iterator) else { break }
          try target.store(item, f)
        }
        switch try body.run(f, &s) {
        case .normal, .continueLoop: continue
        case .breakLoop:
          f.slots[iteratorSlot] = nil
          return .normal
        case .returned:
          f.slots[iteratorSlot] = nil
          return .returned
        case .yielded:
          if orElse != nil { f.slots[phaseSlot] = .bool(false) }
          return .yielded
        }
      }
      f.slots[iteratorSlot] = nil
    }
    guard let orElse else { return .normal }
    f.slots[phaseSlot] = .bool(true)
    return try orElse.run(f, &s)
  }
}

/// `yield value` and `targets = yield value`.
final class ResumableYield: ResumableNode {
  let operand: ExprNode?
  let targets: [TargetNode]
  let yieldRange: SourceRange

  init(_ statement: YieldStatement) {
    operand = statement.operand
    targets = statement.targets
    yieldRange = statement.yieldRange
    super.init(statement)
  }

  override func run(_ f: Frame, _ s: inout ResumeState) throws(PyError) -> ResumeFlow {
    guard s.resuming else {
      s.yielded = try operand?.evaluate(f) ?? .none
      return .yielded
    }
    s.resuming = false
    switch s.how {
    case .send(let sent):
      for target in targets { try target.store(sent, f) }
      return .normal
    case .throwIn(let e):
      e.pendingRange = nil
      e.frameEntryAdded = false
      e.locate(yieldRange)
      throw PyError(e)
    }
  }
}

/// `yield from iterable` and `targets = yield from iterable` (PEP 380).
final class ResumableYieldFrom: ResumableNode {
  let operand: ExprNode
  let targets: [TargetNode]
  let yieldRange: SourceRange
  let iteratorSlot: Int

  init(_ statement: YieldStatement, iteratorSlot: Int) {
    operand = statement.operand!
    targets = statement.targets
    yieldRange = statement.yieldRange
    self.iteratorSlot = iteratorSlot
    super.init(statement)
  }

  override func run(_ f: Frame, _ s: inout ResumeState) throws(PyError) -> ResumeFlow {
    let interp = f.interp
    let source: Value
    var how = GeneratorResume.send(.none)
    if s.resuming, let saved = f.slots[iteratorSlot] {
      s.resuming = false
      source = saved
      how = s.how
    } else {
      source = try interp.makeIterator(try operand.evaluate(f))
      f.slots[iteratorSlot] = source
    }
    do throws(PyError) {
      switch try interp.yieldFromStep(source, how) {
      case .yielded(let item):
        s.yielded = item
        s.delegate = source
        return .yielded
      case .returned(let result):
        f.slots[iteratorSlot] = nil
        for target in targets { try target.store(result, f) }
        return .normal
      }
    } catch {
      f.slots[iteratorSlot] = nil
      error.exception.locate(yieldRange)
      throw error
    }
  }
}

extension Value {
  /// The truth of a `.bool` kept in a hidden slot.
  var isTrueConstant: Bool {
    if case .bool(let b) = self { return b }
    return false
  }
}

/// Builds the resumable twin of a generator body, or nil when a `yield` sits where it cannot
/// resume (inside `try` or `with`).
struct ResumableBuilder {
  private var slotCount: Int

  /// Builds for a generator's code, adding the hidden slots it needs to the code's frame.
  static func build(_ code: FunctionCode) -> ResumableBlock? {
    var builder = ResumableBuilder(slotCount: code.slotCount)
    guard let block = builder.block(code.body) else { return nil }
    code.slotCount = builder.slotCount
    return block
  }

  private mutating func newSlot() -> Int {
    slotCount += 1
    return slotCount - 1
  }

  private mutating func block(_ node: BlockNode) -> ResumableBlock? {
    var items: [ResumableBlock.Item] = []
    for statement in node.statements {
      if !statement.suspends {
        items.append(.plain(statement))
        continue
      }
      guard let resumable = self.statement(statement) else { return nil }
      items.append(.resumable(resumable))
    }
    return ResumableBlock(items: items, pcSlot: newSlot())
  }

  private mutating func optionalBlock(_ node: BlockNode?) -> ResumableBlock?? {
    guard let node else { return .some(nil) }
    guard let made = block(node) else { return nil }
    return .some(made)
  }

  private mutating func statement(_ s: StmtNode) -> ResumableNode? {
    switch s {
    case let y as YieldStatement:
      return y.isFrom ? ResumableYieldFrom(y, iteratorSlot: newSlot()) : ResumableYield(y)
    case let i as SuspendingIfStatement:
      guard let body = block(i.body), let orElse = optionalBlock(i.orElse) else { return nil }
      return ResumableIf(i, body: body, orElse: orElse, branchSlot: newSlot())
    case let w as SuspendingWhileStatement:
      guard let body = block(w.body), let orElse = optionalBlock(w.orElse) else { return nil }
      return ResumableWhile(w, body: body, orElse: orElse, phaseSlot: newSlot())
    case let l as SuspendingForStatement where !l.isAsync:
      guard let body = block(l.body), let orElse = optionalBlock(l.orElse) else { return nil }
      return ResumableFor(l, body: body, orElse: orElse, iteratorSlot: newSlot(), phaseSlot: newSlot())
    default:
      return nil
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
