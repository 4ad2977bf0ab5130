# Checks int / int always produces a correctly rounded float
print(6 / 3, 7 / 2, -7 / 2, 1 / 7)
print(type(6 / 3).__name__)
print((10 ** 30) / (10 ** 10))
print((2 ** 100 + 1) / 2 ** 100)
print(1 / 10 ** 20)
print(10 ** 20 / 3)
print(-1 / 3, 0 / 5, -0 / 5)
print(3 / 1.5, 1.0 / 3.0)
