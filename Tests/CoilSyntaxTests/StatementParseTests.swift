import Testing

@testable import CoilSyntax

/// Prints a statement as an S-expression (expressions via `sexpr`).
func sexpr(_ s: Statement) -> String {
  func block(_ body: [Statement]) -> String { "[" + body.map(sexpr).joined(separator: " ") + "]" }
  switch s.kind {
  case .expression(let e): return sexpr(e)
  case .assign(let targets, let value):
    return "(= \(targets.map(sexpr).joined(separator: " ")) \(sexpr(value)))"
  case .augmentedAssign(let t, let op, let v): return "(\(op.rawValue)= \(sexpr(t)) \(sexpr(v)))"
  case .annotatedAssign(let t, let a, let v):
    return "(: \(sexpr(t)) \(sexpr(a))\(v.map { " " + sexpr($0) } ?? ""))"
  case .delete(let targets): return "(del \(targets.map(sexpr).joined(separator: " ")))"
  case .pass: return "pass"
  case .break: return "break"
  case .continue: return "continue"
  case .return(let v): return "(return\(v.map { " " + sexpr($0) } ?? ""))"
  case .raise(let e, let cause):
    return "(raise\(e.map { " " + sexpr($0) } ?? "")\(cause.map { " from " + sexpr($0) } ?? ""))"
  case .global(let names): return "(global \(names.joined(separator: " ")))"
  case .nonlocal(let names): return "(nonlocal \(names.joined(separator: " ")))"
  case .assert(let t, let m): return "(assert \(sexpr(t))\(m.map { " " + sexpr($0) } ?? ""))"
  case .import(let names):
    return "(import \(names.map { $0.name + ($0.alias.map { " as " + $0 } ?? "") }.joined(separator: ", ")))"
  case .importFrom(let module, let names, let level):
    return "(from \(String(repeating: ".", count: level))\(module) \(names.map { $0.name + ($0.alias.map { " as " + $0 } ?? "") }.joined(separator: ", ")))"
  case .if(let t, let b, let o): return "(if \(sexpr(t)) \(block(b)) \(block(o)))"
  case .while(let t, let b, let o): return "(while \(sexpr(t)) \(block(b)) \(block(o)))"
  case .for(let t, let i, let b, let o, let isAsync):
    return "(\(isAsync ? "async-for" : "for") \(sexpr(t)) \(sexpr(i)) \(block(b)) \(block(o)))"
  case .try(let body, let handlers, let orElse, let finally, let isStar):
    let hs = handlers.map { h in
      "(except\(isStar ? "*" : "")\(h.type.map { " " + sexpr($0) } ?? "")\(h.name.map { " as " + $0 } ?? "") \(block(h.body)))"
    }
    return "(try \(block(body)) \(hs.joined(separator: " ")) \(block(orElse)) \(block(finally)))"
  case .with(let items, let body, let isAsync):
    let its = items.map { "\(sexpr($0.context))\($0.target.map { " as " + sexpr($0) } ?? "")" }
    return "(\(isAsync ? "async-with" : "with") \(its.joined(separator: ", ")) \(block(body)))"
  case .functionDefinition(let d):
    let p = d.parameters
    var params = p.positionalOnly.map(\.name)
    if !p.positionalOnly.isEmpty { params.append("/") }
    params += p.regular.map { $0.name + ($0.defaultValue.map { "=" + sexpr($0) } ?? "") }
    if let v = p.variadic { params.append("*" + v.name) } else if !p.keywordOnly.isEmpty { params.append("*") }
    params += p.keywordOnly.map { $0.name + ($0.defaultValue.map { "=" + sexpr($0) } ?? "") }
    if let k = p.keywordVariadic { params.append("**" + k.name) }
    let decorators = d.decorators.map { "@" + sexpr($0) + " " }.joined()
    return "(\(decorators)\(d.isAsync ? "async-def" : "def") \(d.name) (\(params.joined(separator: " "))) \(block(d.body)))"
  case .classDefinition(let c):
    return "(class \(c.name) (\(c.arguments.map { sexpr($0.expression) }.joined(separator: " "))) \(block(c.body)))"
  }
}

func parsed(_ text: String) throws -> String {
  try Parser.parseModule(text).body.map(sexpr).joined(separator: "\n")
}

@Test func assignments() throws {
  #expect(try parsed("a = b = 1") == "(= (name a) (name b) (int 1))")
  #expect(try parsed("a, *b = c") == "(= (tuple (name a) (* (name b))) (name c))")
  #expect(try parsed("x[1] += 2") == "(+= ([] (name x) (int 1)) (int 2))")
  #expect(try parsed("x: int = 3") == "(: (name x) (name int) (int 3))")
  #expect(try parsed("del a, b.c") == "(del (name a) (. (name b) c))")
}

@Test func compoundStatements() throws {
  #expect(try parsed("if a:\n  pass\nelif b:\n  x\nelse:\n  y\n")
    == "(if (name a) [pass] [(if (name b) [(name x)] [(name y)])])")
  #expect(try parsed("for i in r:\n  break\nelse:\n  continue\n")
    == "(for (name i) (name r) [break] [continue])")
  #expect(try parsed("while x: pass") == "(while (name x) [pass] [])")
  #expect(try parsed("try:\n  f()\nexcept E as e:\n  raise X from e\nfinally:\n  pass\n")
    == "(try [(call (name f))] (except (name E) as e [(raise (name X) from (name e))]) [] [pass])")
  #expect(try parsed("try:\n  f()\nexcept* (A, B):\n  pass\n")
    == "(try [(call (name f))] (except* (tuple (name A) (name B)) [pass]) [] [])")
  #expect(try parsed("with a as b, c:\n  pass\n") == "(with (name a) as (name b), (name c) [pass])")
  #expect(try parsed("with (a as b, c as d):\n  pass\n")
    == "(with (name a) as (name b), (name c) as (name d) [pass])")
}

@Test func definitions() throws {
  #expect(try parsed("@d\ndef f(a, /, b=1, *c, d, **e):\n  return a\n")
    == "(@(name d) def f (a / b=(int 1) *c d **e) [(return (name a))])")
  #expect(try parsed("async def g(*, k=2): await h()") == "(async-def g (* k=(int 2)) [(await (call (name h)))])")
  #expect(try parsed("class C(B, metaclass=M):\n  x = 1\n")
    == "(class C ((name B) (name M)) [(= (name x) (int 1))])")
}

@Test func importsAndSimpleStatements() throws {
  #expect(try parsed("import a.b as c, d") == "(import a.b as c, d)")
  #expect(try parsed("from ..m import (x as y, z)") == "(from ..m x as y, z)")
  #expect(try parsed("global a, b; nonlocal c") == "(global a b)\n(nonlocal c)")
  #expect(try parsed("assert x, 'm'") == "(assert (name x) (str m))")
}
