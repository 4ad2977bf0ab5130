// Lazy generator expressions. As CPython compiles `(f(x) for x in xs if p(x))` to a hidden
// generator function called with the first iterable, Coil rewrites it before scopes are
// resolved: a `def` placed just before the statement that holds the expression,
//
//     def <genexpr>@L:C(@0):
//         for x in @0:
//             if p(x):
//                 yield f(x)
//
// and the expression becomes the call `<genexpr>@L:C(xs)`. The first iterable is evaluated
// where the expression is, the rest when the generator runs, and names from the enclosing
// function are read through cells, as in CPython. The `@` keeps the hidden names out of reach
// of Coil code and out of `locals()`; the function's name is `<genexpr>`.
//
// Generator expressions inside lambdas, comprehensions or class bodies stay as they were
// (evaluated eagerly): hoisting them would change which names they see.
//
// Asynchronous comprehensions (an `async for` clause, or an `await` anywhere but the first
// iterable) are hoisted the same way, into an `async def`: a list, set or dict comprehension
// becomes `await <listcomp>@L:C(xs)` on a function that builds and returns the result, and an
// async generator expression becomes a call of an async generator function.

import CoilSyntax

struct GeneratorExpressionLowering {
  /// Lowers every generator expression it can in a module.
  static func lower(_ module: Module) -> Module {
    var lowering = GeneratorExpressionLowering()
    return Module(body: lowering.block(module.body))
  }

  private var hoisted: [Statement] = []

  private mutating func block(_ body: [Statement]) -> [Statement] {
    var out: [Statement] = []
    for s in body {
      let saved = hoisted
      hoisted = []
      let rewritten = statement(s)
      out += hoisted
      out.append(rewritten)
      hoisted = saved
    }
    return out
  }

  private mutating func statement(_ s: Statement) -> Statement {
    let r = s.range
    switch s.kind {
    case .expression(let e): return Statement(.expression(expression(e)), r)
    case .assign(let targets, let value):
      return Statement(.assign(targets: targets.map { expression($0) }, value: expression(value)), r)
    case .augmentedAssign(let target, let op, let value):
      return Statement(.augmentedAssign(target: target, op: op, value: expression(value)), r)
    case .annotatedAssign(let target, let annotation, let value):
      return Statement(.annotatedAssign(target: target, annotation: annotation, value: value.map { expression($0) }), r)
    case .return(let value): return Statement(.return(value.map { expression($0) }), r)
    case .raise(let e, let cause):
      return Statement(.raise(e.map { expression($0) }, cause: cause.map { expression($0) }), r)
    case .assert(let test, let message):
      return Statement(.assert(expression(test), message: message.map { expression($0) }), r)
    case .if(let test, let body, let orElse):
      return Statement(.if(test: expression(test), body: block(body), orElse: block(orElse)), r)
    case .while(let test, let body, let orElse):
      // The test runs again on every iteration; a hoisted def before the loop serves them all.
      return Statement(.while(test: expression(test), body: block(body), orElse: block(orElse)), r)
    case .for(let target, let iterable, let body, let orElse, let isAsync):
      return Statement(
        .for(target: target, iterable: expression(iterable), body: block(body), orElse: block(orElse), isAsync: isAsync), r)
    case .try(let body, let handlers, let orElse, let finally, let isStar):
      let newHandlers = handlers.map { h in
        ExceptHandler(type: h.type, name: h.name, body: block(h.body), range: h.range)
      }
      return Statement(
        .try(body: block(body), handlers: newHandlers, orElse: block(orElse), finally: block(finally), isStar: isStar), r)
    case .with(let items, let body, let isAsync):
      let newItems = items.map { WithItem(context: expression($0.context), target: $0.target) }
      return Statement(.with(items: newItems, body: block(body), isAsync: isAsync), r)
    case .functionDefinition(var def):
      def.body = block(def.body)
      return Statement(.functionDefinition(def), r)
    case .classDefinition(var def):
      // Class bodies keep their generator expressions: a hoisted def would become a method.
      def.body = def.body.map { nestedOnly($0) }
      return Statement(.classDefinition(def), r)
    default:
      return s
    }
  }

  /// Inside a class body: only the functions defined there get their expressions lowered.
  private mutating func nestedOnly(_ s: Statement) -> Statement {
    switch s.kind {
    case .functionDefinition(var def):
      def.body = block(def.body)
      return Statement(.functionDefinition(def), s.range)
    case .classDefinition(var def):
      def.body = def.body.map { nestedOnly($0) }
      return Statement(.classDefinition(def), s.range)
    default:
      return s
    }
  }

