import ArgumentParser
import CoilRuntime
import Foundation

/// The command line: `coil [options] [-i] [FILE | -c CODE | -] [ARGS...]`; with no FILE and a
/// terminal on standard input, the interactive prompt.
struct CoilCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "coil",
    abstract: "Run Coil programs: a Python-like language with asyncio at its heart.",
    version: coilVersion)

  @Option(name: .short, help: "Program passed in as a string.")
  var c: String?

  @Flag(name: .short, help: "Open the interactive prompt after running the script.")
  var i = false

  @Option(help: "The event loop's clock: real, or virtual (sleeps take no time; also COIL_CLOCK=virtual).")
  var clock: String?

  @Option(help: ArgumentHelp("After the run, draw every task's life: an SVG picture to FILE, or text to standard error with -.", valueName: "FILE"))
  var timeline: String?

  @Flag(help: "asyncio's debug mode (also PYTHONASYNCIODEBUG=1): warn of slow steps and of blocking calls in coroutines.")
  var debug = false

  @Argument(parsing: .captureForPassthrough, help: "The script to run (or - for standard input), then its arguments.")
  var arguments: [String] = []
}

let coilVersion = "Coil 0.1.0 (Python 3.11 compatible)"

/// Parses the command line and runs; returns the exit status.
func runCommandLine(_ raw: [String]) -> Int32 {
  // Everything after the script name belongs to the script, as with python3.
  var ownArguments: [String] = []
  var rest: [String] = []
  var index = 0
  while index < raw.count {
    let a = raw[index]
    if a == "-c" {
      ownArguments.append(contentsOf: raw[index..<min(index + 2, raw.count)])
      rest = Array(raw.dropFirst(index + 2))
      break
    }
    if a == "--clock" || a == "--timeline" {
      ownArguments.append(contentsOf: raw[index..<min(index + 2, raw.count)])
      index += 2
      continue
    }
    if a.hasPrefix("-") && a != "-" {
      ownArguments.append(a)
      index += 1
      continue
    }
    rest = Array(raw[index...])
    break
  }
  let command: CoilCommand
  do {
    command = try CoilCommand.parse(ownArguments)
  } catch {
    let code = CoilCommand.exitCode(for: error)
    let message = CoilCommand.fullMessage(for: error)
    if code == .success {
      print(message)
      return 0
    }
    FileHandle.standardError.write((message + "\n").data(using: .utf8)!)
    return 2
  }
  let clockName = command.clock ?? ProcessInfo.processInfo.environment["COIL_CLOCK"] ?? "real"
  guard clockName == "real" || clockName == "virtual" else {
    FileHandle.standardError.write("coil: --clock must be 'real' or 'virtual', not '\(clockName)'\n".data(using: .utf8)!)
    return 2
  }
  let virtualClock = clockName == "virtual"
  let environmentDebug = ProcessInfo.processInfo.environment["PYTHONASYNCIODEBUG"].map { !$0.isEmpty } ?? false
  let debug = command.debug || environmentDebug
  let timeline = command.timeline
  let interactive = command.c == nil && (command.i || (rest.isEmpty && isatty(0) != 0))
  if interactive {
    return runInteractive(
      script: rest.first, arguments: rest.isEmpty ? [""] : rest, virtualClock: virtualClock,
      debug: debug)
  }
  let name: String
  let source: String
  let argv: [String]
  if let code = command.c {
    name = "<string>"
    source = code
    argv = ["-c"] + rest
  } else if let first = rest.first, first != "-" {
    let path = first.hasPrefix("/") ? first : FileManager.default.currentDirectoryPath + "/" + first
    guard let data = FileManager.default.contents(atPath: first) else {
      let reason = FileManager.default.fileExists(atPath: first) ? "Permission denied" : "No such file or directory"
      FileHandle.standardError.write(
        "coil: can't open file '\(path)': [Errno 2] \(reason)\n".data(using: .utf8)!)
      return 2
    }
    guard let text = String(data: data, encoding: .utf8) else {
      FileHandle.standardError.write(
        "SyntaxError: Non-UTF-8 code in file \(path), but no encoding declared\n".data(using: .utf8)!)
      return 1
    }
    name = path
    source = text
    argv = [first] + rest.dropFirst()
  } else {
    let data = FileHandle.standardInput.readDataToEndOfFile()
    name = "<stdin>"
    source = String(decoding: data, as: UTF8.self)
    argv = rest.isEmpty ? [""] : ["-"] + rest.dropFirst()
  }
  Interpreter.catchInterrupts()
  return runOnLargeStack {
    let interpreter = Interpreter(
      arguments: argv, clock: Clock(virtual: virtualClock),
      output: { text in FileHandle.standardOutput.write(text.data(using: .utf8)!) },
      error: { text in FileHandle.standardError.write(text.data(using: .utf8)!) })
    interpreter.asyncioDebug = debug
    if timeline != nil { interpreter.recordTimeline() }
    let status = interpreter.runMain(source: source, path: name)
    if let timeline { writeTimeline(interpreter, to: timeline, program: name) }
    return status
  }
}

