// The REPL's session without a terminal: when typed lines make a whole input, values shown
// and `_`, errors reported as CPython's REPL reports them, top-level await on the session's
// loop, tasks that run between inputs, and completion.

import Testing

@testable import CoilRuntime

/// A session on the virtual clock, with its output and errors captured.
private final class Harness {
  var output = ""
  var errors = ""
  var interpreter: Interpreter!
  var session: InteractiveSession!

  init() {
    interpreter = Interpreter(
      clock: Clock(virtual: true), output: { [unowned self] in output += $0 },
      error: { [unowned self] in errors += $0 })
    session = InteractiveSession(interpreter: interpreter)
    session.open()
  }

  /// Runs inputs in turn; returns what they printed.
  func run(_ inputs: String...) -> String {
    output = ""
    for input in inputs { #expect(session.execute(input + "\n") == nil) }
    return output
  }
}

@Test func inputStates() {
  #expect(InteractiveSession.state(of: "1 + 2\n") == .complete)
  #expect(InteractiveSession.state(of: "x = (1,\n") == .incomplete)
  #expect(InteractiveSession.state(of: "s = \"\"\"abc\n") == .incomplete)
  #expect(InteractiveSession.state(of: "def f():\n") == .incomplete)
  #expect(InteractiveSession.state(of: "def f():\n    for x in y:\n") == .incomplete)
  #expect(InteractiveSession.state(of: "def f():\n    return 1\n") == .awaitsEmptyLine)
  #expect(InteractiveSession.state(of: "if x: y\n") == .awaitsEmptyLine)
  #expect(InteractiveSession.state(of: "def f():\n\n") == .complete)
  #expect(InteractiveSession.state(of: "if x:\ny = 2\n") == .complete)
  #expect(InteractiveSession.state(of: "1 +\n") == .complete)
}

@Test func expressionValuesAreShownAndKeptInUnderscore() {
  let h = Harness()
  #expect(h.run("1 + 2") == "3\n")
  #expect(h.run("None") == "")
  #expect(h.run("_ * 2") == "6\n")
  #expect(h.run("x = 'a'", "x") == "'a'\n")
  #expect(h.run("for i in range(2): i\n") == "0\n1\n")
  #expect(h.run("def f():\n    5\n\n", "f()") == "")
}

@Test func errorsAreReportedAndTheSessionGoesOn() {
  let h = Harness()
  _ = h.run("1/0")
  #expect(
    h.errors
      == "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n"
  )
  h.errors = ""
  _ = h.run("1 +")
  #expect(
    h.errors == "  File \"<stdin>\", line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n")
  #expect(h.run("2") == "2\n")
  #expect(h.session.execute("raise SystemExit(3)\n") == 3)
}

@Test func topLevelAwaitAssignsGlobals() {
  let h = Harness()
  #expect(h.run("import asyncio", "await asyncio.sleep(1, 'done')") == "'done'\n")
  #expect(h.run("x = await asyncio.sleep(1, 7)", "x") == "7\n")
  #expect(h.run("print(await asyncio.sleep(0, 'inline'))") == "inline\n")
  // The temporaries of lowering do not stay behind as globals.
  #expect(h.run("sorted(k for k in globals() if not k.startswith('__'))") == "['asyncio', 'x']\n")
  let contextManager = """
    class Slow:
        async def __aenter__(self):
            await asyncio.sleep(1)
            return 'entered'
        async def __aexit__(self, *args):
            print('exited')

    """
  #expect(h.run(contextManager, "async with Slow() as s:\n    print(s)\n") == "entered\nexited\n")
}

@Test func tasksStartedAtThePromptRunBetweenInputs() {
  let h = Harness()
  let setup = """
    import asyncio
    async def work():
        await asyncio.sleep(5)
        print('background done')
        return 42

    """
  #expect(h.run(setup, "t = asyncio.create_task(work())") == "")
  #expect(h.session.secondsUntilWork == 0)
  h.output = ""
  while let delay = h.session.secondsUntilWork, delay <= 0 {
    #expect(h.session.runDueWork() == nil)
  }
  #expect(h.output == "background done\n")
  #expect(h.run("await t") == "42\n")
  #expect(h.run("asyncio.run(work())") == "background done\n42\n")
}

@Test func completion() {
  let h = Harness()
  _ = h.run("import asyncio", "value = 1")
  #expect(h.session.completions(of: "asyncio.sl", after: "") == ["asyncio.sleep("])
  #expect(h.session.completions(of: "val", after: "x = ") == ["value"])
  #expect(h.session.completions(of: "whi", after: "") == ["while "])
  #expect(h.session.completions(of: "pri", after: "") == ["print("])
  #expect(h.session.completions(of: "asy", after: "import ") == ["asyncio"])
  #expect(h.session.completions(of: "gat", after: "from asyncio import ") == ["gather"])
}
