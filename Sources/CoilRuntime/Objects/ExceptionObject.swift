// Exceptions carry their own traceback. While an exception travels out of a frame, the
// innermost expression that sees it records its source range (`pendingRange`); when it leaves
// the frame (or is caught there) that frame's entry is appended. Entries are stored innermost
// first and printed in reverse, as CPython prints them.

import CoilSyntax

/// One line of a traceback: a frame and where it was.
struct TracebackEntry {
  let code: CodeInfo
  let range: SourceRange
}

/// What a traceback needs to know about a running frame's code.
final class CodeInfo {
  let name: String
  let source: SourceText

  init(name: String, source: SourceText) {
    self.name = name
    self.source = source
  }
}

/// An instance of `BaseException` or a subclass.
public final class ExceptionObject: PyObject {
  var args: [Value]
  let dict: DictObject
  var traceback: [TracebackEntry] = []
  /// The `__traceback__` last handed out, so that it is the same object while it is in use
  /// and its entries have not changed. Weak: a traceback holds its exception.
  private weak var tracebackObject: TracebackObject?
  /// Where the exception is in the frame it is leaving; nil until an expression claims it.
  var pendingRange: SourceRange?
  /// The current frame's entry was already appended (the exception was caught in it).
  var frameEntryAdded = false
  var cause: Value = .none
  var context: Value = .none
  /// Whether `__context__` was decided: CPython sets it when an exception is raised, Coil at
  /// the first place that catches it (see `noteRaisedWhileHandling`). A bare `raise`, an
  /// exception thrown into a generator and one carried out of a generator keep theirs; `raise e`
  /// decides it again.
  var contextSettled = false
  var suppressContext = false
  var notes: [String] = []
  /// For ExceptionGroup: the message and the sub-exceptions.
  var groupMessage: String = ""
  var groupExceptions: [ExceptionObject] = []
  /// The "Did you mean" name CPython adds when printing NameError and AttributeError.
  var suggestion: String?
  /// For AttributeError: the object and name, to compute the suggestion only if it is printed.
  var missingAttribute: (object: Value, name: String)?

  init(type: TypeObject, args: [Value], dict: DictObject) {
    self.args = args
    self.dict = dict
    super.init(type: type)
  }

  override var attributes: DictObject? { dict }

  /// Records the innermost source range that saw this exception in the current frame.
  @inline(__always) func locate(_ range: SourceRange) {
    if pendingRange == nil { pendingRange = range }
  }

  /// Appends the current frame's entry when the exception leaves or is caught in it.
  func leaveFrame(_ code: CodeInfo, fallback: SourceRange) {
    if frameEntryAdded {
      frameEntryAdded = false
    } else {
      traceback.append(TracebackEntry(code: code, range: pendingRange ?? fallback))
    }
    pendingRange = nil
  }

  /// `__traceback__`: None, or the entry of the outermost frame, linked to the inner ones.
  func tracebackValue(_ type: TypeObject) -> Value {
    if traceback.isEmpty { return .none }
    if let made = tracebackObject, made.index == traceback.count - 1 { return .object(made) }
    let made = TracebackObject(entries: traceback, index: traceback.count - 1, type: type)
    tracebackObject = made
    return .object(made)
  }

  /// `__traceback__ = tb`: the frames `tb` leads through, or none.
  func replaceTraceback(with tb: TracebackObject?) {
    traceback = tb.map { Array($0.entries.prefix($0.index + 1)) } ?? []
    tracebackObject = tb
  }

  func caught(in code: CodeInfo, fallback: SourceRange) {
    if !frameEntryAdded {
      traceback.append(TracebackEntry(code: code, range: pendingRange ?? fallback))
      frameEntryAdded = true
    }
    pendingRange = nil
  }
}

/// `exception.__traceback__`: one frame's entry, linked to the next (inner) one.
final class TracebackObject: PyObject {
  /// The exception's entries when the traceback was taken, innermost first: later frames the
  /// exception passes through do not change it.
  let entries: [TracebackEntry]
  /// This entry's index in `entries`; `tb_next` is the one before it.
  let index: Int

  init(entries: [TracebackEntry], index: Int, type: TypeObject) {
    self.entries = entries
    self.index = index
    super.init(type: type)
  }

  var entry: TracebackEntry { entries[index] }
}
