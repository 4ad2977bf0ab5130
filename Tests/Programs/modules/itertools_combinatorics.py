# itertools.product, permutations, combinations and combinations_with_replacement: order, counts and edge cases
from itertools import product, permutations, combinations, combinations_with_replacement
from math import comb, perm

print(list(product("ab", [0, 1])))
print(list(product(range(2), repeat=3)))
print(list(product("xy", "12", repeat=2))[:5])
print(list(product()), list(product("ab", [])), list(product("ab", repeat=0)))
# A 3x3 grid of coordinates.
print([f"{r}{c}" for r, c in product("ABC", range(1, 4))])

print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations([], 0)), list(permutations([1, 2], 3)), list(permutations("ab", 0)))
print(len(list(permutations(range(6)))), perm(6))

print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations([1], 0)), list(combinations([1, 2], 3)))
print(len(list(combinations(range(10), 4))), comb(10, 4))

print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement([1, 2], 3)))
print(list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 2)))

# Which pairs of coins make 25 cents?
coins = [1, 5, 10, 25, 10, 5]
pairs = {tuple(sorted(p)) for p in combinations(coins, 2) if sum(p) == 15}
print(sorted(pairs))

# Inputs are read once, when the iterator is made.
def gen():
    print("reading")
    yield 1
    yield 2
p = permutations(gen())
print("made")
print(list(p))

for bad in [lambda: permutations([1], -1), lambda: permutations([1], "2"), lambda: combinations([1]),
            lambda: combinations([1], -2), lambda: product([1], repeat=-1), lambda: product([1], x=1),
            lambda: combinations_with_replacement("ab", r=-1), lambda: permutations(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
