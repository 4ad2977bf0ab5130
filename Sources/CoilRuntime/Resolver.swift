// Scope analysis. Before compiling, the resolver walks the syntax tree once and decides for
// every name in every scope whether it is a local slot, a cell (a local captured by an inner
// function), a free variable (a cell from an enclosing function), a class-namespace name or a
// global. It also marks functions that contain `yield` or `await`, and reports the placement
// errors CPython reports at compile time (`'return' outside function`, `await` outside async).
//
// Comprehensions run inline in the enclosing frame; their loop variables are renamed
// `name@line:column` so they stay private to the comprehension as in Python 3.

import CoilSyntax

/// How a name is reached from one scope.
enum NameBinding {
  case local(Int)
  case cell(Int)
  case free(Int)
  case global
  case classNamespace
}

/// One function, lambda, class body or module.
final class Scope {
  enum Kind { case module, function, classBody }
  let kind: Kind
  let parent: Scope?
  let name: String
  var bound: Set<String> = []
  var declaredGlobal: Set<String> = []
  var declaredNonlocal: Set<String> = []
  var used: Set<String> = []
  var parameters: [String] = []
  var children: [Scope] = []
  var cells: Set<String> = []
  var frees: Set<String> = []
  var slots: [String: Int] = [:]
  var slotCount = 0
  var hasYield = false
  var hasAwait = false
  var isAsync = false
  /// The first `return` with a value, which an async generator may not have.
  var valueReturn: SourceRange?
  var usesSuper = false
  /// Names bound in order of first binding, for deterministic slot numbers.
  var boundOrder: [String] = []

  init(kind: Kind, parent: Scope?, name: String) {
    self.kind = kind
    self.parent = parent
    self.name = name
  }

  func bind(_ name: String) {
    if bound.insert(name).inserted { boundOrder.append(name) }
  }

  func binding(_ name: String) -> NameBinding {
    if declaredGlobal.contains(name) { return .global }
    if let slot = slots[name] {
      if frees.contains(name) { return .free(slot) }
      if cells.contains(name) { return .cell(slot) }
      return .local(slot)
    }
    if kind == .classBody { return .classNamespace }
    return .global
  }
}

/// Builds the scope tree for a module and checks statement placement.
struct Resolver {
  let source: SourceText
  /// Scopes by the source location of the statement or expression that opens them.
  var scopes: [SourceLocation: Scope] = [:]
  private var current: Scope
  private var renames: [[String: String]] = []
  private var loopDepth = 0
  private var inFunction = false
  let module: Scope
  /// Interactive input may `await` at module level (CPython's `PyCF_ALLOW_TOP_LEVEL_AWAIT`).
  var allowsTopLevelAwait = false

  /// Whether `await`, `async for` and `async with` may appear in the current scope.
  private var mayAwait: Bool {
    (current.kind == .function && current.isAsync) || (allowsTopLevelAwait && current === module)
  }

  init(source: SourceText) {
    self.source = source
    module = Scope(kind: .module, parent: nil, name: "<module>")
    current = module
  }

  /// Analyzes a module; returns the module scope with every descendant resolved.
  mutating func resolve(_ body: [Statement]) throws(Diagnostic) -> Scope {
    try visitBlock(body)
    Resolver.finish(module)
    return module
  }

  // MARK: - Walking

  private mutating func visitBlock(_ body: [Statement]) throws(Diagnostic) {
    for statement in body { try visit(statement) }
  }

  private func renamed(_ name: String) -> String {
    for map in renames.reversed() {
      if let r = map[name] { return r }
    }
    return name
  }

  private mutating func use(_ name: String) {
    current.used.insert(renamed(name))
  }

  private mutating func bindTarget(_ e: Expression) throws(Diagnostic) {
    switch e.kind {
    case .name(let name): current.bind(renamed(name))
    case .tuple(let items), .list(let items):
      for item in items { try bindTarget(item) }
    case .starred(let inner): try bindTarget(inner)
    case .attribute(let object, _): try visit(object)
    case .subscript(let object, let index):
      try visit(object)
      try visit(index)
    default: try visit(e)
    }
  }

