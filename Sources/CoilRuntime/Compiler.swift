// Turns the syntax tree into evaluator nodes, using the resolver's scopes to give every name
// its slot, cell or global box.

import BigInt
import CoilSyntax

/// Compiles one module's syntax tree.
struct Compiler {
  let interp: Interpreter
  let module: ModuleObject
  let source: SourceText
  let scopes: [SourceLocation: Scope]
  private var scope: Scope
  private var renames: [[String: String]] = []
  private var qualifiedPrefix: [String] = []
  /// The current function's parameters as CPython orders its locals: positional, keyword-only,
  /// then `*args` and `**kwargs`.
  private var parameterOrder: [String] = []
  /// Interactive input: an expression statement outside functions and classes shows its value
  /// (CPython's `PRINT_EXPR`).
  var displaysExpressions = false

  init(interp: Interpreter, module: ModuleObject, source: SourceText, resolver: Resolver, moduleScope: Scope) {
    self.interp = interp
    self.module = module
    self.source = source
    self.scopes = resolver.scopes
    self.scope = moduleScope
  }

  /// Compiles a module body into its code object.
  mutating func compileModule(_ body: [Statement]) throws(PyError) -> FunctionCode {
    let code = FunctionCode(
      name: "<module>", qualifiedName: "<module>", source: source, headerRange: .unknown)
    code.body = try compileBlock(body, range: .unknown)
    code.slotCount = scope.slotCount
    code.cellSlots = scope.cells.compactMap { scope.slots[$0] }
    return code
  }

  // MARK: - Names

  private func renamed(_ name: String) -> String {
    for map in renames.reversed() {
      if let r = map[name] { return r }
    }
    return name
  }

  private func globalNode(_ name: String, _ range: SourceRange) -> GlobalNode {
    GlobalNode(
      variable: module.variable(name), builtin: interp.builtins.variable(name), range: range)
  }

  func load(_ rawName: String, _ range: SourceRange) -> ExprNode {
    let name = renamed(rawName)
    switch scope.binding(name) {
    case .local(let slot): return LocalNode(slot: slot, name: rawName, range: range)
    case .cell(let slot): return CellNode(slot: slot, name: rawName, isFree: false, range: range)
    case .free(let slot): return CellNode(slot: slot, name: rawName, isFree: true, range: range)
    case .global: return globalNode(name, range)
    case .classNamespace:
      return ClassNameNode(key: interp.name(name), global: globalNode(name, range))
    }
  }

  func storeName(_ rawName: String, _ range: SourceRange) -> TargetNode {
    let name = renamed(rawName)
    switch scope.binding(name) {
    case .local(let slot): return LocalTarget(slot: slot, name: rawName, range: range)
    case .cell(let slot), .free(let slot): return CellTarget(slot: slot, name: rawName, range: range)
    case .global: return GlobalTarget(variable: module.variable(name), range: range)
    case .classNamespace: return ClassNameTarget(key: interp.name(name), range: range)
    }
  }

  mutating func target(_ e: Expression) throws(PyError) -> TargetNode {
    switch e.kind {
    case .name(let name): return storeName(name, e.range)
    case .attribute(let object, let name):
      return AttributeTarget(object: try expression(object), name: interp.name(name), range: e.range)
    case .subscript(let object, let index):
      return SubscriptTarget(object: try expression(object), index: try expression(index), range: e.range)
    case .tuple(let items), .list(let items):
      var targets: [TargetNode] = []
      var star: Int?
      for (i, item) in items.enumerated() {
        if case .starred(let inner) = item.kind {
          star = i
          targets.append(try target(inner))
        } else {
          targets.append(try target(item))
        }
      }
      return UnpackTarget(targets: targets, starIndex: star, range: e.range)
    case .starred(let inner): return try target(inner)
    default:
      throw interp.error("SyntaxError", "cannot assign to expression")
    }
  }

  // MARK: - Statements

  mutating func compileBlock(_ body: [Statement], range: SourceRange) throws(PyError) -> BlockNode {
    var nodes: [StmtNode] = []
    for s in body { nodes.append(try statement(s)) }
    let r = body.isEmpty ? range : body[0].range.union(body[body.count - 1].range)
    let block = BlockNode(nodes, range: r)
    block.suspends = nodes.contains { $0.suspends }
    return block
  }

  private mutating func optionalBlock(_ body: [Statement]) throws(PyError) -> BlockNode? {
    body.isEmpty ? nil : try compileBlock(body, range: .unknown)
  }

  mutating func statement(_ s: Statement) throws(PyError) -> StmtNode {
    guard Suspension.suspends(s) else { return try plainStatement(s) }
    let node = try suspendingStatement(s)
    node.suspends = true
    return node
  }

