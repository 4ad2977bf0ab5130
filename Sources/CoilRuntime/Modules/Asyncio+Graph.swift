// Who awaits whom. A task's call stack is the chain of coroutine frames from its coroutine to
// the `await` it is parked at (each awaiting frame links the frame it awaits); who awaits a
// future is found from the loop's unfinished tasks: the future a task waits on, the children
// of a pending `gather`, and the links TaskGroup and `shield` record. From these come Python
// 3.14's `asyncio.capture_call_graph`, `format_call_graph` and `print_call_graph`, the tree of
// every task that SIGQUIT prints, and the deadlock report's account of what each task waits for.

import CoilSyntax

/// One coroutine frame of a task's call stack.
struct CallStackEntry {
  let code: FunctionCode
  let line: Int
}

/// `FutureCallGraph(future, call_stack, awaited_by)`, before it becomes Python objects.
struct CallGraph {
  let future: FutureObject
  let stack: [CallStackEntry]
  let awaitedBy: [CallGraph]
}

/// The awaiting relation among a loop's pending futures, taken at one moment.
struct AwaitGraph {
  /// For each future, the futures that await it, in the order they were found.
  private(set) var parents: [ObjectIdentifier: [FutureObject]] = [:]
  /// For each future, the futures it awaits.
  private(set) var children: [ObjectIdentifier: [FutureObject]] = [:]
  let tasks: [TaskObject]

  init(_ loop: EventLoopObject) {
    tasks = loop.liveTasksInOrder.filter { !$0.isDone }
    var seen = Set<ObjectIdentifier>()
    var gathers: [GatheringFutureObject] = []
    for task in tasks {
      for parent in task.awaitedBy where !parent.isDone { link(task, awaitedBy: parent) }
      // A gather or TaskGroup waits on its tasks through a done callback.
      for callback in task.callbacks {
        guard case .native(let native) = callback, let owner = native.owner else { continue }
        if let g = owner as? GatheringFutureObject, !g.isDone,
          seen.insert(ObjectIdentifier(g)).inserted
        {
          gathers.append(g)
        } else if let group = owner as? TaskGroupObject, let parent = group.parentTask, !parent.isDone {
          link(task, awaitedBy: parent)
        }
      }
      guard let waiter = task.waiter, !waiter.isDone else { continue }
      link(waiter, awaitedBy: task)
      if let g = waiter as? GatheringFutureObject, seen.insert(ObjectIdentifier(g)).inserted {
        gathers.append(g)
      }
    }
    // A gather's pending children await through it; a gather may gather gathers.
    var index = 0
    while index < gathers.count {
      let g = gathers[index]
      index += 1
      for child in g.children where !child.isDone {
        link(child, awaitedBy: g)
        if let inner = child as? GatheringFutureObject, seen.insert(ObjectIdentifier(inner)).inserted {
          gathers.append(inner)
        }
      }
    }
  }

  private mutating func link(_ child: FutureObject, awaitedBy parent: FutureObject) {
    let key = ObjectIdentifier(child)
    if parents[key]?.contains(where: { $0 === parent }) == true { return }
    parents[key, default: []].append(parent)
    children[ObjectIdentifier(parent), default: []].append(child)
  }

  func awaiting(_ future: FutureObject) -> [FutureObject] { parents[ObjectIdentifier(future)] ?? [] }
  func awaited(by future: FutureObject) -> [FutureObject] { children[ObjectIdentifier(future)] ?? [] }
}

extension Interpreter {
  /// A task's coroutine frames, innermost first (where it runs or waits, then its callers).
  func callStack(of task: TaskObject) -> [CallStackEntry] {
    guard let coroutine = task.coroutine as? FunctionCoroutine, coroutine.state == .running else {
      return []
    }
    var entries: [CallStackEntry] = []
    var frame: Frame? = coroutine.frame
    while let f = frame {
      entries.append(CallStackEntry(code: f.header.code, line: Int(f.header.line)))
      frame = f.header.awaitee
    }
    return entries.reversed()
  }

