// The interpreter object: builtin types, the builtins module, loaded modules, output sinks and
// the recursion counter. It is never a global: the CLI, the REPL and the tests each make their
// own, and it runs on one thread.

import CoilSyntax
import BigInt

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Builtin type objects, made once per interpreter.
final class BuiltinTypes {
  let object: TypeObject
  let type: TypeObject
  var none: TypeObject!
  var bool: TypeObject!
  var int: TypeObject!
  var float: TypeObject!
  var complex: TypeObject!
  var str: TypeObject!
  var bytes: TypeObject!
  var list: TypeObject!
  var tuple: TypeObject!
  var dict: TypeObject!
  var set: TypeObject!
  var frozenset: TypeObject!
  var range: TypeObject!
  var slice: TypeObject!
  var function: TypeObject!
  var builtinFunction: TypeObject!
  var method: TypeObject!
  var cell: TypeObject!
  var module: TypeObject!
  var property: TypeObject!
  var classmethod: TypeObject!
  var staticmethod: TypeObject!
  var superType: TypeObject!
  var notImplementedType: TypeObject!
  var ellipsisType: TypeObject!
  var iterator: TypeObject!
  var map: TypeObject!
  var filter: TypeObject!
  var zip: TypeObject!
  var enumerate: TypeObject!
  var file: TypeObject!
  var dictKeys: TypeObject!
  var dictValues: TypeObject!
  var dictItems: TypeObject!
  var partial: TypeObject!
  var traceback: TypeObject!
  var genericAlias: TypeObject!

  init() {
    // `type` and `object` refer to each other, so they are wired by hand.
    let typeDict = DictObject(type: unsafeBitCast(0 as Int, to: TypeObject.self))
    type = TypeObject(
      name: "type", bases: [], dict: typeDict, metatype: nil, isBuiltin: true, layout: .builtin)
    type.type = type
    typeDict.type = type  // replaced with `dict` once it exists
    object = TypeObject(
      name: "object", bases: [], dict: DictObject(type: type), metatype: type, isBuiltin: true,
      layout: .plain)
    object.mro = [object]
    type.bases = [object]
    type.mro = [type, object]
  }
}

