# global lets a function rebind a module-level name
counter = 0
def increment():
    global counter
    counter += 1
increment()
increment()
print(counter)
def create():
    global created
    created = "made inside"
create()
print(created)
value = "module"
def shadow():
    value = "local"
    return value
print(shadow(), value)
def read_only():
    return counter * 10
print(read_only())
def nested():
    def inner():
        global counter
        counter = 100
    inner()
nested()
print(counter)
