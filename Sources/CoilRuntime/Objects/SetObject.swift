// Coil's `set` and `frozenset`: CPython's own table (Objects/setobject.c), so sets iterate in
// the order CPython's do. The table is an open-addressed array of slots probed linearly for
// `linearProbes` steps, then with CPython's perturbation; iteration walks the slots in order.
// It starts with 8 slots and resizes when fill * 5 >= mask * 3. Deleted slots become dummies,
// which insertion may reuse.
//
// Probing compares keys with Python's `==`, which may run Coil code that mutates the set. A
// probe therefore runs on a snapshot of the table (a copy-on-write array), and the mutation that
// follows restarts the probe if the table changed meanwhile, as CPython's `goto restart` does.

/// One slot of a set table: empty (no key, hash 0), a dummy (no key, hash -1) or active.
struct SetSlot: @unchecked Sendable {
  var hash: Int
  var key: Value?

  static let empty = SetSlot(hash: 0, key: nil)
  static let dummy = SetSlot(hash: -1, key: nil)

  @inline(__always) var isEmpty: Bool { key == nil && hash == 0 }
  @inline(__always) var isDummy: Bool { key == nil && hash == -1 }
}

/// The hash table of a set or frozenset.
struct SetTable {
  static let minimumSize = 8
  static let linearProbes = 9
  static let perturbShift = 5

  private(set) var slots: [SetSlot]
  /// Active plus dummy slots.
  private(set) var fill = 0
  /// Active slots: the set's length.
  private(set) var used = 0
  /// Where `pop()` starts looking.
  private var finger = 0
  /// Bumped on every change, so a probe that ran Coil code can tell the table moved under it.
  private(set) var mutations = 0

  init() {
    slots = Array(filledWith: .empty, count: SetTable.minimumSize)
  }

  var mask: Int { slots.count - 1 }
  var count: Int { used }

  /// The active keys in slot order (iteration order).
  var elements: [Value] {
    var result: [Value] = []
    result.reserveCapacity(used)
    for slot in slots { if let key = slot.key { result.append(key) } }
    return result
  }

  /// The active keys with their cached hashes, in slot order.
  var entries: [(key: Value, hash: Int)] {
    var result: [(key: Value, hash: Int)] = []
    result.reserveCapacity(used)
    for slot in slots { if let key = slot.key { result.append((key, slot.hash)) } }
    return result
  }

  /// The next active slot at or after `position`, for iterators.
  func nextActive(from position: Int) -> Int? {
    var i = position
    while i < slots.count {
      if slots[i].key != nil { return i }
      i += 1
    }
    return nil
  }

  // MARK: - Probing

  /// Where a probe for a key ended.
  enum Probe {
    /// The key is in this active slot.
    case found(Int)
    /// The key is absent; it would go in this empty slot, or in the dummy `reuse` if set.
    case missing(empty: Int, reuse: Int?)
  }

  /// `set_lookkey` and the search half of `set_add_entry`. `equal` may run Coil code.
  func probe(
    _ key: Value, hash: Int, equal: (Value, Value) throws(PyError) -> Bool
  ) throws(PyError) -> Probe {
    let mask = UInt(self.mask)
    var perturb = UInt(bitPattern: hash)
    var i = UInt(bitPattern: hash) & mask
    var freeSlot: Int?
    while true {
      var probes = i + UInt(SetTable.linearProbes) <= mask ? SetTable.linearProbes : 0
      var index = Int(i)
      while true {
        let slot = slots[index]
        if let existing = slot.key {
          if slot.hash == hash {
            if existing.isIdentical(to: key) { return .found(index) }
            if try equal(existing, key) { return .found(index) }
          }
        } else if slot.hash == 0 {
          return .missing(empty: index, reuse: freeSlot)
        } else {
          freeSlot = index
        }
        if probes == 0 { break }
        probes -= 1
        index += 1
      }
      perturb >>= UInt(SetTable.perturbShift)
      i = (i &* 5 &+ 1 &+ perturb) & mask
    }
  }

  // MARK: - Changes (no Coil code runs)

  /// Puts a key the probe found missing into its slot, resizing as CPython does.
  mutating func place(_ key: Value, hash: Int, at probe: Probe) {
    guard case .missing(let empty, let reuse) = probe else { return }
    mutations &+= 1
    if let reuse {
      used += 1
      slots[reuse] = SetSlot(hash: hash, key: key)
      return
    }
    fill += 1
    used += 1
    slots[empty] = SetSlot(hash: hash, key: key)
    if fill * 5 < mask * 3 { return }
    resize(minimumUsed: used > 50000 ? used * 2 : used * 4)
  }

  /// Turns an active slot into a dummy.
  mutating func remove(at index: Int) {
    mutations &+= 1
    slots[index] = .dummy
    used -= 1
  }

  /// `set_insert_clean`: a key known to be absent, into a table without dummies.
  private static func insertClean(_ slots: inout [SetSlot], _ key: Value, hash: Int) {
    let mask = UInt(slots.count - 1)
    var perturb = UInt(bitPattern: hash)
    var i = UInt(bitPattern: hash) & mask
    while true {
      if slots[Int(i)].key == nil {
        slots[Int(i)] = SetSlot(hash: hash, key: key)
        return
      }
      if i + UInt(linearProbes) <= mask {
        for j in 1...UInt(linearProbes) where slots[Int(i + j)].key == nil {
          slots[Int(i + j)] = SetSlot(hash: hash, key: key)
          return
        }
      }
      perturb >>= UInt(perturbShift)
      i = (i &* 5 &+ 1 &+ perturb) & mask
    }
  }

