import CoilSyntax
// Text files: `open()` and the methods of the objects it returns, and `sys.stdout`.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension FileObject {
  func write(_ text: String, _ interp: Interpreter) throws(PyError) {
    if let sink {
      sink(text)
      return
    }
    guard !closed, let handle else { throw interp.valueError("I/O operation on closed file.") }
    if !mode.contains("w") && !mode.contains("a") && !mode.contains("+") {
      throw interp.error("UnsupportedOperation", "not writable")
    }
    fputs(text, handle)
  }

  func readAll(_ interp: Interpreter) throws(PyError) -> String {
    guard !closed, let handle else { throw interp.valueError("I/O operation on closed file.") }
    var bytes: [UInt8] = []
    while true {
      let c = fgetc(handle)
      if c == EOF { break }
      bytes.append(UInt8(c))
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  func readLine(_ interp: Interpreter) throws(PyError) -> String {
    guard !closed, let handle else { throw interp.valueError("I/O operation on closed file.") }
    var bytes: [UInt8] = []
    while true {
      let c = fgetc(handle)
      if c == EOF { break }
      bytes.append(UInt8(c))
      if c == 10 { break }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension Interpreter {
  func openFile(_ args: [Value], _ kwargs: Keywords) throws(PyError) -> Value {
    guard let first = args.first ?? keyword(kwargs, "file") else {
      throw typeError("open() missing required argument 'file' (pos 1)")
    }
    let path = try stringArgument(first, "expected str, bytes or os.PathLike object, not \(typeName(first))")
    let modeValue = args.count > 1 ? args[1] : (keyword(kwargs, "mode") ?? str("r"))
    let mode = try stringArgument(modeValue, "open() argument 'mode' must be str, not \(typeName(modeValue))")
    var cMode = mode.replacingOccurrences_(of: "t", with: "")
    if !cMode.contains("b") { cMode = cMode.replacingOccurrences_(of: "b", with: "") }
    guard let handle = fopen(path, cMode) else {
      let code = errno
      let message = String(cString: strerror(code))
      let type = code == ENOENT ? "FileNotFoundError" : code == EACCES ? "PermissionError" : code == EISDIR ? "IsADirectoryError" : "OSError"
      throw PyError(ExceptionObject(type: exceptions[type]!, args: [.int(Int(code)), str(message), str(path)], dict: makeDict()))
    }
    return .object(FileObject(handle: handle, name: path, mode: mode, type: types.file))
  }

  func setUpFileMethods() {
    let t = types.file!
    func f(_ args: [Value]) throws(PyError) -> FileObject { try receiver(args, FileObject.self, "file", "TextIOWrapper") }
    define(t, "write") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 2, "write", method: true)
      let file = try f(args)
      let text = try interp.stringArgument(args[1], "write() argument must be str, not \(interp.typeName(args[1]))")
      try file.write(text, interp)
      return .int(text.unicodeScalars.count)
    }
    define(t, "read") { interp, args, _ throws(PyError) in interp.str(try f(args).readAll(interp)) }
    define(t, "readline") { interp, args, _ throws(PyError) in interp.str(try f(args).readLine(interp)) }
    define(t, "readlines") { interp, args, _ throws(PyError) in
      let file = try f(args)
      var lines: [Value] = []
      while true {
        let line = try file.readLine(interp)
        if line.isEmpty { break }
        lines.append(interp.str(line))
      }
      return interp.makeList(lines)
    }
    define(t, "close") { interp, args, _ throws(PyError) in
      let file = try f(args)
      if let h = file.handle, !file.closed, file.sink == nil { fclose(h) }
      file.closed = true
      return .none
    }
    define(t, "flush") { interp, args, _ throws(PyError) in
      let file = try f(args)
      if file.sink != nil { interp.flushOutput() } else if let h = file.handle { fflush(h) }
      return .none
    }
    define(t, "__enter__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 1, "__enter__", method: true)
      return args[0]
    }
    define(t, "__exit__") { interp, args, _ throws(PyError) in
      let file = try f(args)
      if let h = file.handle, !file.closed, file.sink == nil { fclose(h) }
      file.closed = true
      return .none
    }
    define(t, "__iter__") { interp, args, _ throws(PyError) in
      let file = try f(args)
      return .object(IteratorObject(type: interp.types.iterator) { interp throws(PyError) in
        let line = try file.readLine(interp)
        return line.isEmpty ? nil : interp.str(line)
      })
    }
  }
}
