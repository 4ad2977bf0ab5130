# an exception handled earlier does not appear in a later unrelated traceback
try:
    int("x")
except ValueError:
    print("handled")

values = [1, 2, 3]
print(values[3])
