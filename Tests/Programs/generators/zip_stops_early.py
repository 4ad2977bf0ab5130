# zip stops at the shortest input: an extra item may be pulled from an earlier generator and lost
def gen(name, n):
    for i in range(n):
        print("pull", name, i)
        yield i
    print(name, "exhausted")

print(list(zip(gen("A", 3), gen("B", 2))))
print("---")
a = gen("C", 3)
print(list(zip(a, gen("D", 1))))
print("left in C:", list(a))
print("---")
print(list(zip(gen("E", 1), gen("F", 3))))
