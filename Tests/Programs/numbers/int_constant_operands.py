# Operators with an int constant on the right (n - 1, i % 7, x < 0) are computed in place for
# machine ints; overflow, negative operands, other types and user dunders go the general way.

big = 2**62
print(big + big - 1, -big - big - 1, big * 4, (-7) % 3, 7 % 3, -7 // 2, 7 // 2, (-2**63) // 1, -1 // 5)
print(2.5 + 1, 2.5 % 2, -2.5 // 2, "ab" * 3, [0] * 2, True + 1, (3 > 2) * 5)
print(10 ** 20 % 7, -(10 ** 20) // 3, (2**63 - 1) + 1, -2**63 - 1)
class N:
    def __sub__(self, k): return f"N-{k}"
    def __lt__(self, k): return f"N<{k}"
    def __eq__(self, k): return k == 0
print(N() - 1, N() < 2, N() == 0, 1.5 < 2, 2 == 2.0, "x" == 1, None == 0, 3 != 3)
for x in (5, -5, 0):
    print(x % 4, x // 4, x - 1, x * 3, x < 0, x >= 0, x == 0)
try:
    print("a" - 1)
except TypeError as e:
    print(e)
try:
    print(None < 1)
except TypeError as e:
    print(e)