  private mutating func visit(_ s: Statement) throws(Diagnostic) {
    switch s.kind {
    case .expression(let e): try visit(e)
    case .assign(let targets, let value):
      try visit(value)
      for t in targets { try bindTarget(t) }
    case .augmentedAssign(let target, _, let value):
      if case .name(let n) = target.kind { use(n) }
      try bindTarget(target)
      try visit(value)
    case .annotatedAssign(let target, let annotation, let value):
      try visit(annotation)
      if let value { try visit(value) }
      if case .name = target.kind {
        if value != nil || current.kind == .function { try bindTarget(target) }
      } else {
        try bindTarget(target)
      }
    case .delete(let targets):
      for t in targets { try bindTarget(t) }
    case .pass: break
    case .break:
      if loopDepth == 0 { throw Diagnostic("'break' outside loop", range: s.range) }
    case .continue:
      if loopDepth == 0 {
        throw Diagnostic("'continue' not properly in loop", range: s.range)
      }
    case .return(let value):
      if current.kind != .function {
        throw Diagnostic("'return' outside function", range: s.range)
      }
      if let value {
        if current.valueReturn == nil { current.valueReturn = s.range }
        try visit(value)
      }
    case .raise(let e, let cause):
      if let e { try visit(e) }
      if let cause { try visit(cause) }
    case .global(let names):
      for n in names {
        if current.bound.contains(n) || current.used.contains(n) {
          let what = current.bound.contains(n) ? "assigned to" : "used"
          throw Diagnostic("name '\(n)' is \(what) before global declaration", range: s.range)
        }
        current.declaredGlobal.insert(n)
      }
    case .nonlocal(let names):
      if current.kind == .module {
        throw Diagnostic("nonlocal declaration not allowed at module level", range: s.range)
      }
      for n in names {
        if current.bound.contains(n) || current.used.contains(n) {
          let what = current.bound.contains(n) ? "assigned to" : "used"
          throw Diagnostic("name '\(n)' is \(what) before nonlocal declaration", range: s.range)
        }
        current.declaredNonlocal.insert(n)
      }
    case .assert(let test, let message):
      try visit(test)
      if let message { try visit(message) }
    case .import(let names):
      for n in names {
        current.bind(n.alias ?? String(n.name.split(separator: ".")[0]))
      }
    case .importFrom(_, let names, _):
      for n in names where n.name != "*" { current.bind(n.alias ?? n.name) }
    case .if(let test, let body, let orElse):
      try visit(test)
      try visitBlock(body)
      try visitBlock(orElse)
    case .while(let test, let body, let orElse):
      try visit(test)
      loopDepth += 1
      try visitBlock(body)
      loopDepth -= 1
      try visitBlock(orElse)
    case .for(let target, let iterable, let body, let orElse, let isAsync):
      if isAsync { try checkAsync("asynchronous for", s.range, isFor: true) }
      try visit(iterable)
      try bindTarget(target)
      loopDepth += 1
      try visitBlock(body)
      loopDepth -= 1
      try visitBlock(orElse)
    case .try(let body, let handlers, let orElse, let finally, _):
      try visitBlock(body)
      for h in handlers {
        if let t = h.type { try visit(t) }
        if let n = h.name { current.bind(n) }
        try visitBlock(h.body)
      }
      try visitBlock(orElse)
      try visitBlock(finally)
    case .with(let items, let body, let isAsync):
      if isAsync { try checkAsync("asynchronous with", s.range, isFor: false) }
      for item in items {
        try visit(item.context)
        if let t = item.target { try bindTarget(t) }
      }
      try visitBlock(body)
    case .functionDefinition(let def):
      for d in def.decorators { try visit(d) }
      try visitParameters(def.parameters)
      if let r = def.returns { try visit(r) }
      current.bind(def.name)
      let scope = Scope(kind: .function, parent: current, name: def.name)
      scope.isAsync = def.isAsync
      try visitFunctionBody(scope, parameters: def.parameters, at: def.headerRange.start) {
        (r: inout Resolver) throws(Diagnostic) in try r.visitBlock(def.body)
      }
      if scope.isAsync, scope.hasYield, let valueReturn = scope.valueReturn {
        throw Diagnostic("'return' with value in async generator", range: valueReturn)
      }
    case .classDefinition(let def):
      for d in def.decorators { try visit(d) }
      for a in def.arguments { try visit(a.expression) }
      current.bind(def.name)
      let scope = Scope(kind: .classBody, parent: current, name: def.name)
      current.children.append(scope)
      scopes[s.range.start] = scope
      let saved = (current, loopDepth, renames)
      current = scope
      loopDepth = 0
      renames = []
      try visitBlock(def.body)
      (current, loopDepth, renames) = saved
    }
  }

  private mutating func checkAsync(_ what: String, _ range: SourceRange, isFor: Bool)
    throws(Diagnostic)
  {
    if !mayAwait {
      throw Diagnostic("'\(isFor ? "async for" : "async with")' outside async function", range: range)
    }
    current.hasAwait = true
  }

