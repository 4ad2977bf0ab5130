// Namespaces as dicts: a module's `__dict__` (what `globals()` and `vars(module)` return) and
// a class's `__annotations__`.

extension Interpreter {
  /// A module's `__dict__`: one dict per module whose string-keyed writes update the module's
  /// variables; compiled code writes the variables directly, so each request brings the dict
  /// up to date with them.
  func moduleDict(_ module: ModuleObject) -> DictObject {
    let dict: DictObject
    if let existing = module.namespace {
      dict = existing
    } else {
      dict = makeDict()
      module.namespace = dict
    }
    dict.mirror = nil
    defer { dict.mirror = Unmanaged.passUnretained(module) }
    for key in module.order {
      guard let variable = module.variables[key] else { continue }
      if let v = variable.value {
        dict.setString(name(key), v)
      } else {
        dict.removeString(name(key))
      }
    }
    return dict
  }

  /// `C.__annotations__`: the class's own, never a base's; a class without any gets an empty
  /// dict on first access, as in CPython 3.10 and later.
  func classAnnotations(_ t: TypeObject) -> Value {
    if let own = t.dict.getString(dunder.__annotations__) { return own }
    let annotations = Value.object(makeDict())
    t.dict.setString(dunder.__annotations__, annotations)
    return annotations
  }
}
