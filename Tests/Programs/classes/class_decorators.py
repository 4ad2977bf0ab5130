# class decorators receive the class and may modify or replace it
def add_greeting(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def count_instances(cls):
    original_init = cls.__init__
    def __init__(self, *args):
        cls.instances += 1
        original_init(self, *args)
    cls.instances = 0
    cls.__init__ = __init__
    return cls
@register
@add_greeting
@count_instances
class Person:
    def __init__(self, name):
        self.name = name
p = Person("a")
Person("b")
print(p.greet(), p.name, Person.instances, registry)
def replace(cls):
    return "not a class anymore"
@replace
class Gone:
    pass
print(Gone)
