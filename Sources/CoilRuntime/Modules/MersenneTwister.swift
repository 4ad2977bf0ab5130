import BigInt
import CoilSyntax

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// CPython 3.11's MT19937 generator (`_random.Random`) plus the `random.Random` algorithms built on it.
struct MersenneTwister: Sendable, Equatable {
  /// An exception CPython would raise, given as its kind and message.
  struct RandomError: Error, Equatable, Sendable {
    enum Kind: Sendable, Equatable {
      case valueError, typeError, indexError, overflowError, zeroDivisionError, memoryError
    }
    var kind: Kind
    var message: String

    init(_ kind: Kind, _ message: String) {
      self.kind = kind
      self.message = message
    }
  }

  static let stateSize = 624
  private static let shiftSize = 397

  private(set) var state: [UInt32]
  private(set) var index: Int
  /// The second value cached by `gauss()` (`Random.gauss_next`).
  var gaussNext: Double?

  // MARK: Seeding

  /// CPython's `init_genrand`.
  private init(genrand seed: UInt32) {
    var mt = [UInt32](repeating: 0, count: Self.stateSize)
    mt[0] = seed
    for i in 1..<Self.stateSize {
      mt[i] = 1_812_433_253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i)
    }
    state = mt
    index = Self.stateSize
    gaussNext = nil
  }

  /// CPython's `init_by_array`; an empty key acts as `[0]`.
  init(key rawKey: [UInt32]) {
    self.init(genrand: 19_650_218)
    let key = rawKey.isEmpty ? [0] : rawKey
    let n = Self.stateSize
    var mt = state
    var i = 1
    var j = 0
    var k = max(n, key.count)
    while k > 0 {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(truncatingIfNeeded: j)
      i += 1
      j += 1
      if i >= n { mt[0] = mt[n - 1]; i = 1 }
      if j >= key.count { j = 0 }
      k -= 1
    }
    k = n - 1
    while k > 0 {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
      i += 1
      if i >= n { mt[0] = mt[n - 1]; i = 1 }
      k -= 1
    }
    mt[0] = 0x8000_0000
    state = mt
  }

  /// `random.seed(n)` for an int: seeds with abs(n) split into 32-bit words, least significant first.
  init(seed: BigInt) {
    var key: [UInt32] = []
    for word in seed.magnitude.words {
      for shift in stride(from: 0, to: UInt.bitWidth, by: 32) {
        key.append(UInt32(truncatingIfNeeded: word >> UInt(shift)))
      }
    }
    while key.count > 1 && key.last == 0 { key.removeLast() }
    self.init(key: key)
  }

  /// `random.seed(s)` (version 2) for bytes, or for a str given as its UTF-8 encoding.
  init(seedBytes: [UInt8]) {
    let all = seedBytes + Self.sha512(seedBytes)
    var key: [UInt32] = []
    key.reserveCapacity(all.count / 4 + 1)
    var word: UInt32 = 0
    var shift: UInt32 = 0
    for byte in all.reversed() {
      word |= UInt32(byte) << shift
      shift += 8
      if shift == 32 {
        key.append(word)
        word = 0
        shift = 0
      }
    }
    if shift > 0 { key.append(word) }
    while key.count > 1 && key.last == 0 { key.removeLast() }
    self.init(key: key)
  }

  /// `random.seed(x)` for a float: seeds with `hash(x)` reinterpreted as an unsigned 64-bit value.
  init(seedFloat value: Double) {
    self.init(seed: BigInt(UInt64(bitPattern: Int64(Self.pythonHash(value)))))
  }

  /// `random.seed(None)`: 624 words of system entropy, as CPython's `random_seed_urandom`.
  static func systemSeeded() -> MersenneTwister {
    var generator = SystemRandomNumberGenerator()
    var key: [UInt32] = []
    key.reserveCapacity(stateSize)
    for _ in 0..<stateSize { key.append(UInt32(truncatingIfNeeded: generator.next())) }
    return MersenneTwister(key: key)
  }

  /// The int that `random.seed(s, version=1)` seeds with, for a str's code points (or bytes as latin-1).
  static func version1Seed(codePoints: [UInt32]) -> BigInt {
    var x: UInt64 = codePoints.first.map { UInt64($0) << 7 } ?? 0
    for c in codePoints { x = (1_000_003 &* x) ^ UInt64(c) }
    x ^= UInt64(codePoints.count)
    return BigInt(x)
  }

  /// Python's `hash()` of a float (`_Py_HashDouble`); NaN hashes to 0 (CPython 3.11 uses its identity).
  static func pythonHash(_ value: Double) -> Int {
    let modulus: UInt64 = (1 << 61) - 1
    let hashBits = 61
    if !value.isFinite {
      if value.isInfinite { return value > 0 ? 314_159 : -314_159 }
      return 0
    }
    if value == 0 { return 0 }
    // frexp: value = m * 2**e with 0.5 <= |m| < 1.
    var m = value.magnitude.significand / 2
    var e = Int(value.exponent) + 1
    let negative = value < 0
    var x: UInt64 = 0
    while m != 0 {
      x = ((x << 28) & modulus) | x >> UInt64(hashBits - 28)
      m *= 268_435_456.0
      e -= 28
      let y = UInt64(m)
      m -= Double(y)
      x += y
      if x >= modulus { x -= modulus }
    }
    e = e >= 0 ? e % hashBits : hashBits - 1 - ((-1 - e) % hashBits)
    x = ((x << UInt64(e)) & modulus) | x >> UInt64(hashBits - e)
    if negative { x = 0 &- x }
    if x == UInt64.max { x = UInt64.max - 1 }
    return Int(truncatingIfNeeded: Int64(bitPattern: x))
  }

  // MARK: State

  /// `Random.getstate()`: the 624 state words, the position, and `gauss_next`.
  func getstate() -> (words: [UInt32], index: Int, gaussNext: Double?) {
    (state, index, gaussNext)
  }

  /// The C-level `setstate` of a 625-element tuple (624 words then the position), with CPython's checks.
  mutating func setInternalState(_ values: [BigInt]) throws(RandomError) {
    guard values.count == Self.stateSize + 1 else {
      throw RandomError(.valueError, "state vector is the wrong size")
    }
    var words: [UInt32] = []
    words.reserveCapacity(Self.stateSize)
    for value in values.prefix(Self.stateSize) {
      if value < 0 { throw RandomError(.overflowError, "can't convert negative value to unsigned int") }
      if value.magnitude.bitWidth > 64 {
        throw RandomError(.overflowError, "Python int too large to convert to C unsigned long")
      }
      words.append(UInt32(truncatingIfNeeded: value.magnitude.words.first ?? 0))
    }
    guard let position = Int(exactly: values[Self.stateSize]) else {
      throw RandomError(.overflowError, "Python int too large to convert to C long")
    }
    guard position >= 0 && position <= Self.stateSize else { throw RandomError(.valueError, "invalid state") }
    state = words
    index = position
  }

  /// `Random.setstate((version, internalstate, gauss_next))` for version 3 and legacy version 2.
  mutating func setstate(version: BigInt, internalState: [BigInt], gaussNext: Double?) throws(RandomError) {
    switch version {
    case 3:
      self.gaussNext = gaussNext
      try setInternalState(internalState)
    case 2:
      self.gaussNext = gaussNext
      let modulus = BigInt(1) << 32
      try setInternalState(internalState.map { value in
        let r = value % modulus
        return r < 0 ? r + modulus : r
      })
    default:
      throw RandomError(.valueError, "state with version \(version) passed to Random.setstate() of version 3")
    }
  }

  // MARK: Core generator

  /// The next raw 32-bit output (`genrand_uint32`).
  mutating func genrandUInt32() -> UInt32 {
    if index >= Self.stateSize { twist() }
    var y = state[index]
    index += 1
    y ^= y >> 11
    y ^= (y << 7) & 0x9d2c_5680
    y ^= (y << 15) & 0xefc6_0000
    y ^= y >> 18
    return y
  }

  private mutating func twist() {
    let n = Self.stateSize
    let m = Self.shiftSize
    state.withUnsafeMutableBufferPointer { mt in
      @inline(__always) func mix(_ y: UInt32) -> UInt32 { (y >> 1) ^ ((y & 1) == 0 ? 0 : 0x9908_b0df) }
      for kk in 0..<(n - m) {
        let y = (mt[kk] & 0x8000_0000) | (mt[kk + 1] & 0x7fff_ffff)
        mt[kk] = mt[kk + m] ^ mix(y)
      }
      for kk in (n - m)..<(n - 1) {
        let y = (mt[kk] & 0x8000_0000) | (mt[kk + 1] & 0x7fff_ffff)
        mt[kk] = mt[kk + m - n] ^ mix(y)
      }
      let y = (mt[n - 1] & 0x8000_0000) | (mt[0] & 0x7fff_ffff)
      mt[n - 1] = mt[m - 1] ^ mix(y)
    }
    index = 0
  }

  /// `random()`: a float in [0, 1) with 53 random bits (`genrand_res53`).
  mutating func random() -> Double {
    let a = genrandUInt32() >> 5
    let b = genrandUInt32() >> 6
    return (Double(a) * 67_108_864.0 + Double(b)) * (1.0 / 9_007_199_254_740_992.0)
  }

  /// k > 0 random bits as 32-bit words, least significant first, in CPython's draw order.
  private mutating func randomWords32(_ k: Int) -> [UInt32] {
    let count = (k - 1) / 32 + 1
    var words: [UInt32] = []
    words.reserveCapacity(count)
    var remaining = k
    for _ in 0..<count {
      var r = genrandUInt32()
      if remaining < 32 { r >>= UInt32(32 - remaining) }
      words.append(r)
      remaining -= 32
    }
    return words
  }

  /// k > 0 random bits as a non-negative BigInt.
  private mutating func randomBigUInt(_ k: Int) -> BigUInt {
    let words32 = randomWords32(k)
    let per = UInt.bitWidth / 32
    var words = [UInt](repeating: 0, count: (words32.count + per - 1) / per)
    for (i, w) in words32.enumerated() {
      words[i / per] |= UInt(w) << UInt(32 * (i % per))
    }
    return BigUInt(words: words)
  }

  /// 1...64 random bits, drawing words exactly as `getrandbits(k)` does.
  private mutating func randomBits64(_ k: Int) -> UInt64 {
    if k <= 32 { return UInt64(genrandUInt32() >> UInt32(32 - k)) }
    let low = UInt64(genrandUInt32())
    var high = genrandUInt32()
    if k < 64 { high >>= UInt32(64 - k) }
    return low | UInt64(high) << 32
  }

  private static func checkBitCount(_ k: Int) throws(RandomError) {
    guard k >= Int(Int32.min) && k <= Int(Int32.max) else {
      throw RandomError(.overflowError, "Python int too large to convert to C int")
    }
    guard k >= 0 else { throw RandomError(.valueError, "number of bits must be non-negative") }
  }

  /// `getrandbits(k)`.
  mutating func getrandbits(_ k: Int) throws(RandomError) -> BigInt {
    try Self.checkBitCount(k)
    if k == 0 { return 0 }
    if k <= 32 { return BigInt(genrandUInt32() >> UInt32(32 - k)) }
    return BigInt(randomBigUInt(k))
  }

  /// `getrandbits(k)` for an arbitrary int argument.
  mutating func getrandbits(_ k: BigInt) throws(RandomError) -> BigInt {
    guard let small = Int(exactly: k) else {
      throw RandomError(.overflowError, "Python int too large to convert to C int")
    }
    return try getrandbits(small)
  }

  /// `randbytes(n)` (3.11's `getrandbits(n * 8).to_bytes(n, 'little')`).
  mutating func randbytes(_ n: Int) throws(RandomError) -> [UInt8] {
    let (bits, overflow) = n.multipliedReportingOverflow(by: 8)
    if overflow { throw RandomError(.overflowError, "Python int too large to convert to C int") }
    try Self.checkBitCount(bits)
    if n == 0 { return [] }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(n + 3)
    for word in randomWords32(bits) {
      for shift in stride(from: UInt32(0), to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: word >> shift)) }
    }
    return Array(bytes.prefix(n))
  }

  /// `_randbelow(n)` (`_randbelow_with_getrandbits`); returns 0 without drawing when n <= 0.
  mutating func randbelow(_ n: Int) -> Int {
    guard n > 0 else { return 0 }
    let k = Int.bitWidth - n.leadingZeroBitCount
    while true {
      let r = Int(truncatingIfNeeded: randomBits64(k))
      if r < n { return r }
    }
  }

  /// `_randbelow(n)` for any int; returns 0 without drawing when n <= 0.
  mutating func randbelow(_ n: BigInt) -> BigInt {
    guard n > 0 else { return 0 }
    if let small = Int(exactly: n) { return BigInt(randbelow(small)) }
    let k = n.magnitude.bitWidth
    while true {
      let r = BigInt(randomBigUInt(k))
      if r < n { return r }
    }
  }

  /// `_randbelow` as reached from Python code, where `getrandbits` takes a C int.
  private mutating func checkedRandbelow(_ n: BigInt) throws(RandomError) -> BigInt {
    try Self.checkBitCount(n.magnitude.bitWidth)
    return randbelow(n)
  }

  // MARK: Integer methods

  /// `randrange(start[, stop[, step]])`; a nil `step` is the default (an explicit 1 behaves the same).
  mutating func randrange(start: BigInt, stop: BigInt? = nil, step: BigInt? = nil) throws(RandomError) -> BigInt {
    guard let stop else {
      if let step, step != 1 { throw RandomError(.typeError, "Missing a non-None stop argument") }
      if start > 0 { return try checkedRandbelow(start) }
      throw RandomError(.valueError, "empty range for randrange()")
    }
    let width = stop - start
    let step = step ?? 1
    if step == 1 {
      if width > 0 { return start + (try checkedRandbelow(width)) }
      throw RandomError(.valueError, "empty range for randrange() (\(start), \(stop), \(width))")
    }
    let n: BigInt
    if step > 0 {
      n = Self.floorDiv(width + step - 1, step)
    } else if step < 0 {
      n = Self.floorDiv(width + step + 1, step)
    } else {
      throw RandomError(.valueError, "zero step for randrange()")
    }
    if n <= 0 { throw RandomError(.valueError, "empty range for randrange()") }
    return start + step * (try checkedRandbelow(n))
  }

  /// `randrange` for machine ints; same draws and errors as the BigInt version.
  mutating func randrange(start: Int, stop: Int? = nil, step: Int? = nil) throws(RandomError) -> Int {
    if step == nil || step == 1 {
      if let stop {
        let (width, overflow) = stop.subtractingReportingOverflow(start)
        if !overflow && width > 0 { return start + randbelow(width) }
      } else if start > 0 {
        return randbelow(start)
      }
    }
    let result = try randrange(start: BigInt(start), stop: stop.map { BigInt($0) }, step: step.map { BigInt($0) })
    return Int(truncatingIfNeeded: result)  // always lies between start and stop
  }

  /// `randint(a, b)`, i.e. `randrange(a, b + 1)`.
  mutating func randint(_ a: BigInt, _ b: BigInt) throws(RandomError) -> BigInt {
    try randrange(start: a, stop: b + 1)
  }

  /// `randint(a, b)` for machine ints.
  mutating func randint(_ a: Int, _ b: Int) throws(RandomError) -> Int {
    if b < Int.max { return try randrange(start: a, stop: b + 1) }
    return Int(truncatingIfNeeded: try randint(BigInt(a), BigInt(b)))
  }

  private static func floorDiv(_ a: BigInt, _ b: BigInt) -> BigInt {
    let (q, r) = a.quotientAndRemainder(dividingBy: b)
    return (r != 0 && (r < 0) != (b < 0)) ? q - 1 : q
  }

  // MARK: Sequence methods

  /// The index `choice(seq)` picks for a sequence of length `count`.
  mutating func choiceIndex(count: Int) throws(RandomError) -> Int {
    guard count > 0 else { throw RandomError(.indexError, "Cannot choose from an empty sequence") }
    return randbelow(count)
  }

  /// The swaps `shuffle(x)` performs on a sequence of length `count`, in order: `x[i], x[j] = x[j], x[i]`.
  mutating func shuffleSwaps(count: Int) -> [(Int, Int)] {
    guard count > 1 else { return [] }
    var swaps: [(Int, Int)] = []
    swaps.reserveCapacity(count - 1)
    for i in stride(from: count - 1, through: 1, by: -1) { swaps.append((i, randbelow(i + 1))) }
    return swaps
  }

  /// `shuffle(x)` applied to a Swift array.
  mutating func shuffle<T>(_ items: inout [T]) {
    guard items.count > 1 else { return }
    for i in stride(from: items.count - 1, through: 1, by: -1) { items.swapAt(i, randbelow(i + 1)) }
  }

  /// Longest result list built here; larger requests raise MemoryError instead of exhausting memory.
  static let maxListLength = 1 << 28

  /// The population indices `sample(population, k)` returns, in selection order.
  mutating func sampleIndices(populationCount n: Int, k: Int) throws(RandomError) -> [Int] {
    guard k >= 0 && k <= n else {
      throw RandomError(.valueError, "Sample larger than population or is negative")
    }
    guard k <= Self.maxListLength else { throw RandomError(.memoryError, "") }
    var usePool = true
    if n > 21 {
      if k <= 5 {
        usePool = false
      } else {
        // setsize = 21 + 4 ** ceil(log(k * 3, 4)), computed in floating point exactly as CPython does.
        let exponent = (log(Double(k * 3)) / log(4.0)).rounded(.up)
        if exponent <= 31 { usePool = n <= 21 + (1 << (2 * Int(exponent))) }
      }
    }
    var result = [Int](repeating: 0, count: k)
    if usePool {
      var pool = Array(0..<n)
      for i in 0..<k {
        let j = randbelow(n - i)
        result[i] = pool[j]
        pool[j] = pool[n - i - 1]
      }
    } else {
      var selected = Set<Int>(minimumCapacity: k)
      for i in 0..<k {
        var j = randbelow(n)
        while selected.contains(j) { j = randbelow(n) }
        selected.insert(j)
        result[i] = j
      }
    }
    return result
  }

  /// The population indices `sample(population, k, counts=counts)` returns.
  mutating func sampleIndices(populationCount n: Int, counts: [BigInt], k: Int) throws(RandomError) -> [Int] {
    var cumulative: [BigInt] = []
    cumulative.reserveCapacity(counts.count)
    var running = BigInt(0)
    for (i, c) in counts.enumerated() {
      running = i == 0 ? c : running + c
      cumulative.append(running)
    }
    guard cumulative.count == n else {
      throw RandomError(.valueError, "The number of counts does not match the population")
    }
    guard let total = cumulative.popLast() else { throw RandomError(.indexError, "pop from empty list") }
    guard total > 0 else { throw RandomError(.valueError, "Total of counts must be greater than zero") }
    guard let totalInt = Int(exactly: total) else {
      throw RandomError(.overflowError, "Python int too large to convert to C ssize_t")
    }
    let selections = try sampleIndices(populationCount: totalInt, k: k)
    return selections.map { s in
      let value = BigInt(s)
      var lo = 0
      var hi = cumulative.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if value < cumulative[mid] { hi = mid } else { lo = mid + 1 }
      }
      return lo
    }
  }

  /// The indices unweighted `choices(population, k=k)` returns: `floor(random() * n)`; for n == 0 they are 0,
  /// and indexing the empty population raises as in CPython.
  mutating func choicesIndices(populationCount n: Int, k: Int) throws(RandomError) -> [Int] {
    guard k > 0 else { return [] }
    guard k <= Self.maxListLength else { throw RandomError(.memoryError, "") }
    let size = Double(n)
    var result: [Int] = []
    result.reserveCapacity(k)
    for _ in 0..<k { result.append(Int((random() * size).rounded(.down))) }
    return result
  }

  /// The indices `choices(population, weights, cum_weights=..., k=k)` returns, with weights accumulated as floats.
  mutating func choicesIndices(
    populationCount n: Int, weights: [Double]?, cumWeights: [Double]?, k: Int
  ) throws(RandomError) -> [Int] {
    let cumulative: [Double]
    if let cumWeights {
      if weights != nil {
        throw RandomError(.typeError, "Cannot specify both weights and cumulative weights")
      }
      cumulative = cumWeights
    } else if let weights {
      var running = 0.0
      cumulative = weights.enumerated().map { i, w in
        running = i == 0 ? w : running + w
        return running
      }
    } else {
      return try choicesIndices(populationCount: n, k: k)
    }
    guard cumulative.count == n else {
      throw RandomError(.valueError, "The number of weights does not match the population")
    }
    guard let total = cumulative.last else { throw RandomError(.indexError, "list index out of range") }
    if total <= 0.0 { throw RandomError(.valueError, "Total of weights must be greater than zero") }
    if !total.isFinite { throw RandomError(.valueError, "Total of weights must be finite") }
    guard k > 0 else { return [] }
    guard k <= Self.maxListLength else { throw RandomError(.memoryError, "") }
    let hiStart = n - 1
    var result: [Int] = []
    result.reserveCapacity(k)
    for _ in 0..<k {
      let x = random() * total
      var lo = 0
      var hi = hiStart
      while lo < hi {
        let mid = (lo + hi) / 2
        if x < cumulative[mid] { hi = mid } else { lo = mid + 1 }
      }
      result.append(lo)
    }
    return result
  }

  // MARK: Real-valued distributions

  static let twoPi = 2.0 * Double.pi
  private static let eulerE = 2.718281828459045
  private static let nvMagicConst = 4 * exp(-0.5) / (2.0 as Double).squareRoot()
  private static let log4 = log(4.0)
  private static let sgMagicConst = 1.0 + log(4.5)

  /// `uniform(a, b)`.
  mutating func uniform(_ a: Double, _ b: Double) -> Double {
    a + (b - a) * random()
  }

  /// `triangular(low, high, mode)`; nil means CPython returns `low` itself (a mode was given and high == low).
  mutating func triangular(low: Double = 0.0, high: Double = 1.0, mode: Double? = nil) -> Double? {
    var u = random()
    var c = 0.5
    if let mode {
      if high - low == 0 { return nil }
      c = (mode - low) / (high - low)
    }
    var low = low
    var high = high
    if u > c {
      u = 1.0 - u
      c = 1.0 - c
      swap(&low, &high)
    }
    return low + (high - low) * (u * c).squareRoot()
  }

  /// `normalvariate(mu, sigma)` (Kinderman and Monahan).
  mutating func normalvariate(_ mu: Double = 0.0, _ sigma: Double = 1.0) -> Double {
    var z: Double
    while true {
      let u1 = random()
      let u2 = 1.0 - random()
      z = Self.nvMagicConst * (u1 - 0.5) / u2
      let zz = z * z / 4.0
      if zz <= -log(u2) { break }
    }
    return mu + z * sigma
  }

  /// `gauss(mu, sigma)`, using and refilling `gaussNext`.
  mutating func gauss(_ mu: Double = 0.0, _ sigma: Double = 1.0) -> Double {
    var z: Double
    if let next = gaussNext {
      z = next
      gaussNext = nil
    } else {
      let x2pi = random() * Self.twoPi
      let g2rad = (-2.0 * log(1.0 - random())).squareRoot()
      z = cos(x2pi) * g2rad
      gaussNext = sin(x2pi) * g2rad
    }
    return mu + z * sigma
  }

  /// `lognormvariate(mu, sigma)`.
  mutating func lognormvariate(_ mu: Double, _ sigma: Double) throws(RandomError) -> Double {
    try Self.mathExp(normalvariate(mu, sigma))
  }

  /// `expovariate(lambd)`.
  mutating func expovariate(_ lambd: Double) throws(RandomError) -> Double {
    let numerator = -log(1.0 - random())
    return try Self.floatDiv(numerator, lambd)
  }

  /// `vonmisesvariate(mu, kappa)`.
  mutating func vonmisesvariate(_ mu: Double, _ kappa: Double) throws(RandomError) -> Double {
    if kappa <= 1e-6 { return Self.twoPi * random() }
    let s = 0.5 / kappa
    let r = s + (try Self.mathSqrt(1.0 + s * s))
    var z: Double
    while true {
      let u1 = random()
      z = try Self.mathCos(Double.pi * u1)
      let d = try Self.floatDiv(z, r + z)
      let u2 = random()
      if u2 < 1.0 - d * d { break }
      if u2 <= (1.0 - d) * (try Self.mathExp(d)) { break }
    }
    let q = try Self.floatDiv(1.0, r)
    let f = try Self.floatDiv(q + z, 1.0 + q * z)
    let u3 = random()
    if u3 > 0.5 {
      return Self.floatMod(mu + (try Self.mathAcos(f)), Self.twoPi)
    }
    return Self.floatMod(mu - (try Self.mathAcos(f)), Self.twoPi)
  }

  /// `gammavariate(alpha, beta)`.
  mutating func gammavariate(_ alpha: Double, _ beta: Double) throws(RandomError) -> Double {
    if alpha <= 0.0 || beta <= 0.0 {
      throw RandomError(.valueError, "gammavariate: alpha and beta must be > 0.0")
    }
    if alpha > 1.0 {
      let ainv = try Self.mathSqrt(2.0 * alpha - 1.0)
      let bbb = alpha - Self.log4
      let ccc = alpha + ainv
      while true {
        let u1 = random()
        if !(1e-7 < u1 && u1 < 0.9999999) { continue }
        let u2 = 1.0 - random()
        let v = try Self.floatDiv(try Self.mathLog(u1 / (1.0 - u1)), ainv)
        let x = alpha * (try Self.mathExp(v))
        let z = u1 * u1 * u2
        let r = bbb + ccc * v - x
        if r + Self.sgMagicConst - 4.5 * z >= 0.0 { return x * beta }
        if r >= (try Self.mathLog(z)) { return x * beta }
      }
    } else if alpha == 1.0 {
      return -(try Self.mathLog(1.0 - random())) * beta
    } else {
      while true {
        let u = random()
        let b = (Self.eulerE + alpha) / Self.eulerE
        let p = b * u
        let x: Double
        if p <= 1.0 {
          x = try Self.floatPow(p, try Self.floatDiv(1.0, alpha))
        } else {
          x = -(try Self.mathLog(try Self.floatDiv(b - p, alpha)))
        }
        let u1 = random()
        if p > 1.0 {
          if u1 <= (try Self.floatPow(x, alpha - 1.0)) { return x * beta }
        } else if u1 <= (try Self.mathExp(-x)) {
          return x * beta
        }
      }
    }
  }

  /// `betavariate(alpha, beta)`.
  mutating func betavariate(_ alpha: Double, _ beta: Double) throws(RandomError) -> Double {
    let y = try gammavariate(alpha, 1.0)
    if y != 0 { return try Self.floatDiv(y, y + (try gammavariate(beta, 1.0))) }
    return 0.0
  }

  /// `paretovariate(alpha)`.
  mutating func paretovariate(_ alpha: Double) throws(RandomError) -> Double {
    let u = 1.0 - random()
    return try Self.floatPow(u, try Self.floatDiv(-1.0, alpha))
  }

  /// `weibullvariate(alpha, beta)`.
  mutating func weibullvariate(_ alpha: Double, _ beta: Double) throws(RandomError) -> Double {
    let u = 1.0 - random()
    let base = -(try Self.mathLog(u))
    return alpha * (try Self.floatPow(base, try Self.floatDiv(1.0, beta)))
  }

  // MARK: Python float semantics

  private static let domainError = RandomError(.valueError, "math domain error")

  /// `math.log(x)` for a float.
  private static func mathLog(_ x: Double) throws(RandomError) -> Double {
    if x.isNaN { return x }
    if x > 0 { return x.isInfinite ? x : log(x) }
    throw domainError
  }

  /// `math.exp(x)`.
  private static func mathExp(_ x: Double) throws(RandomError) -> Double {
    let r = exp(x)
    if r.isInfinite && x.isFinite { throw RandomError(.overflowError, "math range error") }
    return r
  }

  /// `math.sqrt(x)`.
  private static func mathSqrt(_ x: Double) throws(RandomError) -> Double {
    if x < 0 { throw domainError }
    return x.squareRoot()
  }

  /// `math.cos(x)`.
  private static func mathCos(_ x: Double) throws(RandomError) -> Double {
    if x.isInfinite { throw domainError }
    return cos(x)
  }

  /// `math.acos(x)`.
  private static func mathAcos(_ x: Double) throws(RandomError) -> Double {
    if x.isNaN { return x }
    if x < -1 || x > 1 { throw domainError }
    return acos(x)
  }

  /// Python's float `/`.
  private static func floatDiv(_ a: Double, _ b: Double) throws(RandomError) -> Double {
    if b == 0 { throw RandomError(.zeroDivisionError, "float division by zero") }
    return a / b
  }

  /// Python's float `%` (result takes the divisor's sign); the divisor is nonzero.
  private static func floatMod(_ a: Double, _ b: Double) -> Double {
    var mod = fmod(a, b)
    if mod != 0 {
      if (b < 0) != (mod < 0) { mod += b }
    } else {
      mod = copysign(0.0, b)
    }
    return mod
  }

  private static func isOddInteger(_ x: Double) -> Bool {
    fmod(x.magnitude, 2.0) == 1.0
  }

  /// Python's float `**` (`float_pow`); a complex result is reported as a ValueError.
  private static func floatPow(_ base: Double, _ exponent: Double) throws(RandomError) -> Double {
    var iv = base
    let iw = exponent
    if iw == 0 { return 1.0 }
    if iv.isNaN { return iv }
    if iw.isNaN { return iv == 1.0 ? 1.0 : iw }
    if iw.isInfinite {
      iv = iv.magnitude
      if iv == 1.0 { return 1.0 }
      return (iw > 0.0) == (iv > 1.0) ? iw.magnitude : 0.0
    }
    if iv.isInfinite {
      let odd = isOddInteger(iw)
      if iw > 0.0 { return odd ? iv : iv.magnitude }
      return odd ? copysign(0.0, iv) : 0.0
    }
    if iv == 0.0 {
      if iw < 0.0 { throw RandomError(.zeroDivisionError, "0.0 cannot be raised to a negative power") }
      return isOddInteger(iw) ? iv : 0.0
    }
    var negate = false
    if iv < 0.0 {
      if iw != iw.rounded(.down) {
        throw RandomError(.valueError, "negative number cannot be raised to a fractional power")
      }
      iv = -iv
      negate = isOddInteger(iw)
    }
    if iv == 1.0 { return negate ? -1.0 : 1.0 }
    errno = 0
    var ix = pow(iv, iw)
    var error = errno
    if error == 0 {
      if ix.isInfinite { error = ERANGE }
    } else if error == ERANGE && ix == 0.0 {
      error = 0
    }
    if negate { ix = -ix }
    if error == ERANGE { throw RandomError(.overflowError, "(\(ERANGE), 'Numerical result out of range')") }
    if error != 0 { throw RandomError(.valueError, "(\(error), 'math error')") }
    return ix
  }

  // MARK: SHA-512

  private static let sha512Constants: [UInt64] = [
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
    0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
    0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
    0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
    0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
    0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
    0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
    0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
  ]

  /// The SHA-512 digest of `message` (64 bytes).
  static func sha512(_ message: [UInt8]) -> [UInt8] {
    var h: [UInt64] = [
      0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
      0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ]
    var data = message
    data.append(0x80)
    while data.count % 128 != 112 { data.append(0) }
    let bitLength = UInt64(truncatingIfNeeded: message.count) &* 8
    let highBits = UInt64(truncatingIfNeeded: message.count) >> 61
    for shift in stride(from: 56, through: 0, by: -8) { data.append(UInt8(truncatingIfNeeded: highBits >> UInt64(shift))) }
    for shift in stride(from: 56, through: 0, by: -8) { data.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }

    @inline(__always) func rotr(_ x: UInt64, _ n: UInt64) -> UInt64 { (x >> n) | (x << (64 - n)) }
    var w = [UInt64](repeating: 0, count: 80)
    for block in stride(from: 0, to: data.count, by: 128) {
      for t in 0..<16 {
        var word: UInt64 = 0
        for b in 0..<8 { word = word << 8 | UInt64(data[block + t * 8 + b]) }
        w[t] = word
      }
      for t in 16..<80 {
        let s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7)
        let s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6)
        w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
      }
      var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
      for t in 0..<80 {
        let s1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)
        let ch = (e & f) ^ (~e & g)
        let temp1 = hh &+ s1 &+ ch &+ sha512Constants[t] &+ w[t]
        let s0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)
        let maj = (a & b) ^ (a & c) ^ (b & c)
        let temp2 = s0 &+ maj
        hh = g
        g = f
        f = e
        e = d &+ temp1
        d = c
        c = b
        b = a
        a = temp1 &+ temp2
      }
      h[0] = h[0] &+ a
      h[1] = h[1] &+ b
      h[2] = h[2] &+ c
      h[3] = h[3] &+ d
      h[4] = h[4] &+ e
      h[5] = h[5] &+ f
      h[6] = h[6] &+ g
      h[7] = h[7] &+ hh
    }
    var digest: [UInt8] = []
    digest.reserveCapacity(64)
    for value in h {
      for shift in stride(from: 56, through: 0, by: -8) { digest.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }
    return digest
  }
}
