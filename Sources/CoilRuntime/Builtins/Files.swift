// Text files: `open()` and the methods of the objects it returns, and `sys.stdout`. Reads
// decode UTF-8 and translate `\r\n` and `\r` to `\n` (universal newlines), counting code points
// as CPython's TextIOWrapper does.

import CoilSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An opened text file.
final class FileObject: PyObject {
  var handle: UnsafeMutablePointer<FILE>?
  let name: String
  let mode: String
  var closed = false
  /// For standard streams: where writes go.
  let sink: ((String) -> Void)?
  /// Whether closing the object closes the C stream (not for standard input).
  let ownsHandle: Bool
  let readable: Bool
  let writable: Bool
  /// Translate `\r\n` and `\r` to `\n` on reading (`newline=None`).
  let translatesNewlines: Bool
  /// Bytes read from the stream but not yet decoded.
  private var buffer: [UInt8] = []
  private var bufferPosition = 0
  private var atEnd = false

  init(
    handle: UnsafeMutablePointer<FILE>?, name: String, mode: String, type: TypeObject,
    readable: Bool = false, writable: Bool = false, ownsHandle: Bool = true,
    translatesNewlines: Bool = true, sink: ((String) -> Void)? = nil
  ) {
    self.handle = handle
    self.name = name
    self.mode = mode
    self.sink = sink
    self.readable = readable
    self.writable = writable || sink != nil
    self.ownsHandle = ownsHandle
    self.translatesNewlines = translatesNewlines
    super.init(type: type)
  }

  deinit {
    if let handle, !closed, ownsHandle { fclose(handle) }
  }

  func close() {
    if let handle, !closed, sink == nil {
      if ownsHandle { fclose(handle) } else { fflush(handle) }
    }
    closed = true
  }

  // MARK: - Reading

  /// The next byte, refilling the buffer from the stream.
  private func nextByte() -> UInt8? {
    if bufferPosition < buffer.count {
      bufferPosition += 1
      return buffer[bufferPosition - 1]
    }
    if atEnd { return nil }
    guard let handle else { return nil }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    // Standard input is read a line at a time so `input()` and the REPL see the rest.
    let count: Int
    if ownsHandle {
      count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
    } else {
      let c = fgetc(handle)
      if c != EOF { chunk[0] = UInt8(c) }
      count = c == EOF ? 0 : 1
    }
    if count == 0 {
      atEnd = true
      return nil
    }
    buffer = Array(chunk[0..<count])
    bufferPosition = 1
    return buffer[0]
  }

  private func peekByte() -> UInt8? {
    guard let byte = nextByte() else { return nil }
    bufferPosition -= 1
    return byte
  }

  /// The next code point, newlines translated; invalid UTF-8 becomes U+FFFD.
  private func nextScalar() -> Unicode.Scalar? {
    guard let first = nextByte() else { return nil }
    if first == 13 && translatesNewlines {
      if peekByte() == 10 { _ = nextByte() }
      return "\n"
    }
    if first < 0x80 { return Unicode.Scalar(first) }
    let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1
    var bytes = [first]
    while bytes.count < length, let b = peekByte(), b & 0xC0 == 0x80 {
      bytes.append(b)
      _ = nextByte()
    }
    var decoded = String(decoding: bytes, as: UTF8.self).unicodeScalars.makeIterator()
    return decoded.next() ?? "\u{FFFD}"
  }

  /// `read(size)`: up to `limit` code points, or everything left when nil.
  func read(_ limit: Int?, _ interp: Interpreter) throws(PyError) -> String {
    try checkReadable(interp)
    var out = String.UnicodeScalarView()
    var count = 0
    while limit.map({ count < $0 }) ?? true, let c = nextScalar() {
      out.append(c)
      count += 1
    }
    return String(out)
  }

  /// `readline(size)`: through the next newline, at most `limit` code points.
  func readLine(_ limit: Int?, _ interp: Interpreter) throws(PyError) -> String {
    try checkReadable(interp)
    var out = String.UnicodeScalarView()
    var count = 0
    while limit.map({ count < $0 }) ?? true, let c = nextScalar() {
      out.append(c)
      count += 1
      if c == "\n" { break }
    }
    return String(out)
  }

  func checkOpen(_ interp: Interpreter) throws(PyError) {
    if closed { throw interp.valueError("I/O operation on closed file.") }
  }

  private func checkReadable(_ interp: Interpreter) throws(PyError) {
    try checkOpen(interp)
    if !readable || handle == nil { throw interp.error("UnsupportedOperation", "not readable") }
  }

  // MARK: - Writing

  func write(_ text: String, _ interp: Interpreter) throws(PyError) {
    if let sink {
      sink(text)
      return
    }
    try checkOpen(interp)
    guard writable, let handle else { throw interp.error("UnsupportedOperation", "not writable") }
    fputs(text, handle)
  }

