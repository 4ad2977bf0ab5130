# class attributes are shared until an instance attribute shadows them
class Dog:
    species = "canine"
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
a = Dog("rex")
b = Dog("fido")
print(a.name, b.name, a.species, b.species, Dog.count)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "dog"
print(a.species, b.species)
del a.species
print(a.species)
print("name" in a.__dict__, "species" in a.__dict__)
print(sorted(b.__dict__))
class Shared:
    items = []
x, y = Shared(), Shared()
x.items.append(1)
print(y.items, Shared.items)
