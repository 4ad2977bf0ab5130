# reversed() counts a huge range down from its bounds; random.sample checks len() first
import random

print(next(reversed(range(2**70))))
print(list(reversed(range(2**70, 2**70 + 3))))
try:
    random.sample(range(2**70), 2)
except OverflowError as e:
    print("OverflowError:", e)
random.seed(3)
print(random.sample(range(10**6), 3))