  /// `seek(offset, whence)`: drops the read buffer and moves the stream.
  func seek(_ offset: Int, _ whence: Int32, _ interp: Interpreter) throws(PyError) -> Int {
    try checkOpen(interp)
    guard let handle, sink == nil else { throw interp.error("UnsupportedOperation", "underlying stream is not seekable") }
    if fseek(handle, offset, whence) != 0 { throw interp.error("OSError", String(cString: strerror(errno))) }
    buffer = []
    bufferPosition = 0
    atEnd = false
    return ftell(handle)
  }

  /// `tell()`: the stream position less what is buffered but unread.
  func tell(_ interp: Interpreter) throws(PyError) -> Int {
    try checkOpen(interp)
    guard let handle, sink == nil else { throw interp.error("UnsupportedOperation", "underlying stream is not seekable") }
    return ftell(handle) - (buffer.count - bufferPosition)
  }
}

extension Interpreter {
  /// The OSError subclass CPython raises for an errno, with `[Errno n] message: 'path'`.
  func osError(_ code: Int32, path: String) -> PyError {
    let type: String
    switch code {
    case ENOENT: type = "FileNotFoundError"
    case EACCES, EPERM: type = "PermissionError"
    case EISDIR: type = "IsADirectoryError"
    case ENOTDIR: type = "NotADirectoryError"
    case EEXIST: type = "FileExistsError"
    default: type = "OSError"
    }
    let message = String(cString: strerror(code))
    return PyError(ExceptionObject(type: exceptions[type]!, args: [.int(Int(code)), str(message), str(path)], dict: makeDict()))
  }

  /// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)` for text.
  func openFile(_ args: [Value], _ kwargs: Keywords) throws(PyError) -> Value {
    let names = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"]
    var given: [String: Value] = [:]
    if args.count > names.count {
      throw typeError("open() takes at most 8 arguments (\(args.count) given)")
    }
    for (i, value) in args.enumerated() { given[names[i]] = value }
    for (key, value) in kwargs {
      guard let position = names.firstIndex(of: key) else {
        throw typeError("'\(key)' is an invalid keyword argument for open()")
      }
      if given[key] != nil {
        throw typeError("argument for open() given by name ('\(key)') and position (\(position + 1))")
      }
      given[key] = value
    }
    guard let first = given["file"] else {
      throw typeError("open() missing required argument 'file' (pos 1)")
    }
    let path = try stringArgument(first, "expected str, bytes or os.PathLike object, not \(typeName(first))")
    let modeValue = given["mode"] ?? str("r")
    let mode = try stringArgument(modeValue, "open() argument 'mode' must be str, not \(typeName(modeValue))")
    // The checks of CPython's _io.open, in its order.
    var seen = Set<Character>()
    for c in mode {
      if !"axrwb+tU".contains(c) || !seen.insert(c).inserted {
        throw valueError("invalid mode: '\(mode)'")
      }
    }
    let kinds = ["r", "w", "a", "x"].filter { mode.contains($0) }
    if seen.contains("t") && seen.contains("b") { throw valueError("can't have text and binary mode at once") }
    if kinds.count != 1 { throw valueError("must have exactly one of create/read/write/append mode") }
    if seen.contains("b") {
      throw error("NotImplementedError", "binary files are not supported yet")
    }
    var translate = true
    if let newline = given["newline"], !newline.isNone {
      let text = try stringArgument(newline, "open() argument 'newline' must be str or None, not \(typeName(newline))")
      guard ["", "\n", "\r", "\r\n"].contains(text) else {
        throw valueError("illegal newline value: \(text)")
      }
      translate = false
    }
    let plus = seen.contains("+")
    let cMode: String
    switch kinds[0] {
    case "r": cMode = plus ? "r+" : "r"
    case "w": cMode = plus ? "w+" : "w"
    case "a": cMode = plus ? "a+" : "a"
    default: cMode = plus ? "w+x" : "wx"
    }
    guard let handle = fopen(path, cMode) else { throw osError(errno, path: path) }
    var info = stat()
    if fstat(fileno(handle), &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      fclose(handle)
      throw osError(EISDIR, path: path)
    }
    return .object(
      FileObject(
        handle: handle, name: path, mode: mode, type: types.file,
        readable: kinds[0] == "r" || plus, writable: kinds[0] != "r" || plus,
        translatesNewlines: translate))
  }

