import random
random.sample(range(2**70), 2)
