# xs[i] op= v on lists, float arithmetic with int operands and float powers take direct paths;
# mixed types, lists that change length, huge ints, overflow and out-of-range indexes must not.

xs = [1, 2.5, "a", [1], 2**62]
xs[0] += 1
xs[1] *= 2
xs[2] += "b"
xs[3] += [2]
xs[4] += 2**62
xs[-1] -= 1
print(xs)
ys = [1, 2, 3]
ys[-1] += ys.pop(0)
print(ys)
zs = [1.0, 2.0]
zs[0] += 2**60
zs[1] -= 3
zs[0] *= 0.5
print(zs, 2.0 ** 0.5, 4 ** 0.5, (-8.0) ** (1/3) if False else 0, 2.0 ** -1, 0.5 ** 2, 10.0 ** 3)
try:
    ws = [1]
    ws[1] += 1
except IndexError as e:
    print("IndexError", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(1 + 2.5, 2.5 - 1, 3 * 0.5, 1 / 4.0, 7.0 / 2, 2**60 * 1.5, 1.5 * 2**60, (2**53 + 1) * 1.0)
