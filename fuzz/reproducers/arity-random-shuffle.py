import random
random.shuffle()
