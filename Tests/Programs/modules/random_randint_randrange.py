# Checks seeded randint and randrange sequences, including steps, negatives and big ranges
import random
random.seed(1)
print([random.randint(1, 6) for _ in range(20)])
print([random.randint(-100, 100) for _ in range(8)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(0, 100, 5) for _ in range(8)])
print([random.randrange(10, 0, -3) for _ in range(6)])
print(random.randint(0, 2 ** 100))
print(random.randrange(2 ** 64))
print(random.randint(5, 5))
try:
    random.randrange(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.randint(3, 1)
except ValueError as e:
    print(type(e).__name__, e)