/// Writes the recorded timeline: text to standard error for `-`, else an SVG file.
func writeTimeline(_ interpreter: Interpreter, to path: String, program: String) {
  if path == "-" {
    FileHandle.standardError.write((interpreter.timelineText() ?? "").data(using: .utf8)!)
    return
  }
  let name = program.split(separator: "/").last.map(String.init) ?? program
  let svg = interpreter.timelineSVG(title: "coil --timeline \(name)") ?? ""
  if !FileManager.default.createFile(atPath: path, contents: svg.data(using: .utf8)) {
    FileHandle.standardError.write("coil: can't write the timeline to '\(path)'\n".data(using: .utf8)!)
  }
}

/// The REPL, after running `script` in its module when given (`coil -i FILE`).
func runInteractive(script: String?, arguments: [String], virtualClock: Bool, debug: Bool) -> Int32 {
  var file: (path: String, text: String)?
  if let script, script != "-" {
    let directory = FileManager.default.currentDirectoryPath
    let path = script.hasPrefix("/") ? script : directory + "/" + script
    guard let data = FileManager.default.contents(atPath: script),
      let text = String(data: data, encoding: .utf8)
    else {
      let message = "coil: can't open file '\(path)': [Errno 2] No such file or directory\n"
      FileHandle.standardError.write(message.data(using: .utf8)!)
      return 2
    }
    file = (path, text)
  }
  let source = file
  Interpreter.catchInterrupts()
  let isTerminal = isatty(0) != 0
  return runOnLargeStack {
    let screen = Screen()
    let interpreter = Interpreter(
      arguments: arguments, clock: Clock(virtual: virtualClock),
      output: { text in screen.write(text, to: 1) },
      error: { text in screen.write(text, to: 2) })
    interpreter.asyncioDebug = debug
    let session = InteractiveSession(interpreter: interpreter, path: source?.path)
    if let source { session.runScript(source: source.text, path: source.path) }
    if !isTerminal {
      return REPL(session: session, screen: screen, historyPath: nil).runPlain()
    }
    if source == nil {
      screen.writeRaw("\(coilVersion)\nType \"exit\" or Ctrl-D to leave.\n", to: 1)
    }
    return REPL(session: session, screen: screen, historyPath: REPL.defaultHistoryPath).run()
  }
}

/// Runs `body` on a thread with a 1 GiB stack and waits for its result.
func runOnLargeStack(_ body: @escaping @Sendable () -> Int32) -> Int32 {
  final class Box: @unchecked Sendable {
    var result: Int32 = 0
  }
  let box = Box()
  let done = DispatchSemaphore(value: 0)
  let thread = Thread {
    box.result = body()
    done.signal()
  }
  thread.stackSize = 1 << 30
  thread.start()
  done.wait()
  return box.result
}