  private mutating func visitParameters(_ p: Parameters) throws(Diagnostic) {
    for parameter in p.all {
      if let d = parameter.defaultValue { try visit(d) }
      if let a = parameter.annotation { try visit(a) }
    }
  }

  private mutating func visitFunctionBody(
    _ scope: Scope, parameters: Parameters, at location: SourceLocation,
    body: (inout Resolver) throws(Diagnostic) -> Void
  ) throws(Diagnostic) {
    current.children.append(scope)
    scopes[location] = scope
    for parameter in parameters.all {
      scope.parameters.append(parameter.name)
      scope.bind(parameter.name)
    }
    let saved = (current, loopDepth, renames)
    current = scope
    loopDepth = 0
    renames = renames + [Resolver.parameterRenames(parameters)]
    try body(&self)
    (current, loopDepth, renames) = saved
  }

  private mutating func visit(_ e: Expression) throws(Diagnostic) {
    switch e.kind {
    case .name(let name):
      use(name)
      if name == "super" || name == "__class__" { current.usesSuper = true }
    case .none, .true, .false, .ellipsis, .integer, .float, .imaginary, .string, .bytes: break
    case .formattedString(let parts): try visitParts(parts)
    case .tuple(let items), .list(let items), .set(let items):
      for item in items { try visit(item) }
    case .dictionary(let items):
      for item in items {
        switch item {
        case .pair(let k, let v):
          try visit(k)
          try visit(v)
        case .unpack(let d): try visit(d)
        }
      }
    case .starred(let inner): try visit(inner)
    case .attribute(let object, _): try visit(object)
    case .subscript(let object, let index):
      try visit(object)
      try visit(index)
    case .slice(let lower, let upper, let step):
      if let lower { try visit(lower) }
      if let upper { try visit(upper) }
      if let step { try visit(step) }
    case .call(let callee, let arguments):
      try visit(callee)
      for a in arguments { try visit(a.expression) }
    case .unary(_, let operand): try visit(operand)
    case .binary(_, let a, let b), .and(let a, let b), .or(let a, let b):
      try visit(a)
      try visit(b)
    case .compare(let first, let rest):
      try visit(first)
      for (_, operand) in rest { try visit(operand) }
    case .conditional(let test, let body, let orElse):
      try visit(test)
      try visit(body)
      try visit(orElse)
    case .lambda(let parameters, let body):
      try visitParameters(parameters)
      let scope = Scope(kind: .function, parent: current, name: "<lambda>")
      try visitFunctionBody(scope, parameters: parameters, at: e.range.start) {
        (r: inout Resolver) throws(Diagnostic) in try r.visit(body)
      }
    case .listComprehension(let element, let clauses), .setComprehension(let element, let clauses),
      .generator(let element, let clauses):
      try visitComprehension(clauses, at: e.range.start) { (r: inout Resolver) throws(Diagnostic) in
        try r.visit(element)
      }
    case .dictionaryComprehension(let key, let value, let clauses):
      try visitComprehension(clauses, at: e.range.start) { (r: inout Resolver) throws(Diagnostic) in
        try r.visit(key)
        try r.visit(value)
      }
    case .await(let operand):
      if !mayAwait {
        if case .call(let callee, _) = operand.kind, case .name(let name) = callee.kind,
          ["<listcomp>@", "<setcomp>@", "<dictcomp>@"].contains(where: name.hasPrefix)
        {
          // An asynchronous comprehension, lowered to an awaited function.
          throw Diagnostic("asynchronous comprehension outside of an asynchronous function", range: e.range)
        }
        if current.kind == .function || current.kind == .classBody || inFunction {
          throw Diagnostic("'await' outside async function", range: e.range)
        }
        throw Diagnostic("'await' outside function", range: e.range)
      }
      current.hasAwait = true
      try visit(operand)
    case .yield(let value):
      if current.kind != .function {
        throw Diagnostic("'yield' outside function", range: e.range)
      }
      current.hasYield = true
      if let value { try visit(value) }
    case .yieldFrom(let value):
      if current.kind != .function {
        throw Diagnostic("'yield' outside function", range: e.range)
      }
      if current.isAsync {
        throw Diagnostic("'yield from' inside async function", range: e.range)
      }
      current.hasYield = true
      try visit(value)
    case .namedExpression(let name, let value):
      try visit(value)
      // Bound in the enclosing scope, not the comprehension's private names.
      current.bind(name)
    }
  }

  private mutating func visitParts(_ parts: [FormattedPart]) throws(Diagnostic) {
    for part in parts {
      if case .field(let value, _, let spec, _) = part {
        try visit(value)
        if let spec { try visitParts(spec) }
      }
    }
  }

