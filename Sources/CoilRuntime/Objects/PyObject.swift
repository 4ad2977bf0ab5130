// The heap objects behind `Value.object`. Every object knows its Coil type. Builtin types are
// `TypeObject`s made by each `Interpreter` (there are no process-wide globals), so objects are
// created with the interpreter's type at hand.

import BigInt
import CoilSyntax

/// Any heap-allocated Coil object.
public class PyObject {
  /// The object's Coil type (`type(x)`).
  var type: TypeObject

  init(type: TypeObject) {
    self.type = type
  }

  /// Bootstraps `type` itself, whose type is itself.
  init(bootstrappingType: Void) {
    self.type = unsafeBitCast(0 as Int, to: TypeObject.self)
  }

  /// The instance attribute dictionary, for objects that have one.
  var attributes: DictObject? { nil }

  /// The next item of one of Coil's own iterators (iterator objects and generators), found by
  /// one virtual call where testing the class would take a dynamic cast.
  func nativeNext(_ interp: Interpreter) throws(PyError) -> NativeNext { .notNative }
}

/// What `nativeNext` gave.
enum NativeNext {
  case item(Value)
  case done
  /// Not one of Coil's own iterators: `__next__` is looked up.
  case notNative
}

/// What kind of Swift object a class's instances are, decided by its builtin base.
enum InstanceLayout {
  case plain
  case exception
  case list
  case dict
  case int
  case float
  case str
  case tuple
  case builtin
  /// A Swift object made by the builtin base's constructor, with an instance dict added
  /// (the asyncio primitives and queues).
  case native
}

/// A class: builtin or defined by a `class` statement.
public final class TypeObject: PyObject {
  var name: String
  var qualifiedName: String
  var moduleName: String
  var bases: [TypeObject]
  var mro: [TypeObject] = []
  let dict: DictObject
  let isBuiltin: Bool
  var layout: InstanceLayout
  /// A builtin type's constructor: `int(x)`, `list(it)`. Called with the type as first argument.
  var constructor: BuiltinFunctionObject?
  /// Set once a class defines any of the dunder methods the evaluator looks for, so plain
  /// instances skip the lookups.
  var hasCustomGetattr = false
  var hasCustomSetattr = false
  var hasCustomGetattribute = false
  var isBaseException = false
  var dataDescriptorFlag = false
  /// `__new__` and `__init__` as `instantiate` last looked them up, valid while
  /// `Interpreter.classEpoch` equals `creationEpoch`.
  var creationEpoch = -1
  var creationNew: Value?
  var creationInit: Value?
  /// CPython's `tp_name` where it differs from `name`: messages name a library module's C
  /// classes with their module (`unhashable type: 'collections.deque'`).
  var messageName: String?

  init(
    name: String, bases: [TypeObject], dict: DictObject, metatype: TypeObject?, isBuiltin: Bool,
    layout: InstanceLayout, moduleName: String = "builtins"
  ) {
    self.name = name
    self.qualifiedName = name
    self.moduleName = moduleName
    self.bases = bases
    self.dict = dict
    self.isBuiltin = isBuiltin
    self.layout = layout
    if let metatype {
      super.init(type: metatype)
    } else {
      super.init(bootstrappingType: ())
    }
  }

  override var attributes: DictObject? { dict }

  /// Finds `name` along the MRO, without descriptors applied.
  @inline(__always) func lookup(_ name: StrObject) -> Value? {
    for klass in mro {
      if let value = klass.dict.getString(name) { return value }
    }
    return nil
  }

  func lookup(_ name: String) -> Value? {
    for klass in mro {
      if let value = klass.dict.getString(name) { return value }
    }
    return nil
  }

  func isSubtype(of other: TypeObject) -> Bool {
    if self === other { return true }
    for klass in mro where klass === other { return true }
    return false
  }

  /// Computes the C3 linearization; nil when the bases admit none.
  static func c3(_ type: TypeObject, bases: [TypeObject]) -> [TypeObject]? {
    if case .success(let mro) = linearize(type, bases: bases) { return mro }
    return nil
  }

