# Checks floor division and modulo with negative operands follow floor semantics
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, -3), (-1, 10)]:
    print(a, b, a // b, a % b)
print(-(2 ** 70) // 3, -(2 ** 70) % 3)
print((2 ** 70) // -7, (2 ** 70) % -7)
print(7.5 // 2, 7.5 % 2)
print(-7.5 // 2, -7.5 % 2)
print(7 // 2.0, -7 % 2.5)
print(-0.5 // 1, 5 % -3.0)