  func setUpFileMethods() {
    // io.UnsupportedOperation is both an OSError and a ValueError; it is not a builtin name.
    let unsupported = makeType("UnsupportedOperation", base: exceptions["OSError"]!, layout: .exception, module: "io")
    unsupported.bases = [exceptions["OSError"]!, exceptions["ValueError"]!]
    unsupported.mro = TypeObject.c3(unsupported, bases: unsupported.bases) ?? unsupported.mro
    unsupported.isBaseException = true
    unsupported.constructor = baseExceptionType.constructor
    exceptions["UnsupportedOperation"] = unsupported

    let t = types.file!
    func f(_ args: [Value], _ name: String) throws(PyError) -> FileObject {
      try receiver(args, FileObject.self, name, "_io.TextIOWrapper")
    }
    /// The optional size argument of read and readline: None or negative means no limit.
    func size(_ interp: Interpreter, _ args: [Value]) throws(PyError) -> Int? {
      guard args.count > 1, !args[1].isNone else { return nil }
      let n = try interp.intArgument(args[1])
      return n < 0 ? nil : n
    }
    define(t, "write") { interp, args, _ throws(PyError) in
      let file = try f(args, "write")
      guard args.count == 2 else { throw interp.typeError("write() takes exactly one argument (\(args.count - 1) given)") }
      let text = try interp.stringArgument(args[1], "write() argument must be str, not \(interp.typeName(args[1]))")
      try file.write(text, interp)
      return .int(text.unicodeScalars.count)
    }
    define(t, "writelines") { interp, args, _ throws(PyError) in
      let file = try f(args, "writelines")
      try file.checkOpen(interp)
      let iterator = try interp.makeIterator(args.count > 1 ? args[1] : .none)
      while let line = try interp.next(iterator) {
        try file.write(try interp.stringArgument(line, "write() argument must be str, not \(interp.typeName(line))"), interp)
      }
      return .none
    }
    define(t, "read") { interp, args, _ throws(PyError) in
      let file = try f(args, "read")
      return interp.str(try file.read(try size(interp, args), interp))
    }
    define(t, "readline") { interp, args, _ throws(PyError) in
      let file = try f(args, "readline")
      return interp.str(try file.readLine(try size(interp, args), interp))
    }
    define(t, "readlines") { interp, args, _ throws(PyError) in
      let file = try f(args, "readlines")
      let hint = try size(interp, args) ?? 0
      var lines: [Value] = []
      var total = 0
      while true {
        let line = try file.readLine(nil, interp)
        if line.isEmpty { break }
        lines.append(interp.str(line))
        total += line.unicodeScalars.count
        if hint > 0 && total >= hint { break }
      }
      return interp.makeList(lines)
    }
    define(t, "close") { interp, args, _ throws(PyError) in
      try f(args, "close").close()
      return .none
    }
    define(t, "flush") { interp, args, _ throws(PyError) in
      let file = try f(args, "flush")
      try file.checkOpen(interp)
      if file.sink != nil { interp.flushOutput() } else if let h = file.handle { fflush(h) }
      return .none
    }
    define(t, "seek") { interp, args, _ throws(PyError) in
      let file = try f(args, "seek")
      let offset = try interp.intArgument(args.count > 1 ? args[1] : .none)
      let whence = args.count > 2 ? try interp.intArgument(args[2]) : 0
      return .int(try file.seek(offset, Int32(clamping: whence), interp))
    }
    define(t, "tell") { interp, args, _ throws(PyError) in .int(try f(args, "tell").tell(interp)) }
    define(t, "readable") { interp, args, _ throws(PyError) in
      let file = try f(args, "readable")
      // CPython's message here has no period.
      if file.closed { throw interp.valueError("I/O operation on closed file") }
      return .bool(file.readable)
    }
    define(t, "writable") { interp, args, _ throws(PyError) in
      let file = try f(args, "writable")
      // CPython's message here has no period.
      if file.closed { throw interp.valueError("I/O operation on closed file") }
      return .bool(file.writable)
    }
    define(t, "fileno") { interp, args, _ throws(PyError) in
      let file = try f(args, "fileno")
      try file.checkOpen(interp)
      if file.name == "<stdout>" { return .int(1) }
      if file.name == "<stderr>" { return .int(2) }
      return .int(Int(file.handle.map { fileno($0) } ?? 0))
    }
    define(t, "__enter__") { interp, args, _ throws(PyError) in
      try interp.requireArguments(args, 1, "__enter__", method: true)
      try f(args, "__enter__").checkOpen(interp)
      return args[0]
    }
    define(t, "__exit__") { interp, args, _ throws(PyError) in
      try f(args, "__exit__").close()
      return .none
    }
    define(t, "__iter__") { interp, args, _ throws(PyError) in
      let file = try f(args, "__iter__")
      try file.checkOpen(interp)
      return .object(IteratorObject(type: interp.types.iterator) { interp throws(PyError) in
        let line = try file.readLine(nil, interp)
        return line.isEmpty ? nil : interp.str(line)
      })
    }
  }

  /// The `io` module: `open`, `TextIOWrapper` and `UnsupportedOperation`.
  func makeIOModule() -> ModuleObject {
    let m = ModuleObject(name: "io", type: types.module)
    m.set("open", builtins.get("open")!)
    m.set("TextIOWrapper", .object(types.file))
    m.set("UnsupportedOperation", .object(exceptions["UnsupportedOperation"]!))
    m.set("SEEK_SET", .int(0))
    m.set("SEEK_CUR", .int(1))
    m.set("SEEK_END", .int(2))
    return m
  }

  /// The attributes of a file object: `closed`, `name`, `mode`, `encoding`.
  func fileAttribute(_ file: FileObject, _ attribute: String) -> Value? {
    switch attribute {
    case "closed": return .bool(file.closed)
    case "name": return str(file.name)
    case "mode": return str(file.mode)
    case "encoding": return str("utf-8")
    case "errors": return str("strict")
    case "newlines": return Value.none
    default: return nil
    }
  }
}
