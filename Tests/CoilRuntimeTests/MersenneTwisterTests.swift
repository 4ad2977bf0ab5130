import BigInt
import Testing

@testable import CoilRuntime

/// Expected values come from CPython 3.11's `random` module.
@Suite struct MersenneTwisterTests {
  typealias RandomError = MersenneTwister.RandomError

  private func expectError(
    _ kind: RandomError.Kind, _ message: String, _ body: () throws(RandomError) -> Void
  ) {
    do {
      try body()
      Issue.record("expected \(kind): \(message)")
    } catch {
      #expect(error.kind == kind)
      #expect(error.message == message)
    }
  }

  @Test func intSeeds() {
    var r = MersenneTwister(seed: 0)
    #expect(r.random() == 0.8444218515250481)
    #expect(r.random() == 0.7579544029403025)
    #expect(r.random() == 0.420571580830845)

    r = MersenneTwister(seed: 42)
    #expect(r.random() == 0.6394267984578837)
    #expect(r.random() == 0.025010755222666936)
    #expect(r.genrandUInt32() == 1_181_241_943)

    r = MersenneTwister(seed: (BigInt(1) << 70) + 5)
    #expect(r.random() == 0.46679953776226335)
    #expect(r.random() == 0.4748702691919824)

    var negative = MersenneTwister(seed: -7)
    var positive = MersenneTwister(seed: 7)
    #expect(negative.random() == 0.32383276483316237)
    #expect(positive.random() == 0.32383276483316237)
  }

  @Test func stringBytesAndFloatSeeds() {
    var r = MersenneTwister(seedBytes: Array("hello".utf8))
    #expect(r.random() == 0.3537754404730722)
    #expect(r.random() == 0.6631985810268619)
    #expect((try? r.randint(1, 100)) == 71)

    r = MersenneTwister(seedBytes: Array("héllo ☃".utf8))
    #expect(r.random() == 0.7946797157550272)

    r = MersenneTwister(seedFloat: 3.5)
    #expect(r.random() == 0.3039190124834461)
    #expect(r.random() == 0.23014450764056538)
    r = MersenneTwister(seedFloat: -3.5)
    #expect(r.random() == 0.4125139924995227)
    r = MersenneTwister(seedFloat: 3.0)
    #expect(r.random() == 0.23796462709189137)

    r = MersenneTwister(seed: MersenneTwister.version1Seed(codePoints: "hello".unicodeScalars.map(\.value)))
    #expect(r.random() == 0.8180391270568783)
  }

