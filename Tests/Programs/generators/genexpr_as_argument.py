# genexprs passed as the sole argument to builtins: sum, any, all, max, min, sorted, dict, set, join, tuple
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x * x for x in nums))
print(sum((x for x in nums), 100))
print(any(x > 8 for x in nums), any(x > 9 for x in nums))
print(all(x > 0 for x in nums), all(x > 1 for x in nums))
print(max(x % 5 for x in nums), min(-x for x in nums))
print(max((x for x in nums), key=lambda v: -v))
print(sorted((x for x in nums), reverse=True))
print(sorted(set(x % 3 for x in nums)))
print(dict((str(x), x) for x in range(3)))
print("-".join(str(x) for x in nums))
print(tuple(c.upper() for c in "abc"))
print(list(enumerate(x for x in "xy")))
print(", ".join(f"{k}={v}" for k, v in sorted({"b": 2, "a": 1}.items())))
def visited():
    for x in [1, 2, 3, 4]:
        print("visit", x)
        yield x
print(any(x == 2 for x in visited()))
print(all(x < 3 for x in visited()))
