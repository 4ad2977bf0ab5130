import CoilSyntax
// A Coil `dict`: CPython's compact layout. Entries sit in insertion order in one array; a
// separate open-addressed index table maps hashes to entry positions, probed with CPython's
// perturbation sequence. Keys are compared with Python's `==` (which may run Coil code and
// throw), so this is not a Swift `Dictionary`. Sets have their own table (SetObject.swift).

/// One key/value pair with its cached hash.
struct DictEntry {
  var hash: Int
  var key: Value
  var value: Value
}

/// The hash table of a dict.
struct HashTable {
  private(set) var entries: [DictEntry?] = []
  private var indices: [Int32] = []
  private(set) var count = 0

  private static let empty: Int32 = -1
  private static let deleted: Int32 = -2

  init() {}

  init(minimumCapacity: Int) {
    if minimumCapacity > 0 {
      var size = 8
      while size * 2 < minimumCapacity * 3 { size *= 2 }
      indices = Array(filledWith: HashTable.empty, count: size)
      entries.reserveCapacity(minimumCapacity)
    }
  }

  /// Finds the entry index for `key`; `equal` decides Python equality for candidate keys.
  @inline(__always) func find(
    _ key: Value, hash: Int, equal: (Value, Value) throws(PyError) -> Bool
  ) throws(PyError) -> Int? {
    if indices.isEmpty { return nil }
    let mask = indices.count - 1
    var perturb = UInt(bitPattern: hash)
    var slot = Int(truncatingIfNeeded: UInt(bitPattern: hash) & UInt(mask))
    while true {
      let index = indices[slot]
      if index == HashTable.empty { return nil }
      if index >= 0, let entry = entries[Int(index)], entry.hash == hash {
        if entry.key.isIdentical(to: key) { return Int(index) }
        if try equal(entry.key, key) {
          // The table may have changed during a user __eq__; the caller re-reads entries.
          return Int(index)
        }
      }
      perturb >>= 5
      slot = Int(truncatingIfNeeded: (UInt(slot) &* 5 &+ perturb &+ 1) & UInt(mask))
    }
  }

  /// Finds a string key without running any Coil code.
  @inline(__always) func findString(_ key: StrObject) -> Int? {
    if indices.isEmpty { return nil }
    let hash = key.hashValue_
    let mask = indices.count - 1
    var perturb = UInt(bitPattern: hash)
    var slot = Int(truncatingIfNeeded: UInt(bitPattern: hash) & UInt(mask))
    while true {
      let index = indices[slot]
      if index == HashTable.empty { return nil }
      // A live index always points at an entry; its hash and key are read in place first, so
      // probing past other keys copies no entry.
      if index >= 0, storedHash(at: Int(index)) == hash {
        if hasKey(key, at: Int(index)) { return Int(index) }
        if let equal = storedKey(at: Int(index), equals: key) {
          if equal { return Int(index) }
        } else if let entry = entries[Int(index)], case .object(let object) = entry.key,
          (object as? StrObject)?.equals(key) == true
        {
          return Int(index)
        }
      }
      perturb >>= 5
      slot = Int(truncatingIfNeeded: (UInt(slot) &* 5 &+ perturb &+ 1) & UInt(mask))
    }
  }

  func value(at index: Int) -> Value { entries[index]!.value }

  /// The cached hash of the live entry at `index`.
  @inline(__always) private func storedHash(at index: Int) -> Int {
    guard HashTable.layoutIsKnown, let base = entries._baseAddressIfContiguous else {
      return entries[index]!.hash
    }
    return UnsafeRawPointer(base + index).load(as: Int.self)
  }

  /// Whether the live entry at `index` has a str key equal to `key`, read in place with no
  /// copy of the entry; nil when the layout is not the known one.
  @inline(__always) private func storedKey(at index: Int, equals key: StrObject) -> Bool? {
    guard HashTable.layoutIsKnown, let base = entries._baseAddressIfContiguous else { return nil }
    let entry = UnsafeRawPointer(base + index)
    guard entry.load(fromByteOffset: HashTable.keyOffset + 8, as: UInt8.self) == HashTable.objectTag,
      let address = UnsafeRawPointer(bitPattern: entry.load(fromByteOffset: HashTable.keyOffset, as: UInt.self))
    else { return false }
    return Unmanaged<PyObject>.fromOpaque(address)._withUnsafeGuaranteedRef { object in
      Swift.type(of: object) == StrObject.self && unsafeDowncast(object, to: StrObject.self).equals(key)
    }
  }

  /// Whether the entry at `index` exists and its key is the very object `key`: a position
  /// remembered from an earlier lookup of an interned name, checked without hashing.
  @inline(__always) func hasKey(_ key: StrObject, at index: Int) -> Bool {
    guard HashTable.layoutIsKnown, index >= 0, index < entries.count,
      let base = entries._baseAddressIfContiguous
    else { return false }
    return HashTable.entry(UnsafeRawPointer(base + index), hasKey: key)
  }

