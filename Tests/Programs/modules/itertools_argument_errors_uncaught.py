# an itertools argument error raised at the top level prints CPython's traceback
from itertools import combinations
print(list(combinations("abc", 2)))
print(list(combinations("abc", -1)))
