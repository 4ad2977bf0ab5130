// Lowering `await` out of nested expressions, so the async evaluator only needs a few shapes.
//
// Inside an `async def`, an `await` may sit anywhere in an expression: `print(await f(), x)`,
// `a + await b`, `f"{await g()}"`. The evaluator's async path handles three statement forms
// directly (`await e`, `targets = await e`, `return await e`, with `e` free of awaits) plus the
// compound statements whose bodies suspend. Every other statement that contains an `await` is
// rewritten here, before scopes are resolved, into a run of simple statements that keep
// Python's evaluation order: operands evaluated before an `await` are stored in temporaries
// (locals named `@awaitN`, which no Coil source can spell and `locals()` hides), short-circuit
// operators and conditional expressions become `if` statements, and a `while` whose test awaits
// becomes `while True` with the test inside. Ranges are kept, so tracebacks and carets point
// at the source as written.

import CoilSyntax

/// Where a statement or expression can suspend its coroutine.
enum Suspension {
  /// The expression awaits or yields, outside any nested scope (lambda, or a comprehension's
  /// inner parts, which are asynchronous comprehensions).
  static func awaits(_ e: Expression) -> Bool {
    switch e.kind {
    case .await, .yield, .yieldFrom: return true
    case .name, .none, .true, .false, .ellipsis, .integer, .float, .imaginary, .string, .bytes:
      return false
    case .lambda: return false
    case .listComprehension(_, let clauses), .setComprehension(_, let clauses),
      .generator(_, let clauses), .dictionaryComprehension(_, _, let clauses):
      return awaits(clauses[0].iterable)
    default:
      return children(e).contains(where: awaits)
    }
  }

  /// The statement suspends: it awaits, or is `async for` / `async with`, outside nested scopes.
  static func suspends(_ s: Statement) -> Bool {
    switch s.kind {
    case .expression(let e): return awaits(e)
    case .assign(let targets, let value): return awaits(value) || targets.contains(where: awaits)
    case .augmentedAssign(let target, _, let value): return awaits(target) || awaits(value)
    case .annotatedAssign(let target, _, let value):
      return awaits(target) || (value.map(awaits) ?? false)
    case .delete(let targets): return targets.contains(where: awaits)
    case .return(let value): return value.map(awaits) ?? false
    case .raise(let e, let cause): return (e.map(awaits) ?? false) || (cause.map(awaits) ?? false)
    case .assert(let test, let message): return awaits(test) || (message.map(awaits) ?? false)
    case .if(let test, let body, let orElse), .while(let test, let body, let orElse):
      return awaits(test) || body.contains(where: suspends) || orElse.contains(where: suspends)
    case .for(let target, let iterable, let body, let orElse, let isAsync):
      return isAsync || awaits(target) || awaits(iterable) || body.contains(where: suspends)
        || orElse.contains(where: suspends)
    case .try(let body, let handlers, let orElse, let finally, _):
      return body.contains(where: suspends) || orElse.contains(where: suspends)
        || finally.contains(where: suspends)
        || handlers.contains { h in
          (h.type.map(awaits) ?? false) || h.body.contains(where: suspends)
        }
    case .with(let items, let body, let isAsync):
      return isAsync || body.contains(where: suspends)
        || items.contains { awaits($0.context) || ($0.target.map(awaits) ?? false) }
    case .pass, .break, .continue, .global, .nonlocal, .import, .importFrom,
      .functionDefinition, .classDefinition:
      return false
    }
  }

  /// An expression's direct operands, in evaluation order.
  static func children(_ e: Expression) -> [Expression] {
    switch e.kind {
    case .tuple(let items), .list(let items), .set(let items): return items
    case .dictionary(let items):
      return items.flatMap { item -> [Expression] in
        switch item {
        case .pair(let k, let v): return [k, v]
        case .unpack(let u): return [u]
        }
      }
    case .starred(let x), .attribute(let x, _), .unary(_, let x), .await(let x),
      .yieldFrom(let x), .namedExpression(_, let x):
      return [x]
    case .yield(let x): return x.map { [$0] } ?? []
    case .subscript(let x, let index): return [x, index]
    case .slice(let lower, let upper, let step): return [lower, upper, step].compactMap { $0 }
    case .call(let callee, let arguments): return [callee] + arguments.map(\.expression)
    case .binary(_, let a, let b), .and(let a, let b), .or(let a, let b): return [a, b]
    case .compare(let first, let rest): return [first] + rest.map(\.1)
    case .conditional(let test, let body, let orElse): return [test, body, orElse]
    case .formattedString(let parts): return fieldValues(parts)
    case .listComprehension(_, let clauses), .setComprehension(_, let clauses),
      .generator(_, let clauses), .dictionaryComprehension(_, _, let clauses):
      return [clauses[0].iterable]
    default: return []
    }
  }

