// Dunder method names, interned once per interpreter so the evaluator never hashes a Swift
// string to find `__getitem__` or `__add__`.

import CoilSyntax

/// The interned `StrObject`s for special method names, named as in Python.
final class DunderNames {
  let __add__: StrObject
  let __aenter__: StrObject
  let __aexit__: StrObject
  let __aiter__: StrObject
  let __anext__: StrObject
  let __await__: StrObject
  let __annotations__: StrObject
  let __and__: StrObject
  let __bool__: StrObject
  let __call__: StrObject
  let __class_getitem__: StrObject
  let __contains__: StrObject
  let __delattr__: StrObject
  let __delitem__: StrObject
  let __doc__: StrObject
  let __enter__: StrObject
  let __eq__: StrObject
  let __exit__: StrObject
  let __floordiv__: StrObject
  let __format__: StrObject
  let __ge__: StrObject
  let __get__: StrObject
  let __getattr__: StrObject
  let __getattribute__: StrObject
  let __getitem__: StrObject
  let __gt__: StrObject
  let __hash__: StrObject
  let __iadd__: StrObject
  let __iand__: StrObject
  let __ifloordiv__: StrObject
  let __ilshift__: StrObject
  let __imatmul__: StrObject
  let __imod__: StrObject
  let __imul__: StrObject
  let __init__: StrObject
  let __init_subclass__: StrObject
  let __ior__: StrObject
  let __ipow__: StrObject
  let __irshift__: StrObject
  let __isub__: StrObject
  let __iter__: StrObject
  let __itruediv__: StrObject
  let __ixor__: StrObject
  let __le__: StrObject
  let __len__: StrObject
  let __lshift__: StrObject
  let __lt__: StrObject
  let __matmul__: StrObject
  let __missing__: StrObject
  let __mod__: StrObject
  let __module__: StrObject
  let __mul__: StrObject
  let __ne__: StrObject
  let __new__: StrObject
  let __next__: StrObject
  let __or__: StrObject
  let __pow__: StrObject
  let __qualname__: StrObject
  let __radd__: StrObject
  let __rand__: StrObject
  let __repr__: StrObject
  let __rfloordiv__: StrObject
  let __rlshift__: StrObject
  let __rmatmul__: StrObject
  let __rmod__: StrObject
  let __rmul__: StrObject
  let __ror__: StrObject
  let __rpow__: StrObject
  let __rrshift__: StrObject
  let __rshift__: StrObject
  let __rsub__: StrObject
  let __rtruediv__: StrObject
  let __rxor__: StrObject
  let __set__: StrObject
  let __set_name__: StrObject
  let __setattr__: StrObject
  let __setitem__: StrObject
  let __str__: StrObject
  let __sub__: StrObject
  let __truediv__: StrObject
  let __wrapped__: StrObject
  let __xor__: StrObject

