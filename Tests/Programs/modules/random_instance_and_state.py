# Checks independent random.Random instances and getstate/setstate replay
import random
r1 = random.Random(99)
r2 = random.Random(99)
print(r1.random() == r2.random(), r1.randint(1, 1000), r2.randint(1, 1000))
random.seed(5)
state = random.getstate()
first = [random.randint(1, 50) for _ in range(6)]
random.setstate(state)
second = [random.randint(1, 50) for _ in range(6)]
print(first, first == second)
r3 = random.Random("abc")
print(r3.random(), r3.choice([10, 20, 30]))
random.seed(5)
print(random.randint(1, 50) == first[0])