  /// The body is a generator's: it yields outside nested scopes.
  static func yields(_ body: [Statement]) -> Bool {
    body.contains(where: statementYields)
  }

  private static func statementYields(_ s: Statement) -> Bool {
    switch s.kind {
    case .functionDefinition, .classDefinition: return false
    case .if(let test, let body, let orElse), .while(let test, let body, let orElse):
      return expressionYields(test) || yields(body) || yields(orElse)
    case .for(let target, let iterable, let body, let orElse, _):
      return expressionYields(target) || expressionYields(iterable) || yields(body) || yields(orElse)
    case .try(let body, let handlers, let orElse, let finally, _):
      return yields(body) || yields(orElse) || yields(finally)
        || handlers.contains { h in (h.type.map(expressionYields) ?? false) || yields(h.body) }
    case .with(let items, let body, _):
      return yields(body) || items.contains { expressionYields($0.context) }
    case .expression(let e): return expressionYields(e)
    case .assign(let targets, let value):
      return expressionYields(value) || targets.contains(where: expressionYields)
    case .augmentedAssign(let target, _, let value):
      return expressionYields(target) || expressionYields(value)
    case .annotatedAssign(_, _, let value): return value.map(expressionYields) ?? false
    case .return(let value): return value.map(expressionYields) ?? false
    case .raise(let e, let cause):
      return (e.map(expressionYields) ?? false) || (cause.map(expressionYields) ?? false)
    case .assert(let test, let message):
      return expressionYields(test) || (message.map(expressionYields) ?? false)
    case .delete(let targets): return targets.contains(where: expressionYields)
    default: return false
    }
  }

  private static func expressionYields(_ e: Expression) -> Bool {
    switch e.kind {
    case .yield, .yieldFrom: return true
    case .lambda: return false
    case .listComprehension(_, let clauses), .setComprehension(_, let clauses),
      .generator(_, let clauses), .dictionaryComprehension(_, _, let clauses):
      return expressionYields(clauses[0].iterable)
    default: return children(e).contains(where: expressionYields)
    }
  }

  /// An `await`, `yield` or `yield from`: a point where the frame suspends.
  static func isSuspension(_ e: Expression) -> Bool {
    switch e.kind {
    case .await, .yield, .yieldFrom: return true
    default: return false
    }
  }

  static func fieldValues(_ parts: [FormattedPart]) -> [Expression] {
    parts.flatMap { part -> [Expression] in
      guard case .field(let value, _, let spec, _) = part else { return [] }
      return [value] + fieldValues(spec ?? [])
    }
  }
}

/// Rewrites the bodies of `async def`s so every `await` is in a form the evaluator runs.
struct AwaitLowering {
  private var counter = 0

  /// Lowers every `async def` in a module.
  static func lower(_ module: Module) -> Module {
    var lowering = AwaitLowering()
    return Module(body: lowering.block(module.body, inAsync: false))
  }

  /// Lowers interactive input that awaits at module level, as if the module were an `async def`.
  static func lowerTopLevel(_ module: Module) -> Module {
    var lowering = AwaitLowering()
    return Module(body: lowering.block(module.body, inAsync: true))
  }

  private mutating func temporary(_ range: SourceRange) -> Expression {
    counter += 1
    return Expression(.name("@await\(counter)"), range)
  }

  private func assign(_ target: Expression, _ value: Expression, _ range: SourceRange) -> Statement {
    Statement(.assign(targets: [target], value: value), range)
  }

  // MARK: - Statements