/// Runs Coil programs.
public final class Interpreter {
  let types = BuiltinTypes()
  /// Exception classes by name: `exceptions["ValueError"]`.
  var exceptions: [String: TypeObject] = [:]
  /// Exception classes the evaluator checks on hot paths, looked up in `exceptions` once.
  private(set) lazy var baseExceptionType: TypeObject = exceptions["BaseException"]!
  private(set) lazy var baseExceptionGroupType: TypeObject = exceptions["BaseExceptionGroup"]!
  private(set) lazy var exceptionType: TypeObject = exceptions["Exception"]!
  private(set) lazy var stopIterationType: TypeObject = exceptions["StopIteration"]!
  private(set) lazy var stopAsyncIterationType: TypeObject = exceptions["StopAsyncIteration"]!
  private(set) lazy var generatorExitType: TypeObject = exceptions["GeneratorExit"]!
  let builtins: ModuleObject
  var modules: [String: ModuleObject] = [:]
  let writeOutput: (String) -> Void
  let writeError: (String) -> Void
  var arguments: [String]
  var recursionLimit = 1000
  var depth = 0
  var noneValue: Value = .none
  var notImplemented: Value = .none
  var ellipsis: Value = .none
  /// Interned attribute names used by the evaluator.
  var names: [String: StrObject] = [:]
  /// Special method names, interned at start-up.
  private(set) var dunder: DunderNames!
  /// Text buffered for standard output, flushed at newlines when interactive and at exit.
  var outputBuffer = ""
  /// The shared one-character ASCII strs (see `character(_:)`), made at set-up.
  private(set) var asciiCharacters: [Value] = []
  var sources: [String: SourceText] = [:]
  /// The exception being handled by the innermost `except` block, for bare `raise` and context.
  var handling: [ExceptionObject] = []
  var nextObjectID = 1
  /// `sys.stdin`, which `input()` reads too.
  lazy var standardInput = FileObject(
    handle: fdopen(0, "r"), name: "<stdin>", mode: "r", type: types.file, readable: true,
    ownsHandle: false)
  /// The field names of struct sequence types (`sys.version_info`), by type.
  var structSequenceFields: [ObjectIdentifier: [String]] = [:]
  /// `sys.modules`: every module imported so far, by name.
  lazy var moduleTable: DictObject = makeDict()
  /// The payload of the last NaN `float("nan")` made (see `freshNaN`).
  var nanSerial = 0
  var objectIDs: [ObjectIdentifier: Int] = [:]
  /// Objects whose repr is being computed, to print recursive containers as `[...]`.
  var reprInProgress: Set<ObjectIdentifier> = []
  let startTime: Double
  /// Set by the SIGINT handler; polled by loops and sleeps.
  public var interruptRequested = false
  /// How many times Ctrl-C was pressed, for `asyncio.run`'s KeyboardInterrupt.
  var interruptCount = 0
  /// Handles Ctrl-C instead of raising KeyboardInterrupt when it returns true.
  var onInterrupt: (() -> Bool)?
  /// The clock of `time` and of event loops.
  public let clock: Clock
  /// The loop running now (`asyncio.get_running_loop()`), and the current one set for this
  /// thread (`asyncio.set_event_loop`).
  var runningLoop: EventLoopObject?
  var currentLoop: EventLoopObject?
  /// Counts changes to classes' dicts; a method cached by a call site holds while it stays.
  var classEpoch = 0
  /// What the tasks did, when `coil --timeline` records it.
  var timeline: Timeline?
  /// asyncio's debug mode for every new loop (`coil --debug`, `PYTHONASYNCIODEBUG=1`).
  public var asyncioDebug = false
  /// Names `Task-N` count from here, across loops, as CPython's module-level counter does.
  var taskCounter = 0
  lazy var asyncioTypes: AsyncioTypes = makeAsyncioTypes()
  lazy var contextTypes = ContextTypes(self)
  /// The `contextvars` context code runs in; nil until a variable is set.
  var currentContext: ContextObject?
  lazy var libraryTypes = LibraryTypes(self)
  lazy var iteratorTypes = IteratorTypes(self)
  /// Runs generators' Swift tasks (see Generator.swift).
  lazy var generatorExecutor = LoopExecutor()
  /// The generator whose body is running, innermost first.
  var currentGenerator: GeneratorBody?
  /// The loop stopped on a deadlock: `asyncio.run` skips its shutdown (which would run the loop).
  var deadlocked = false
  /// The REPL's session, whose loop runs `asyncio.run(main())` typed at the prompt.
  weak var interactiveSession: InteractiveSession?
  /// Set when the interpreter is being torn down, so objects it frees stay quiet.
  var finalizing = false
  /// The statement dropping a discarded coroutine, while it does (see `ExpressionStatement`).
  var dropSite: DiscardSite?

  deinit {
    finalizing = true
  }

  public init(
    arguments: [String] = [], clock: Clock = Clock(virtual: false),
    output: @escaping (String) -> Void, error: @escaping (String) -> Void
  ) {
    self.arguments = arguments
    self.clock = clock
    self.writeOutput = output
    self.writeError = error
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    startTime = Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    let placeholderModuleType = types.object
    builtins = ModuleObject(name: "builtins", type: placeholderModuleType)
    setUpTypes()
    asciiCharacters = (0..<128).map { code in
      .object(StrObject(String(Unicode.Scalar(UInt8(code))), count: 1, isASCII: true, type: types.str))
    }
    dunder = DunderNames { [unowned self] in self.name($0) }
    builtins.type = types.module
    setUpExceptions()
    setUpBuiltins()
    setUpFileMethods()
  }

  /// The interned `StrObject` for an attribute or keyword name.
  func name(_ text: String) -> StrObject {
    if let existing = names[text] { return existing }
    let made = StrObject(text, type: types.str)
    names[text] = made
    return made
  }

  @inline(__always) func str(_ text: String) -> Value {
    .object(StrObject(text, type: types.str))
  }

  /// The one-character str of `scalar`. The 128 ASCII ones are made once and shared, as
  /// CPython shares its one-character strings: iterating or indexing text allocates nothing.
  @inline(__always) func character(_ scalar: Unicode.Scalar) -> Value {
    if scalar.value < 128 { return asciiCharacters[Int(scalar.value)] }
    return .object(StrObject(String(scalar), count: 1, isASCII: false, type: types.str))
  }

