import CoilSyntax
// A running function's locals live in one allocation: a `ManagedBuffer` whose header holds the
// frame's context and whose tail holds the slots the compiler assigned to local, cell and free
// variables. An unbound local is `nil`.

/// What a frame knows besides its slots.
struct FrameHeader {
  // A frame never outlives the call that made it, and the caller keeps the function (and so
  // its code and module) alive, so these references skip reference counting.
  unowned(unsafe) let interp: Interpreter
  let moduleReference: Unmanaged<ModuleObject>
  var module: ModuleObject { moduleReference.takeUnretainedValue() }
  unowned(unsafe) let code: FunctionCode
  var returnValue: Value
  let slotCount: Int32
  /// The line of the statement running, or of the `await` a suspended coroutine waits at (for
  /// its repr, `running at x.py:5`, and for task call graphs).
  var line: Int32 = 0
  /// The frame of the coroutine this one is awaiting, while it awaits one: the next link of a
  /// task's call stack. The awaiting frame keeps it alive.
  unowned(unsafe) var awaitee: Frame? = nil
  /// The class namespace while a class body runs.
  let namespace: DictObject?
  /// The next emptied frame in its code's list of spares (see `Frame.forCall`).
  var nextSpare: Frame? = nil
}

/// The locals of one call.
final class Frame: ManagedBuffer<FrameHeader, Value?> {
  static func make(
    interp: Interpreter, module: ModuleObject, code: FunctionCode, namespace: DictObject? = nil
  ) -> Frame {
    let count = code.slotCount
    let buffer = Frame.create(minimumCapacity: count) { _ in
      FrameHeader(
        interp: interp, moduleReference: .passUnretained(module), code: code, returnValue: .none,
        slotCount: Int32(truncatingIfNeeded: count),
        namespace: namespace)
    }
    let frame = unsafeDowncast(buffer, to: Frame.self)
    // Slot by slot: the generic `initialize(repeating:count:)` and `deinitialize(count:)` go
    // through the runtime's array witnesses, which cost more than a frame's few slots.
    frame.withUnsafeMutablePointerToElements { slots in
      for i in 0..<count { (slots + i).initialize(to: nil) }
    }
    return frame
  }

  /// A frame for a call of `code`: one an earlier call of it left, or a new one. Reusing it
  /// saves the allocation, the header's set-up and the free. The spares form a short list, so
  /// recursion (where a call starts before its sibling's frame is back) reuses frames too.
  @inline(__always) static func forCall(
    interp: Interpreter, module: ModuleObject, code: FunctionCode
  ) -> Frame {
    if let spare = code.spareFrame.take() {
      // Through the pointer: reading `header` would copy it, references and all.
      let header = spare.withUnsafeMutablePointerToHeader { $0 }
      if header.pointee.moduleReference.toOpaque() == Unmanaged.passUnretained(module).toOpaque() {
        code.spareFrame = header.pointee.nextSpare.take()
        code.spareCount &-= 1
        return spare
      }
      code.spareCount = 0
    }
    return make(interp: interp, module: module, code: code)
  }

  /// How many emptied frames a code keeps for its next calls.
  static let spareLimit = 16

  /// Gives a frame whose call has returned back to its code for the next call, when nothing
  /// else holds it (a generator, coroutine or traceback keeps its frame). Its slots are cleared
  /// now, as freeing it would have.
  @inline(__always) static func recycle(_ frame: inout Frame, _ code: FunctionCode) {
    guard code.spareCount < spareLimit, isKnownUniquelyReferenced(&frame) else { return }
    let header = frame.withUnsafeMutablePointerToHeader { $0 }
    let elements = frame.slots
    for i in 0..<Int(header.pointee.slotCount) { elements[i] = nil }
    header.pointee.returnValue = .none
    header.pointee.line = 0
    header.pointee.nextSpare = code.spareFrame.take()
    code.spareFrame = frame
    code.spareCount &+= 1
  }

  deinit {
    withUnsafeMutablePointers { header, elements in
      for i in 0..<Int(header.pointee.slotCount) { elements[i] = nil }
    }
  }

  @inline(__always) var slots: UnsafeMutablePointer<Value?> {
    withUnsafeMutablePointerToElements { $0 }
  }

  @inline(__always) var interp: Interpreter { header.interp }

  /// The interpreter without ownership, for a hot path to borrow (see `Unmanaged.run`).
  @inline(__always) var unretainedInterp: Unmanaged<Interpreter> {
    withUnsafeMutablePointerToHeader { .passUnretained($0.pointee.interp) }
  }
}
