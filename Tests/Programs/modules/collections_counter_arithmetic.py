# collections.Counter arithmetic and comparisons: + - | & unary and in-place forms keep positive counts
from collections import Counter

a = Counter(x=4, y=2, z=0)
b = Counter(x=1, y=3, w=5)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(+Counter(p=1, q=-1, r=0), -Counter(p=1, q=-1, r=0))
print(Counter("aab") | Counter("bcc"))
c = Counter(x=5)
c += Counter(x=-7, y=2)
print(c)
c -= Counter(y=1)
print(c)
c |= Counter(y=4, z=1)
print(c)
c &= Counter(y=2, z=3)
print(c)

print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=1) < Counter(a=1), Counter(a=3) >= Counter(a=1))
print(Counter(a=2) > Counter(a=1), Counter(a=2) == {"a": 2}, {"a": 2} == Counter(a=2))

# Which ingredients are missing from the pantry for a recipe?
recipe = Counter(eggs=3, flour=2, sugar=1)
pantry = Counter(eggs=1, flour=5)
print("need", recipe - pantry)
print("can make", min(pantry[k] // n for k, n in recipe.items()))
for bad in [lambda: Counter(a=1) + {"a": 1}, lambda: Counter(a=1) > {"a": 0}]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