  /// The C3 linearization, or the heads that could not be ordered (CPython names them).
  static func linearize(_ type: TypeObject, bases: [TypeObject]) -> Result<[TypeObject], C3Failure> {
    var sequences = bases.map { $0.mro } + [bases]
    var result: [TypeObject] = [type]
    while true {
      sequences = sequences.filter { !$0.isEmpty }
      if sequences.isEmpty { return .success(result) }
      var candidate: TypeObject?
      for sequence in sequences {
        let head = sequence[0]
        let inTail = sequences.contains { seq in seq.dropFirst().contains { $0 === head } }
        if !inTail {
          candidate = head
          break
        }
      }
      guard let next = candidate else {
        var heads: [TypeObject] = []
        for sequence in sequences where !heads.contains(where: { $0 === sequence[0] }) {
          heads.append(sequence[0])
        }
        return .failure(C3Failure(heads: heads))
      }
      result.append(next)
      for i in sequences.indices where sequences[i].first === next {
        sequences[i].removeFirst()
      }
    }
  }
}

/// The classes whose order C3 could not decide.
struct C3Failure: Error {
  let heads: [TypeObject]
}

/// An instance of a class defined in Coil code.
final class InstanceObject: PyObject {
  let dict: DictObject

  init(type: TypeObject, dict: DictObject) {
    self.dict = dict
    super.init(type: type)
  }

  override var attributes: DictObject? { dict }
}

/// An int too large for a machine word, or an instance of a Coil subclass of int (any size).
final class BigIntObject: PyObject {
  let value: BigInt
  /// A subclass instance's attributes.
  var instanceDict: DictObject?

  init(_ value: BigInt, type: TypeObject) {
    self.value = value
    super.init(type: type)
  }

  override var attributes: DictObject? { instanceDict }
}

/// An instance of a Coil subclass of float; plain floats live inline in `Value`.
final class FloatObject: PyObject {
  let value: Double
  let instanceDict: DictObject

  init(_ value: Double, type: TypeObject, dict: DictObject) {
    self.value = value
    self.instanceDict = dict
    super.init(type: type)
  }

  override var attributes: DictObject? { instanceDict }
}

/// A mutable cell holding a variable captured by a closure.
final class CellObject: PyObject {
  var value: Value?

  init(_ value: Value?, type: TypeObject) {
    self.value = value
    super.init(type: type)
  }
}

/// A module: its globals are `GlobalVariable` boxes that compiled code reaches directly.
final class ModuleObject: PyObject {
  let name: String
  var variables: [String: GlobalVariable] = [:]
  /// Order in which globals were first defined, for `dir()` and `globals()`.
  var order: [String] = []
  var path: String?
  /// The `__dict__` made by `globals()` or `vars(module)`, kept in step with the variables.
  var namespace: DictObject?

  init(name: String, type: TypeObject) {
    self.name = name
    super.init(type: type)
  }

  /// The box for `name`, created unbound when missing.
  func variable(_ name: String) -> GlobalVariable {
    if let existing = variables[name] { return existing }
    let created = GlobalVariable(name: name)
    variables[name] = created
    order.append(name)
    return created
  }

  func get(_ name: String) -> Value? {
    variables[name]?.value
  }

  func set(_ name: String, _ value: Value) {
    variable(name).value = value
  }
}

/// One module-level variable. Compiled code holds the box, so a global read is one load.
final class GlobalVariable {
  let name: String
  var value: Value?

  init(name: String) {
    self.name = name
  }
}

/// `None`-like singletons with a fixed repr: `NotImplemented`, `Ellipsis`.
final class SingletonObject: PyObject {
  let name: String

  init(name: String, type: TypeObject) {
    self.name = name
    super.init(type: type)
  }
}

/// A `slice(start, stop, step)` object.
final class SliceObject: PyObject {
  let start: Value
  let stop: Value
  let step: Value

  init(start: Value, stop: Value, step: Value, type: TypeObject) {
    self.start = start
    self.stop = stop
    self.step = step
    super.init(type: type)
  }
}

/// A `range` whose bounds and length fit machine ints (the evaluator's fast paths iterate it
/// directly); other ranges are `BigRangeObject`s. Made by `Interpreter.makeRange`.
final class RangeObject: PyObject {
  let start: Int
  let stop: Int
  let step: Int
  /// The number of elements, computed once (the arithmetic could overflow on the fly).
  let count: Int

  init(start: Int, stop: Int, step: Int, count: Int, type: TypeObject) {
    self.start = start
    self.stop = stop
    self.step = step
    self.count = count
    super.init(type: type)
  }

  /// The element at `index` (0 <= index < count). It lies between start and stop, so wrapping
  /// arithmetic gives it exactly even where an intermediate product would overflow.
  func element(_ index: Int) -> Int { start &+ index &* step }
}

