// `asyncio.TaskGroup` and `asyncio.timeout`, as in CPython 3.11.
//
// How cancellation crosses a TaskGroup: when a child fails, the group cancels its other
// children and its parent task (once, remembering it did), so the body's pending `await`
// ends. On exit the group waits for every child, then uncancels the parent; if that leaves no
// cancellation pending, the CancelledError the group caused is swallowed, and the children's
// errors are raised together as an ExceptionGroup "unhandled errors in a TaskGroup". A
// cancellation that came from outside the group is still pending after the uncancel, so it
// propagates. A timeout works the same way: it cancels its task at the deadline and turns the
// CancelledError into TimeoutError on exit if the cancellation was its own.

import CoilSyntax

/// `asyncio.TaskGroup()`.
final class TaskGroupObject: PyObject {
  var entered = false
  var exiting = false
  var aborting = false
  var loop: EventLoopObject?
  var parentTask: TaskObject?
  var parentCancelRequested = false
  var tasks: [TaskObject] = []
  var errors: [ExceptionObject] = []
  var baseError: ExceptionObject?
  var onCompleted: FutureObject?
  var onTaskDone: NativeCallback?

  func repr() -> String {
    var info = [""]
    if !tasks.isEmpty { info.append("tasks=\(tasks.count)") }
    if !errors.isEmpty { info.append("errors=\(errors.count)") }
    if aborting {
      info.append("cancelling")
    } else if entered {
      info.append("entered")
    }
    return "<TaskGroup\(info.joined(separator: " "))>"
  }

  func enter(_ interp: Interpreter) throws(PyError) -> Value {
    if entered { throw interp.error("RuntimeError", "TaskGroup \(repr()) has been already entered") }
    entered = true
    let loop = try interp.requireRunningLoop()
    self.loop = loop
    parentTask = loop.currentTask
    if parentTask == nil {
      throw interp.error("RuntimeError", "TaskGroup \(repr()) cannot determine the parent task")
    }
    return .object(self)
  }

  private func isBaseError(_ e: ExceptionObject, _ interp: Interpreter) -> Bool {
    interp.isExitException(e)
  }

  private func abort() {
    aborting = true
    for t in tasks where !t.isDone { _ = t.cancel(message: .none) }
  }

  func exit(_ interp: Interpreter, _ exception: ExceptionObject?) async throws(PyError) -> Value {
    exiting = true
    let cancelled = interp.asyncioTypes.cancelledError
    if let exception, isBaseError(exception, interp), baseError == nil { baseError = exception }
    var propagateCancellation: ExceptionObject? =
      exception.flatMap { $0.type === cancelled ? $0 : nil }
    if parentCancelRequested, let parentTask, parentTask.uncancel() == 0 {
      propagateCancellation = nil
    }
    if exception != nil, !aborting { abort() }
    while !tasks.isEmpty {
      if onCompleted == nil {
        onCompleted = FutureObject(loop: loop!, type: interp.asyncioTypes.future)
        onCompleted!.owner = self
      }
      do throws(PyError) {
        _ = try await onCompleted!.wait(interp)
      } catch {
        guard error.exception.type.isSubtype(of: cancelled) else { throw error }
        if !aborting {
          propagateCancellation = error.exception
          abort()
        }
      }
      onCompleted = nil
    }
    if let baseError { throw PyError(baseError) }
    if let propagateCancellation, errors.isEmpty { throw PyError(propagateCancellation) }
    if let exception, exception.type !== cancelled { errors.append(exception) }
    if !errors.isEmpty {
      let group = try interp.makeExceptionGroup("unhandled errors in a TaskGroup", errors)
      errors = []
      group.cause = .none
      group.suppressContext = true
      throw PyError(group)
    }
    return .none
  }

  func createTask(_ interp: Interpreter, _ coroutine: Value, name: Value, context: Value) throws(PyError) -> TaskObject {
    if !entered { throw interp.error("RuntimeError", "TaskGroup \(repr()) has not been entered") }
    if exiting && tasks.isEmpty { throw interp.error("RuntimeError", "TaskGroup \(repr()) is finished") }
    if aborting { throw interp.error("RuntimeError", "TaskGroup \(repr()) is shutting down") }
    let task = try interp.createTask(coroutine, name: name, context: context, loop: loop!)
    if onTaskDone == nil {
      onTaskDone = NativeCallback("TaskGroup._on_task_done") { [unowned self] t throws(PyError) in
        try self.taskDone(interp, t as! TaskObject)
      }
      onTaskDone!.owner = self
    }
    task.addDoneCallback(.native(onTaskDone!))
    tasks.append(task)
    return task
  }

