# nested comprehensions: flattening, transposing, and conditions on several levels
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix if row[0] > 1 for x in row if x % 2])
print([(a, b, c) for a in range(1, 12) for b in range(a, 12) for c in range(b, 12) if a * a + b * b == c * c])
print({(i, j) for i in range(2) for j in range(2) if i != j} == {(0, 1), (1, 0)})
print({i: {j: i * j for j in range(1, 3)} for i in range(1, 3)})
