// The interactive prompt: `coil` with a terminal on standard input, or `coil -i FILE`.
//
// One thread does everything. libedit's callback interface reads one key at a time, so the
// REPL waits with poll() for a key or for the event loop's next timer, whichever comes first:
// tasks started at the prompt go on running while the user types. Output they print while a
// line is being edited erases the prompt line, is written, and then libedit redraws the prompt
// and the text typed so far below it.
//
// An input runs when it is whole: a simple statement at once, a compound statement at the
// first empty line, open brackets and triple-quoted strings when they close (the parser's
// `endsEarly`). Ctrl-C while editing drops the input; while code runs it raises
// KeyboardInterrupt there. Ctrl-D at an empty prompt, `exit` and `quit` leave with status 0.

import CEditLine
import CoilRuntime
import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Terminal output while the REPL runs: writes that arrive while a line is being edited make
/// room above the prompt first.
final class Screen {
  /// libedit owns the terminal's last line: a prompt and the text being edited.
  var editing = false
  /// Output has erased the prompt line, which libedit must redraw.
  private var erased = false
  private var atLineStart = true

  func write(_ text: String, to descriptor: Int32) {
    guard !text.isEmpty else { return }
    if editing && !erased {
      writeRaw("\r\u{1B}[K", to: 1)
      erased = true
    }
    writeRaw(text, to: descriptor)
    atLineStart = text.hasSuffix("\n")
  }

  func writeRaw(_ text: String, to descriptor: Int32) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes {
        systemWrite(descriptor, $0.baseAddress! + offset, $0.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return
      }
      offset += written
    }
    bytes.removeAll()
  }

  /// Redraws the prompt and the edited text if output erased them.
  func restorePrompt() {
    guard erased else { return }
    erased = false
    if !atLineStart { writeRaw("\n", to: 1) }
    atLineStart = true
    rl_forced_update_display()
  }
}

private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
    return Glibc.write(descriptor, bytes, count)
  #else
    return Darwin.write(descriptor, bytes, count)
  #endif
}

/// Set by the SIGWINCH handler: libedit catches no signals, so the REPL tells it the size.
private let windowResized = Atomic<Bool>(false)

/// The REPL that libedit's callbacks reach; C callbacks cannot capture it.
nonisolated(unsafe) private var activeREPL: REPL?

/// Reads, runs and prints until the user leaves.
final class REPL {
  private let session: InteractiveSession
  private let screen: Screen
  private let historyPath: String?
  /// The lines of the input typed so far.
  private var lines: [String] = []
  private var exitStatus: Int32?
  private var prompt = ">>> "

  init(session: InteractiveSession, screen: Screen, historyPath: String?) {
    self.session = session
    self.screen = screen
    self.historyPath = historyPath
  }

  /// `~/.coil_history`, or `$COIL_HISTORY` (empty: no history file).
  static var defaultHistoryPath: String? {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["COIL_HISTORY"] { return path.isEmpty ? nil : path }
    guard let home = environment["HOME"] else { return nil }
    return home + "/.coil_history"
  }

