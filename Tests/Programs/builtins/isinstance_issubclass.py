# Checks isinstance/issubclass with single types, tuples and user class hierarchies
class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass
d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, Cat), isinstance(d, object))
print(isinstance(d, (Cat, Dog)), isinstance(d, (Cat, int)), isinstance(d, ()))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1, float))
print(isinstance(1.0, (int, float)), isinstance("s", str), isinstance(None, type(None)))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), (set, frozenset)))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog), issubclass(Dog, object))
print(issubclass(bool, int), issubclass(int, (str, int)), issubclass(bool, (float, str)))
print(isinstance(d, (int, (str, Dog))))
try:
    isinstance(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(d, Animal)
except TypeError as e:
    print(type(e).__name__, e)
