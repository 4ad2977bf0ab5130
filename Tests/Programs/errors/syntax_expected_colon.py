# a compound statement header without a colon
def greet(name)
    return "hi " + name