  func makeTuple(_ items: [Value]) -> Value {
    .object(TupleObject(items, type: types.tuple))
  }

  func makeList(_ items: [Value]) -> Value {
    .object(ListObject(items, type: types.list))
  }

  func makeDict() -> DictObject {
    DictObject(type: types.dict)
  }

  func makeBuiltin(
    _ name: String, owner: TypeObject? = nil, _ body: @escaping BuiltinFunctionObject.Body
  ) -> BuiltinFunctionObject {
    BuiltinFunctionObject(name: name, type: types.builtinFunction, owner: owner, body: body)
  }

  /// Makes a builtin type with the given methods table to be filled later.
  func makeType(
    _ name: String, base: TypeObject? = nil, layout: InstanceLayout = .builtin,
    module: String = "builtins"
  ) -> TypeObject {
    let base = base ?? types.object
    let t = TypeObject(
      name: name, bases: [base], dict: DictObject(type: types.dict ?? types.object),
      metatype: types.type, isBuiltin: true, layout: layout, moduleName: module)
    t.mro = [t] + base.mro
    return t
  }

  /// Adds a method to a builtin type, with the entry points for its commonest calls when
  /// given (see `BuiltinFunctionObject.unary` and `withOneArgument`).
  func define(
    _ type: TypeObject, _ name: String,
    unary: ((Interpreter, Value) throws(PyError) -> Value)? = nil,
    withOneArgument: ((Interpreter, Value, Value) throws(PyError) -> Value)? = nil,
    _ body: @escaping BuiltinFunctionObject.Body
  ) {
    let method = makeBuiltin(name, owner: type, body)
    method.unary = unary
    method.withOneArgument = withOneArgument
    type.dict.setString(self.name(name), .object(method))
  }

  // MARK: - Errors

  /// Makes an exception of the named builtin class with a message.
  func error(_ className: String, _ message: String) -> PyError {
    let type = exceptions[className] ?? exceptionType
    return PyError(ExceptionObject(type: type, args: [str(message)], dict: makeDict()))
  }

  func typeError(_ message: String) -> PyError { error("TypeError", message) }
  func valueError(_ message: String) -> PyError { error("ValueError", message) }
  func indexError(_ message: String) -> PyError { error("IndexError", message) }
  func attributeError(_ message: String) -> PyError { error("AttributeError", message) }
  func overflowError(_ message: String) -> PyError { error("OverflowError", message) }
  func zeroDivision(_ message: String) -> PyError { error("ZeroDivisionError", message) }

  func keyError(_ key: Value) -> PyError {
    let type = exceptions["KeyError"]!
    return PyError(ExceptionObject(type: type, args: [key], dict: makeDict()))
  }

  func stopIteration(_ value: Value? = nil) -> PyError {
    let type = stopIterationType
    return PyError(
      ExceptionObject(type: type, args: value.map { [$0] } ?? [], dict: makeDict()))
  }

  /// The CPython name of a value's type, for messages: `'int'`, `'NoneType'`.
  func typeName(_ value: Value) -> String {
    let type = typeOf(value)
    return type.messageName ?? type.name
  }

  @inline(__always) func typeOf(_ value: Value) -> TypeObject {
    switch value {
    case .none: return types.none
    case .bool: return types.bool
    case .int: return types.int
    case .float: return types.float
    case .object(let o): return o.type
    }
  }

  /// A stable small id for `id()`: objects get numbers on first request.
  func identity(_ object: PyObject) -> Int {
    // The object's address, as CPython's id(); user-space addresses are positive.
    Int(bitPattern: UInt(bitPattern: unsafeBitCast(object, to: Int.self)))
  }

  // MARK: - Output

  func write(_ text: String) {
    outputBuffer += text
    if outputBuffer.utf8.count > 1 << 14 { flushOutput() }
  }

  func flushOutput() {
    if !outputBuffer.isEmpty {
      writeOutput(outputBuffer)
      outputBuffer = ""
    }
  }

  func writeErrorText(_ text: String) {
    flushOutput()
    writeError(text)
  }
}
