# LEGB name resolution: local, enclosing, global, builtin
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    def local():
        x = "local"
        return x
    return inner(), local(), x
print(outer())
def uses_builtin():
    return len("abc")
print(uses_builtin())
def shadow_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(shadow_builtin(), len("abc"))
def reads_global():
    return x
print(reads_global())
def deep():
    a = 1
    def level2():
        b = 2
        def level3():
            return a + b
        return level3()
    return level2()
print(deep())