  /// Runs the REPL; returns the exit status.
  func run() -> Int32 {
    activeREPL = self
    // Ctrl-C is the interpreter's: libedit must not catch SIGINT itself.
    coil_rl_set_catch_signals(0)
    coil_rl_set_readline_name("coil")
    coil_rl_set_streams(coil_stdin(), coil_stdout())
    rl_initialize()
    // CPython's completer delimiters: a dot stays in the word, so `asyncio.sl` completes.
    coil_rl_set_completion(complete, strdup(" \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?"))
    // Ctrl-U kills the whole line; Ctrl-C uses it to drop what was typed.
    _ = rl_parse_and_bind("bind ^U em-kill-line")
    if let historyPath { _ = read_history(historyPath) }
    session.open()
    signal(SIGWINCH) { _ in windowResized.store(true, ordering: .relaxed) }
    install(prompt: ">>> ")
    while exitStatus == nil {
      if windowResized.exchange(false, ordering: .relaxed) { rl_resize_terminal() }
      if session.takeInterrupt() {
        dropInput()
        continue
      }
      runBackgroundWork()
      if exitStatus != nil { break }
      // Wake for the loop's next timer, and every 50 ms for a Ctrl-C caught on another thread.
      let wait = min(session.secondsUntilWork ?? 0.05, 0.05)
      var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
      let ready = poll(&descriptor, 1, Int32((wait * 1000).rounded(.up)))
      guard ready > 0 else { continue }
      // A hung-up terminal also reads as ready, but libedit would read nothing from it.
      if descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
        exitStatus = 0
      } else if descriptor.revents & Int16(POLLIN) != 0 {
        rl_callback_read_char()
      }
    }
    rl_callback_handler_remove()
    screen.editing = false
    if let historyPath {
      _ = write_history(historyPath)
      _ = history_truncate_file(historyPath, 1000)
    }
    session.close()
    activeREPL = nil
    return exitStatus ?? 0
  }

  private func install(prompt: String) {
    self.prompt = prompt
    screen.editing = true
    rl_callback_handler_install(prompt, lineHandler)
  }

  /// Runs due work of tasks started at the prompt, keeping their output above the prompt.
  private func runBackgroundWork() {
    guard let delay = session.secondsUntilWork, delay <= 0 else { return }
    if let status = session.runDueWork() { exitStatus = status }
    screen.restorePrompt()
  }

  /// Ctrl-C while editing: drop the input and show a fresh prompt.
  private func dropInput() {
    rl_callback_handler_remove()
    screen.editing = false
    screen.writeRaw("\nKeyboardInterrupt\n", to: 1)
    lines = []
    rl_stuff_char(0x15)
    install(prompt: ">>> ")
    rl_callback_read_char()
  }

  /// A line from libedit; nil at end of input (Ctrl-D on an empty line).
  fileprivate func accept(_ line: String?) {
    rl_callback_handler_remove()
    screen.editing = false
    guard let line else {
      // libedit has drawn the Ctrl-D as "^D" after the prompt: show the bare prompt instead.
      screen.writeRaw("\r\u{1B}[K" + prompt + "\n", to: 1)
      exitStatus = 0
      return
    }
    if !line.trimmingCharacters(in: .whitespaces).isEmpty { _ = add_history(line) }
    if let status = feed(line) {
      exitStatus = status
      return
    }
    install(prompt: lines.isEmpty ? ">>> " : "... ")
  }

  /// Adds a line to the input and runs the input when it is whole; returns an exit status
  /// when the user leaves.
  func feed(_ line: String) -> Int32? {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    if lines.isEmpty && (trimmed == "exit" || trimmed == "quit") { return 0 }
    if lines.isEmpty && trimmed.isEmpty { return nil }
    lines.append(line)
    let text = lines.joined(separator: "\n") + "\n"
    let runs: Bool
    switch InteractiveSession.state(of: text) {
    case .incomplete: runs = false
    case .awaitsEmptyLine: runs = trimmed.isEmpty
    case .complete: runs = true
    }
    guard runs else { return nil }
    lines = []
    if let status = session.execute(text) { return status }
    // A Ctrl-C that reached no check before the input ended is dropped.
    _ = session.takeInterrupt()
    return nil
  }

  /// Without a terminal (`coil -i FILE < input`): reads lines plainly, prompting on standard
  /// error as CPython does, with no line editing and no history.
  func runPlain() -> Int32 {
    session.open()
    defer { session.close() }
    while true {
      screen.writeRaw(lines.isEmpty ? ">>> " : "... ", to: 2)
      guard let line = readLine(strippingNewline: true) else {
        screen.writeRaw("\n", to: 2)
        return 0
      }
      if let status = feed(line) { return status }
      while let delay = session.secondsUntilWork, delay <= 0 {
        if let status = session.runDueWork() { return status }
      }
    }
  }

  /// Completions for libedit: `matches[0]` replaces the word, the rest are listed.
  fileprivate func completions(start: Int, end: Int) -> [String] {
    guard let buffer = coil_rl_line_buffer() else { return [] }
    let bytes = Array(UnsafeBufferPointer(start: buffer, count: strlen(buffer)))
      .map { UInt8(bitPattern: $0) }
    let lower = min(max(start, 0), bytes.count)
    let upper = min(max(end, lower), bytes.count)
    let before = String(decoding: bytes[..<lower], as: UTF8.self)
    let word = String(decoding: bytes[lower..<upper], as: UTF8.self)
    // Tab in the indentation indents, as in CPython's REPL.
    if word.isEmpty && before.allSatisfy({ $0 == " " || $0 == "\t" }) { return ["    "] }
    return session.completions(of: word, after: before)
  }
}

private func lineHandler(_ line: UnsafeMutablePointer<CChar>?) {
  let text = line.map { String(cString: $0) }
  free(line)
  activeREPL?.accept(text)
}

/// libedit's attempted-completion function: a NULL-terminated, malloc'd array whose first
/// entry is the longest common prefix of the matches.
private func complete(
  _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
  coil_rl_set_completion_over(1)
  coil_rl_set_completion_append_character(0)
  guard let repl = activeREPL else { return nil }
  let matches = repl.completions(start: Int(start), end: Int(end))
  guard let first = matches.first else { return nil }
  var common = Array(first.utf8)
  for match in matches.dropFirst() {
    let bytes = Array(match.utf8)
    var n = 0
    while n < common.count && n < bytes.count && common[n] == bytes[n] { n += 1 }
    common.removeSubrange(n...)
  }
  let entries = matches.count == 1 ? matches : [String(decoding: common, as: UTF8.self)] + matches
  // libedit frees the array and its strings with free().
  let size = MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (entries.count + 1)
  let array = malloc(size)!.bindMemory(
    to: UnsafeMutablePointer<CChar>?.self, capacity: entries.count + 1)
  for (i, entry) in entries.enumerated() { array[i] = strdup(entry) }
  array[entries.count] = nil
  return array
}