  private mutating func visitComprehension(
    _ clauses: [Comprehension], at location: SourceLocation,
    element: (inout Resolver) throws(Diagnostic) -> Void
  ) throws(Diagnostic) {
    let suffix = Resolver.comprehensionSuffix(location)
    var map: [String: String] = [:]
    for (index, clause) in clauses.enumerated() {
      if index == 0 {
        try visit(clause.iterable)
      } else {
        renames.append(map)
        try visit(clause.iterable)
        renames.removeLast()
      }
      for name in Resolver.targetNames(clause.target) { map[name] = name + suffix }
      renames.append(map)
      try bindTarget(clause.target)
      for condition in clause.conditions { try visit(condition) }
      renames.removeLast()
    }
    renames.append(map)
    try element(&self)
    renames.removeLast()
  }

  /// The suffix that makes a comprehension's variables private: `x` becomes `x@3:9`.
  static func comprehensionSuffix(_ location: SourceLocation) -> String {
    "@\(location.line):\(location.column)"
  }

  /// Entering a function keeps enclosing comprehensions' renames (a lambda in a comprehension
  /// sees its variables) except for the function's own parameters.
  static func parameterRenames(_ parameters: Parameters) -> [String: String] {
    var own: [String: String] = [:]
    for parameter in parameters.all { own[parameter.name] = parameter.name }
    return own
  }

  static func targetNames(_ e: Expression) -> [String] {
    switch e.kind {
    case .name(let n): return [n]
    case .tuple(let items), .list(let items): return items.flatMap(targetNames)
    case .starred(let inner): return targetNames(inner)
    default: return []
    }
  }

  // MARK: - Resolution

  /// Decides cells and free variables for `scope` and its descendants, then numbers slots.
  static func finish(_ module: Scope) {
    resolveNames(module)
    assignSlots(module)
  }

  private static func resolveNames(_ scope: Scope) {
    var names = scope.used.union(scope.declaredNonlocal)
    if scope.kind == .function && scope.usesSuper { names.insert("__class__") }
    for name in names {
      if scope.declaredGlobal.contains(name) { continue }
      if scope.bound.contains(name) && !scope.declaredNonlocal.contains(name) { continue }
      if scope.kind == .module { continue }
      if name == "__class__" {
        // Methods reach their class through an implicit cell of the class body.
        var s = scope.parent
        var path: [Scope] = [scope]
        while let candidate = s, candidate.kind != .classBody {
          path.append(candidate)
          s = candidate.parent
        }
        if let classScope = s {
          classScope.cells.insert("__class__")
          for p in path { p.frees.insert("__class__") }
        }
        continue
      }
      // Look for the binding in enclosing functions, skipping class bodies.
      var s = scope.parent
      var path: [Scope] = [scope]
      var found: Scope?
      while let candidate = s {
        if candidate.kind == .module {
          // Comprehension variables at module level live in the module frame's slots.
          if name.contains("@") && candidate.bound.contains(name) { found = candidate }
          break
        }
        if candidate.kind == .function,
          candidate.bound.contains(name) && !candidate.declaredNonlocal.contains(name)
            && !candidate.declaredGlobal.contains(name)
        {
          found = candidate
          break
        }
        if candidate.declaredGlobal.contains(name) { break }
        path.append(candidate)
        s = candidate.parent
      }
      if let owner = found {
        owner.cells.insert(name)
        for p in path where p.kind == .function || p === scope || p.kind == .classBody {
          p.frees.insert(name)
        }
      }
    }
    for child in scope.children { resolveNames(child) }
  }

  private static func assignSlots(_ scope: Scope) {
    var next = 0
    func add(_ name: String) {
      if scope.slots[name] == nil {
        scope.slots[name] = next
        next += 1
      }
    }
    switch scope.kind {
    case .function:
      for p in scope.parameters { add(p) }
      for name in scope.boundOrder
      where !scope.declaredGlobal.contains(name) && !scope.declaredNonlocal.contains(name) {
        add(name)
      }
      for name in scope.frees.sorted() { add(name) }
      if scope.cells.contains("__class__") { add("__class__") }
    case .module, .classBody:
      for name in scope.boundOrder where name.contains("@") { add(name) }
      for name in scope.frees.sorted() { add(name) }
      if scope.cells.contains("__class__") { add("__class__") }
    }
    // A name both bound here and captured as free is a nonlocal: it lives in the free slot.
    scope.slotCount = next
    for child in scope.children { assignSlots(child) }
  }
}
