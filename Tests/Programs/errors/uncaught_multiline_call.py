# 3.11 shows only the first line of a statement that spans several lines
def combine(a, b, c):
    return a + b + c

result = combine(
    1,
    2,
    "three",
)
