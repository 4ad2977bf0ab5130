// Golden programs: every `.py` under Tests/Programs runs in-process, on the virtual clock, and
// its standard output
// must equal the `.out` beside it; a `.err` holds the exact error text of a run that must fail
// (with the program's directory removed from paths). Programs listed in
// Tests/Programs/pending.txt exercise behaviour Coil does not have yet: they are expected to
// fail, and the test fails when one of them starts passing so the list only shrinks.

import CoilRuntime
import Foundation
import Testing

struct ProgramCase: CustomTestStringConvertible, Sendable {
  let path: String
  let relativePath: String

  var testDescription: String { relativePath }

  static let root: String = {
    let here = URL(fileURLWithPath: #filePath)
    return here.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Programs").path
  }()

  static let pending: Set<String> = {
    guard let text = try? String(contentsOfFile: root + "/pending.txt", encoding: .utf8) else {
      return []
    }
    return Set(
      text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty && !$0.hasPrefix("#") })
  }()

  static let all: [ProgramCase] = {
    let manager = FileManager.default
    guard let enumerator = manager.enumerator(atPath: root) else { return [] }
    var cases: [ProgramCase] = []
    for case let relative as String in enumerator where relative.hasSuffix(".py") {
      cases.append(ProgramCase(path: root + "/" + relative, relativePath: relative))
    }
    return cases.sorted { $0.relativePath < $1.relativePath }
  }()
}

/// The result of running one program.
struct ProgramRun: Sendable {
  var output: String
  var error: String
  var status: Int32
}

/// Runs a program on a thread with a large stack, as the `coil` command does.
func runProgram(_ path: String) -> ProgramRun {
  final class Box: @unchecked Sendable {
    var run = ProgramRun(output: "", error: "", status: 0)
  }
  let box = Box()
  let source = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  let done = DispatchSemaphore(value: 0)
  let thread = Thread {
    var output = ""
    var error = ""
    // The virtual clock makes sleeps instant and async output the same on every run.
    let interpreter = Interpreter(
      arguments: [path], clock: Clock(virtual: true), output: { output += $0 },
      error: { error += $0 })
    let status = interpreter.runMain(source: source, path: path)
    box.run = ProgramRun(output: output, error: error, status: status)
    done.signal()
  }
  thread.stackSize = 1 << 29
  thread.start()
  done.wait()
  return box.run
}

@Test(arguments: ProgramCase.all)
func goldenProgram(_ program: ProgramCase) throws {
  let base = String(program.path.dropLast(3))
  let expectedOutput = (try? String(contentsOfFile: base + ".out", encoding: .utf8)) ?? ""
  let expectedError = try? String(contentsOfFile: base + ".err", encoding: .utf8)
  let directory = (program.path as NSString).deletingLastPathComponent + "/"
  let check = {
    let run = runProgram(program.path)
    // Addresses in reprs (`<generator object g at 0x7f...>`) differ from run to run.
    let error = run.error.replacingOccurrences(of: directory, with: "").replacing(#/ at 0x[0-9a-f]+/#, with: " at 0x...")
    #expect(run.output == expectedOutput, "standard output differs")
    if let expectedError {
      #expect(run.status != 0, "the program should have failed")
      #expect(error == expectedError, "standard error differs")
    } else {
      #expect(run.status == 0, "exit status \(run.status)")
      #expect(error == "", "unexpected standard error")
    }
  }
  if ProgramCase.pending.contains(program.relativePath) {
    withKnownIssue("listed in Tests/Programs/pending.txt") { check() }
  } else {
    check()
  }
}