  private func taskDone(_ interp: Interpreter, _ task: TaskObject) throws(PyError) {
    tasks.removeAll { $0 === task }
    if let onCompleted, tasks.isEmpty, !onCompleted.isDone { try onCompleted.setResult(.bool(true)) }
    if task.state == .cancelled { return }
    guard let e = task.exception else { return }
    task.logTraceback = false
    errors.append(e)
    if isBaseError(e, interp), baseError == nil { baseError = e }
    guard let parentTask else { return }
    if parentTask.isDone {
      try loop!.reportException(
        message: "Task \(try interp.taskRepr(task)) has errored out but its parent task \(try interp.taskRepr(parentTask)) is already completed",
        exception: e, extra: [])
      return
    }
    if !aborting && !parentCancelRequested {
      abort()
      parentCancelRequested = true
      _ = parentTask.cancel(message: .none)
    }
  }
}

/// `asyncio.timeout(delay)` / `asyncio.timeout_at(when)`.
final class TimeoutObject: PyObject {
  enum State: String {
    case created
    case entered = "active"
    case expiring
    case expired
    case exited = "finished"
  }

  var state = State.created
  var handle: HandleObject?
  var task: TaskObject?
  var when: Double?
  /// The task's pending cancellations when entered; more at exit means another canceller.
  var cancelling = 0

  init(when: Double?, type: TypeObject) {
    self.when = when
    super.init(type: type)
  }

  func repr() -> String {
    var info = [""]
    if state == .entered {
      if let when {
        info.append("when=\(pythonFloatRepr((when * 1000).rounded() / 1000))")
      } else {
        info.append("when=None")
      }
    }
    return "<Timeout [\(state.rawValue)]\(info.joined(separator: " "))>"
  }

  func reschedule(_ interp: Interpreter, _ newWhen: Double?) throws(PyError) {
    guard state == .entered else {
      if state == .created { throw interp.error("RuntimeError", "Timeout has not been entered") }
      throw interp.error("RuntimeError", "Cannot change state of \(state.rawValue) Timeout")
    }
    when = newWhen
    let loop = try interp.requireRunningLoop()
    if let handle { loop.cancel(handle) }
    guard let newWhen else {
      handle = nil
      return
    }
    let fire: HandleObject.Action = .native { [unowned self] () throws(PyError) in self.expire() }
    handle = newWhen <= loop.time() ? loop.callSoon(fire) : loop.callAt(newWhen, fire)
  }

  private func expire() {
    _ = task?.cancel(message: .none)
    state = .expiring
    handle = nil
  }

  func enter(_ interp: Interpreter) throws(PyError) -> Value {
    if state != .created { throw interp.error("RuntimeError", "Timeout has already been entered") }
    guard let current = interp.runningLoop?.currentTask else {
      throw interp.error("RuntimeError", "Timeout should be used inside a task")
    }
    task = current
    cancelling = Int(current.cancelsRequested)
    state = .entered
    try reschedule(interp, when)
    return .object(self)
  }

  func exit(_ interp: Interpreter, _ exception: ExceptionObject?) throws(PyError) -> Value {
    if let handle, let loop = interp.runningLoop {
      loop.cancel(handle)
      self.handle = nil
    }
    if state == .expiring {
      state = .expired
      if let task, task.uncancel() <= cancelling, let exception,
        exception.type === interp.asyncioTypes.cancelledError
      {
        // raise TimeoutError from exc_val
        let timeout = ExceptionObject(type: interp.exceptions["TimeoutError"]!, args: [], dict: interp.makeDict())
        timeout.cause = .object(exception)
        timeout.suppressContext = true
        throw PyError(timeout)
      }
    } else if state == .entered {
      state = .exited
    }
    return .none
  }
}

extension Interpreter {
  /// `BaseExceptionGroup(message, errors)`, made an ExceptionGroup when all are Exceptions.
  func makeExceptionGroup(_ message: String, _ errors: [ExceptionObject]) throws(PyError) -> ExceptionObject {
    let base = baseExceptionGroupType
    let value = try call(.object(base), [str(message), makeList(errors.map { .object($0) })])
    guard case .object(let o) = value, let group = o as? ExceptionObject else {
      throw error("SystemError", "could not make an exception group")
    }
    return group
  }
}
