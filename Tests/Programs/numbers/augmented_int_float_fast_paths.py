# Augmented assignment computes *=, //= and %= of ints and +=, -=, *= of floats in place, and
# comparisons of floats (with exactly convertible ints) directly; the rest as before.

a = 7; a *= 3; b = -7; b //= 2; c = -7; c %= 3; d = 7; d //= -2; e = 7; e %= -3
f = 2**62; f *= 4; g = 1.5; g += 2; h = 1.5; h -= 2**53; i = 2.0; i *= 3
print(a, b, c, d, e, f, g, h, i)
j = 5; j //= 0.5
k = 3; k *= 1.5
l = [1]; l *= 2
m = "ab"; m *= 2
print(j, k, l, m)
try:
    z = 1; z //= 0
except ZeroDivisionError as err:
    print("ZeroDivisionError", err)
class O:
    def __init__(self): self.v = 1.5
o = O(); o.v += 2; o.v *= 2
print(o.v, 0.1 + 0.2 > 0.3, 1 < 1.5, 2**53 + 1 > 2.0**53, float("nan") < 1, float("nan") != float("nan"), 3 == 3.0, 0.5 >= 1)