  /// The graph of `future` and, recursively, of what awaits it. A cycle (tasks awaiting each
  /// other) is cut where it would repeat.
  func callGraph(
    _ future: FutureObject, _ graph: AwaitGraph, limit: Int?, skip: Int = 0,
    visiting: Set<ObjectIdentifier> = []
  ) -> CallGraph {
    var stack = (future as? TaskObject).map(callStack(of:)) ?? []
    stack = Array(stack.dropFirst(min(skip, stack.count)))
    if let limit {
      stack = limit >= 0 ? Array(stack.prefix(limit)) : Array(stack.suffix(-limit))
    }
    var inner = visiting
    inner.insert(ObjectIdentifier(future))
    let awaitedBy = graph.awaiting(future).filter { !inner.contains(ObjectIdentifier($0)) }.map {
      callGraph($0, graph, limit: limit, visiting: inner)
    }
    return CallGraph(future: future, stack: stack, awaitedBy: awaitedBy)
  }

  /// `capture_call_graph(future=None, /, *, depth=1, limit=None)`: nil outside a task.
  func captureCallGraph(_ future: Value, depth: Value, limit: Value) throws(PyError) -> CallGraph? {
    let depth = depth.isNone ? 1 : try intArgument(depth)
    let limit: Int? = limit.isNone ? nil : try intArgument(limit)
    var target: FutureObject
    let loop = runningLoop
    if future.isNone {
      guard let loop else {
        throw error(
          "RuntimeError",
          "capture_call_graph() is called outside of a running event loop and no *future* to introspect was provided")
      }
      guard let current = loop.currentTask else { return nil }
      target = current
    } else {
      guard case .object(let o) = future, let f = o as? FutureObject else {
        throw typeError("\(try repr(future)) object does not appear to be compatible with asyncio.Future")
      }
      target = f
    }
    let isCurrent = loop != nil && target === loop?.currentTask
    return callGraph(target, AwaitGraph(target.loop), limit: limit, skip: isCurrent ? max(0, depth - 1) : 0)
  }

  /// CPython 3.14's rendering of a call graph.
  func formatCallGraph(_ graph: CallGraph) -> String {
    var lines: [String] = []
    func render(_ node: CallGraph, _ level: Int) {
      let indent = String(repeating: "    ", count: level)
      let id = addressText(node.future)
      if let task = node.future as? TaskObject {
        let name = (try? repr(task.name)) ?? "'?'"
        lines.append(indent + "* Task(name=\(name), id=\(id))")
      } else {
        lines.append(indent + "* Future(id=\(id))")
      }
      if !node.stack.isEmpty {
        lines.append(indent + "  + Call stack:")
        for entry in node.stack {
          let file = (try? repr(str(entry.code.info.source.name))) ?? "''"
          lines.append(indent + "  |   File \(file), line \(entry.line), in async \(entry.code.qualifiedName)()")
        }
      }
      if !node.awaitedBy.isEmpty {
        lines.append(indent + "  + Awaited by:")
        for parent in node.awaitedBy { render(parent, level + 1) }
      }
    }
    render(graph, 0)
    return lines.joined(separator: "\n")
  }

  /// A `code` object for a function: its file, names and first line.
  func frameCode(_ code: FunctionCode) -> Value {
    let made = InstanceObject(type: asyncioTypes.code, dict: makeDict())
    made.dict.setString(name("co_filename"), str(code.info.source.name))
    made.dict.setString(name("co_name"), str(code.name))
    made.dict.setString(name("co_qualname"), str(code.qualifiedName))
    made.dict.setString(name("co_firstlineno"), .int(code.headerRange.start.line))
    return .object(made)
  }

  /// A `frame` object: the code and the line it is at.
  func frameObject(_ code: FunctionCode, line: Int) -> Value {
    let frame = InstanceObject(type: asyncioTypes.frame, dict: makeDict())
    frame.dict.setString(name("f_code"), frameCode(code))
    frame.dict.setString(name("f_lineno"), .int(line))
    return .object(frame)
  }

  /// The `FutureCallGraph` object for a captured graph.
  func callGraphObject(_ graph: CallGraph) -> Value {
    let t = asyncioTypes
    var entries: [Value] = []
    for entry in graph.stack {
      let item = InstanceObject(type: t.frameCallGraphEntry, dict: makeDict())
      item.dict.setString(name("frame"), frameObject(entry.code, line: entry.line))
      entries.append(.object(item))
    }
    let result = InstanceObject(type: t.futureCallGraph, dict: makeDict())
    result.dict.setString(name("future"), .object(graph.future))
    result.dict.setString(name("call_stack"), makeTuple(entries))
    result.dict.setString(name("awaited_by"), makeTuple(graph.awaitedBy.map(callGraphObject)))
    return .object(result)
  }

