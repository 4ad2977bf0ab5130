# nested generator expressions and genexprs over genexprs
rows = ((i * j for j in range(1, 4)) for i in range(1, 4))
for row in rows:
    print(type(row).__name__, list(row))
evens = (x for x in range(10) if x % 2 == 0)
squares = (e * e for e in evens)
big = (s for s in squares if s > 10)
print(list(big))
matrix = [[1, 2], [3, 4], [5, 6]]
print(list(x for row in matrix for x in row))
print(list((y for y in (x + 1 for x in range(3)))))
print([list(g) for g in ((c * n for n in range(2)) for c in "ab")])
