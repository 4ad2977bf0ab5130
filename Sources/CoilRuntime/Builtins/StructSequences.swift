// Struct sequences such as `sys.version_info`: tuples whose items are also named attributes,
// printed as `sys.version_info(major=3, minor=11, ...)`.

extension Interpreter {
  /// A tuple subclass whose instances name their items `fields`.
  func makeStructSequenceType(_ name: String, module: String, fields: [String]) -> TypeObject {
    let t = makeType(name, base: types.tuple, layout: .tuple, module: module)
    for (index, field) in fields.enumerated() {
      let getter = makeBuiltin(field) { interp, args, _ throws(PyError) in
        let tuple = try interp.receiver(args, TupleObject.self, field, "\(module).\(name)")
        return tuple.items[index]
      }
      t.dict.setString(self.name(field), .object(PropertyObject(getter: .object(getter), setter: .none, deleter: .none, doc: .none, type: types.property)))
    }
    t.hasDataDescriptors = true
    structSequenceFields[ObjectIdentifier(t)] = fields
    return t
  }

  /// `module.name(field=value, ...)` for a struct sequence; nil for other tuples.
  func structSequenceRepr(_ t: TupleObject) throws(PyError) -> String? {
    guard t.type !== types.tuple, let fields = structSequenceFields[ObjectIdentifier(t.type)] else { return nil }
    var parts: [String] = []
    for (field, value) in zip(fields, t.items) { parts.append("\(field)=\(try repr(value))") }
    return "\(t.type.moduleName).\(t.type.name)(\(parts.joined(separator: ", ")))"
  }
}
