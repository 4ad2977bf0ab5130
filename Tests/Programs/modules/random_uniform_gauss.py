# Checks seeded uniform, gauss, normalvariate and triangular values match CPython exactly
import random
random.seed(7)
print([random.uniform(1, 10) for _ in range(4)])
print(random.uniform(5, -5))
print([random.gauss(0, 1) for _ in range(4)])
print([random.gauss(100, 15) for _ in range(3)])
print(random.normalvariate(0, 1), random.normalvariate(10, 2))
print(random.triangular(0, 10, 3))
print(random.expovariate(1.5))