  init(_ intern: (String) -> StrObject) {
    __add__ = intern("__add__")
    __annotations__ = intern("__annotations__")
    __and__ = intern("__and__")
    __bool__ = intern("__bool__")
    __call__ = intern("__call__")
    __class_getitem__ = intern("__class_getitem__")
    __contains__ = intern("__contains__")
    __delattr__ = intern("__delattr__")
    __delitem__ = intern("__delitem__")
    __doc__ = intern("__doc__")
    __enter__ = intern("__enter__")
    __aenter__ = intern("__aenter__")
    __aexit__ = intern("__aexit__")
    __aiter__ = intern("__aiter__")
    __anext__ = intern("__anext__")
    __await__ = intern("__await__")
    __eq__ = intern("__eq__")
    __exit__ = intern("__exit__")
    __floordiv__ = intern("__floordiv__")
    __format__ = intern("__format__")
    __ge__ = intern("__ge__")
    __get__ = intern("__get__")
    __getattr__ = intern("__getattr__")
    __getattribute__ = intern("__getattribute__")
    __getitem__ = intern("__getitem__")
    __gt__ = intern("__gt__")
    __hash__ = intern("__hash__")
    __iadd__ = intern("__iadd__")
    __iand__ = intern("__iand__")
    __ifloordiv__ = intern("__ifloordiv__")
    __ilshift__ = intern("__ilshift__")
    __imatmul__ = intern("__imatmul__")
    __imod__ = intern("__imod__")
    __imul__ = intern("__imul__")
    __init__ = intern("__init__")
    __init_subclass__ = intern("__init_subclass__")
    __ior__ = intern("__ior__")
    __ipow__ = intern("__ipow__")
    __irshift__ = intern("__irshift__")
    __isub__ = intern("__isub__")
    __iter__ = intern("__iter__")
    __itruediv__ = intern("__itruediv__")
    __ixor__ = intern("__ixor__")
    __le__ = intern("__le__")
    __len__ = intern("__len__")
    __lshift__ = intern("__lshift__")
    __lt__ = intern("__lt__")
    __matmul__ = intern("__matmul__")
    __missing__ = intern("__missing__")
    __mod__ = intern("__mod__")
    __module__ = intern("__module__")
    __mul__ = intern("__mul__")
    __ne__ = intern("__ne__")
    __new__ = intern("__new__")
    __next__ = intern("__next__")
    __or__ = intern("__or__")
    __pow__ = intern("__pow__")
    __qualname__ = intern("__qualname__")
    __radd__ = intern("__radd__")
    __rand__ = intern("__rand__")
    __repr__ = intern("__repr__")
    __rfloordiv__ = intern("__rfloordiv__")
    __rlshift__ = intern("__rlshift__")
    __rmatmul__ = intern("__rmatmul__")
    __rmod__ = intern("__rmod__")
    __rmul__ = intern("__rmul__")
    __ror__ = intern("__ror__")
    __rpow__ = intern("__rpow__")
    __rrshift__ = intern("__rrshift__")
    __rshift__ = intern("__rshift__")
    __rsub__ = intern("__rsub__")
    __rtruediv__ = intern("__rtruediv__")
    __rxor__ = intern("__rxor__")
    __set__ = intern("__set__")
    __set_name__ = intern("__set_name__")
    __setattr__ = intern("__setattr__")
    __setitem__ = intern("__setitem__")
    __str__ = intern("__str__")
    __sub__ = intern("__sub__")
    __truediv__ = intern("__truediv__")
    __wrapped__ = intern("__wrapped__")
    __xor__ = intern("__xor__")
  }

  /// Forward, reflected and in-place names of a binary operator.
  func binary(_ op: BinaryOperator) -> (StrObject, StrObject, StrObject) {
    switch op {
    case .add: return (__add__, __radd__, __iadd__)
    case .subtract: return (__sub__, __rsub__, __isub__)
    case .multiply: return (__mul__, __rmul__, __imul__)
    case .matrixMultiply: return (__matmul__, __rmatmul__, __imatmul__)
    case .trueDivide: return (__truediv__, __rtruediv__, __itruediv__)
    case .floorDivide: return (__floordiv__, __rfloordiv__, __ifloordiv__)
    case .modulo: return (__mod__, __rmod__, __imod__)
    case .power: return (__pow__, __rpow__, __ipow__)
    case .leftShift: return (__lshift__, __rlshift__, __ilshift__)
    case .rightShift: return (__rshift__, __rrshift__, __irshift__)
    case .bitAnd: return (__and__, __rand__, __iand__)
    case .bitOr: return (__or__, __ror__, __ior__)
    case .bitXor: return (__xor__, __rxor__, __ixor__)
    }
  }

  /// Forward and reflected names of a rich comparison.
  func comparison(_ op: ComparisonOperator) -> (StrObject, StrObject) {
    switch op {
    case .less: return (__lt__, __gt__)
    case .lessEqual: return (__le__, __ge__)
    case .greater: return (__gt__, __lt__)
    case .greaterEqual: return (__ge__, __le__)
    case .notEqual: return (__ne__, __ne__)
    default: return (__eq__, __eq__)
    }
  }
}
