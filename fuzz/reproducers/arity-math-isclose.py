import math
math.isclose(1)
