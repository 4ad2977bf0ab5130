// Coroutine objects. Calling an `async def` makes a `FunctionCoroutine` holding the prepared
// frame; asyncio's own coroutines (`asyncio.sleep`, `wait`, `wait_for`, `__aenter__` of a
// TaskGroup) are `NativeCoroutine`s wrapping a Swift async closure. Either one runs when it is
// awaited: `await coro` runs the body inline on the awaiting task, with no new Swift task and
// no trip through the loop, which is what makes a chain of awaited coroutines cheap.

import CoilSyntax

/// A Coil coroutine (`type(c)` is `<class 'coroutine'>`).
class CoroutineObject: PyObject {
  enum State {
    case created
    case running
    case closed
  }

  var state = State.created
  var name: String
  var qualifiedName: String

  init(name: String, qualifiedName: String, type: TypeObject) {
    self.name = name
    self.qualifiedName = qualifiedName
    super.init(type: type)
  }

  /// Runs the body to completion; only `run` calls it.
  func body(_ interp: Interpreter) async throws(PyError) -> Value {
    fatalError("abstract")
  }

  /// `await coro`: runs the coroutine once, as CPython allows.
  final func run(_ interp: Interpreter) async throws(PyError) -> Value {
    switch state {
    case .created:
      state = .running
      defer { state = .closed }
      return try await body(interp)
    case .running:
      throw interp.error("RuntimeError", "coroutine is being awaited already")
    case .closed:
      throw interp.error("RuntimeError", "cannot reuse already awaited coroutine")
    }
  }

  /// The `x.py:5` CPython shows for a task's coroutine, or nil for a native one.
  var location: (path: String, line: Int, definedAt: Int)? { nil }
}

/// The coroutine of a call to an `async def`.
final class FunctionCoroutine: CoroutineObject {
  let function: FunctionObject
  let frame: Frame

  init(function: FunctionObject, frame: Frame, type: TypeObject) {
    self.function = function
    self.frame = frame
    super.init(name: function.code.name, qualifiedName: function.qualifiedName, type: type)
  }

  override func body(_ interp: Interpreter) async throws(PyError) -> Value {
    let code = function.code
    interp.depth += 1
    defer { interp.depth -= 1 }
    if interp.depth > interp.recursionLimit || interp.depth > Interpreter.nativeDepthLimit {
      throw interp.error("RecursionError", "maximum recursion depth exceeded")
    }
    do throws(PyError) {
      _ = try await runBlock(code.body, frame)
    } catch {
      error.exception.leaveFrame(code.info, fallback: code.headerRange)
      throw error
    }
    return frame.header.returnValue
  }

  override var location: (path: String, line: Int, definedAt: Int)? {
    let code = function.code
    let defined = code.headerRange.start.line
    let line = state == .created ? defined : Int(frame.header.suspendedLine)
    return (code.info.source.name, line, defined)
  }
}

/// A coroutine whose body is Swift: asyncio's own `sleep`, `wait`, `wait_for` and friends.
final class NativeCoroutine: CoroutineObject {
  let action: (Interpreter) async throws(PyError) -> Value

  init(
    name: String, qualifiedName: String? = nil, type: TypeObject,
    _ action: @escaping (Interpreter) async throws(PyError) -> Value
  ) {
    self.action = action
    super.init(name: name, qualifiedName: qualifiedName ?? name, type: type)
  }

  override func body(_ interp: Interpreter) async throws(PyError) -> Value {
    try await action(interp)
  }
}

extension Interpreter {
  /// `await value`: runs a coroutine inline, or waits for a future or task.
  func awaitValue(_ value: Value) async throws(PyError) -> Value {
    if case .object(let o) = value {
      if let coroutine = o as? CoroutineObject { return try await coroutine.run(self) }
      if let future = o as? FutureObject { return try await future.wait(self) }
      if let method = o.type.lookup(dunder.__await__), !o.type.isBuiltin {
        let iterator = try callMethod(method, value, [])
        return try await awaitValue(iterator)
      }
    }
    throw typeError("object \(typeName(value)) can't be used in 'await' expression")
  }

  /// `aiter(x)` for `async for`.
  func asyncIterator(_ value: Value) throws(PyError) -> Value {
    let type = typeOf(value)
    guard let method = type.lookup(dunder.__aiter__) else {
      throw typeError("'async for' requires an object with __aiter__ method, got \(type.name)")
    }
    let iterator = try callMethod(method, value, [])
    guard typeOf(iterator).lookup(dunder.__anext__) != nil else {
      throw typeError(
        "'async for' received an object from __aiter__ that does not implement __anext__: \(typeName(iterator))")
    }
    return iterator
  }

  /// The next item of an async iterator, or nil at `StopAsyncIteration`.
  func asyncNext(_ iterator: Value) async throws(PyError) -> Value? {
    guard let method = typeOf(iterator).lookup(dunder.__anext__) else {
      throw typeError("'async for' requires an iterator with __anext__ method, got \(typeName(iterator))")
    }
    let awaitable = try callMethod(method, iterator, [])
    do throws(PyError) {
      return try await awaitValue(awaitable)
    } catch {
      if error.exception.type.isSubtype(of: exceptions["StopAsyncIteration"]!) { return nil }
      throw error
    }
  }

  /// `<coroutine object main at 0x...>`.
  func coroutineRepr(_ c: CoroutineObject) -> String {
    let address = "0x" + String(UInt(bitPattern: ObjectIdentifier(c).hashValue), radix: 16)
    return "<coroutine object \(c.qualifiedName) at \(address)>"
  }
}