  /// Reprs of the graph objects: the two dataclasses and the frame and code they point at.
  func setUpGraphMethods(_ t: AsyncioTypes) {
    func field(_ o: PyObject, _ key: String) -> Value {
      (o.attributes?.getString(name(key))) ?? .none
    }
    define(t.futureCallGraph, "__repr__") { interp, args, _ throws(PyError) in
      guard case .object(let o)? = args.first else { return .none }
      var parts: [String] = []
      for key in ["future", "call_stack", "awaited_by"] {
        parts.append("\(key)=\(try interp.repr(field(o, key)))")
      }
      return interp.str("FutureCallGraph(\(parts.joined(separator: ", ")))")
    }
    define(t.frameCallGraphEntry, "__repr__") { interp, args, _ throws(PyError) in
      guard case .object(let o)? = args.first else { return .none }
      return interp.str("FrameCallGraphEntry(frame=\(try interp.repr(field(o, "frame"))))")
    }
    define(t.frame, "__repr__") { interp, args, _ throws(PyError) in
      guard case .object(let o)? = args.first, case .object(let code) = field(o, "f_code") else { return .none }
      let address = interp.defaultRepr(o).split(separator: " ").last!.dropLast()
      return interp.str(
        "<frame at \(address), file \(try interp.repr(field(code, "co_filename"))), line \(try interp.repr(field(o, "f_lineno"))), code \(try interp.toStr(field(code, "co_name")))>")
    }
    define(t.code, "__repr__") { interp, args, _ throws(PyError) in
      guard case .object(let o)? = args.first else { return .none }
      let address = interp.defaultRepr(o).split(separator: " ").last!.dropLast()
      return interp.str(
        "<code object \(try interp.toStr(field(o, "co_name"))) at \(address), file \"\(try interp.toStr(field(o, "co_filename")))\", line \(try interp.repr(field(o, "co_firstlineno")))>")
    }
  }

  // MARK: - What a task waits for

  /// `Task 'worker-1'`.
  func taskLabel(_ task: TaskObject) -> String {
    "Task \((try? repr(task.name)) ?? "'?'")"
  }