  private mutating func expression(_ e: Expression) -> Expression {
    let r = e.range
    switch e.kind {
    case .generator(let element, let clauses) where GeneratorExpressionLowering.isAsync(clauses, [element]):
      let first = expression(clauses[0].iterable)
      return hoist(element, clauses, first: first, range: r, isAsync: true)
    case .generator(let element, let clauses):
      let first = expression(clauses[0].iterable)
      return hoist(element, clauses, first: first, range: r)
    case .listComprehension(let element, let clauses) where GeneratorExpressionLowering.isAsync(clauses, [element]):
      return hoistComprehension(.list(element), clauses, range: r)
    case .setComprehension(let element, let clauses) where GeneratorExpressionLowering.isAsync(clauses, [element]):
      return hoistComprehension(.set(element), clauses, range: r)
    case .dictionaryComprehension(let key, let value, let clauses)
    where GeneratorExpressionLowering.isAsync(clauses, [key, value]):
      return hoistComprehension(.dictionary(key, value), clauses, range: r)
    case .lambda, .listComprehension, .setComprehension, .dictionaryComprehension, .generator:
      return e
    case .tuple(let items): return Expression(.tuple(items.map { expression($0) }), r)
    case .list(let items): return Expression(.list(items.map { expression($0) }), r)
    case .set(let items): return Expression(.set(items.map { expression($0) }), r)
    case .dictionary(let items):
      return Expression(
        .dictionary(
          items.map { item in
            switch item {
            case .pair(let k, let v): return .pair(key: expression(k), value: expression(v))
            case .unpack(let u): return .unpack(expression(u))
            }
          }), r)
    case .starred(let x): return Expression(.starred(expression(x)), r)
    case .attribute(let x, let name): return Expression(.attribute(expression(x), name: name), r)
    case .subscript(let x, let index): return Expression(.subscript(expression(x), index: expression(index)), r)
    case .slice(let lower, let upper, let step):
      return Expression(
        .slice(lower: lower.map { expression($0) }, upper: upper.map { expression($0) }, step: step.map { expression($0) }), r)
    case .call(let callee, let arguments):
      let newArguments = arguments.map { a -> Argument in
        switch a {
        case .positional(let x): return .positional(expression(x))
        case .starred(let x): return .starred(expression(x))
        case .keyword(let name, let x, let kr): return .keyword(name: name, value: expression(x), range: kr)
        case .doubleStarred(let x): return .doubleStarred(expression(x))
        }
      }
      return Expression(.call(callee: expression(callee), arguments: newArguments), r)
    case .unary(let op, let x): return Expression(.unary(op, expression(x)), r)
    case .binary(let op, let a, let b): return Expression(.binary(op, expression(a), expression(b)), r)
    case .and(let a, let b): return Expression(.and(expression(a), expression(b)), r)
    case .or(let a, let b): return Expression(.or(expression(a), expression(b)), r)
    case .compare(let first, let rest):
      return Expression(.compare(expression(first), rest.map { ($0.0, expression($0.1)) }), r)
    case .conditional(let test, let body, let orElse):
      return Expression(.conditional(test: expression(test), body: expression(body), orElse: expression(orElse)), r)
    case .formattedString(let parts): return Expression(.formattedString(formatted(parts)), r)
    case .await(let x): return Expression(.await(expression(x)), r)
    case .yield(let x): return Expression(.yield(x.map { expression($0) }), r)
    case .yieldFrom(let x): return Expression(.yieldFrom(expression(x)), r)
    case .namedExpression(let name, let value): return Expression(.namedExpression(name: name, value: expression(value)), r)
    default: return e
    }
  }

  private mutating func formatted(_ parts: [FormattedPart]) -> [FormattedPart] {
    parts.map { part in
      guard case .field(let value, let conversion, let spec, let debugText) = part else { return part }
      return .field(
        value: expression(value), conversion: conversion, formatSpec: spec.map { formatted($0) },
        debugText: debugText)
    }
  }

  /// Whether a comprehension is asynchronous: an `async for`, or an `await` outside the first
  /// iterable (which is evaluated where the comprehension is).
  static func isAsync(_ clauses: [Comprehension], _ elements: [Expression]) -> Bool {
    func awaits(_ e: Expression) -> Bool {
      switch e.kind {
      case .await: return true
      case .lambda: return false
      case .listComprehension(let element, let clauses), .setComprehension(let element, let clauses),
        .generator(let element, let clauses):
        return isAsync(clauses, [element]) || awaits(clauses[0].iterable)
      case .dictionaryComprehension(let key, let value, let clauses):
        return isAsync(clauses, [key, value]) || awaits(clauses[0].iterable)
      default: return Suspension.children(e).contains(where: awaits)
      }
    }
    for (index, clause) in clauses.enumerated() {
      if clause.isAsync || (index > 0 && awaits(clause.iterable)) || clause.conditions.contains(where: awaits) {
        return true
      }
    }
    return elements.contains(where: awaits)
  }

  /// The name a hoisted function's code has: `<genexpr>`, `<listcomp>` and so on.
  static func visibleName(_ name: String) -> String {
    for kind in ["<genexpr>", "<listcomp>", "<setcomp>", "<dictcomp>"] where name.hasPrefix(kind + "@") {
      return kind
    }
    return name
  }

  enum ComprehensionResult {
    case list(Expression)
    case set(Expression)
    case dictionary(Expression, Expression)
  }

