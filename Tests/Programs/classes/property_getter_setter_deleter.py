# property with getter, setter and deleter; read-only properties reject assignment
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        print("get")
        return self._c
    @celsius.setter
    def celsius(self, value):
        print("set", value)
        if value < -273.15:
            raise ValueError("too cold")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("delete")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(100)
print(t.celsius)
t.celsius = 0
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as err:
    print("ValueError:", err)
del t.celsius
print(t._c)
try:
    t.fahrenheit = 5
except AttributeError as err:
    print("AttributeError:", err)
class Legacy:
    def _get(self):
        return "legacy value"
    value = property(_get)
print(Legacy().value, type(Temperature.celsius).__name__)