  /// `set_table_resize`: the smallest power of two above `minimumUsed`, dummies dropped.
  mutating func resize(minimumUsed: Int) {
    var size = SetTable.minimumSize
    while size <= minimumUsed { size <<= 1 }
    if size == slots.count && fill == used { return }
    mutations &+= 1
    let old = slots
    slots = Array(filledWith: .empty, count: size)
    fill = used
    for slot in old {
      if let key = slot.key { SetTable.insertClean(&slots, key, hash: slot.hash) }
    }
  }

  /// `set_merge`'s fast paths: one resize up front, then, when this table is empty, a copy
  /// or clean reinsertion of `other`'s keys. False when the keys must be added one by one.
  mutating func mergeFast(_ other: SetTable) -> Bool {
    if other.used == 0 { return true }
    if (fill + other.used) * 5 >= mask * 3 {
      resize(minimumUsed: (used + other.used) * 2)
    }
    guard fill == 0 else { return false }
    mutations &+= 1
    if slots.count == other.slots.count && other.fill == other.used {
      slots = other.slots
    } else {
      for slot in other.slots {
        if let key = slot.key { SetTable.insertClean(&slots, key, hash: slot.hash) }
      }
    }
    fill = other.used
    used = other.used
    return true
  }

  /// Makes room before adding `incoming` keys one by one (`set_merge`, `set_update_internal`).
  mutating func reserve(adding incoming: Int) {
    if (fill + incoming) * 5 >= mask * 3 {
      resize(minimumUsed: (used + incoming) * 2)
    }
  }

  /// `set_pop`: the first active slot from the finger on, wrapping around.
  mutating func popFirst() -> Value? {
    if used == 0 { return nil }
    var index = finger & mask
    while slots[index].key == nil {
      index += 1
      if index > mask { index = 0 }
    }
    let key = slots[index].key
    remove(at: index)
    finger = index + 1
    return key
  }

  mutating func removeAll() {
    replace(with: SetTable())
  }

  /// Takes another table's contents (`set_swap_bodies`), still counting as a change. The
  /// `pop()` finger stays, as in CPython.
  mutating func replace(with other: SetTable) {
    let (count, kept) = (mutations, finger)
    self = other
    mutations = count &+ 1
    finger = kept
  }

  /// `frozenset_hash`: xor of shuffled slot hashes, corrected for empty and dummy slots.
  func frozenHash() -> Int {
    func shuffle(_ h: UInt) -> UInt { ((h ^ 89_869_747) ^ (h &<< 16)) &* 3_644_798_167 }
    var hash: UInt = 0
    for slot in slots { hash ^= shuffle(UInt(bitPattern: slot.hash)) }
    if (slots.count - fill) & 1 == 1 { hash ^= shuffle(0) }
    if (fill - used) & 1 == 1 { hash ^= shuffle(UInt(bitPattern: -1)) }
    hash ^= (UInt(used) + 1) &* 1_927_868_237
    hash ^= (hash >> 11) ^ (hash >> 25)
    hash = hash &* 69069 &+ 907_133_923
    if hash == UInt.max { hash = 590_923_713 }
    return Int(bitPattern: hash)
  }
}

/// A Coil `set` or `frozenset`.
final class SetObject: PyObject {
  var table = SetTable()
  let isFrozen: Bool
  /// A frozenset's hash, computed once.
  var cachedHash: Int?

  init(type: TypeObject, frozen: Bool) {
    self.isFrozen = frozen
    super.init(type: type)
  }

  var count: Int { table.used }
  var elements: [Value] { table.elements }

  func contains(_ key: Value, _ interp: Interpreter) throws(PyError) -> Bool {
    try contains(key, hash: try interp.hash(key), interp)
  }

  func contains(_ key: Value, hash: Int, _ interp: Interpreter) throws(PyError) -> Bool {
    if case .found = try probe(key, hash: hash, interp).0 { return true }
    return false
  }

  /// `set_add_key`.
  func add(_ key: Value, _ interp: Interpreter) throws(PyError) {
    try add(key, hash: try interp.hash(key), interp)
  }

  /// Probes a snapshot of the table; also returns the snapshot's change count. The snapshot
  /// is released on return, so the mutation that follows does not copy the table.
  private func probe(_ key: Value, hash: Int, _ interp: Interpreter) throws(PyError) -> (SetTable.Probe, Int) {
    let snapshot = table
    return (try snapshot.probe(key, hash: hash, equal: interp.keysEqual), snapshot.mutations)
  }

  /// `set_add_entry`, restarting when Coil code run by `==` changed the table.
  func add(_ key: Value, hash: Int, _ interp: Interpreter) throws(PyError) {
    while true {
      let (probe, mutations) = try probe(key, hash: hash, interp)
      if table.mutations != mutations { continue }
      if case .found = probe { return }
      table.place(key, hash: hash, at: probe)
      return
    }
  }

  /// `set_discard_key`: whether the key was there.
  @discardableResult func remove(_ key: Value, _ interp: Interpreter) throws(PyError) -> Bool {
    try remove(key, hash: try interp.hash(key), interp)
  }

  @discardableResult func remove(_ key: Value, hash: Int, _ interp: Interpreter) throws(PyError) -> Bool {
    while true {
      let (probe, mutations) = try probe(key, hash: hash, interp)
      if table.mutations != mutations { continue }
      guard case .found(let index) = probe else { return false }
      table.remove(at: index)
      return true
    }
  }

  /// `set_merge`: adds every key of another set, copying its table when this one is empty.
  func merge(_ other: SetObject, _ interp: Interpreter) throws(PyError) {
    if other === self || other.count == 0 { return }
    let source = other.table
    if table.mergeFast(source) { return }
    for (key, hash) in source.entries { try add(key, hash: hash, interp) }
  }

  func removeAll() {
    table.removeAll()
  }
}
