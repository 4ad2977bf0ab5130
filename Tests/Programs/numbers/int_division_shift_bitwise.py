# Integer floor division, modulo, right shifts and bitwise operators of machine ints are computed
# in the node; zero divisors, Int.min // -1, negative shifts and huge values go the general way.

vals = [0, 1, -1, 7, -7, 2**62, -2**62, -2**63, 2**63 - 1, 13]
divs = [1, -1, 2, -2, 3, -3, 10, -10, 2**62, -2**63]
out = []
for x in vals:
    for y in divs:
        out.append((x % y, x // y))
print(out)
try:
    print((-2**63) // -1, (-2**63) % -1)
    print(5 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print([x >> s for x in vals for s in (0, 1, 3, 62, 63, 64, 100)])
print([(x & y, x | y, x ^ y) for x in vals[:5] for y in vals[5:]])
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError", e)
print(True & False, True | 2, 3 ^ True, 5.0 // 2, -5.0 % 3)