  /// The value at `index` when the entry's key is the very object `key`, or nil. The entry is
  /// read in place, from its bytes: any Swift binding of the entry would copy it, retaining and
  /// releasing its key and value, and attribute reads pass here. `Value`'s layout is checked
  /// by `DictLayoutTests`; if it ever differs, this finds nothing and lookups hash instead.
  @inline(__always) func cachedValue(_ key: StrObject, at index: Int) -> Value? {
    guard HashTable.layoutIsKnown, index >= 0, index < entries.count,
      let base = entries._baseAddressIfContiguous
    else { return nil }
    let entry = UnsafeRawPointer(base + index)
    guard HashTable.entry(entry, hasKey: key) else { return nil }
    return (entry + HashTable.valueOffset).assumingMemoryBound(to: Value.self).pointee
  }

  /// Replaces the value at `index` when the entry's key is the very object `key`, in place as
  /// `cachedValue` reads it.
  @inline(__always) mutating func replaceCachedValue(_ key: StrObject, at index: Int, with value: Value) -> Bool {
    guard hasKey(key, at: index) else { return false }
    entries.withUnsafeMutableBufferPointer { buffer in
      let entry = UnsafeMutableRawPointer(buffer.baseAddress.unsafelyUnwrapped + index)
      (entry + HashTable.valueOffset).assumingMemoryBound(to: Value.self).pointee = value
    }
    return true
  }

  @inline(__always) private static func entry(_ entry: UnsafeRawPointer, hasKey key: StrObject) -> Bool {
    entry.load(fromByteOffset: keyOffset, as: UInt.self) == UInt(bitPattern: ObjectIdentifier(key))
      && entry.load(fromByteOffset: keyOffset + 8, as: UInt8.self) == objectTag
  }

  /// Where a `Value` keeps its object reference and case: the reference in the first word,
  /// the case in the byte after it, `.object` being the fourth case with a payload. A
  /// `DictEntry` is its hash, then its key, then its value.
  static let objectTag: UInt8 = 3
  static var keyOffset: Int { MemoryLayout<Int>.size }
  static var valueOffset: Int { MemoryLayout<Int>.size + MemoryLayout<Value>.stride }
  static var layoutIsKnown: Bool {
    MemoryLayout<Value>.size == 9 && MemoryLayout<Value>.stride == 16
      && MemoryLayout<DictEntry?>.stride == MemoryLayout<DictEntry>.stride
  }

  mutating func setValue(_ value: Value, at index: Int) {
    entries[index]!.value = value
  }

  /// Appends a new entry for a key known to be absent.
  mutating func insertNew(_ key: Value, hash: Int, value: Value) {
    if (entries.count + 1) * 3 >= indices.count * 2 { grow() }
    let mask = indices.count - 1
    var perturb = UInt(bitPattern: hash)
    var slot = Int(truncatingIfNeeded: UInt(bitPattern: hash) & UInt(mask))
    while indices[slot] >= 0 {
      perturb >>= 5
      slot = Int(truncatingIfNeeded: (UInt(slot) &* 5 &+ perturb &+ 1) & UInt(mask))
    }
    indices[slot] = Int32(entries.count)
    entries.append(DictEntry(hash: hash, key: key, value: value))
    count += 1
  }

  mutating func remove(at index: Int) {
    let hash = entries[index]!.hash
    let mask = indices.count - 1
    var perturb = UInt(bitPattern: hash)
    var slot = Int(truncatingIfNeeded: UInt(bitPattern: hash) & UInt(mask))
    while indices[slot] != Int32(index) {
      perturb >>= 5
      slot = Int(truncatingIfNeeded: (UInt(slot) &* 5 &+ perturb &+ 1) & UInt(mask))
    }
    indices[slot] = HashTable.deleted
    entries[index] = nil
    count -= 1
    if entries.count > 16 && count * 4 < entries.count { rebuild(size: indices.count) }
  }

  mutating func removeAll() {
    entries = []
    indices = []
    count = 0
  }

  /// Makes room for one more entry: the first table, or a rebuild that drops deleted entries
  /// and doubles the index table until it is less than two-thirds full.
  private mutating func grow() {
    if indices.isEmpty {
      // A literal: `Array(repeating:count:)` allocates through the standard library's
      // unspecialized path, which looks the storage class up at run time (~500 instructions,
      // 5% of a program that makes many small objects).
      indices = [-1, -1, -1, -1, -1, -1, -1, -1]
      entries.reserveCapacity(5)
      return
    }
    var size = indices.count
    while size * 2 <= (count + 1) * 3 { size *= 2 }
    rebuild(size: size)
  }

