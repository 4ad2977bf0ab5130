// libFuzzer entry point: every input is a byte string given to Coil as the source of `__main__`,
// run through the lexer, parser, resolver, compiler and evaluator exactly as the `coil` command
// runs a script file. Whatever the bytes, the run must end in a Python error or a result; a Swift
// trap, a stack overflow or a hang is a bug. Built and run by `fuzz/run`.
//
// Bounding work: the interpreter has no instruction budget, so a watchdog thread sets
// `Interpreter.interruptRequested` (a Ctrl-C) once an input has run for `COIL_FUZZ_INTERRUPT`
// seconds (default 1), and keeps setting it every 10 ms, so a program that catches the
// `KeyboardInterrupt` is interrupted again at its next poll. Only `while` loops and
// `time.sleep` poll; anything else that runs long (a `for` loop over a huge range, `10**10**9`)
// runs into libFuzzer's `-timeout` and is reported as a hang.
//
// Environment: COIL_FUZZ_SHOW=1 copies the program's standard output and error to this
// process's standard error (useful when replaying a reproducer: `.fuzz/fuzz-coil FILE`).

import CoilRuntime
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Seconds an input runs before it is interrupted.
private let interruptAfter: Double = {
  if let text = ProcessInfo.processInfo.environment["COIL_FUZZ_INTERRUPT"], let s = Double(text) {
    return s
  }
  return 1
}()

private let showOutput = ProcessInfo.processInfo.environment["COIL_FUZZ_SHOW"] == "1"

private func monotonicSeconds() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Interrupts the interpreter that is running the current input once its time is up.
private final class Watchdog: @unchecked Sendable {
  private let lock = NSLock()
  private var interpreter: Interpreter?
  private var deadline = Double.infinity

  func begin(_ interpreter: Interpreter) {
    lock.withLock {
      self.interpreter = interpreter
      deadline = monotonicSeconds() + interruptAfter
    }
  }

  func end() {
    lock.withLock { interpreter = nil }
  }

  /// Runs forever on its own thread. The flag is a plain Bool that the interpreter polls; a
  /// store from this thread is what the CLI's SIGINT handling amounts to as well.
  func watch() {
    while true {
      usleep(10_000)
      lock.withLock {
        if let interpreter, monotonicSeconds() >= deadline {
          interpreter.interruptRequested = true
        }
      }
    }
  }
}

private let watchdog = Watchdog()

/// Memory for the worker thread's signal stack, so that libFuzzer's SIGSEGV handler can still
/// run (and save the reproducer) when the worker overflows its own stack.
private let signalStackSize = 1 << 20
nonisolated(unsafe) private let signalStack = UnsafeMutableRawPointer.allocate(
  byteCount: signalStackSize, alignment: 16)

/// Runs `body` on a fresh thread with a 1 GiB stack (as `coil` does) and waits for it.
private func runOnLargeStack(_ body: @escaping @Sendable () -> Void) {
  let done = DispatchSemaphore(value: 0)
  let thread = Thread {
    var alternate = stack_t()
    alternate.ss_sp = signalStack
    alternate.ss_size = signalStackSize
    alternate.ss_flags = 0
    sigaltstack(&alternate, nil)
    body()
    done.signal()
  }
  thread.stackSize = 1 << 30
  thread.start()
  done.wait()
}

/// Runs one input the way `coil FILE` does (see Sources/coil/Options.swift).
private func runSource(_ data: Data) {
  let discard: @Sendable (String) -> Void
  if showOutput {
    discard = { text in FileHandle.standardError.write(text.data(using: .utf8)!) }
  } else {
    discard = { _ in }
  }
  let path = "/fuzz/input.py"
  guard let source = String(data: data, encoding: .utf8) else {
    discard("SyntaxError: Non-UTF-8 code in file \(path), but no encoding declared\n")
    return
  }
  runOnLargeStack {
    // The virtual clock: an input's sleeps, asyncio's included, take no real time.
    let interpreter = Interpreter(
      arguments: ["input.py"], clock: Clock(virtual: true), output: discard, error: discard)
    watchdog.begin(interpreter)
    let status = interpreter.runMain(source: source, path: path)
    watchdog.end()
    if showOutput { discard("[exit status \(status)]\n") }
  }
}

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(
  _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> Int32 {
  // `input()` and `sys.stdin` must never wait for a terminal.
  let null = open("/dev/null", O_RDONLY)
  if null >= 0 {
    dup2(null, 0)
    close(null)
  }
  let thread = Thread { watchdog.watch() }
  thread.start()
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let data = bytes.map { Data(bytes: $0, count: size) } ?? Data()
  runSource(data)
  return 0
}
