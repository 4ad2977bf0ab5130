# Checks seeded choices with k, weights and cum_weights match CPython exactly
import random
random.seed(3)
colors = ["red", "green", "blue"]
print(random.choices(colors))
print(random.choices(colors, k=10))
print(random.choices(colors, weights=[10, 1, 1], k=10))
print(random.choices(colors, cum_weights=[1, 2, 10], k=10))
print(random.choices(range(5), [0, 0, 1, 0, 0], k=4))
print(random.choices(colors, weights=[0.5, 0.25, 0.25], k=6))
try:
    random.choices(colors, weights=[1, 2], k=2)
except ValueError as e:
    print(type(e).__name__, e)
