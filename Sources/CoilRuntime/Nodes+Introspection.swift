// Nodes that need the running frame's variables: `locals()`, `vars()`, `dir()` and `globals()`
// called without arguments, and annotated assignments, which record annotations in the
// module's or class's `__annotations__`.

import CoilSyntax

/// Where a local variable of a function lives, for `locals()`.
struct LocalVariable {
  let name: String
  let slot: Int
  /// The slot holds a cell (a variable captured by an inner function, or a free variable).
  let isCell: Bool
}

/// `locals()`, `vars()`, `dir()` or `globals()` with no arguments. Builtins do not see the
/// calling frame, so the call is compiled to this node; when the name still means the builtin
/// at run time the node answers from the frame, and otherwise it is an ordinary call.
final class FrameIntrospectionNode: ExprNode {
  enum Kind: String {
    case locals, vars, dir, globals
  }
  let kind: Kind
  let callee: ExprNode
  /// A function's variables in CPython's order; nil in a module or class body.
  let variables: [LocalVariable]?

  init(kind: Kind, callee: ExprNode, variables: [LocalVariable]?, range: SourceRange) {
    self.kind = kind
    self.callee = callee
    self.variables = variables
    super.init(range: range)
  }

  override func evaluate(_ f: Frame) throws(PyError) -> Value {
    let interp = f.interp
    let function = try callee.evaluate(f)
    guard case .object(let o) = function, let builtin = o as? BuiltinFunctionObject,
      builtin.owner == nil, builtin.boundReceiver == nil, builtin.name == kind.rawValue
    else {
      do throws(PyError) { return try interp.call(function, []) } catch {
        error.exception.locate(range)
        throw error
      }
    }
    let module = f.header.module
    switch kind {
    case .globals: return .object(interp.moduleDict(module))
    case .locals, .vars: return .object(localsDict(f))
    case .dir:
      var names = localsDict(f).keys
      try interp.sortValues(&names, key: nil, reverse: nil)
      return interp.makeList(names)
    }
  }

  /// The frame's variables as a dict: the module's `__dict__`, the class namespace, or a new
  /// dict of the function's bound variables.
  private func localsDict(_ f: Frame) -> DictObject {
    let interp = f.interp
    guard let variables else {
      if let namespace = f.header.namespace { return namespace }
      return interp.moduleDict(f.header.module)
    }
    let dict = interp.makeDict()
    let slots = f.slots
    for variable in variables {
      guard var value = slots[variable.slot] else { continue }
      if variable.isCell {
        guard case .object(let o) = value, let cell = o as? CellObject, let inner = cell.value else { continue }
        value = inner
      }
      dict.setString(interp.name(variable.name), value)
    }
    return dict
  }
}

/// `target: annotation = value`. In a module or class body the annotation of a name is stored
/// in `__annotations__`; the annotation of any other target is evaluated and dropped; in a
/// function it is not evaluated. Without a value, an attribute or subscript target's object
/// (and subscript) are still evaluated, as CPython does.
final class AnnotationStatement: StmtNode {
  let target: TargetNode?
  let value: ExprNode?
  /// Evaluated before the annotation when there is no value to store.
  let sideEffects: [ExprNode]
  let annotation: ExprNode?
  /// For a simple name in a module or class: the `__annotations__` lookup and the key.
  let annotations: (load: ExprNode, key: Value)?

  init(
    target: TargetNode?, value: ExprNode?, sideEffects: [ExprNode], annotation: ExprNode?,
    annotations: (load: ExprNode, key: Value)?, range: SourceRange
  ) {
    self.target = target
    self.value = value
    self.sideEffects = sideEffects
    self.annotation = annotation
    self.annotations = annotations
    super.init(range: range)
  }

  override func execute(_ f: Frame) throws(PyError) -> Completion {
    if let value, let target { try target.store(try value.evaluate(f), f) }
    for node in sideEffects { _ = try node.evaluate(f) }
    guard let annotation else { return .normal }
    let evaluated = try annotation.evaluate(f)
    if let (load, key) = annotations {
      try f.interp.setItem(try load.evaluate(f), key, evaluated)
    }
    return .normal
  }
}