  /// A statement that can suspend its coroutine; `AwaitLowering` has put its awaits in the
  /// forms handled here.
  private mutating func suspendingStatement(_ s: Statement) throws(PyError) -> StmtNode {
    if let node = try yieldStatement(s) { return node }
    switch s.kind {
    case .expression(let e):
      if case .await(let operand) = e.kind {
        let display: [TargetNode] =
          displaysExpressions && scope.kind == .module ? [DisplayTarget(range: e.range)] : []
        return awaitStatement(
          AwaitStatement(
            operand: try expression(operand), targets: display, isReturn: false,
            awaitRange: e.range, range: s.range))
      }
    case .assign(let targets, let value):
      if case .await(let operand) = value.kind {
        var nodes: [TargetNode] = []
        for t in targets { nodes.append(try target(t)) }
        return awaitStatement(
          AwaitStatement(
            operand: try expression(operand), targets: nodes, isReturn: false,
            awaitRange: value.range, range: s.range))
      }
    case .return(let value?):
      if case .await(let operand) = value.kind {
        return awaitStatement(
          AwaitStatement(
            operand: try expression(operand), targets: [], isReturn: true, awaitRange: value.range,
            range: s.range))
      }
    case .if(let test, let body, let orElse):
      return SuspendingIfStatement(
        test: try expression(test), body: try compileBlock(body, range: s.range),
        orElse: try optionalBlock(orElse), range: s.range)
    case .while(let test, let body, let orElse):
      return SuspendingWhileStatement(
        test: try expression(test), body: try compileBlock(body, range: s.range),
        orElse: try optionalBlock(orElse), range: s.range)
    case .for(let t, let iterable, let body, let orElse, let isAsync):
      return SuspendingForStatement(
        target: try target(t), iterable: try expression(iterable),
        body: try compileBlock(body, range: s.range), orElse: try optionalBlock(orElse),
        isAsync: isAsync, range: s.range)
    case .try(let body, let handlers, let orElse, let finally, let isStar):
      let handlerNodes = try exceptHandlers(handlers)
      return SuspendingTryStatement(
        body: try compileBlock(body, range: s.range), handlers: handlerNodes,
        orElse: try optionalBlock(orElse), finally: try optionalBlock(finally), isStar: isStar,
        range: s.range)
    case .with(let items, let body, let isAsync):
      var inner = try compileBlock(body, range: s.range)
      for item in items.reversed() {
        let node = SuspendingWithStatement(
          context: try expression(item.context),
          target: try item.target.map { v throws(PyError) in try target(v) }, body: inner,
          isAsync: isAsync, range: s.range)
        inner = BlockNode([node], range: s.range)
        inner.suspends = true
      }
      return inner
    default:
      break
    }
    return try plainStatement(s)
  }

  /// `yield x`, `targets = yield x` and the `yield from` forms.
  private mutating func yieldStatement(_ s: Statement) throws(PyError) -> StmtNode? {
    let value: Expression
    var targets: [TargetNode] = []
    switch s.kind {
    case .expression(let e): value = e
    case .assign(let ts, let v):
      value = v
      guard Suspension.isSuspension(v), !isAwait(v) else { return nil }
      for t in ts { targets.append(try target(t)) }
    default: return nil
    }
    switch value.kind {
    case .yield(let operand):
      return YieldStatement(
        operand: try operand.map { v throws(PyError) in try expression(v) }, targets: targets,
        isFrom: false, yieldRange: value.range, range: s.range)
    case .yieldFrom(let operand):
      return YieldStatement(
        operand: try expression(operand), targets: targets, isFrom: true, yieldRange: value.range,
        range: s.range)
    default:
      return nil
    }
  }

  private func isAwait(_ e: Expression) -> Bool {
    if case .await = e.kind { return true }
    return false
  }

  private mutating func exceptHandlers(_ handlers: [ExceptHandler]) throws(PyError) -> [HandlerNode] {
    var nodes: [HandlerNode] = []
    for h in handlers {
      nodes.append(
        HandlerNode(
          type: try h.type.map { v throws(PyError) in try expression(v) },
          target: h.name.map { storeName($0, h.range) },
          body: try compileBlock(h.body, range: h.range), range: h.range))
    }
    return nodes
  }

  /// An `await` of a call gets the node that can run an `async def` in place.
  private func awaitStatement(_ node: AwaitStatement) -> StmtNode {
    if let call = node.operand as? CallNode { return AwaitCallStatement(call: call, statement: node) }
    if let call = node.operand as? MethodCallNode { return AwaitMethodCallStatement(call: call, statement: node) }
    return node
  }

