# Checks seeded choice, shuffle and sample results match CPython exactly
import random
random.seed(42)
items = ["apple", "banana", "cherry", "date", "elder"]
print([random.choice(items) for _ in range(8)])
print(random.choice("abcdef"), random.choice(range(100)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 10))
print(random.sample(items, 3), random.sample(items, 5))
print(random.sample(range(1000000), 5))
print(random.sample(items, 0))
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    random.sample(items, 6)
except ValueError as e:
    print(type(e).__name__, e)
