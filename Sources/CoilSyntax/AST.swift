/// A Coil expression and the source text it came from.
public struct Expression: Sendable {
  public indirect enum Kind: Sendable {
    case name(String)
    case none
    case `true`
    case `false`
    case ellipsis
    case integer(digits: String, radix: Int)
    case float(Double)
    case imaginary(Double)
    case string(String)
    case bytes(String)
    case formattedString([FormattedPart])
    case tuple([Expression])
    case list([Expression])
    case set([Expression])
    case dictionary([DictionaryItem])
    case starred(Expression)
    case attribute(Expression, name: String)
    case `subscript`(Expression, index: Expression)
    case slice(lower: Expression?, upper: Expression?, step: Expression?)
    case call(callee: Expression, arguments: [Argument])
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    case and(Expression, Expression)
    case or(Expression, Expression)
    case compare(Expression, [(ComparisonOperator, Expression)])
    case conditional(test: Expression, body: Expression, orElse: Expression)
    case lambda(Parameters, body: Expression)
    case listComprehension(Expression, [Comprehension])
    case setComprehension(Expression, [Comprehension])
    case dictionaryComprehension(key: Expression, value: Expression, [Comprehension])
    case generator(Expression, [Comprehension])
    case await(Expression)
    case yield(Expression?)
    case yieldFrom(Expression)
    case namedExpression(name: String, value: Expression)
  }

  public var kind: Kind
  public var range: SourceRange

  public init(_ kind: Kind, _ range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}

/// A piece of an f-string: literal text, or a replacement field.
public enum FormattedPart: Sendable {
  case literal(String)
  /// `{value!conversion:spec}`; `debugText` is the `x=` prefix of a self-documenting field.
  case field(
    value: Expression, conversion: Character?, formatSpec: [FormattedPart]?, debugText: String?)
}

public enum DictionaryItem: Sendable {
  case pair(key: Expression, value: Expression)
  case unpack(Expression)
}

public enum Argument: Sendable {
  case positional(Expression)
  case starred(Expression)
  case keyword(name: String, value: Expression, range: SourceRange)
  case doubleStarred(Expression)

  public var expression: Expression {
    switch self {
    case .positional(let e), .starred(let e), .doubleStarred(let e): return e
    case .keyword(_, let e, _): return e
    }
  }
}

/// One `for ... in ... if ...` clause of a comprehension.
public struct Comprehension: Sendable {
  public var target: Expression
  public var iterable: Expression
  public var conditions: [Expression]
  public var isAsync: Bool

  public init(target: Expression, iterable: Expression, conditions: [Expression], isAsync: Bool) {
    self.target = target
    self.iterable = iterable
    self.conditions = conditions
    self.isAsync = isAsync
  }
}

public enum UnaryOperator: String, Sendable {
  case plus = "+"
  case minus = "-"
  case invert = "~"
  case not = "not"
}

public enum BinaryOperator: String, Sendable, CaseIterable {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case matrixMultiply = "@"
  case trueDivide = "/"
  case floorDivide = "//"
  case modulo = "%"
  case power = "**"
  case leftShift = "<<"
  case rightShift = ">>"
  case bitAnd = "&"
  case bitOr = "|"
  case bitXor = "^"
}

public enum ComparisonOperator: String, Sendable {
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessEqual = "<="
  case greater = ">"
  case greaterEqual = ">="
  case `in` = "in"
  case notIn = "not in"
  case `is` = "is"
  case isNot = "is not"
}

/// A function's parameter list.
public struct Parameters: Sendable {
  public var positionalOnly: [Parameter] = []
  public var regular: [Parameter] = []
  public var variadic: Parameter?
  public var keywordOnly: [Parameter] = []
  public var keywordVariadic: Parameter?

  public init() {}

  public var all: [Parameter] {
    positionalOnly + regular + (variadic.map { [$0] } ?? []) + keywordOnly
      + (keywordVariadic.map { [$0] } ?? [])
  }
}

public struct Parameter: Sendable {
  public var name: String
  public var annotation: Expression?
  public var defaultValue: Expression?
  public var range: SourceRange

  public init(
    name: String, annotation: Expression? = nil, defaultValue: Expression? = nil,
    range: SourceRange
  ) {
    self.name = name
    self.annotation = annotation
    self.defaultValue = defaultValue
    self.range = range
  }
}

/// A Coil statement and the source text it came from.
public struct Statement: Sendable {
  public indirect enum Kind: Sendable {
    case expression(Expression)
    case assign(targets: [Expression], value: Expression)
    case augmentedAssign(target: Expression, op: BinaryOperator, value: Expression)
    case annotatedAssign(target: Expression, annotation: Expression, value: Expression?)
    case delete([Expression])
    case pass
    case `break`
    case `continue`
    case `return`(Expression?)
    case raise(Expression?, cause: Expression?)
    case global([String])
    case nonlocal([String])
    case assert(Expression, message: Expression?)
    case `import`([ImportName])
    case importFrom(module: String, names: [ImportName], level: Int)
    case `if`(test: Expression, body: [Statement], orElse: [Statement])
    case `while`(test: Expression, body: [Statement], orElse: [Statement])
    case `for`(
      target: Expression, iterable: Expression, body: [Statement], orElse: [Statement],
      isAsync: Bool)
    case `try`(
      body: [Statement], handlers: [ExceptHandler], orElse: [Statement], finally: [Statement],
      isStar: Bool)
    case with(items: [WithItem], body: [Statement], isAsync: Bool)
    case functionDefinition(FunctionDefinition)
    case classDefinition(ClassDefinition)
  }

  public var kind: Kind
  public var range: SourceRange

  public init(_ kind: Kind, _ range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}

/// `name` or `name as alias` in an import; `*` for a star import.
public struct ImportName: Sendable {
  public var name: String
  public var alias: String?
  public var range: SourceRange

  public init(name: String, alias: String?, range: SourceRange) {
    self.name = name
    self.alias = alias
    self.range = range
  }
}

public struct ExceptHandler: Sendable {
  public var type: Expression?
  public var name: String?
  public var body: [Statement]
  public var range: SourceRange

  public init(type: Expression?, name: String?, body: [Statement], range: SourceRange) {
    self.type = type
    self.name = name
    self.body = body
    self.range = range
  }
}

public struct WithItem: Sendable {
  public var context: Expression
  public var target: Expression?

  public init(context: Expression, target: Expression?) {
    self.context = context
    self.target = target
  }
}

public struct FunctionDefinition: Sendable {
  public var name: String
  public var parameters: Parameters
  public var body: [Statement]
  public var decorators: [Expression]
  public var returns: Expression?
  public var isAsync: Bool
  /// The `def` line's range, which CPython's tracebacks name for the function.
  public var headerRange: SourceRange

  public init(
    name: String, parameters: Parameters, body: [Statement], decorators: [Expression],
    returns: Expression?, isAsync: Bool, headerRange: SourceRange
  ) {
    self.name = name
    self.parameters = parameters
    self.body = body
    self.decorators = decorators
    self.returns = returns
    self.isAsync = isAsync
    self.headerRange = headerRange
  }
}

public struct ClassDefinition: Sendable {
  public var name: String
  public var arguments: [Argument]
  public var body: [Statement]
  public var decorators: [Expression]

  public init(name: String, arguments: [Argument], body: [Statement], decorators: [Expression]) {
    self.name = name
    self.arguments = arguments
    self.body = body
    self.decorators = decorators
  }
}

/// A parsed source file.
public struct Module: Sendable {
  public var body: [Statement]

  public init(body: [Statement]) {
    self.body = body
  }
}