  private mutating func plainStatement(_ s: Statement) throws(PyError) -> StmtNode {
    switch s.kind {
    case .expression(let e):
      if displaysExpressions && scope.kind == .module {
        return DisplayStatement(try expression(e), range: s.range)
      }
      return ExpressionStatement(try expression(e))
    case .assign(let targets, let value):
      let v = try expression(value)
      if targets.count == 1, case .name(let n) = targets[0].kind,
        case .local(let slot) = scope.binding(renamed(n))
      {
        return LocalAssignStatement(slot: slot, value: v, range: s.range)
      }
      var nodes: [TargetNode] = []
      for t in targets { nodes.append(try target(t)) }
      return AssignStatement(targets: nodes, value: v, range: s.range)
    case .augmentedAssign(let t, let op, let value):
      let v = try expression(value)
      let kind: AugmentedAssignStatement.Kind
      switch t.kind {
      case .name(let n): kind = .name(load(n, t.range), storeName(n, t.range))
      case .attribute(let object, let name):
        kind = .attribute(try expression(object), interp.name(name))
      case .subscript(let object, let index):
        kind = .subscript(try expression(object), try expression(index))
      default: throw interp.error("SyntaxError", "illegal expression for augmented assignment")
      }
      return AugmentedAssignStatement(op: op, kind: kind, value: v, range: s.range)
    case .annotatedAssign(let t, let annotation, let value):
      return try annotatedAssignment(t, annotation, value, s.range)
    case .delete(let targets):
      var nodes: [TargetNode] = []
      for t in targets { nodes.append(try target(t)) }
      return DeleteStatement(targets: nodes, range: s.range)
    case .pass: return PassStatement(range: s.range)
    case .break: return BreakStatement(range: s.range)
    case .continue: return ContinueStatement(range: s.range)
    case .return(let value):
      return ReturnStatement(value: try value.map { v throws(PyError) in try expression(v) }, range: s.range)
    case .raise(let e, let cause):
      return RaiseStatement(
        exception: try e.map { v throws(PyError) in try expression(v) },
        cause: try cause.map { v throws(PyError) in try expression(v) }, range: s.range)
    case .global, .nonlocal:
      return PassStatement(range: s.range)
    case .assert(let test, let message):
      return AssertStatement(
        test: try expression(test),
        message: try message.map { v throws(PyError) in try expression(v) }, range: s.range)
    case .import(let names):
      if names.count == 1 {
        let n = names[0]
        let bound = n.alias ?? String(n.name.split(separator: ".")[0])
        return ImportStatement(
          module: n.name, target: storeName(bound, n.range), bindsTop: n.alias == nil,
          range: s.range)
      }
      var nodes: [StmtNode] = []
      for n in names {
        let bound = n.alias ?? String(n.name.split(separator: ".")[0])
        nodes.append(
          ImportStatement(
            module: n.name, target: storeName(bound, n.range), bindsTop: n.alias == nil,
            range: s.range))
      }
      return BlockNode(nodes, range: s.range)
    case .importFrom(let moduleName, let names, _):
      var pairs: [(String, TargetNode?)] = []
      for n in names {
        pairs.append((n.name, n.name == "*" ? nil : storeName(n.alias ?? n.name, n.range)))
      }
      return ImportFromStatement(module: moduleName, names: pairs, range: s.range)
    case .if(let test, let body, let orElse):
      return IfStatement(
        test: try expression(test), body: try compileBlock(body, range: s.range),
        orElse: try optionalBlock(orElse), range: s.range)
    case .while(let test, let body, let orElse):
      return WhileStatement(
        test: try expression(test), body: try compileBlock(body, range: s.range),
        orElse: try optionalBlock(orElse), range: s.range)
    case .for(let t, let iterable, let body, let orElse, let isAsync):
      if isAsync { return UnsupportedStatement(what: "'async for'", range: s.range) }
      let iterableNode = try iterableExpression(iterable)
      return ForStatement(
        target: try target(t), iterable: iterableNode,
        body: try compileBlock(body, range: s.range), orElse: try optionalBlock(orElse),
        range: s.range)
    case .try(let body, let handlers, let orElse, let finally, let isStar):
      let handlerNodes = try exceptHandlers(handlers)
      return TryStatement(
        body: try compileBlock(body, range: s.range), handlers: handlerNodes,
        orElse: try optionalBlock(orElse), finally: try optionalBlock(finally), isStar: isStar,
        range: s.range)
    case .with(let items, let body, let isAsync):
      if isAsync { return UnsupportedStatement(what: "'async with'", range: s.range) }
      var inner: StmtNode = try compileBlock(body, range: s.range)
      for item in items.reversed() {
        inner = WithStatement(
          context: try expression(item.context),
          target: try item.target.map { v throws(PyError) in try target(v) }, body: inner,
          range: s.range)
      }
      return inner
    case .functionDefinition(let def):
      var decorators: [ExprNode] = []
      for d in def.decorators { decorators.append(try expression(d)) }
      // A lowered generator expression's function is named `<genexpr>`, as in CPython.
      let maker = try functionMaker(
        name: GeneratorExpressionLowering.visibleName(def.name), parameters: def.parameters,
        at: def.headerRange.start, header: def.headerRange, isAsync: def.isAsync
      ) { (c: inout Compiler) throws(PyError) in
        try c.compileBlock(def.body, range: def.headerRange)
      }
      let docstring = Compiler.docstring(def.body)
      let made = FunctionMaker(
        code: maker.code, defaults: maker.defaults, keywordDefaults: maker.keywordDefaults,
        closureSlots: maker.closureSlots, docstring: docstring)
      return FunctionDefinitionStatement(
        maker: made, decorators: decorators, target: storeName(def.name, s.range),
        range: s.range)
    case .classDefinition(let def):
      return try classDefinition(def, s)
    }
  }

