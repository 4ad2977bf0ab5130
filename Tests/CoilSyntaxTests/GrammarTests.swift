import Foundation
import Testing

@testable import CoilSyntax

/// Prints an expression as an S-expression, for comparing parses with string literals.
func sexpr(_ e: CoilSyntax.Expression) -> String {
  switch e.kind {
  case .name(let n): return "(name \(n))"
  case .integer(let d, _): return "(int \(d))"
  case .float(let d): return "(float \(d))"
  case .string(let s): return "(str \(s))"
  case .true: return "True"
  case .false: return "False"
  case .none: return "None"
  case .binary(let op, let a, let b): return "(\(op.rawValue) \(sexpr(a)) \(sexpr(b)))"
  case .unary(let op, let a): return "(\(op.rawValue) \(sexpr(a)))"
  case .and(let a, let b): return "(and \(sexpr(a)) \(sexpr(b)))"
  case .or(let a, let b): return "(or \(sexpr(a)) \(sexpr(b)))"
  case .call(let f, let args): return "(call \(sexpr(f))\(args.map { " " + sexpr($0.expression) }.joined()))"
  case .attribute(let o, let n): return "(. \(sexpr(o)) \(n))"
  case .subscript(let o, let i): return "([] \(sexpr(o)) \(sexpr(i)))"
  case .tuple(let items): return "(tuple\(items.map { " " + sexpr($0) }.joined()))"
  case .list(let items): return "(list\(items.map { " " + sexpr($0) }.joined()))"
  case .compare(let a, let rest): return "(compare \(sexpr(a))\(rest.map { " \($0.0.rawValue) \(sexpr($0.1))" }.joined()))"
  case .conditional(let t, let b, let o): return "(if \(sexpr(t)) \(sexpr(b)) \(sexpr(o)))"
  case .await(let a): return "(await \(sexpr(a)))"
  case .starred(let a): return "(* \(sexpr(a)))"
  default: return "(?)"
  }
}

@Test func precedence() throws {
  #expect(sexpr(try Parser.parseExpression("1 + 2 * 3")) == "(+ (int 1) (* (int 2) (int 3)))")
  #expect(sexpr(try Parser.parseExpression("-2 ** 2")) == "(- (** (int 2) (int 2)))")
  #expect(sexpr(try Parser.parseExpression("2 ** 3 ** 2")) == "(** (int 2) (** (int 3) (int 2)))")
  #expect(sexpr(try Parser.parseExpression("not a == b")) == "(not (compare (name a) == (name b)))")
  #expect(sexpr(try Parser.parseExpression("a or b and c")) == "(or (name a) (and (name b) (name c)))")
  #expect(sexpr(try Parser.parseExpression("a < b <= c")) == "(compare (name a) < (name b) <= (name c))")
  #expect(sexpr(try Parser.parseExpression("x if c else y")) == "(if (name c) (name x) (name y))")
  #expect(sexpr(try Parser.parseExpression("f(x)[0].y")) == "(. ([] (call (name f) (name x)) (int 0)) y)")
  #expect(sexpr(try Parser.parseExpression("await f()")) == "(await (call (name f)))")
  #expect(sexpr(try Parser.parseExpression("a is not b")) == "(compare (name a) is not (name b))")
  #expect(sexpr(try Parser.parseExpression("1, *x")) == "(tuple (int 1) (* (name x)))")
}

@Test func syntaxErrorsCarryLocations() {
  #expect(throws: Diagnostic.self) { try Parser.parseModule("x = (1 +\n") }
  do {
    _ = try Parser.parseModule("if x\n  pass\n")
    Issue.record("expected an error")
  } catch {
    #expect(error.message == "expected ':'")
    #expect(error.range.start.line == 1)
  }
}

/// Every rule of grammar/coil.ebnf has a parse function of the same name.
@Test func grammarRulesHaveParseFunctions() throws {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  let grammar = try String(contentsOf: root.appendingPathComponent("grammar/coil.ebnf"), encoding: .utf8)
  var parserText = ""
  for file in ["Parser.swift", "Parser+Expressions.swift"] {
    parserText += try String(contentsOf: root.appendingPathComponent("Sources/CoilSyntax/" + file), encoding: .utf8)
  }
  let rules = grammar.split(separator: "\n").compactMap { line -> String? in
    guard let first = line.first, first.isUppercase, let eq = line.firstIndex(of: "=") else { return nil }
    return line[..<eq].trimmingCharacters(in: .whitespaces)
  }
  #expect(rules.count > 30)
  for rule in rules {
    #expect(parserText.contains("func parse\(rule)("), "no parse\(rule)()")
  }
}
