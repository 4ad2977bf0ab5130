# Checks seeded getrandbits for small, word-sized and multi-word bit counts
import random
random.seed(2024)
print([random.getrandbits(1) for _ in range(16)])
print([random.getrandbits(8) for _ in range(6)])
print(random.getrandbits(32), random.getrandbits(33), random.getrandbits(64))
print(random.getrandbits(100))
print(random.getrandbits(0))
print(random.getrandbits(200).bit_length() <= 200)
