// Ctrl-C under asyncio.run: the first one cancels the main task, which may clean up, and the
// run ends in KeyboardInterrupt chained to the CancelledError, as in CPython 3.11.

import Testing

@testable import CoilRuntime

@Test func ctrlCUnderAsyncioRunCancelsTheMainTask() {
  var output = ""
  var errors = ""
  var interpreter: Interpreter!
  interpreter = Interpreter(
    clock: Clock(virtual: true),
    output: { text in
      output += text
      // The program flushes "waiting" just before it sleeps: press Ctrl-C then.
      if text.contains("waiting") { interpreter.interruptRequested = true }
    },
    error: { errors += $0 })
  let source = """
    import asyncio
    async def main():
        try:
            print("waiting", flush=True)
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("cancelled")
            raise
        finally:
            print("cleanup")
    asyncio.run(main())
    print("not reached")
    """
  let status = interpreter.runMain(source: source, path: "interrupt.py")
  #expect(status == 1)
  #expect(output == "waiting\ncancelled\ncleanup\n")
  #expect(errors.contains("asyncio.exceptions.CancelledError\n\nDuring handling of the above exception, another exception occurred:"))
  #expect(errors.hasSuffix("KeyboardInterrupt\n"))
}

@Test func ctrlCOutsideTheLoopRaisesKeyboardInterrupt() {
  var errors = ""
  var interpreter: Interpreter!
  interpreter = Interpreter(
    output: { text in if text.contains("go") { interpreter.interruptRequested = true } },
    error: { errors += $0 })
  let status = interpreter.runMain(
    source: "print('go', flush=True)\nwhile True:\n    pass\n", path: "loop.py")
  #expect(status == 1)
  #expect(errors.hasSuffix("KeyboardInterrupt\n"))
}
