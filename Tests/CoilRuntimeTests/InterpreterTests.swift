import Testing

@testable import CoilRuntime

@Test func hashesAgreeAcrossNumericTypes() throws {
  let interp = Interpreter(output: { _ in }, error: { _ in })
  #expect(try interp.hash(.int(1)) == interp.hash(.float(1.0)))
  #expect(try interp.hash(.bool(true)) == interp.hash(.int(1)))
  #expect(try interp.hash(.float(0.5)) == 1_152_921_504_606_846_976)
}
