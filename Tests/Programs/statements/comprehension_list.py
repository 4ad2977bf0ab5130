# list comprehensions with filters, expressions and multiple for clauses
nums = [1, 2, 3, 4, 5, 6]
print([n * n for n in nums])
print([n for n in nums if n % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() for c in "abc"])
print([n if n % 2 else -n for n in nums])
print([x for x in range(20) if x % 2 if x % 3])
print([[row * 3 + col for col in range(3)] for row in range(2)])
print([])
print([i for i in []])
