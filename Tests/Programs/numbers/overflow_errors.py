# Checks OverflowError for float results that are too large
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print((10 ** 400) / 1)
except OverflowError as e:
    print(type(e).__name__, e)
print(1e308 * 10)
print(1e308 + 1e308)
print((10 ** 400) // 10 ** 399)
