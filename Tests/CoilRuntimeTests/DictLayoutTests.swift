// Attribute reads and stores find a remembered dict entry by reading its bytes in place
// (`HashTable.cachedValue`). These tests pin the layout that relies on, and the behaviour of
// the remembered positions: found only for the very key object, and never writing through to
// a copy of the dict.

import Testing

@testable import CoilRuntime

@Suite struct DictLayoutTests {
  let interp = Interpreter(clock: Clock(virtual: true), output: { _ in }, error: { _ in })

  @Test func valueAndEntryLayoutIsTheOneReadInPlace() {
    #expect(HashTable.layoutIsKnown)
    #expect(MemoryLayout<DictEntry>.offset(of: \DictEntry.key) == HashTable.keyOffset)
    #expect(MemoryLayout<DictEntry>.offset(of: \DictEntry.value) == HashTable.valueOffset)
    let key = interp.name("x")
    var value = Value.object(key)
    let (word, tag) = withUnsafeBytes(of: &value) { ($0.load(as: UInt.self), $0[8]) }
    #expect(word == UInt(bitPattern: ObjectIdentifier(key)))
    #expect(tag == HashTable.objectTag)
    for other: Value in [.none, .bool(true), .int(Int(bitPattern: word)), .float(1.5)] {
      var copy = other
      #expect(withUnsafeBytes(of: &copy) { $0[8] } != HashTable.objectTag)
    }
  }

  @Test func rememberedPositionsMatchOnlyTheSameKeyObject() {
    let dict = interp.makeDict()
    let a = interp.name("a")
    let b = interp.name("b")
    dict.setString(a, .int(1))
    dict.setString(b, .int(2))
    #expect(dict.table.cachedValue(b, at: 1)?.isIdentical(to: .int(2)) == true)
    #expect(dict.table.cachedValue(b, at: 0) == nil)
    #expect(dict.table.cachedValue(b, at: 2) == nil)
    #expect(dict.table.cachedValue(b, at: -1) == nil)
    // An equal string that is another object is found by hashing, not by position.
    let equal = StrObject("b", type: interp.types.str)
    #expect(dict.table.cachedValue(equal, at: 1) == nil)
    var hint = 0
    #expect(dict.getString(equal, hint: &hint)?.isIdentical(to: .int(2)) == true)
    #expect(hint == 1)
    // A removed entry is not found at its old position.
    dict.removeString(a)
    #expect(dict.table.cachedValue(a, at: 0) == nil)
  }

  @Test func storesAtRememberedPositionsLeaveCopiesAlone() {
    let dict = interp.makeDict()
    let a = interp.name("a")
    dict.setString(a, .int(1))
    let copy = dict.table
    var hint = 0
    dict.setString(a, .int(5), hint: &hint)
    #expect(dict.getString(a)?.isIdentical(to: .int(5)) == true)
    #expect(copy.cachedValue(a, at: 0)?.isIdentical(to: .int(1)) == true)
  }
}
