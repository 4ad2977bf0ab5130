# handlers inside loops, continue from except, and exceptions propagating through calls
results = []
for value in ["1", "x", "3", "", "5"]:
    try:
        n = int(value)
    except ValueError:
        results.append(None)
        continue
    results.append(n * 2)
print(results)
def level3(x):
    return 10 / x
def level2(x):
    return level3(x) + 1
def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        return "handled at level1: " + str(e)
print(level1(5), level1(0))
attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise ConnectionError("retry")
        print("succeeded after", attempts)
        break
    except ConnectionError:
        print("attempt", attempts, "failed")
