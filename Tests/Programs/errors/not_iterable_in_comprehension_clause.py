# a comprehension whose second clause is not iterable: the whole comprehension is reported, in
# the caller's frame and in the comprehension's own
def flatten(rows):
    return [cell for row in rows for cell in row]


print(flatten([[1, 2], [3]]))
print(flatten([[1, 2], 3]))