  /// `target: annotation = value`, as CPython's compiler_annassign.
  private mutating func annotatedAssignment(
    _ t: Expression, _ annotation: Expression, _ value: Expression?, _ range: SourceRange
  ) throws(PyError) -> StmtNode {
    var valueNode: ExprNode?
    var targetNode: TargetNode?
    if let value {
      valueNode = try expression(value)
      targetNode = try target(t)
    }
    var sideEffects: [ExprNode] = []
    if value == nil {
      switch t.kind {
      case .attribute(let object, _): sideEffects.append(try expression(object))
      case .subscript(let object, let index):
        sideEffects.append(try expression(object))
        sideEffects.append(try expression(index))
      default: break
      }
    }
    // Annotations are evaluated only in a module or class body; a name's is recorded.
    var annotationNode: ExprNode?
    var annotations: (load: ExprNode, key: Value)?
    if scope.kind != .function {
      annotationNode = try expression(annotation)
      if case .name(let n) = t.kind {
        annotations = (load("__annotations__", range), interp.str(n))
      }
    }
    return AnnotationStatement(
      target: targetNode, value: valueNode, sideEffects: sideEffects, annotation: annotationNode,
      annotations: annotations, range: range)
  }

  /// Whether a body has annotated assignments outside nested functions and classes (CPython's
  /// `find_ann`), so a class body starts by making `__annotations__`.
  static func hasAnnotations(_ body: [Statement]) -> Bool {
    for statement in body {
      switch statement.kind {
      case .annotatedAssign: return true
      case .if(_, let a, let b), .while(_, let a, let b), .for(_, _, let a, let b, _):
        if hasAnnotations(a) || hasAnnotations(b) { return true }
      case .with(_, let a, _):
        if hasAnnotations(a) { return true }
      case .try(let a, let handlers, let b, let c, _):
        if hasAnnotations(a) || hasAnnotations(b) || hasAnnotations(c) { return true }
        for h in handlers where hasAnnotations(h.body) { return true }
      default: break
      }
    }
    return false
  }

  static func docstring(_ body: [Statement]) -> String? {
    if let first = body.first, case .expression(let e) = first.kind, case .string(let text) = e.kind {
      return text
    }
    return nil
  }

  private mutating func classDefinition(_ def: ClassDefinition, _ s: Statement) throws(PyError)
    -> StmtNode
  {
    var decorators: [ExprNode] = []
    for d in def.decorators { decorators.append(try expression(d)) }
    var bases: [ArgumentNode] = []
    for a in def.arguments { bases.append(try argument(a)) }
    let classScope = scopes[s.range.start]!
    let qualified = (qualifiedPrefix + [def.name]).joined(separator: ".")
    let code = FunctionCode(
      name: def.name, qualifiedName: qualified, source: source, headerRange: s.range)
    let saved = (scope, renames, qualifiedPrefix)
    scope = classScope
    renames = []
    qualifiedPrefix = qualifiedPrefix + [def.name]
    code.body = try compileBlock(def.body, range: s.range)
    code.setsUpAnnotations = Compiler.hasAnnotations(def.body)
    (scope, renames, qualifiedPrefix) = saved
    code.slotCount = classScope.slotCount
    code.freeSlots = classScope.frees.sorted().compactMap { classScope.slots[$0] }
    code.cellSlots = classScope.cells.compactMap { classScope.slots[$0] }
    let closureSlots = classScope.frees.sorted().compactMap { closureSlot(for: $0) }
    return ClassDefinitionStatement(
      name: def.name, qualifiedName: qualified, bases: bases, body: code,
      decorators: decorators, target: storeName(def.name, s.range), closureSlots: closureSlots,
      classCellSlot: classScope.cells.contains("__class__") ? classScope.slots["__class__"] : nil,
      docstring: Compiler.docstring(def.body), range: s.range)
  }