  @Test func floatHashAndSHA512() {
    let values: [Double] = [3.5, -3.5, 0.1, 1e300, 0x1p-1074, .infinity, -0x1p100, 0.0, -0.0]
    let hashes = [
      1_152_921_504_606_846_979, -1_152_921_504_606_846_979, 230_584_300_921_369_408,
      1_224_995_262_755_759_164, 16_777_216, 314_159, -549_755_813_888, 0, 0,
    ]
    #expect(values.map(MersenneTwister.pythonHash) == hashes)
    let digest = MersenneTwister.sha512(Array("abc".utf8))
    let hex = digest.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    #expect(
      hex == "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
        + "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")
  }

  @Test func getrandbits() throws {
    var r = MersenneTwister(seed: 1)
    let bits = try [1, 31, 32, 33, 64, 100, 0].map { (k: Int) throws(RandomError) in try r.getrandbits(k) }
    #expect(
      bits == [
        0, 1_222_356_005, 3_639_700_191, 7_740_669_488, BigInt("4705193143269049553", radix: 10)!,
        BigInt("614886793670229279908878609289", radix: 10)!, 0,
      ])
    expectError(.valueError, "number of bits must be non-negative") { () throws(RandomError) in
      _ = try r.getrandbits(-1)
    }
    expectError(.overflowError, "Python int too large to convert to C int") { () throws(RandomError) in
      _ = try r.getrandbits(BigInt(1) << 31)
    }
  }

  @Test func integerMethods() throws {
    var r = MersenneTwister(seed: 1)
    #expect(try r.randrange(start: 10) == 2)
    #expect(try r.randrange(start: 3, stop: 17) == 12)
    #expect(try r.randrange(start: 5, stop: 100, step: 7) == 96)
    #expect(try r.randrange(start: BigInt(100), stop: 5, step: -3) == 88)
    let e30 = BigInt(10).power(30)
    #expect(try r.randrange(start: -e30, stop: e30) == BigInt("940728311988777470709902095420", radix: 10)!)
    #expect(try r.randint(1, 6) == 4)
    #expect(try r.randint(-5, 5) == 2)

    r = MersenneTwister(seed: 1)
    let picks = try (0..<5).map { (_: Int) throws(RandomError) in try r.choiceIndex(count: 7) }
    #expect(picks == [1, 4, 6, 6, 6])

    // The Int and BigInt paths draw identically.
    var a = MersenneTwister(seed: 9)
    var b = MersenneTwister(seed: 9)
    for _ in 0..<50 {
      #expect(BigInt(try a.randrange(start: -1000, stop: 1 << 40)) == (try b.randrange(start: BigInt(-1000), stop: BigInt(1) << 40)))
    }
  }

  @Test func integerErrors() {
    var r = MersenneTwister(seed: 5)
    expectError(.valueError, "empty range for randrange() (5, 3, -2)") { () throws(RandomError) in
      _ = try r.randrange(start: 5, stop: 3)
    }
    expectError(.valueError, "empty range for randrange() (5, 4, -1)") { () throws(RandomError) in
      _ = try r.randint(5, 3)
    }
    expectError(.valueError, "empty range for randrange()") { () throws(RandomError) in
      _ = try r.randrange(start: 0)
    }
    expectError(.valueError, "empty range for randrange()") { () throws(RandomError) in
      _ = try r.randrange(start: 5, stop: 3, step: 2)
    }
    expectError(.valueError, "zero step for randrange()") { () throws(RandomError) in
      _ = try r.randrange(start: 1, stop: 5, step: 0)
    }
    expectError(.typeError, "Missing a non-None stop argument") { () throws(RandomError) in
      _ = try r.randrange(start: 5, stop: nil, step: 2)
    }
    expectError(.indexError, "Cannot choose from an empty sequence") { () throws(RandomError) in
      _ = try r.choiceIndex(count: 0)
    }
    #expect(r.randbelow(0) == 0)
    #expect(r.randbelow(BigInt(-5)) == 0)
  }

  @Test func sequenceMethods() throws {
    var r = MersenneTwister(seed: 42)
    var items = Array(0..<10)
    r.shuffle(&items)
    #expect(items == [7, 3, 2, 8, 5, 6, 9, 4, 0, 1])

    r = MersenneTwister(seed: 42)
    var viaSwaps = Array(0..<10)
    for (i, j) in r.shuffleSwaps(count: 10) { viaSwaps.swapAt(i, j) }
    #expect(viaSwaps == items)

    r = MersenneTwister(seed: 42)
    #expect(try r.sampleIndices(populationCount: 10, k: 3) == [1, 0, 4])
    #expect(try r.sampleIndices(populationCount: 1000, k: 6) == [250, 228, 142, 754, 104, 692])
    #expect(try r.sampleIndices(populationCount: 3, k: 3) == [2, 0, 1])
    #expect(try r.sampleIndices(populationCount: 1_000_000_000, k: 4) == [34_126_396, 31_994_523, 100_604_502, 234_760_738])

    r = MersenneTwister(seed: 42)
    #expect(try r.sampleIndices(populationCount: 3, counts: [3, 1, 2], k: 4) == [2, 0, 2, 0])

    expectError(.valueError, "Sample larger than population or is negative") { () throws(RandomError) in
      _ = try r.sampleIndices(populationCount: 3, k: 4)
    }
    expectError(.valueError, "Sample larger than population or is negative") { () throws(RandomError) in
      _ = try r.sampleIndices(populationCount: 3, k: -1)
    }
    expectError(.valueError, "Total of counts must be greater than zero") { () throws(RandomError) in
      _ = try r.sampleIndices(populationCount: 2, counts: [0, 0], k: 1)
    }

    r = MersenneTwister(seed: 42)
    #expect(try r.choicesIndices(populationCount: 10, k: 5) == [6, 0, 2, 2, 7])
    #expect(try r.choicesIndices(populationCount: 4, weights: [1, 2, 3, 4], cumWeights: nil, k: 5) == [3, 3, 0, 2, 0])
    #expect(try r.choicesIndices(populationCount: 4, weights: nil, cumWeights: [1, 3, 6, 10], k: 5) == [1, 2, 0, 1, 3])
    expectError(.valueError, "Total of weights must be greater than zero") { () throws(RandomError) in
      _ = try r.choicesIndices(populationCount: 2, weights: [0, 0], cumWeights: nil, k: 1)
    }
    expectError(.typeError, "Cannot specify both weights and cumulative weights") { () throws(RandomError) in
      _ = try r.choicesIndices(populationCount: 1, weights: [1], cumWeights: [1], k: 1)
    }

    r = MersenneTwister(seed: 42)
    #expect(try r.randbytes(5) == [157, 121, 177, 163, 28])
    #expect(try r.randbytes(9) == [209, 26, 103, 6, 251, 64, 214, 189, 70])
  }

  @Test func realDistributions() throws {
    var r = MersenneTwister(seed: 42)
    #expect(r.uniform(1, 5) == 3.557707193831535)
    #expect(r.triangular() == 0.11182744569797465)
    #expect(r.triangular(low: 1, high: 10, mode: 3) == 3.2418084561958818)
    #expect(r.triangular(low: 5, high: 5, mode: 5) == nil)

    r = MersenneTwister(seed: 42)
    #expect(r.gauss() == -0.14409032957792836)
    #expect(r.gaussNext != nil)
    #expect(r.gauss() == -0.1729036003315193)
    #expect(r.gauss() == -0.11131586156766246)
    #expect(r.gauss(5, 2) == 6.403967450197726)

    r = MersenneTwister(seed: 42)
    #expect(r.normalvariate() == 0.2453263417078634)
    #expect(r.normalvariate(3, 0.5) == 2.7515777632943985)
    #expect(try r.lognormvariate(0, 1) == 3.5070875354597053)
    #expect(try r.expovariate(1.5) == 1.4848587330342538)

    r = MersenneTwister(seed: 42)
    #expect(try r.gammavariate(0.5, 1) == 0.573113778473856)
    #expect(try r.gammavariate(1, 2) == 0.6432481281499312)
    #expect(try r.gammavariate(3.5, 1.2) == 2.524334264551613)
    #expect(try r.betavariate(2, 3) == 0.7451021452339648)
    #expect(try r.vonmisesvariate(1, 2) == 1.032865691308729)
    #expect(try r.paretovariate(2.5) == 1.0108158342455964)
    #expect(try r.weibullvariate(1.5, 2) == 0.7062621720142465)

    expectError(.zeroDivisionError, "float division by zero") { () throws(RandomError) in
      _ = try r.expovariate(0)
    }
    expectError(.valueError, "gammavariate: alpha and beta must be > 0.0") { () throws(RandomError) in
      _ = try r.gammavariate(0, 1)
    }
    expectError(.overflowError, "(34, 'Numerical result out of range')") { () throws(RandomError) in
      _ = try r.paretovariate(1e-300)
    }
    expectError(.overflowError, "math range error") { () throws(RandomError) in
      _ = try r.lognormvariate(1000, 1)
    }
  }

  @Test func stateRoundTrip() throws {
    var r = MersenneTwister(seed: 5)
    let state = r.getstate()
    #expect(state.words[0] == 2_147_483_648)
    #expect(state.words[1] == 2_796_186_638)
    #expect(state.index == 624)
    let first = [r.random(), r.random()]

    var other = MersenneTwister(seed: 1)
    try other.setstate(
      version: 3, internalState: state.words.map { BigInt($0) } + [BigInt(state.index)], gaussNext: nil)
    #expect([other.random(), other.random()] == first)
    #expect(other == r)

    expectError(.valueError, "state vector is the wrong size") { () throws(RandomError) in
      try other.setInternalState([0])
    }
    expectError(.valueError, "invalid state") { () throws(RandomError) in
      try other.setInternalState(Array(repeating: 0, count: 624) + [625])
    }
    expectError(.valueError, "state with version 4 passed to Random.setstate() of version 3") {
      () throws(RandomError) in
      try other.setstate(version: 4, internalState: [], gaussNext: nil)
    }
  }
}