  private mutating func block(_ body: [Statement], inAsync: Bool) -> [Statement] {
    var out: [Statement] = []
    for s in body { statement(s, inAsync: inAsync, into: &out) }
    return out
  }

  private mutating func statement(_ s: Statement, inAsync: Bool, into out: inout [Statement]) {
    switch s.kind {
    case .functionDefinition(var def):
      def.body = block(def.body, inAsync: def.isAsync || Suspension.yields(def.body))
      out.append(Statement(.functionDefinition(def), s.range))
      return
    case .classDefinition(var def):
      def.body = block(def.body, inAsync: false)
      out.append(Statement(.classDefinition(def), s.range))
      return
    default:
      break
    }
    guard inAsync, Suspension.suspends(s) else {
      out.append(nestedSync(s))
      return
    }
    let r = s.range
    switch s.kind {
    case .expression(let e):
      if Suspension.isSuspension(e) {
        out.append(Statement(.expression(suspensionForm(e, r, into: &out)), r))
      } else {
        out.append(Statement(.expression(expression(e, r, into: &out)), r))
      }
    case .assign(let targets, let value) where !targets.contains(where: Suspension.awaits):
      if Suspension.isSuspension(value) {
        out.append(Statement(.assign(targets: targets, value: suspensionForm(value, r, into: &out)), r))
      } else {
        out.append(Statement(.assign(targets: targets, value: expression(value, r, into: &out)), r))
      }
    case .annotatedAssign(let target, _, let value?)
    where !Suspension.awaits(target):
      // In a function body the annotation is not evaluated, so this is a plain assignment.
      statement(Statement(.assign(targets: [target], value: value), r), inAsync: true, into: &out)
    case .augmentedAssign(let target, let op, let value) where !Suspension.awaits(target):
      augmentedAssign(target, op, value, r, into: &out)
    case .return(let value?):
      if case .await = value.kind {
        out.append(Statement(.return(suspensionForm(value, r, into: &out)), r))
      } else {
        out.append(Statement(.return(expression(value, r, into: &out)), r))
      }
    case .raise(let exception, let cause):
      let values = operands([exception, cause].compactMap { $0 }, r, into: &out)
      let newException = exception == nil ? nil : values[0]
      let newCause = cause == nil ? nil : values[values.count - 1]
      out.append(Statement(.raise(newException, cause: newCause), r))
    case .assert(let test, let message) where !(message.map(Suspension.awaits) ?? false):
      out.append(Statement(.assert(expression(test, r, into: &out), message: message), r))
    case .if(let test, let body, let orElse):
      let t = expression(test, r, into: &out)
      out.append(
        Statement(.if(test: t, body: block(body, inAsync: true), orElse: block(orElse, inAsync: true)), r))
    case .while(let test, let body, let orElse):
      whileStatement(test, body, orElse, r, into: &out)
    case .for(let target, let iterable, let body, let orElse, let isAsync)
    where !Suspension.awaits(target):
      let it = expression(iterable, r, into: &out)
      out.append(
        Statement(
          .for(
            target: target, iterable: it, body: block(body, inAsync: true),
            orElse: block(orElse, inAsync: true), isAsync: isAsync), r))
    case .try(let body, let handlers, let orElse, let finally, let isStar):
      let newHandlers = handlers.map { h in
        ExceptHandler(type: h.type, name: h.name, body: block(h.body, inAsync: true), range: h.range)
      }
      out.append(
        Statement(
          .try(
            body: block(body, inAsync: true), handlers: newHandlers,
            orElse: block(orElse, inAsync: true), finally: block(finally, inAsync: true),
            isStar: isStar), r))
    case .with(let items, let body, let isAsync):
      if items.count > 1 {
        // `with a, b: body` is `with a: with b: body`; nesting lets each item's context
        // expression await after the items before it have been entered.
        let inner = Statement(.with(items: Array(items.dropFirst()), body: body, isAsync: isAsync), r)
        statement(
          Statement(.with(items: [items[0]], body: [inner], isAsync: isAsync), r), inAsync: true,
          into: &out)
        return
      }
      let context = expression(items[0].context, r, into: &out)
      out.append(
        Statement(
          .with(
            items: [WithItem(context: context, target: items[0].target)],
            body: block(body, inAsync: true), isAsync: isAsync), r))
    default:
      // Awaits in assignment targets, `del` targets, `assert` messages and `except` clause
      // types stay where they are; the compiler reports them as unsupported.
      out.append(s)
    }
  }

