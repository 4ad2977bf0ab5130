// Coroutines driven by hand. A coroutine normally runs inline on the task that awaits it; when
// a program calls `send()`, `throw()` or `close()` on it, or iterates `coro.__await__()` (as a
// generator-based `__await__` does with `yield from`), the coroutine runs instead as a
// generator does, in a Swift task of its own, and where it would suspend its task on a future
// it yields the future to whoever drives it, as CPython's coroutines yield to their Task.

import CoilSyntax

/// The driver of a coroutine run by hand; it is also the iterator `coro.__await__()` returns
/// (`<coroutine_wrapper>`).
final class CoroutineDriver: PyObject, SyncResumable {
  /// The coroutine, while it lives (the wrapper may outlive it).
  weak var coroutine: CoroutineObject?
  /// Runs the coroutine's body; dropped once it has run, which ends the cycle through the
  /// coroutine that a native coroutine's body makes.
  private var runner: ((Interpreter) async throws(PyError) -> Value)?
  unowned let interp: Interpreter
  var state = GeneratorObject.State.created
  let body = GeneratorBody(drivesCoroutine: true)

  init(_ coroutine: CoroutineObject, interp: Interpreter) {
    self.coroutine = coroutine
    self.interp = interp
    runner = coroutine.detachedRunner()
    super.init(type: interp.asyncioTypes.coroutineWrapper)
  }

  deinit {
    if state == .suspended && !interp.finalizing { try? close(interp) }
  }

  var kind: String { "coroutine" }

  func escaping(_ error: PyError, _ interp: Interpreter) -> PyError { error }

  func start(_ interp: Interpreter) {
    nonisolated(unsafe) let body = self.body
    nonisolated(unsafe) let runner = self.runner
    nonisolated(unsafe) let interp = interp
    self.runner = nil
    Task(executorPreference: interp.generatorExecutor) {
      do throws(PyError) {
        guard let runner else { throw interp.error("RuntimeError", "cannot reuse already awaited coroutine") }
        body.outcome = .returned(try await runner(interp))
      } catch {
        body.outcome = .raised(error)
      }
    }
  }

  /// One step for `send`/`throw`/`__next__`: the value yielded, or StopIteration with the
  /// coroutine's result.
  func step(_ how: GeneratorResume) throws(PyError) -> Value {
    if state == .closed {
      let kind = coroutine.map(interp.awaitableKind) ?? "coroutine"
      throw interp.error("RuntimeError", "cannot reuse already awaited \(kind)")
    }
    let outcome: GeneratorStep
    do throws(PyError) {
      outcome = try resume(interp, how)
    } catch {
      coroutine?.state = .closed
      throw error
    }
    switch outcome {
    case .yielded(let v):
      return v
    case .returned(let v):
      coroutine?.state = .closed
      throw PyError(
        ExceptionObject(type: interp.stopIterationType, args: v.isNone ? [] : [v], dict: interp.makeDict()))
    }
  }
}

extension Interpreter {
  /// The driver of a coroutine about to be driven by hand.
  func driver(of coroutine: CoroutineObject) throws(PyError) -> CoroutineDriver {
    if let driver = coroutine.driver { return driver }
    switch coroutine.state {
    case .closed: throw error("RuntimeError", "cannot reuse already awaited \(awaitableKind(coroutine))")
    case .running: throw error("RuntimeError", "coroutine is being awaited already")
    case .created: break
    }
    let driver = CoroutineDriver(coroutine, interp: self)
    coroutine.driver = driver
    coroutine.state = .running
    return driver
  }

  /// Where a coroutine driven by hand would suspend its task: it yields the future (None for a
  /// bare turn) to whoever drives it, and goes on when sent a value or throws what is thrown in.
  func yieldToDriver(_ future: FutureObject?) async throws(PyError) {
    // As `await future` inside the coroutine would, through the future's `__await__`.
    future?.blocking = true
    _ = try await yieldValue(future.map { .object($0) } ?? .none)
  }

  /// Task.__step's error for a future or generator yielded without `yield from`.
  private func badYield(_ yielded: Value, _ what: String) throws(PyError) -> PyError {
    let task = runningLoop?.currentTask
    let taskText = try task.map { t throws(PyError) in try taskRepr(t) } ?? "None"
    return error("RuntimeError", "yield was used instead of yield from\(what) in task \(taskText) with \(try repr(yielded))")
  }

  /// `await x` where `x.__await__()` gave an iterator: the iterator's yields go to the task as
  /// a coroutine's would (a future to wait for, or None for one turn) and its return value is
  /// the result.
  func awaitIterator(_ iterator: Value) async throws(PyError) -> Value {
    let resumable = iterator.asObject as? GeneratorObject
    var how = GeneratorResume.send(.none)
    while true {
      let yielded: Value
      do throws(PyError) {
        if let resumable {
          switch try resumable.resume(self, how) {
          case .yielded(let v): yielded = v
          case .returned(let v): return v
          }
        } else {
          switch how {
          case .send(let sent) where sent.isNone:
            guard let v = try next(iterator) else { return .none }
            yielded = v
          case .send(let sent):
            yielded = try callMethod(name: "send", on: iterator, [sent])
          case .throwIn(let e):
            guard let thrower = try lookupAttributeOrNil(iterator, "throw") else { throw PyError(e) }
            yielded = try call(thrower, [.object(e)])
          }
        }
      } catch {
        if error.exception.type === stopIterationType {
          return error.exception.args.first ?? .none
        }
        throw error
      }
      // Driven by hand, the coroutine passes whatever the iterator yields to its driver.
      if let body = currentGenerator, body.drivesCoroutine {
        do throws(PyError) {
          how = .send(try await yieldValue(yielded))
        } catch {
          how = .throwIn(error.exception)
        }
        continue
      }
      do throws(PyError) {
        if case .object(let o) = yielded, let future = o as? FutureObject {
          // Only `yield from future` (its `__await__`) marks the future as one to wait for.
          guard future.blocking else { throw try badYield(yielded, "") }
          future.blocking = false
          if future.isDone { how = .send(.none); continue }
          try await suspendCurrentTask(on: future)
        } else if yielded.isNone {
          try await suspendCurrentTask(on: nil)
        } else if case .object(let o) = yielded, o is GeneratorObject {
          throw try badYield(yielded, " for generator")
        } else {
          throw error("RuntimeError", "Task got bad yield: \(try repr(yielded))")
        }
        how = .send(.none)
      } catch {
        how = .throwIn(error.exception)
      }
    }
  }
}
