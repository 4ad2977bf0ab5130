# an exception raised inside a generator shows the generator's frame in the traceback
def parse(items):
    for item in items:
        yield int(item)

def total(items):
    result = 0
    for value in parse(items):
        result += value
    return result

print(total(["1", "2"]))
print(total(["3", "x4"]))