  /// A statement that does not suspend: walks into compound statements only to lower the
  /// `async def`s nested in them.
  private mutating func nestedSync(_ s: Statement) -> Statement {
    switch s.kind {
    case .if(let test, let body, let orElse):
      return Statement(.if(test: test, body: block(body, inAsync: false), orElse: block(orElse, inAsync: false)), s.range)
    case .while(let test, let body, let orElse):
      return Statement(.while(test: test, body: block(body, inAsync: false), orElse: block(orElse, inAsync: false)), s.range)
    case .for(let target, let iterable, let body, let orElse, let isAsync):
      return Statement(
        .for(
          target: target, iterable: iterable, body: block(body, inAsync: false),
          orElse: block(orElse, inAsync: false), isAsync: isAsync), s.range)
    case .try(let body, let handlers, let orElse, let finally, let isStar):
      let newHandlers = handlers.map { h in
        ExceptHandler(type: h.type, name: h.name, body: block(h.body, inAsync: false), range: h.range)
      }
      return Statement(
        .try(
          body: block(body, inAsync: false), handlers: newHandlers,
          orElse: block(orElse, inAsync: false), finally: block(finally, inAsync: false),
          isStar: isStar), s.range)
    case .with(let items, let body, let isAsync):
      return Statement(.with(items: items, body: block(body, inAsync: false), isAsync: isAsync), s.range)
    default:
      return s
    }
  }

  /// `target op= value` where `value` awaits: the target's current value is read first, as
  /// CPython reads it, then the operand is awaited, then the result stored.
  private mutating func augmentedAssign(
    _ target: Expression, _ op: BinaryOperator, _ value: Expression, _ r: SourceRange,
    into out: inout [Statement]
  ) {
    let current = temporary(target.range)
    let store: Expression
    switch target.kind {
    case .attribute(let object, let name):
      let o = materialize(object, r, into: &out)
      store = Expression(.attribute(o, name: name), target.range)
    case .subscript(let object, let index):
      let o = materialize(object, r, into: &out)
      let i = materialize(index, r, into: &out)
      store = Expression(.subscript(o, index: i), target.range)
    default:
      store = target
    }
    out.append(assign(current, store, r))
    let operand = expression(value, r, into: &out)
    out.append(Statement(.augmentedAssign(target: current, op: op, value: operand), r))
    out.append(assign(store, current, r))
  }

  private mutating func whileStatement(
    _ test: Expression, _ body: [Statement], _ orElse: [Statement], _ r: SourceRange,
    into out: inout [Statement]
  ) {
    guard Suspension.awaits(test) else {
      out.append(
        Statement(.while(test: test, body: block(body, inAsync: true), orElse: block(orElse, inAsync: true)), r))
      return
    }
    // while True: <test's awaits>; if not test: [flag = True;] break; body
    let always = Expression(.true, test.range)
    var loop: [Statement] = []
    let t = expression(test, r, into: &loop)
    let flag = orElse.isEmpty ? nil : temporary(test.range)
    var exit: [Statement] = []
    if let flag { exit.append(assign(flag, Expression(.true, test.range), r)) }
    exit.append(Statement(.break, r))
    loop.append(Statement(.if(test: Expression(.unary(.not, t), test.range), body: exit, orElse: []), r))
    loop += block(body, inAsync: true)
    if let flag { out.append(assign(flag, Expression(.false, test.range), r)) }
    out.append(Statement(.while(test: always, body: loop, orElse: []), r))
    if let flag {
      out.append(Statement(.if(test: flag, body: block(orElse, inAsync: true), orElse: []), r))
    }
  }

  // MARK: - Expressions

