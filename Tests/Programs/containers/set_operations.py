# Checks set methods and operators on int sets
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([10], (11,)), a.intersection(range(3)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a)
print({1, 2}.issubset(a), a.issuperset({4}), a.isdisjoint({7, 8}), a.isdisjoint(b))
s = set()
s.add(3)
s.add(1)
s.add(3)
print(s, len(s))
s.discard(5)
s.discard(1)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
s.update([7, 8], {9})
print(s)
print(s.pop() in {3, 7, 8, 9}, len(s))
c = {1, 2, 3}
c &= {2, 3, 4}
print(c)
c |= {10}
c -= {2}
c ^= {3, 11}
print(c)
print(set([1, 1, 2]), set(range(3)), set(), {1, 2} == {2, 1})
