# Checks seeding with strings (sha512-based) produces CPython's exact sequences
import random
random.seed("text")
print(random.random(), random.randint(1, 100))
random.seed("hello world")
print([random.random() for _ in range(3)])
random.seed("")
print(random.random())
random.seed("é😀")
print(random.randrange(1000))