  /// What a pending future is, in the words a report uses for the thing a task waits on.
  func waitDescription(_ future: FutureObject) -> String {
    if let task = future as? TaskObject { return taskLabel(task) }
    if let sleep = future as? SleepFutureObject, let loop = sleep.loop as EventLoopObject?,
      let when = loop.deadline(of: sleep)
    {
      return "asyncio.sleep(), due \(formatSeconds(when - loop.createdAt)) s into the run"
    }
    if let g = future as? GatheringFutureObject {
      let pending = g.children.filter { !$0.isDone }
      let names = pending.map { child in
        child is TaskObject || child is GatheringFutureObject
          ? waitDescription(child) : "a Future nobody resolves"
      }
      return "gather() of " + names.joined(separator: ", ")
    }
    if let group = future.owner as? TaskGroupObject {
      return "the tasks of its TaskGroup: " + group.tasks.map(taskLabel).joined(separator: ", ")
    }
    if let owner = future.owner {
      // Without the address, so a report reads the same on every run.
      var text = ((try? repr(.object(owner))) ?? "a waiter").replacing(#/ at 0x[0-9a-f]+/#, with: "")
      if let lock = owner as? LockObject, lock.isLocked {
        text += lock.holder.map { " held by \(taskLabel($0))" } ?? " held by no task"
      }
      return text
    }
    return (try? futureRepr(future)) ?? "a Future"
  }

  /// The tasks a task waits on directly: through `await`, a gather, a TaskGroup or a lock.
  func tasksAwaited(by task: TaskObject, _ graph: AwaitGraph) -> [TaskObject] {
    var result: [TaskObject] = []
    func collect(_ future: FutureObject) {
      if let t = future as? TaskObject {
        if !result.contains(where: { $0 === t }) { result.append(t) }
      } else if let g = future as? GatheringFutureObject {
        for child in g.children where !child.isDone { collect(child) }
      } else if let group = future.owner as? TaskGroupObject {
        for t in group.tasks where !t.isDone { collect(t) }
      } else if let lock = future.owner as? LockObject, let holder = lock.holder, !holder.isDone {
        collect(holder)
      }
    }
    for child in graph.awaited(by: task) { collect(child) }
    return result
  }

  /// A cycle of tasks each waiting on the next, if there is one: `[a, b, a]`.
  func waitCycle(_ graph: AwaitGraph) -> [TaskObject]? {
    var state: [ObjectIdentifier: Int] = [:]  // 1: on the current path, 2: finished
    var path: [TaskObject] = []
    func visit(_ task: TaskObject) -> [TaskObject]? {
      let key = ObjectIdentifier(task)
      if state[key] == 2 { return nil }
      if state[key] == 1 {
        let start = path.firstIndex { $0 === task }!
        return Array(path[start...]) + [task]
      }
      state[key] = 1
      path.append(task)
      for next in tasksAwaited(by: task, graph) {
        if let cycle = visit(next) { return cycle }
      }
      path.removeLast()
      state[key] = 2
      return nil
    }
    for task in graph.tasks {
      if let cycle = visit(task) { return cycle }
    }
    return nil
  }

  /// Debug mode's warning for a call that blocks the loop from inside a task, in the form of
  /// a Python warning: `x.py:5: RuntimeWarning: ...` and the source line.
  func warnBlockingCall(_ call: String, in task: TaskObject, instead: String) {
    guard let entry = callStack(of: task).first else { return }
    let source = entry.code.info.source
    var text = "\(source.name):\(entry.line): RuntimeWarning: \(call) blocks the event loop in coroutine '\(entry.code.qualifiedName)' of \(taskLabel(task)); use \(instead)\n"
    let line = source.line(entry.line).trimmingPrefix { $0 == " " || $0 == "\t" }
    if !line.isEmpty { text += "  \(line)\n" }
    writeErrorText(text)
  }

  // MARK: - The task tree

  /// Every unfinished task as a tree from the tasks nobody awaits down to what each awaits,
  /// with where each one is; SIGQUIT prints it.
  func taskTree(_ loop: EventLoopObject) -> String {
    let graph = AwaitGraph(loop)
    let clock = clock.isVirtual ? "virtual" : "real"
    let elapsed = formatSeconds(loop.time() - loop.createdAt)
    let count = graph.tasks.count
    var text = "asyncio: \(count) unfinished task\(count == 1 ? "" : "s"), \(elapsed) s into the run (\(clock) clock)\n"
    var printed = Set<ObjectIdentifier>()
    func render(_ future: FutureObject, _ prefix: String, _ isLast: Bool, _ isRoot: Bool) {
      let branch = isRoot ? "" : (isLast ? "└── " : "├── ")
      let below = isRoot ? "" : (isLast ? "    " : "│   ")
      let key = ObjectIdentifier(future)
      // A TaskGroup's own waiter adds nothing to its tasks, which are shown.
      let children = graph.awaited(by: future).filter { !($0.owner is TaskGroupObject) }
      let more = children.isEmpty ? "    " : "│   "
      if let task = future as? TaskObject {
        text += prefix + branch + "\(taskLabel(task)) (\(task.coroutine.qualifiedName)())"
        if !printed.insert(key).inserted {
          text += " (shown above)\n"
          return
        }
        text += "\n"
        for entry in callStack(of: task).reversed() {
          text += prefix + below + more + "File \"\(entry.code.info.source.name)\", line \(entry.line), in \(entry.code.name)\n"
        }
        if children.isEmpty, let waiter = task.waiter, !waiter.isDone {
          text += prefix + below + more + "waits for \(waitDescription(waiter))\n"
        } else if children.isEmpty && task.waiter == nil && loop.currentTask !== task {
          text += prefix + below + more + "ready to run\n"
        }
      } else {
        printed.insert(key)
        let kind = future is GatheringFutureObject ? "gather()" : "waits for " + waitDescription(future)
        text += prefix + branch + kind + "\n"
      }
      for (index, child) in children.enumerated() {
        render(child, prefix + below, index == children.count - 1, false)
      }
    }
    for task in graph.tasks where graph.awaiting(task).isEmpty { render(task, "", true, true) }
    // Tasks that only await each other in a cycle have no root.
    for task in graph.tasks where !printed.contains(ObjectIdentifier(task)) { render(task, "", true, true) }
    return text
  }

  func formatSeconds(_ t: Double) -> String {
    (try? formatFloat(t, spec: ".3f")) ?? pythonFloatRepr(t)
  }
}
