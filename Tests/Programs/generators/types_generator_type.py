# types.GeneratorType is the class of generator objects and of generator expressions
import types
def gen():
    yield 1
g = gen()
print(isinstance(g, types.GeneratorType), isinstance((x for x in []), types.GeneratorType))
print(types.GeneratorType is type(g), types.GeneratorType.__name__)
print(isinstance(gen, types.GeneratorType), isinstance(gen, types.FunctionType))
print(isinstance(iter([]), types.GeneratorType))
