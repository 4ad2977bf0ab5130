# Checks list/set comprehensions with conditions and multiple for clauses
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)])
print([c.upper() if c in "aeiou" else c for c in "banana"])
print({x % 4 for x in range(10)})
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([y for x in [[1, 2], [3]] for y in x])