  /// Whether a name read here may mean a builtin: it is neither local nor free.
  private func refersToBuiltins(_ name: String) -> Bool {
    switch scope.binding(renamed(name)) {
    case .global, .classNamespace: return true
    case .local, .cell, .free: return false
    }
  }

  /// The current function's variables in the order CPython's `locals()` lists them:
  /// parameters, other locals in order of first binding, captured locals sorted, then free
  /// variables sorted.
  private func localVariables() -> [LocalVariable] {
    let parameters = parameterOrder
    var locals: [(String, Int)] = []
    var cells: [String] = []
    var frees: [String] = []
    for (name, slot) in scope.slots where !name.contains("@") && !scope.parameters.contains(name) {
      if scope.frees.contains(name) {
        frees.append(name)
      } else if scope.cells.contains(name) {
        cells.append(name)
      } else {
        locals.append((name, slot))
      }
    }
    func variable(_ name: String) -> LocalVariable? {
      guard let slot = scope.slots[name] else { return nil }
      return LocalVariable(
        name: name, slot: slot, isCell: scope.cells.contains(name) || scope.frees.contains(name))
    }
    return parameters.compactMap(variable) + locals.sorted { $0.1 < $1.1 }.compactMap { variable($0.0) }
      + cells.sorted().compactMap(variable) + frees.sorted().compactMap(variable)
  }

  /// The slot in the current scope that holds the cell for `name`, for a closure.
  private func closureSlot(for name: String) -> Int? {
    scope.slots[name]
  }

  private mutating func functionMaker(
    name: String, parameters: Parameters, at location: SourceLocation, header: SourceRange,
    isAsync: Bool, body: (inout Compiler) throws(PyError) -> BlockNode
  ) throws(PyError) -> FunctionMaker {
    let functionScope = scopes[location]!
    var defaults: [ExprNode] = []
    for p in parameters.positionalOnly + parameters.regular {
      if let d = p.defaultValue { defaults.append(try expression(d)) }
    }
    var keywordDefaults: [(String, ExprNode)] = []
    for p in parameters.keywordOnly {
      if let d = p.defaultValue { keywordDefaults.append((p.name, try expression(d))) }
    }
    let qualified = (qualifiedPrefix + [name]).joined(separator: ".")
    let code = FunctionCode(name: name, qualifiedName: qualified, source: source, headerRange: header)
    let saved = (scope, renames, qualifiedPrefix, parameterOrder)
    scope = functionScope
    renames = renames + [Resolver.parameterRenames(parameters)]
    qualifiedPrefix = qualifiedPrefix + [name, "<locals>"]
    parameterOrder = (parameters.positionalOnly + parameters.regular + parameters.keywordOnly).map(\.name)
      + [parameters.variadic, parameters.keywordVariadic].compactMap { $0?.name }
    code.body = try body(&self)
    (scope, renames, qualifiedPrefix, parameterOrder) = saved
    let positional = parameters.positionalOnly + parameters.regular
    code.parameterNames = positional.map(\.name) + parameters.keywordOnly.map(\.name)
    code.positionalCount = positional.count
    code.positionalOnlyCount = parameters.positionalOnly.count
    code.keywordOnlyCount = parameters.keywordOnly.count
    code.variadicSlot = parameters.variadic.flatMap { functionScope.slots[$0.name] }
    code.keywordVariadicSlot = parameters.keywordVariadic.flatMap { functionScope.slots[$0.name] }
    code.slotCount = functionScope.slotCount
    if functionScope.hasYield && !isAsync { code.program = GeneratorProgramBuilder.build(code) }
    code.localNames = functionScope.slots.sorted { $0.value < $1.value }.map(\.key)
      .filter { !$0.contains("@") && !functionScope.frees.contains($0) }
    let frees = functionScope.frees.sorted()
    code.freeSlots = frees.compactMap { functionScope.slots[$0] }
    let parameterNames = Set(parameters.all.map(\.name))
    code.cellSlots = functionScope.cells.filter { !parameterNames.contains($0) && !functionScope.frees.contains($0) }
      .compactMap { functionScope.slots[$0] }
    code.cellParameters = functionScope.cells.filter { parameterNames.contains($0) }
      .compactMap { functionScope.slots[$0] }
    code.isGenerator = functionScope.hasYield
    code.isAsync = isAsync
    code.isSimple =
      parameters.variadic == nil && parameters.keywordVariadic == nil
      && parameters.keywordOnly.isEmpty && code.cellParameters.isEmpty
    code.needsSetup =
      !code.cellSlots.isEmpty || !code.freeSlots.isEmpty || code.isGenerator || code.isAsync
    let closureSlots = frees.compactMap { closureSlot(for: $0) }
    return FunctionMaker(
      code: code, defaults: defaults, keywordDefaults: keywordDefaults,
      closureSlots: closureSlots, docstring: nil)
  }