/// A `range` with a bound or a length beyond machine ints.
final class BigRangeObject: PyObject {
  let start: BigInt
  let stop: BigInt
  let step: BigInt
  let count: BigInt

  init(start: BigInt, stop: BigInt, step: BigInt, count: BigInt, type: TypeObject) {
    self.start = start
    self.stop = stop
    self.step = step
    self.count = count
    super.init(type: type)
  }
}

/// `property(fget, fset, fdel, doc)`.
final class PropertyObject: PyObject {
  var getter: Value
  var setter: Value
  var deleter: Value
  var doc: Value
  /// The name it was given in a class body (`__set_name__`), for error messages.
  var name: String?

  /// `property 'x'` once named, else `property`, as CPython's messages say.
  var described: String { name.map { "property '\($0)'" } ?? "property" }

  init(getter: Value, setter: Value, deleter: Value, doc: Value, type: TypeObject) {
    self.getter = getter
    self.setter = setter
    self.deleter = deleter
    self.doc = doc
    super.init(type: type)
  }
}

/// `classmethod(f)` and `staticmethod(f)`.
final class MethodWrapperObject: PyObject {
  enum Kind { case classMethod, staticMethod }
  let kind: Kind
  let function: Value
  let dict: DictObject

  init(kind: Kind, function: Value, type: TypeObject, dict: DictObject) {
    self.kind = kind
    self.function = function
    self.dict = dict
    super.init(type: type)
  }

  override var attributes: DictObject? { dict }
}

/// `super()` bound to a class and an instance.
final class SuperObject: PyObject {
  let thisClass: TypeObject
  let instance: Value
  /// The type whose MRO is searched: the instance's type, or the class for class methods.
  let startType: TypeObject

  init(thisClass: TypeObject, instance: Value, startType: TypeObject, type: TypeObject) {
    self.thisClass = thisClass
    self.instance = instance
    self.startType = startType
    super.init(type: type)
  }
}

/// A function bound to the object it was looked up on.
final class BoundMethodObject: PyObject {
  let function: Value
  let receiver: Value

  init(function: Value, receiver: Value, type: TypeObject) {
    self.function = function
    self.receiver = receiver
    super.init(type: type)
  }
}

/// A function written in Swift.
final class BuiltinFunctionObject: PyObject {
  typealias Body = (Interpreter, [Value], Keywords) throws(PyError) -> Value
  typealias AsyncBody = (Interpreter, [Value], Keywords) async throws(PyError) -> Value
  let name: String
  let body: Body
  /// For a method that returns a coroutine (`Queue.get`): the coroutine's work, which
  /// `await obj.method(...)` runs in place without making the coroutine.
  var asyncBody: AsyncBody?
  /// For methods: the type they belong to, shown in reprs as `<method 'x' of 'list' objects>`.
  // Not `weak`: a weak reference moves the type's reference count to a side table and makes
  // every retain of the type (one per object created) take the slow path. Builtin types live
  // as long as their interpreter.
  unowned(unsafe) let owner: TypeObject?
  /// For functions bound to a module or object (`random.random`), the receiver passed first.
  let boundReceiver: Value?
  /// The function called with one positional argument, for builtins that take one this often
  /// (`len(x)`, `next(it)`): the call needs no argument array.
  var unary: ((Interpreter, Value) throws(PyError) -> Value)?
  /// For a method called this often with one argument (`list.append(x)`): the method called
  /// with its receiver (of the method's own builtin class) and the argument, no array.
  var withOneArgument: ((Interpreter, Value, Value) throws(PyError) -> Value)?

  init(name: String, type: TypeObject, owner: TypeObject? = nil, receiver: Value? = nil, body: @escaping Body) {
    self.name = name
    self.body = body
    self.owner = owner
    self.boundReceiver = receiver
    super.init(type: type)
  }
}

extension TypeObject {
  /// Whether instances may have properties or other data descriptors in their class.
  /// Computed when the class is made. A property assigned to a class later sets
  /// `descriptorsAddedLate`, after which classes also consult their bases, whose flags may
  /// have changed since.
  var hasDataDescriptors: Bool {
    get {
      dataDescriptorFlag || (TypeObject.descriptorsAddedLate && mro.contains { $0.dataDescriptorFlag })
    }
    set { dataDescriptorFlag = newValue }
  }

  /// Whether any class was given a data descriptor after it was made (see `hasDataDescriptors`).
  /// Only ever goes from false to true.
  nonisolated(unsafe) static var descriptorsAddedLate = false
}