  /// An asynchronous list, set or dict comprehension: a hidden `async def` that builds the
  /// result, awaited where the comprehension was.
  private mutating func hoistComprehension(
    _ result: ComprehensionResult, _ clauses: [Comprehension], range: SourceRange
  ) -> Expression {
    let first = expression(clauses[0].iterable)
    let kind: String
    let add: Statement
    let accumulator = Expression(.name("@r"), range)
    let initial: Expression
    switch result {
    case .list(let element):
      kind = "<listcomp>"
      initial = Expression(.list([]), range)
      add = Statement(.expression(Expression(.call(
        callee: Expression(.attribute(accumulator, name: "append"), element.range),
        arguments: [.positional(element)]), element.range)), element.range)
    case .set(let element):
      kind = "<setcomp>"
      initial = Expression(.call(callee: Expression(.name("set"), range), arguments: []), range)
      add = Statement(.expression(Expression(.call(
        callee: Expression(.attribute(accumulator, name: "add"), element.range),
        arguments: [.positional(element)]), element.range)), element.range)
    case .dictionary(let key, let value):
      kind = "<dictcomp>"
      initial = Expression(.dictionary([]), range)
      add = Statement(.assign(
        targets: [Expression(.subscript(accumulator, index: key), key.range)], value: value),
        key.range.union(value.range))
    }
    let name = kind + Resolver.comprehensionSuffix(range.start)
    var body = loops(around: [add], clauses)
    body.insert(Statement(.assign(targets: [accumulator], value: initial), range), at: 0)
    body.append(Statement(.return(accumulator), range))
    var parameters = Parameters()
    parameters.regular = [Parameter(name: "@0", range: clauses[0].iterable.range)]
    let definition = FunctionDefinition(
      name: name, parameters: parameters, body: block(body), decorators: [], returns: nil,
      isAsync: true, headerRange: range)
    hoisted.append(Statement(.functionDefinition(definition), range))
    let call = Expression(.call(callee: Expression(.name(name), range), arguments: [.positional(first)]), range)
    return Expression(.await(call), range)
  }

  /// `statements` under every clause's loop (`async for` where the clause has it) and
  /// conditions, innermost first; the first loop runs over the parameter `@0`.
  private func loops(around statements: [Statement], _ clauses: [Comprehension]) -> [Statement] {
    var body = statements
    for (index, clause) in clauses.enumerated().reversed() {
      for condition in clause.conditions.reversed() {
        body = [Statement(.if(test: condition, body: body, orElse: []), condition.range)]
      }
      let iterable = index == 0 ? Expression(.name("@0"), clause.iterable.range) : clause.iterable
      body = [
        Statement(
          .for(target: clause.target, iterable: iterable, body: body, orElse: [], isAsync: clause.isAsync),
          clause.target.range.union(clause.iterable.range))
      ]
    }
    return body
  }

  /// Emits the hidden generator function and returns the call that replaces the expression.
  private mutating func hoist(
    _ element: Expression, _ clauses: [Comprehension], first: Expression, range: SourceRange,
    isAsync: Bool = false
  ) -> Expression {
    // A first `async for` gets its iterable as it is; otherwise the call site calls iter() on it.
    let name = (clauses[0].isAsync ? "<genexpr>@@" : "<genexpr>@") + Resolver.comprehensionSuffix(range.start).dropFirst()
    let argument = Expression(.name("@0"), clauses[0].iterable.range)
    if isAsync {
      var parameters = Parameters()
      parameters.regular = [Parameter(name: "@0", range: argument.range)]
      let yield = Statement(.expression(Expression(.yield(element), element.range)), element.range)
      let definition = FunctionDefinition(
        name: name, parameters: parameters, body: block(loops(around: [yield], clauses)), decorators: [],
        returns: nil, isAsync: true, headerRange: range)
      hoisted.append(Statement(.functionDefinition(definition), range))
      return Expression(.call(callee: Expression(.name(name), range), arguments: [.positional(first)]), range)
    }
    // Innermost first: yield the element under every clause's loop and conditions.
    var body = [Statement(.expression(Expression(.yield(element), element.range)), element.range)]
    for (index, clause) in clauses.enumerated().reversed() {
      for condition in clause.conditions.reversed() {
        body = [Statement(.if(test: condition, body: body, orElse: []), condition.range)]
      }
      let iterable = index == 0 ? argument : clause.iterable
      // A loop that fails to start reports the whole expression, as CPython does.
      body = [Statement(.for(target: clause.target, iterable: iterable, body: body, orElse: [], isAsync: false), range)]
    }
    var parameters = Parameters()
    parameters.regular = [Parameter(name: "@0", range: argument.range)]
    // The body may hold generator expressions of its own (in later clauses or the element).
    let definition = FunctionDefinition(
      name: name, parameters: parameters, body: block(body), decorators: [], returns: nil,
      isAsync: false, headerRange: range)
    hoisted.append(Statement(.functionDefinition(definition), range))
    return Expression(.call(callee: Expression(.name(name), range), arguments: [.positional(first)]), range)
  }
}
