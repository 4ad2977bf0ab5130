# a generator expression that is a call's only argument spans the call's parentheses, as the
# caret in its frame shows
def total(rows):
    return sum(cell for row in rows for cell in row)


print(total([[1, 2], [3]]))
print(total([[1, 2], None]))
