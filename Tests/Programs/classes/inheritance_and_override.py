# subclasses inherit methods and attributes and can override them
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"
class Cat(Animal):
    sound = "meow"
class Lion(Cat):
    def speak(self):
        return self.name + " roars"
    def kind(self):
        return "big " + super().kind()
for a in [Animal("thing"), Cat("tom"), Lion("leo")]:
    print(type(a).__name__, a.speak(), a.kind())
print(Lion.__bases__[0].__name__, Cat.__base__.__name__, Animal.__base__.__name__)
print([c.__name__ for c in Lion.__mro__])
