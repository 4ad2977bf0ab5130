# genexprs with several for and if clauses evaluate them left to right like nested loops
pairs = ((a, b) for a in range(4) if a % 2 for b in range(a) if b != 1)
print(list(pairs))
words = ["apple", "kiwi", "banana", "fig"]
print(list(c for w in words if len(w) > 3 for c in w[:2] if c not in "aeiou"))
print(list((i, j, k) for i in range(2) for j in range(2) for k in range(2) if i + j + k == 2))
print(list(x for x in range(20) if x % 2 if x % 3))
triples = ((a, b, c) for c in range(1, 15) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c)
print(list(triples))