  private mutating func rebuild(size: Int) {
    var newSize = max(size, 8)
    while newSize * 2 <= count * 3 { newSize *= 2 }
    let live = entries.compactMap { $0 }
    entries = []
    entries.reserveCapacity(live.count + 1)
    indices = Array(filledWith: HashTable.empty, count: newSize)
    count = 0
    for entry in live { insertNew(entry.key, hash: entry.hash, value: entry.value) }
  }
}

/// A Coil `dict`.
final class DictObject: PyObject {
  var table = HashTable()
  /// Bumped on every insertion or removal, so iterators can detect changes of size.
  var version = 0
  var instanceDict: DictObject?
  /// For a module's `__dict__` (`globals()`): the module whose variables string-keyed writes
  /// also update. Modules live as long as their interpreter. Unmanaged, so the check on every
  /// store is a plain load with no reference counting.
  var mirror: Unmanaged<ModuleObject>?

  override init(type: TypeObject) {
    super.init(type: type)
  }

  override var attributes: DictObject? { instanceDict }

  var count: Int { table.count }

  /// Live entries in insertion order.
  var liveEntries: [DictEntry] { table.entries.compactMap { $0 } }

  var keys: [Value] { table.entries.compactMap { $0?.key } }
  var values: [Value] { table.entries.compactMap { $0?.value } }

  // MARK: String keys (attributes, keyword arguments): no Coil code can run.

  @inline(__always) func getString(_ key: StrObject) -> Value? {
    if let index = table.findString(key) { return table.value(at: index) }
    return nil
  }

  /// `getString` for a call site that remembers where it last found `key` (an interned name):
  /// instances of one class usually hold their attributes at the same positions.
  @inline(__always) func getString(_ key: StrObject, hint: inout Int) -> Value? {
    if let value = table.cachedValue(key, at: hint) { return value }
    guard let index = table.findString(key) else { return nil }
    hint = index
    return table.value(at: index)
  }

  /// `setString` with a remembered position, as `getString(_:hint:)`.
  @inline(__always) func setString(_ key: StrObject, _ value: Value, hint: inout Int) {
    if mirror == nil, table.replaceCachedValue(key, at: hint, with: value) { return }
    setString(key, value)
    if let index = table.findString(key) { hint = index }
  }

  func getString(_ key: String) -> Value? {
    getString(StrObject(key, type: type.mro.last!))  // the str type is never needed for lookup
  }

  func setString(_ key: StrObject, _ value: Value) {
    if let index = table.findString(key) {
      table.setValue(value, at: index)
    } else {
      table.insertNew(.object(key), hash: key.hashValue_, value: value)
      version &+= 1
    }
    if mirror != nil { writeThrough(key, value) }
  }

  /// Updates the mirrored module's variable (kept out of line: attribute stores pass here).
  @inline(never) private func writeThrough(_ key: StrObject, _ value: Value?) {
    guard let mirror = mirror?.takeUnretainedValue() else { return }
    if let value {
      mirror.variable(key.value).value = value
    } else {
      mirror.variables[key.value]?.value = nil
    }
  }

  @discardableResult func removeString(_ key: StrObject) -> Value? {
    guard let index = table.findString(key) else { return nil }
    let value = table.value(at: index)
    table.remove(at: index)
    version &+= 1
    if mirror != nil { writeThrough(key, nil) }
    return value
  }

  // MARK: Any keys

  func get(_ key: Value, _ interp: Interpreter) throws(PyError) -> Value? {
    if case .object(let o) = key, let s = o as? StrObject { return getString(s) }
    let hash = try interp.hash(key)
    if let index = try table.find(key, hash: hash, equal: interp.keysEqual) {
      return table.value(at: index)
    }
    return nil
  }

  func set(_ key: Value, _ value: Value, _ interp: Interpreter) throws(PyError) {
    if case .object(let o) = key, let s = o as? StrObject {
      setString(s, value)
      return
    }
    let hash = try interp.hash(key)
    if let index = try table.find(key, hash: hash, equal: interp.keysEqual) {
      table.setValue(value, at: index)
    } else {
      table.insertNew(key, hash: hash, value: value)
      version &+= 1
    }
  }

  @discardableResult func remove(_ key: Value, _ interp: Interpreter) throws(PyError) -> Value? {
    if case .object(let o) = key, let s = o as? StrObject { return removeString(s) }
    let hash = try interp.hash(key)
    guard let index = try table.find(key, hash: hash, equal: interp.keysEqual) else {
      return nil
    }
    let value = table.value(at: index)
    table.remove(at: index)
    version &+= 1
    return value
  }

  func removeAll() {
    if let mirror = mirror?.takeUnretainedValue() {
      for key in keys {
        if case .object(let o) = key, let s = o as? StrObject { mirror.variables[s.value]?.value = nil }
      }
    }
    table.removeAll()
    version &+= 1
  }
}