  // MARK: - Expressions

  mutating func argument(_ a: Argument) throws(PyError) -> ArgumentNode {
    switch a {
    case .positional(let e): return .positional(try expression(e))
    case .starred(let e): return .starred(try expression(e))
    case .keyword(let name, let e, _): return .keyword(name, try expression(e))
    case .doubleStarred(let e): return .doubleStarred(try expression(e))
    }
  }

  mutating func elements(_ items: [Expression]) throws(PyError) -> [ElementNode] {
    var result: [ElementNode] = []
    for item in items {
      if case .starred(let inner) = item.kind {
        result.append(.starred(try expression(inner)))
      } else {
        result.append(.single(try expression(item)))
      }
    }
    return result
  }

  mutating func expression(_ e: Expression) throws(PyError) -> ExprNode {
    switch e.kind {
    case .name(let name): return load(name, e.range)
    case .none: return ConstantNode(.none, range: e.range)
    case .true: return ConstantNode(.bool(true), range: e.range)
    case .false: return ConstantNode(.bool(false), range: e.range)
    case .ellipsis: return ConstantNode(interp.ellipsis, range: e.range)
    case .integer(let digits, let radix):
      if let small = Int(digits, radix: radix) { return ConstantNode(.int(small), range: e.range) }
      let big = BigInt(digits, radix: radix) ?? 0
      return ConstantNode(makeInt(big, interp), range: e.range)
    case .float(let d): return ConstantNode(.float(d), range: e.range)
    case .imaginary(let d):
      return ConstantNode(interp.makeComplex(Complex(real: 0, imag: d)), range: e.range)
    case .string(let text): return ConstantNode(interp.str(text), range: e.range)
    case .bytes(let text):
      return ConstantNode(
        .object(BytesObject(text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }, type: interp.types.bytes)),
        range: e.range)
    case .formattedString(let parts):
      return try formattedString(parts, e.range)
    case .tuple(let items):
      let nodes = try elements(items)
      if nodes.allSatisfy({ if case .single(let n) = $0 { return n is ConstantNode } else { return false } }) {
        let values = nodes.map { n -> Value in
          if case .single(let c) = n { return (c as! ConstantNode).value }
          return .none
        }
        return ConstantNode(interp.makeTuple(values), range: e.range)
      }
      return TupleNode(elements: nodes, range: e.range)
    case .list(let items): return ListNode(elements: try elements(items), range: e.range)
    case .set(let items):
      let nodes = try elements(items)
      // CPython folds three or more constants into a frozenset that the new set copies.
      if nodes.count > 2, let constant = constantFrozenSet(nodes) {
        return SetNode(elements: [], constant: constant, range: e.range)
      }
      return SetNode(elements: nodes, constant: nil, range: e.range)
    case .dictionary(let items):
      var nodes: [DictNode.Item] = []
      for item in items {
        switch item {
        case .pair(let k, let v): nodes.append(.pair(try expression(k), try expression(v)))
        case .unpack(let d): nodes.append(.unpack(try expression(d)))
        }
      }
      return DictNode(items: nodes, range: e.range)
    case .starred(let inner):
      return try expression(inner)
    case .attribute(let object, let name):
      return AttributeNode(object: try expression(object), name: interp.name(name), range: e.range)
    case .subscript(let object, let index):
      return SubscriptNode(object: try expression(object), index: try expression(index), range: e.range)
    case .slice(let lower, let upper, let step):
      return SliceNode(
        lower: try lower.map { v throws(PyError) in try expression(v) },
        upper: try upper.map { v throws(PyError) in try expression(v) },
        step: try step.map { v throws(PyError) in try expression(v) }, range: e.range)
    case .call(let callee, let arguments):
      if case .name(let n) = callee.kind, n.hasPrefix("<genexpr>@"), !n.hasPrefix("<genexpr>@@"),
        arguments.count == 1,
        case .positional(let first) = arguments[0]
      {
        // A lowered generator expression: `iter()` of its first iterable happens at once.
        return CallNode(
          callee: load(n, callee.range),
          arguments: [.positional(MakeIteratorNode(try expression(first), range: e.range))], range: e.range)
      }
      return try call(callee, arguments, e.range)
    case .unary(let op, let operand):
      let node = try expression(operand)
      if op == .not { return NotNode(operand: node, range: e.range) }
      if op == .minus, let c = node as? ConstantNode {
        if case .int(let i) = c.value, i != Int.min { return ConstantNode(.int(-i), range: e.range) }
        if case .float(let d) = c.value { return ConstantNode(.float(-d), range: e.range) }
      }
      return UnaryNode(op: op, operand: node, range: e.range)
    case .binary(let op, let a, let b):
      let left = try expression(a)
      let right = try expression(b)
      if let c = right as? ConstantNode, case .int(let constant) = c.value,
        IntConstantBinaryNode.handles(op, constant)
      {
        return IntConstantBinaryNode(op: op, left: left, constant: constant, range: e.range)
      }
      return BinaryNode(op: op, left: left, right: right, range: e.range)
    case .and(let a, let b):
      return AndNode(left: try expression(a), right: try expression(b), range: e.range)
    case .or(let a, let b):
      return OrNode(left: try expression(a), right: try expression(b), range: e.range)
    case .compare(let first, let rest):
      if rest.count == 1 {
        let left = try expression(first)
        let right = try expression(rest[0].1)
        if let c = right as? ConstantNode, case .int(let constant) = c.value,
          compareScalars(0, 0, rest[0].0) != nil
        {
          return IntConstantCompareNode(left: left, op: rest[0].0, constant: constant, range: e.range)
        }
        return SingleCompareNode(left: left, op: rest[0].0, right: right, range: e.range)
      }
      var operands: [ExprNode] = []
      for (_, operand) in rest { operands.append(try expression(operand)) }
      return CompareNode(
        first: try expression(first), operators: rest.map(\.0), operands: operands, range: e.range)
    case .conditional(let test, let body, let orElse):
      return ConditionalNode(
        test: try expression(test), body: try expression(body), orElse: try expression(orElse),
        range: e.range)
    case .lambda(let parameters, let body):
      let maker = try functionMaker(
        name: "<lambda>", parameters: parameters, at: e.range.start, header: e.range,
        isAsync: false
      ) { (c: inout Compiler) throws(PyError) in
        let value = try c.expression(body)
        return BlockNode([ReturnStatement(value: value, range: body.range)], range: body.range)
      }
      maker.code.isLambda = true
      return LambdaNode(maker: maker, range: e.range)
    case .listComprehension(let element, let clauses):
      return try comprehension(clauses, e.range) { (c: inout Compiler) throws(PyError) in
        .list(try c.expression(element))
      }
    case .setComprehension(let element, let clauses):
      return try comprehension(clauses, e.range) { (c: inout Compiler) throws(PyError) in
        .set(try c.expression(element))
      }
    case .generator(let element, let clauses):
      return try comprehension(clauses, e.range) { (c: inout Compiler) throws(PyError) in
        .generator(try c.expression(element))
      }
    case .dictionaryComprehension(let key, let value, let clauses):
      return try comprehension(clauses, e.range) { (c: inout Compiler) throws(PyError) in
        .dict(try c.expression(key), try c.expression(value))
      }
    case .await:
      return UnsupportedNode(what: "'await'", range: e.range)
    case .yield, .yieldFrom:
      return UnsupportedNode(what: "'yield'", range: e.range)
    case .namedExpression(let name, let value):
      // The name is bound in the enclosing scope, never a comprehension's private one.
      let saved = renames
      renames = []
      let targetNode = storeName(name, e.range)
      renames = saved
      return NamedExpressionNode(target: targetNode, value: try expression(value), range: e.range)
    }
  }

  /// The iterable of a `for` loop or comprehension: CPython iterates a set display of
  /// constants as a frozenset constant.
  private mutating func iterableExpression(_ e: Expression) throws(PyError) -> ExprNode {
    if case .set(let items) = e.kind {
      let nodes = try elements(items)
      if let constant = constantFrozenSet(nodes) { return ConstantNode(.object(constant), range: e.range) }
      return SetNode(elements: nodes, constant: nil, range: e.range)
    }
    return try expression(e)
  }

  /// The frozenset CPython's compiler makes of a display whose elements are all constants:
  /// built from them in order, then rebuilt in its own iteration order when the code object's
  /// constants are merged. Nil when an element is not a constant or not hashable.
  private func constantFrozenSet(_ nodes: [ElementNode]) -> SetObject? {
    var values: [Value] = []
    for node in nodes {
      guard case .single(let n) = node, let constant = n as? ConstantNode else { return nil }
      values.append(constant.value)
    }
    do throws(PyError) {
      let first = try interp.makeSet(frozen: true, from: interp.makeTuple(values))
      return try interp.makeSet(frozen: true, from: interp.makeList(first.elements))
    } catch {
      return nil
    }
  }

  private mutating func formattedString(_ parts: [FormattedPart], _ range: SourceRange)
    throws(PyError) -> FormattedStringNode
  {
    var nodes: [FormattedStringNode.Part] = []
    for part in parts {
      switch part {
      case .literal(let text): nodes.append(.literal(text))
      case .field(let value, let conversion, let spec, let debug):
        nodes.append(
          .field(
            try expression(value), conversion: conversion,
            spec: try spec.map { v throws(PyError) in try formattedString(v, range) }, debug: debug))
      }
    }
    return FormattedStringNode(parts: nodes, range: range)
  }

  private mutating func comprehension(
    _ clauses: [Comprehension], _ range: SourceRange,
    element: (inout Compiler) throws(PyError) -> ComprehensionNode.Kind
  ) throws(PyError) -> ExprNode {
    let suffix = Resolver.comprehensionSuffix(range.start)
    var map: [String: String] = [:]
    var compiled: [ComprehensionClause] = []
    for (index, clause) in clauses.enumerated() {
      if clause.isAsync { return UnsupportedNode(what: "asynchronous comprehensions", range: range) }
      let iterable: ExprNode
      if index == 0 {
        iterable = try iterableExpression(clause.iterable)
      } else {
        renames.append(map)
        iterable = try iterableExpression(clause.iterable)
        renames.removeLast()
      }
      for name in Resolver.targetNames(clause.target) { map[name] = name + suffix }
      renames.append(map)
      let targetNode = try target(clause.target)
      var conditions: [ExprNode] = []
      for c in clause.conditions { conditions.append(try expression(c)) }
      renames.removeLast()
      compiled.append(ComprehensionClause(target: targetNode, iterable: iterable, conditions: conditions))
    }
    renames.append(map)
    let kind = try element(&self)
    renames.removeLast()
    let name: String
    switch kind {
    case .list: name = "<listcomp>"
    case .set: name = "<setcomp>"
    case .dict: name = "<dictcomp>"
    case .generator: name = "<genexpr>"
    }
    return ComprehensionNode(
      kind: kind, clauses: compiled, info: CodeInfo(name: name, source: source), range: range)
  }

  private mutating func call(_ callee: Expression, _ arguments: [Argument], _ range: SourceRange)
    throws(PyError) -> ExprNode
  {
    // Zero-argument super() reads the __class__ cell and the first parameter.
    if case .name("super") = callee.kind, arguments.isEmpty, scope.kind == .function,
      case .global = scope.binding("super"), let classSlot = scope.slots["__class__"]
    {
      let first = scope.parameters.first.flatMap { scope.slots[$0] }
      return SuperNode(classSlot: classSlot, firstSlot: first, range: range)
    }
    if case .name(let name) = callee.kind, arguments.isEmpty,
      let kind = FrameIntrospectionNode.Kind(rawValue: name), refersToBuiltins(name)
    {
      return FrameIntrospectionNode(
        kind: kind, callee: try expression(callee),
        variables: scope.kind == .function ? localVariables() : nil, range: range)
    }
    if case .attribute(let object, let name) = callee.kind,
      arguments.allSatisfy({ if case .positional = $0 { return true } else { return false } })
    {
      var nodes: [ExprNode] = []
      let objectNode = try expression(object)
      for a in arguments { nodes.append(try expression(a.expression)) }
      return MethodCallNode(
        object: objectNode, name: interp.name(name), arguments: nodes,
        attributeRange: callee.range, range: range)
    }
    let calleeNode = try expression(callee)
    var nodes: [ArgumentNode] = []
    for a in arguments { nodes.append(try argument(a)) }
    return CallNode(callee: calleeNode, arguments: nodes, range: range)
  }
}

/// `async for` and `async with`: the suspending evaluator that runs them is not built yet.
final class UnsupportedStatement: StmtNode {
  let what: String

  init(what: String, range: SourceRange) {
    self.what = what
    super.init(range: range)
  }

  override func execute(_ f: Frame) throws(PyError) -> Completion {
    let error = f.interp.error("NotImplementedError", "\(what) is not supported yet")
    error.exception.locate(range)
    throw error
  }
}
