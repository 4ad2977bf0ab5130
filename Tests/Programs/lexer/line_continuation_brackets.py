# newlines inside (), [] and {} are ignored, comments allowed there
values = [
    1,
    2,  # a comment inside a list
        3,
  4,
]
print(values)

total = (1 +
         2
         + 3)
print(total)

mapping = {
    "a": 1,

    "b": 2,
}
print(mapping)

def add(a,
        b,
        c=0):
    return a + b + c

print(add(1,
  2,
      c=3))
print(
    "parenthesised"
    " call"
)
nested = [[1,
  2], (3,
  4)]
print(nested)