  /// `await x`, `yield x` or `yield from x` with its operand lowered: the form a suspending
  /// statement keeps.
  private mutating func suspensionForm(_ e: Expression, _ r: SourceRange, into out: inout [Statement])
    -> Expression
  {
    switch e.kind {
    case .await(let operand):
      return Expression(.await(expression(operand, r, into: &out)), e.range)
    case .yield(let operand?):
      return Expression(.yield(expression(operand, r, into: &out)), e.range)
    case .yieldFrom(let operand):
      return Expression(.yieldFrom(expression(operand, r, into: &out)), e.range)
    default:
      return e
    }
  }

  /// Returns an await-free expression whose value, evaluated after `out`, is `e`'s.
  private mutating func expression(_ e: Expression, _ r: SourceRange, into out: inout [Statement])
    -> Expression
  {
    guard Suspension.awaits(e) else { return e }
    let range = e.range
    switch e.kind {
    case .await, .yield, .yieldFrom:
      let form = suspensionForm(e, r, into: &out)
      let t = temporary(range)
      out.append(assign(t, form, r))
      return t
    case .tuple(let items):
      return Expression(.tuple(operands(items, r, into: &out)), range)
    case .list(let items):
      return Expression(.list(operands(items, r, into: &out)), range)
    case .set(let items):
      return Expression(.set(operands(items, r, into: &out)), range)
    case .dictionary(let items):
      var values = operands(Suspension.children(e), r, into: &out)[...]
      var rebuilt: [DictionaryItem] = []
      for item in items {
        switch item {
        case .pair:
          let k = values.removeFirst()
          rebuilt.append(.pair(key: k, value: values.removeFirst()))
        case .unpack:
          rebuilt.append(.unpack(values.removeFirst()))
        }
      }
      return Expression(.dictionary(rebuilt), range)
    case .starred(let x):
      return Expression(.starred(expression(x, r, into: &out)), range)
    case .attribute(let x, let name):
      return Expression(.attribute(expression(x, r, into: &out), name: name), range)
    case .subscript(let x, let index):
      let v = operands([x, index], r, into: &out)
      return Expression(.subscript(v[0], index: v[1]), range)
    case .slice(let lower, let upper, let step):
      var v = operands([lower, upper, step].compactMap { $0 }, r, into: &out)[...]
      return Expression(
        .slice(
          lower: lower == nil ? nil : v.removeFirst(), upper: upper == nil ? nil : v.removeFirst(),
          step: step == nil ? nil : v.removeFirst()), range)
    case .call(let callee, let arguments):
      var v = operands([callee] + arguments.map(\.expression), r, into: &out)[...]
      let newCallee = v.removeFirst()
      let newArguments = arguments.map { a -> Argument in
        let x = v.removeFirst()
        switch a {
        case .positional: return .positional(x)
        case .starred: return .starred(x)
        case .keyword(let name, _, let kr): return .keyword(name: name, value: x, range: kr)
        case .doubleStarred: return .doubleStarred(x)
        }
      }
      return Expression(.call(callee: newCallee, arguments: newArguments), range)
    case .unary(let op, let x):
      return Expression(.unary(op, expression(x, r, into: &out)), range)
    case .binary(let op, let a, let b):
      let v = operands([a, b], r, into: &out)
      return Expression(.binary(op, v[0], v[1]), range)
    case .and(let a, let b), .or(let a, let b):
      let isAnd: Bool
      if case .and = e.kind { isAnd = true } else { isAnd = false }
      let left = expression(a, r, into: &out)
      guard Suspension.awaits(b) else {
        return Expression(isAnd ? .and(left, b) : .or(left, b), range)
      }
      let t = temporary(range)
      out.append(assign(t, left, r))
      var then: [Statement] = []
      let right = expression(b, r, into: &then)
      then.append(assign(t, right, r))
      let test = isAnd ? t : Expression(.unary(.not, t), range)
      out.append(Statement(.if(test: test, body: then, orElse: []), r))
      return t
    case .conditional(let test, let body, let orElse):
      let condition = expression(test, r, into: &out)
      guard Suspension.awaits(body) || Suspension.awaits(orElse) else {
        return Expression(.conditional(test: condition, body: body, orElse: orElse), range)
      }
      let t = temporary(range)
      var yes: [Statement] = []
      yes.append(assign(t, expression(body, r, into: &yes), r))
      var no: [Statement] = []
      no.append(assign(t, expression(orElse, r, into: &no), r))
      out.append(Statement(.if(test: condition, body: yes, orElse: no), r))
      return t
    case .compare(let first, let rest):
      if rest.count == 1 {
        let v = operands([first, rest[0].1], r, into: &out)
        return Expression(.compare(v[0], [(rest[0].0, v[1])]), range)
      }
      return chainedComparison(first, rest, range, r, into: &out)
    case .formattedString(let parts):
      var v = operands(Suspension.fieldValues(parts), r, into: &out)[...]
      return Expression(.formattedString(replacingFields(parts, &v)), range)
    case .namedExpression(let name, let value):
      return Expression(.namedExpression(name: name, value: expression(value, r, into: &out)), range)
    case .listComprehension(let element, var clauses):
      clauses[0].iterable = expression(clauses[0].iterable, r, into: &out)
      return Expression(.listComprehension(element, clauses), range)
    case .setComprehension(let element, var clauses):
      clauses[0].iterable = expression(clauses[0].iterable, r, into: &out)
      return Expression(.setComprehension(element, clauses), range)
    case .generator(let element, var clauses):
      clauses[0].iterable = expression(clauses[0].iterable, r, into: &out)
      return Expression(.generator(element, clauses), range)
    case .dictionaryComprehension(let key, let value, var clauses):
      clauses[0].iterable = expression(clauses[0].iterable, r, into: &out)
      return Expression(.dictionaryComprehension(key: key, value: value, clauses), range)
    default:
      return e
    }
  }

  /// Lowers operands evaluated left to right: each one before the last that awaits is saved in
  /// a temporary, so an `await` after it cannot change what it evaluated to.
  private mutating func operands(_ items: [Expression], _ r: SourceRange, into out: inout [Statement])
    -> [Expression]
  {
    guard let last = items.lastIndex(where: Suspension.awaits) else { return items }
    var result: [Expression] = []
    for (i, item) in items.enumerated() {
      if i < last {
        result.append(materialize(item, r, into: &out))
      } else if i == last {
        result.append(expression(item, r, into: &out))
      } else {
        result.append(item)
      }
    }
    return result
  }

  /// Evaluates `e` now into a temporary (constants need none); a starred operand keeps its star.
  private mutating func materialize(_ e: Expression, _ r: SourceRange, into out: inout [Statement])
    -> Expression
  {
    switch e.kind {
    case .none, .true, .false, .ellipsis, .integer, .float, .imaginary, .string, .bytes:
      return e
    case .starred(let inner):
      return Expression(.starred(materialize(inner, r, into: &out)), e.range)
    default:
      let value = expression(e, r, into: &out)
      let t = temporary(e.range)
      out.append(assign(t, value, r))
      return t
    }
  }

  /// `a < b < c` with an await after the first comparison: each later comparison runs only if
  /// the ones before it held, and each middle operand is evaluated once.
  private mutating func chainedComparison(
    _ first: Expression, _ rest: [(ComparisonOperator, Expression)], _ range: SourceRange,
    _ r: SourceRange, into out: inout [Statement]
  ) -> Expression {
    let result = temporary(range)
    var left = materialize(first, r, into: &out)
    var blocks: [[Statement]] = []
    for (op, operand) in rest {
      var b: [Statement] = []
      let right = materialize(operand, r, into: &b)
      b.append(assign(result, Expression(.compare(left, [(op, right)]), range), r))
      blocks.append(b)
      left = right
    }
    var inner: [Statement] = []
    for b in blocks.reversed() {
      inner = inner.isEmpty ? b : b + [Statement(.if(test: result, body: inner, orElse: []), r)]
    }
    out += inner
    return result
  }

  private func replacingFields(_ parts: [FormattedPart], _ values: inout ArraySlice<Expression>)
    -> [FormattedPart]
  {
    parts.map { part in
      guard case .field(_, let conversion, let spec, let debugText) = part else { return part }
      let value = values.removeFirst()
      let newSpec = spec.map { replacingFields($0, &values) }
      return .field(value: value, conversion: conversion, formatSpec: newSpec, debugText: debugText)
    }
  }
}
